import type * as fhir4 from 'fhir/r4';
import type { JourneyActivityCreatedDetail } from '../../events/journey-event-schemas';
import type { Logger } from '../../ports';
import type { Activity, ActivityStatus, ActivityTeam } from '../activities';

/** What the journey step tasks need from the outside world; DynamoDB and EventBridge adapters implement them. */

export interface JourneyPatientReader {
  getPatient(patientId: string): Promise<fhir4.Patient | undefined>;
  /** One projected resource of the patient; undefined when none is projected (never arrived, or deleted). */
  getResource(patientId: string, resourceType: string, id: string): Promise<fhir4.FhirResource | undefined>;
}

export interface ActivityPage {
  readonly items: readonly Activity[];
  /** Opaque; present when there may be more. */
  readonly cursor?: string;
}

export type CompleteOutcome = 'completed' | 'conflict' | 'not-found';

export interface ActivityStore {
  /** Writes the activity unless one with its id exists (a retried task). */
  create(activity: Activity): Promise<'created' | 'exists'>;
  /** Open activities of a team (no team: the unassigned ones), newest first. */
  listOpen(assignTo: ActivityTeam | undefined, limit: number, cursor?: string): Promise<ActivityPage>;
  /** A patient's activities of any status, newest first. */
  byPatient(patientId: string, limit: number, cursor?: string): Promise<ActivityPage>;
  /** Marks the activity done if its status is still `expectedStatus` (two staff completing at once: one wins). */
  complete(
    key: { readonly patientId: string; readonly activityId: string },
    actor: string,
    at: string,
    expectedStatus: ActivityStatus,
  ): Promise<CompleteOutcome>;
}

/** The detail of `Journey Activity Created`: ids, kind, team, due time and the staff-written title. */
export type ActivityCreatedAnnouncement = JourneyActivityCreatedDetail;

export interface ActivityPublisher {
  publishActivityCreated(details: readonly ActivityCreatedAnnouncement[]): Promise<void>;
}

/** A patient attribute as the compiled branch reads it: `value` keeps its JSON type (S, N or BOOL in DynamoDB). */
export interface PatientAttribute {
  readonly patientId: string;
  readonly name: string;
  readonly value: string | number | boolean;
  readonly updatedAt: string;
  readonly journeyId: string;
  readonly stepId: string;
}

export interface AttributeStore {
  put(attribute: PatientAttribute): Promise<void>;
  get(patientId: string, name: string): Promise<PatientAttribute | undefined>;
}

export interface StepLogging {
  readonly logger: Logger;
}

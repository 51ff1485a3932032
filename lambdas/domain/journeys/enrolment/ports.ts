/** Why a patient is being enrolled: what the journey's entry says, or a staff member asking. */
export type EnrolmentCause = 'segment-entry' | 'fhir-trigger' | 'staff' | 'schedule';

/** A resource by type and id: what a FHIR-triggered execution reads as `$.triggeringResource`. */
export interface ResourceRef {
  readonly resourceType: string;
  readonly id: string;
}

export interface EnrolmentRequest {
  readonly journeyId: string;
  readonly patientId: string;
  readonly cause: EnrolmentCause;
  /** For keyed FHIR triggers: one run per key (`Appointment/123`); otherwise one entry record per patient. */
  readonly entryKey?: string;
  readonly triggeringResource?: ResourceRef;
  /**
   * What identifies this delivery of the cause (a resource version, a segment entry instant). A repeat of the
   * recorded occurrence is a duplicate, not a re-entry: that is what keeps an `always` journey from starting
   * twice when the same event is delivered twice.
   */
  readonly occurrence?: string;
}

/** The key of the entry record that is not keyed by a resource. */
export const PATIENT_ENTRY_KEY = 'patient';

/**
 * Who entered a journey, and when: one record per patient, journey and key (per journey, not per version, so
 * a new version does not enrol again a patient whom the re-entry policy keeps out). `revision` guards writes.
 */
export interface JourneyEntryRecord {
  readonly patientId: string;
  readonly journeyId: string;
  readonly key: string;
  readonly lastEnteredAt: string;
  readonly executionName: string;
  readonly journeyVersion: number;
  /** How many runs this patient (and key) has had: the run number of the last one. */
  readonly entries: number;
  readonly revision: number;
  readonly lastOccurrence?: string;
}

export interface JourneyEntryStore {
  get(patientId: string, journeyId: string, key: string): Promise<JourneyEntryRecord | undefined>;
  /**
   * Writes the record on condition that the stored one is still at `expectedRevision` (absent when undefined):
   * of two enrolments racing for the same patient, one wins and the other gets `conflict`.
   */
  record(entry: JourneyEntryRecord, expectedRevision: number | undefined): Promise<'recorded' | 'conflict'>;
}

/** The ids an execution starts with; the compiled ASL reads `$.patientId` and `$.triggeringResource`. */
export interface JourneyExecutionInput {
  readonly journeyId: string;
  readonly journeyVersion: number;
  readonly patientId: string;
  readonly executionId: string;
  readonly entryKey?: string;
  readonly triggeringResource?: ResourceRef;
}

/** Starts an execution under a name; `exists` when one of that name was already started (a no-op). */
export interface JourneyExecutionStarter {
  start(stateMachineOrAliasArn: string, name: string, input: JourneyExecutionInput): Promise<'started' | 'exists'>;
}

/** A FHIR change as the trigger matcher sees it: ids and the action, never the resource's content. */
export interface FhirChange {
  readonly resourceType: string;
  readonly id: string;
  readonly action: 'create' | 'update' | 'delete';
  /** The version after the change (before it, for a delete): identifies the delivery. */
  readonly versionId?: string;
  /** The revision the platform applied: `%current` and `%previous` are read at it. */
  readonly revision?: number;
}

/** Evaluates a trigger's FHIRPath condition over `%current` and `%previous` of a change (its change records). */
export interface TriggerConditions {
  matches(condition: string, patientId: string, change: FhirChange): Promise<boolean>;
}

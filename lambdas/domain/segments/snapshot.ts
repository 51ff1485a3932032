import type { ClinicalFacts, PatientFacts } from '../fhir/facts';
import type { EngagementKind } from './definition-schema';

/** One patient-owned resource as stored: its projected facts, and the raw resource for FHIRPath criteria. */
export interface SnapshotResource {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly facts: ClinicalFacts;
  readonly resource?: unknown;
}

/** Something the patient did or was sent, as the messaging and events modules record it. */
export interface EngagementFact {
  readonly kind: EngagementKind;
  readonly at: string;
  readonly journeyId?: string;
  readonly campaignId?: string;
  readonly templateId?: string;
  readonly eventId?: string;
}

/** Everything a segment can look at for one patient. Evaluation is a pure function of this and the clock. */
export interface PatientSnapshot {
  readonly patientId: string;
  readonly patient?: PatientFacts;
  /** The raw Patient resource, put first in the Bundle that FHIRPath criteria see. */
  readonly patientResource?: unknown;
  readonly resources: readonly SnapshotResource[];
  readonly engagement: readonly EngagementFact[];
  /** Ids of the other segments the patient is currently a member of. */
  readonly memberships: ReadonlySet<string>;
}

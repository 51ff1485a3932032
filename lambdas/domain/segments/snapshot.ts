import type * as fhir4 from 'fhir/r4';
import { type ClinicalFacts, type PatientFacts, projectFacts, projectPatientFacts } from '../fhir/facts';
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

/** The parts of a snapshot that do not come from FHIR resources. */
export interface SnapshotContext {
  readonly engagement?: readonly EngagementFact[];
  readonly memberships?: ReadonlySet<string>;
}

/**
 * Builds a snapshot from raw R4 resources (the Patient and what refers to it), projecting each one's facts
 * as ingestion does. Used where no projected store exists: the catalog tests, the bench, the simulator.
 */
export function snapshotFromResources(
  patient: fhir4.Patient & { id: string },
  resources: readonly fhir4.FhirResource[],
  context: SnapshotContext = {},
): PatientSnapshot {
  const projected: SnapshotResource[] = [];
  for (const resource of resources) {
    if (resource.resourceType === 'Patient') continue;
    const facts = projectFacts(resource);
    if (!facts || facts.kind === 'Patient') continue;
    projected.push({ resourceType: resource.resourceType, resourceId: resource.id ?? '', facts, resource });
  }
  return {
    patientId: patient.id,
    patient: projectPatientFacts(patient),
    patientResource: patient,
    resources: projected,
    engagement: context.engagement ?? [],
    memberships: context.memberships ?? new Set(),
  };
}

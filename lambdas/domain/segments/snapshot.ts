import type * as fhir4 from 'fhir/r4';
import { type ClinicalFacts, type PatientFacts, projectFacts, projectPatientFacts } from '../fhir/facts';
import type { EngagementKind } from './definition-schema';
import { toInstant } from './windows';

/** One patient-owned resource as stored: its projected facts, and the raw resource for FHIRPath criteria. */
export interface SnapshotResource {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly facts: ClinicalFacts;
  readonly resource?: unknown;
  /**
   * `facts.date` and `facts.end` as epoch milliseconds (NaN: no date), read once when the snapshot is
   * built rather than by every criterion of every segment. Computed on the fly when absent.
   */
  readonly dateAt?: number;
  readonly endAt?: number;
}

const byTypeCache = new WeakMap<readonly SnapshotResource[], ReadonlyMap<string, readonly SnapshotResource[]>>();
const NONE: readonly SnapshotResource[] = [];

/** Resources grouped by type: built once when a snapshot is built, so each criterion scans its own type only. */
export function groupByType(resources: readonly SnapshotResource[]): ReadonlyMap<string, readonly SnapshotResource[]> {
  const groups = new Map<string, SnapshotResource[]>();
  for (const resource of resources) {
    const group = groups.get(resource.facts.kind);
    if (group) group.push(resource);
    else groups.set(resource.facts.kind, [resource]);
  }
  return groups;
}

/** The snapshot's resources of one type (grouped on first use when the builder did not group them). */
export function resourcesOfType(snapshot: PatientSnapshot, resourceType: string): readonly SnapshotResource[] {
  let groups = snapshot.byType ?? byTypeCache.get(snapshot.resources);
  if (!groups) {
    groups = groupByType(snapshot.resources);
    byTypeCache.set(snapshot.resources, groups);
  }
  return groups.get(resourceType) ?? NONE;
}

/** A snapshot resource with its instants read once (see `SnapshotResource.dateAt`). */
export function withInstants(resource: Omit<SnapshotResource, 'dateAt' | 'endAt'>): SnapshotResource {
  return {
    ...resource,
    dateAt: toInstant(resource.facts.date) ?? Number.NaN,
    endAt: toInstant(resource.facts.end) ?? Number.NaN,
  };
}

/** The instant of a resource's date (or end), or undefined when it has none. */
export function instantOf(resource: SnapshotResource, end: boolean): number | undefined {
  const cached = end ? resource.endAt : resource.dateAt;
  if (cached === undefined) return toInstant(end ? resource.facts.end : resource.facts.date);
  return Number.isNaN(cached) ? undefined : cached;
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
  /** `resources` grouped by type, when the builder grouped them (else grouped on first use). */
  readonly byType?: ReadonlyMap<string, readonly SnapshotResource[]>;
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
    projected.push(
      withInstants({ resourceType: resource.resourceType, resourceId: resource.id ?? '', facts, resource }),
    );
  }
  return {
    patientId: patient.id,
    patient: projectPatientFacts(patient),
    patientResource: patient,
    resources: projected,
    byType: groupByType(projected),
    engagement: context.engagement ?? [],
    memberships: context.memberships ?? new Set(),
  };
}

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

/** One resource type of a snapshot: its resources in order, and for each code the resources that carry it. */
interface TypeIndex {
  readonly all: readonly SnapshotResource[];
  readonly byCode: ReadonlyMap<string, readonly SnapshotResource[]>;
}

/** A snapshot's resources by type and by `system|code`: built once, read by every criterion of every segment. */
export type ResourceIndex = ReadonlyMap<string, TypeIndex>;

const indexCache = new WeakMap<readonly SnapshotResource[], ResourceIndex>();
const NONE: readonly SnapshotResource[] = [];

export function indexResources(resources: readonly SnapshotResource[]): ResourceIndex {
  const index = new Map<string, { all: SnapshotResource[]; byCode: Map<string, SnapshotResource[]> }>();
  for (const resource of resources) {
    let type = index.get(resource.facts.kind);
    if (!type) {
      type = { all: [], byCode: new Map() };
      index.set(resource.facts.kind, type);
    }
    type.all.push(resource);
    for (const code of resource.facts.codes) {
      const carrying = type.byCode.get(code);
      if (!carrying) type.byCode.set(code, [resource]);
      else if (carrying[carrying.length - 1] !== resource) carrying.push(resource);
    }
  }
  return index;
}

function indexOf(snapshot: PatientSnapshot): ResourceIndex {
  if (snapshot.index) return snapshot.index;
  let index = indexCache.get(snapshot.resources);
  if (!index) {
    index = indexResources(snapshot.resources);
    indexCache.set(snapshot.resources, index);
  }
  return index;
}

/** The snapshot's resources of one type, in order. */
export function resourcesOfType(snapshot: PatientSnapshot, resourceType: string): readonly SnapshotResource[] {
  return indexOf(snapshot).get(resourceType)?.all ?? NONE;
}

/**
 * The snapshot's resources of one type carrying at least one of `codes` (`system|code`), each once, in
 * order: a criterion looks up its few codes instead of scanning every resource of the type.
 */
export function resourcesWithCodes(
  snapshot: PatientSnapshot,
  resourceType: string,
  codes: CodeList,
): readonly SnapshotResource[] {
  const type = indexOf(snapshot).get(resourceType);
  if (!type) return NONE;
  let found: readonly SnapshotResource[] | undefined;
  let several = false;
  for (let i = 0; i < codes.keys.length; i++) {
    const carrying = type.byCode.get(codes.keys[i] as string);
    if (!carrying) continue;
    if (found) several = true;
    else found = carrying;
  }
  if (!found) return NONE;
  if (!several) return found;
  // Rare: resources under two of the codes. Keep the type's order, each resource once.
  const wanted = new Set<SnapshotResource>();
  for (const code of codes.keys) for (const resource of type.byCode.get(code) ?? NONE) wanted.add(resource);
  return type.all.filter((resource) => wanted.has(resource));
}

/** A criterion's code list, compiled once: `system|code` keys, as a list and as a set. */
export interface CodeList {
  readonly keys: readonly string[];
  readonly set: ReadonlySet<string>;
}

/** Whether any of a fact's codes is in the set. */
export function carriesAny(codes: readonly string[], set: ReadonlySet<string>): boolean {
  for (let i = 0; i < codes.length; i++) if (set.has(codes[i] as string)) return true;
  return false;
}

/** A resource's date and end as instants, read once when a snapshot is built (see `SnapshotResource.dateAt`). */
export function instantsOf(facts: ClinicalFacts): { readonly dateAt: number; readonly endAt: number } {
  return { dateAt: toInstant(facts.date) ?? Number.NaN, endAt: toInstant(facts.end) ?? Number.NaN };
}

/** The instant of a resource's date (or end); NaN when it has none. */
export function instantOf(resource: SnapshotResource, end: boolean): number {
  const cached = end ? resource.endAt : resource.dateAt;
  if (cached !== undefined) return cached;
  return toInstant(end ? resource.facts.end : resource.facts.date) ?? Number.NaN;
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
  /** `resources` indexed by type and code, when the builder indexed them (else indexed on first use). */
  readonly index?: ResourceIndex;
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
    projected.push({
      resourceType: resource.resourceType,
      resourceId: resource.id ?? '',
      facts,
      resource,
      ...instantsOf(facts),
    });
  }
  return {
    patientId: patient.id,
    patient: projectPatientFacts(patient),
    patientResource: patient,
    resources: projected,
    index: indexResources(projected),
    engagement: context.engagement ?? [],
    memberships: context.memberships ?? new Set(),
  };
}

import type { CriteriaNode } from './definition-schema';
import type { ActiveSegment, SegmentStore } from './ports';

/** Criteria that read clinical data: a resource of the record, a latest observation, a FHIRPath expression. */
export const CLINICAL_CRITERIA: ReadonlySet<string> = new Set(['resource', 'latestObservation', 'fhirpath']);

/**
 * Whether criteria read clinical data, themselves or through a segment they read (`inSegment`). Membership
 * of such a segment says something clinical about the patient (a depression code, an HbA1c over 9), so it is
 * shown only to callers who may read clinical data, like the facts themselves.
 */
export function readsClinicalData(node: CriteriaNode, isClinicalSegment: (segmentId: string) => boolean): boolean {
  if ('all' in node) return node.all.some((child) => readsClinicalData(child, isClinicalSegment));
  if ('any' in node) return node.any.some((child) => readsClinicalData(child, isClinicalSegment));
  if ('not' in node) return readsClinicalData(node.not, isClinicalSegment);
  if ('inSegment' in node) return isClinicalSegment(node.inSegment);
  return Object.keys(node).some((kind) => CLINICAL_CRITERIA.has(kind));
}

/**
 * The clinical segments among the active ones. A static list is not clinical by its criteria (it has none);
 * a reference to a segment that is not active reads no memberships, so it says nothing either.
 */
export function clinicalSegmentsOf(active: readonly ActiveSegment[]): ReadonlySet<string> {
  const byId = new Map(active.map((segment) => [segment.segmentId, segment]));
  const decided = new Map<string, boolean>();
  const isClinical = (segmentId: string, visiting: ReadonlySet<string>): boolean => {
    const known = decided.get(segmentId);
    if (known !== undefined) return known;
    const definition = byId.get(segmentId)?.definition;
    // Validation refuses reference cycles; the guard only keeps a stored cycle from looping.
    if (!definition || visiting.has(segmentId)) return false;
    const clinical = readsClinicalData(definition.criteria, (id) => isClinical(id, new Set([...visiting, segmentId])));
    decided.set(segmentId, clinical);
    return clinical;
  };
  return new Set(active.map((segment) => segment.segmentId).filter((id) => isClinical(id, new Set())));
}

/**
 * Whether criteria read clinical data; the active segments are read only when the answer depends on the
 * segments the criteria reference.
 */
export async function isClinicalDefinition(
  criteria: CriteriaNode,
  segments: Pick<SegmentStore, 'activeSegments'>,
): Promise<boolean> {
  if (readsClinicalData(criteria, () => false)) return true;
  if (!readsClinicalData(criteria, () => true)) return false;
  const clinical = clinicalSegmentsOf(await segments.activeSegments());
  return readsClinicalData(criteria, (segmentId) => clinical.has(segmentId));
}

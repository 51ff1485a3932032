import { mapInBatches } from './batches';
import { type CompiledSegment, compileSegment, decideSegment, evaluateSegment } from './compile-segment';
import type { SegmentDefinition } from './definition-schema';
import type { ExplanationNode } from './explanation';
import type { MembershipStore, PatientListing, PatientSegmentsView } from './ports';

/** Criteria whose reasons quote clinical values and dates (a result, a code, a FHIRPath outcome). */
const CLINICAL_CRITERIA = new Set(['resource', 'latestObservation', 'fhirpath']);
const PAGE_SIZE = 100;
const CONCURRENCY = 16;

export interface PreviewRequest {
  readonly definition: SegmentDefinition;
  /** Evaluate at most this many patients. */
  readonly limit: number;
  readonly sampleSize: number;
  /** Explain this patient, criterion by criterion. */
  readonly patientId?: string;
  /** Whether the caller may read the clinical values that explanations quote. */
  readonly showClinicalReasons: boolean;
}

export interface PatientExplanation {
  readonly patientId: string;
  readonly member: boolean;
  readonly nextChange?: string;
  readonly nextChangeUnknown: boolean;
  readonly explanation: ExplanationNode;
}

export interface PreviewResult {
  readonly evaluated: number;
  readonly matched: number;
  readonly sample: readonly string[];
  /** True when every patient was evaluated; otherwise the counts cover the first `limit` of the listing. */
  readonly complete: boolean;
  readonly patient?: PatientExplanation;
}

export interface PreviewServices {
  readonly patientListing: PatientListing;
  readonly memberships: Pick<MembershipStore, 'load'>;
  readonly clock: { now(): Date };
}

/**
 * Evaluates an unsaved definition against the patients as they are now, without writing anything.
 * The listing's shards are walked in order, so a partial count covers a hash-spread (effectively arbitrary)
 * part of the population, not the oldest or newest patients. `inSegment` reads the patients' current
 * memberships. Undefined when the patient to explain has nothing projected.
 */
export async function previewSegment(
  request: PreviewRequest,
  services: PreviewServices,
): Promise<PreviewResult | undefined> {
  const compiled = compileSegment(request.definition);
  const now = services.clock.now();
  let patient: PatientExplanation | undefined;
  if (request.patientId !== undefined) {
    const view = await services.memberships.load(request.patientId);
    patient = explain(compiled, view, request.patientId, now, request.showClinicalReasons);
    if (!patient) return undefined;
  }
  let evaluated = 0;
  let matched = 0;
  const sample: string[] = [];
  const complete = await walkListing(services.patientListing, request.limit, async (patientIds) => {
    const members = await mapInBatches(patientIds, CONCURRENCY, async (patientId) => {
      const view = await services.memberships.load(patientId);
      // Deleted since it was listed: not a patient any more.
      return view.snapshot ? isMember(compiled, view, now) : undefined;
    });
    patientIds.forEach((patientId, index) => {
      const member = members[index];
      if (member === undefined) return;
      evaluated += 1;
      if (!member) return;
      matched += 1;
      if (sample.length < request.sampleSize) sample.push(patientId);
    });
  });
  return { evaluated, matched, sample, complete, ...(patient ? { patient } : {}) };
}

/** Reads the listing shard by shard, at most `limit` ids; true when that was every patient. */
async function walkListing(
  listing: PatientListing,
  limit: number,
  visit: (patientIds: readonly string[]) => Promise<void>,
): Promise<boolean> {
  let read = 0;
  for (let shard = 0; shard < listing.shards; shard++) {
    let cursor: string | undefined;
    do {
      if (read >= limit) return !(await anyLeft(listing, shard, cursor));
      const page = await listing.page(shard, Math.min(PAGE_SIZE, limit - read), cursor);
      read += page.items.length;
      await visit(page.items);
      cursor = page.cursor;
    } while (cursor);
  }
  return true;
}

/** Whether any patient follows the position (a shard and a cursor in it); a cursor may lead to nothing. */
async function anyLeft(listing: PatientListing, shard: number, cursor: string | undefined): Promise<boolean> {
  for (let next = shard; next < listing.shards; next++) {
    const page = await listing.page(next, 1, next === shard ? cursor : undefined);
    if (page.items.length > 0) return true;
  }
  return false;
}

function snapshotOf(view: PatientSegmentsView) {
  const snapshot = view.snapshot as NonNullable<PatientSegmentsView['snapshot']>;
  return { ...snapshot, memberships: new Set(view.state.memberships.map((m) => m.segmentId)) };
}

function isMember(compiled: CompiledSegment, view: PatientSegmentsView, now: Date): boolean {
  return decideSegment(compiled, snapshotOf(view), now).member;
}

function explain(
  compiled: CompiledSegment,
  view: PatientSegmentsView,
  patientId: string,
  now: Date,
  showClinicalReasons: boolean,
): PatientExplanation | undefined {
  if (!view.snapshot) return undefined;
  const evaluation = evaluateSegment(compiled, snapshotOf(view), now);
  return {
    patientId,
    member: evaluation.member,
    ...(evaluation.nextChange ? { nextChange: evaluation.nextChange.toISOString() } : {}),
    nextChangeUnknown: evaluation.nextChangeUnknown,
    explanation: showClinicalReasons ? evaluation.explanation : withoutClinicalReasons(evaluation.explanation),
  };
}

/**
 * Whether each criterion matched stays visible (membership itself says as much); the values, codes and
 * dates a clinical criterion's reason quotes are for callers who may read clinical data.
 */
export function withoutClinicalReasons(node: ExplanationNode): ExplanationNode {
  const { reason, children, ...rest } = node;
  return {
    ...rest,
    ...(reason !== undefined && !CLINICAL_CRITERIA.has(node.criterion) ? { reason } : {}),
    ...(children ? { children: children.map(withoutClinicalReasons) } : {}),
  };
}

import { mapInBatches } from './batches';
import { isClinicalDefinition } from './clinical-segments';
import { type CompiledSegment, compileSegment, decideSegment, evaluateSegment } from './compile-segment';
import type { SegmentDefinition } from './definition-schema';
import type { ExplanationNode } from './explanation';
import type { MembershipStore, PatientListing, PatientSegmentsView, SegmentStore } from './ports';
import { clinicalRefusal, type Outcome } from './segment-service';

const PAGE_SIZE = 100;
const CONCURRENCY = 16;

export interface PreviewRequest {
  readonly definition: SegmentDefinition;
  /** Evaluate at most this many patients. */
  readonly limit: number;
  readonly sampleSize: number;
  /** Explain this patient, criterion by criterion. */
  readonly patientId?: string;
  /** Whether the caller may read clinical data: the values explanations quote, who is in a clinical segment. */
  readonly mayReadClinical: boolean;
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
  /** Absent when the definition is clinical and the caller may not read clinical data. */
  readonly sample?: readonly string[];
  /** The criteria read clinical data (`clinical-segments.ts`). */
  readonly readsClinicalData: boolean;
  /** True when every patient was evaluated; otherwise the counts cover the first `limit` of the listing. */
  readonly complete: boolean;
  readonly patient?: PatientExplanation;
}

export interface PreviewServices {
  readonly patientListing: PatientListing;
  readonly memberships: Pick<MembershipStore, 'load'>;
  readonly segments: Pick<SegmentStore, 'activeSegments'>;
  readonly clock: { now(): Date };
}

/**
 * Evaluates an unsaved definition against the patients as they are now, without writing anything.
 * The listing's shards are walked in order, so a partial count covers a hash-spread (effectively arbitrary)
 * part of the population, not the oldest or newest patients. `inSegment` reads the patients' current
 * memberships. Undefined when the patient to explain has nothing projected. For a clinical definition, a caller
 * without clinical read gets the counts only: the sample and a patient's explanation would say who matches.
 */
export async function previewSegment(
  request: PreviewRequest,
  services: PreviewServices,
): Promise<Outcome<PreviewResult> | undefined> {
  const compiled = compileSegment(request.definition);
  const clinical = await isClinicalDefinition(request.definition.criteria, services.segments);
  const showMembers = request.mayReadClinical || !clinical;
  if (request.patientId !== undefined && !showMembers) return clinicalRefusal('the definition');
  const now = services.clock.now();
  let patient: PatientExplanation | undefined;
  if (request.patientId !== undefined) {
    const view = await services.memberships.load(request.patientId);
    patient = explain(compiled, view, request.patientId, now);
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
      if (showMembers && sample.length < request.sampleSize) sample.push(patientId);
    });
  });
  return {
    evaluated,
    matched,
    ...(showMembers ? { sample } : {}),
    readsClinicalData: clinical,
    complete,
    ...(patient ? { patient } : {}),
  };
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
): PatientExplanation | undefined {
  if (!view.snapshot) return undefined;
  const evaluation = evaluateSegment(compiled, snapshotOf(view), now);
  return {
    patientId,
    member: evaluation.member,
    ...(evaluation.nextChange ? { nextChange: evaluation.nextChange.toISOString() } : {}),
    nextChangeUnknown: evaluation.nextChangeUnknown,
    explanation: evaluation.explanation,
  };
}

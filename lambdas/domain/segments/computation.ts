import type { FromSchema } from 'json-schema-to-ts';
import {
  validateComputePageInput,
  validateFinishComputationInput,
  validateStartComputationInput,
} from '../validation/generated/validators';
import { typedValidator } from '../validation/validator';
import { mapInBatches } from './batches';
import { segmentDefinitionSchema } from './definition-schema';
import { prepareActiveSet } from './membership';
import type { ComputationReason, ComputationRecord, ComputationStore, PatientListing } from './ports';
import { type ReevaluationDependencies, type ReevaluationOutcome, reevaluatePatient } from './reevaluate-patient';

/**
 * The full segment computation, as the three steps of `statemachines/segment-computation.asl.json`:
 * open the record and list the shards, walk each shard a page at a time (the Distributed Map), close the
 * record. The workflow carries ids, shard numbers, a `done` flag and counts, never patient data; where a
 * shard's walk stands is kept on the record, so a retried or repeated page is never counted twice.
 */

/** Patients re-evaluated by one run of the page step: well inside its timeout, little to redo when it is retried. */
export const COMPUTATION_PAGE_SIZE = 200;
/** Patients of a page re-evaluated at the same time (each is a query and at most one transaction). */
const PAGE_CONCURRENCY = 8;

export const COMPUTATION_REASONS = [
  'activated',
  'archived',
  'requested',
  'uploaded',
] as const satisfies readonly ComputationReason[];

/** Where a shard's walk stands: not begun (no cursor), at the listing cursor of its next page, or done. */
export type ShardPosition = { readonly done: false; readonly cursor?: string } | { readonly done: true };

/** What one page adds to the record. */
export interface PageCounts {
  readonly patientsEvaluated: number;
  readonly entered: number;
  readonly exited: number;
  readonly failed: number;
}

/** The computation record as the workflow writes it; `ComputationStore` is the read side the API uses. */
export interface ComputationLedger extends ComputationStore {
  /** Writes the record, unless it exists (a repeated start), and makes it its segment's latest computation. */
  open(record: ComputationRecord): Promise<ComputationRecord>;
  /** The computation's segment, whether it is still running, and where the shard's walk stands. */
  shard(
    computationId: string,
    shard: number,
  ): Promise<{ readonly segmentId: string; readonly running: boolean; readonly position: ShardPosition } | undefined>;
  /**
   * Adds a page's counts and moves the shard from `from` to `to` in one atomic write, on condition that
   * the shard still stands at `from` and the computation is running; `stale` when it does not.
   */
  recordPage(
    computationId: string,
    shard: number,
    from: ShardPosition,
    to: ShardPosition,
    counts: PageCounts,
  ): Promise<'recorded' | 'stale'>;
  /** Sets the final status once; returns the record as it ends up, undefined when there is none. */
  close(computationId: string, status: 'completed' | 'failed', at: string): Promise<ComputationRecord | undefined>;
}

/** The workflow's input was not what the platform's own starter sends: a defect, not worth a retry. */
export class InvalidComputationInputError extends Error {
  constructor(step: string) {
    super(`the input of "${step}" does not match its contract`);
    this.name = 'InvalidComputationInputError';
  }
}

export class ComputationNotFoundError extends Error {
  constructor(computationId: string) {
    super(`computation ${computationId} has no record`);
    this.name = 'ComputationNotFoundError';
  }
}

// Step Functions execution names: the starter names the execution after the computation.
const computationIdSchema = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,80}$' } as const;

export const startInputSchema = {
  type: 'object',
  required: ['computationId', 'segmentId', 'reason'],
  additionalProperties: false,
  properties: {
    computationId: computationIdSchema,
    segmentId: segmentDefinitionSchema.properties.id,
    reason: { type: 'string', enum: COMPUTATION_REASONS },
  },
} as const;

export const pageInputSchema = {
  type: 'object',
  required: ['computationId', 'shard'],
  additionalProperties: false,
  properties: { computationId: computationIdSchema, shard: { type: 'integer', minimum: 0, maximum: 999 } },
} as const;

export const finishInputSchema = {
  type: 'object',
  required: ['computationId'],
  additionalProperties: false,
  properties: { computationId: computationIdSchema, failed: { type: 'boolean' } },
} as const;

export type StartComputationInput = FromSchema<typeof startInputSchema>;
type ComputePageInput = FromSchema<typeof pageInputSchema>;
type FinishComputationInput = FromSchema<typeof finishInputSchema>;

const validators = {
  start: typedValidator<StartComputationInput>(validateStartComputationInput),
  page: typedValidator<ComputePageInput>(validateComputePageInput),
  finish: typedValidator<FinishComputationInput>(validateFinishComputationInput),
};

function parse<T>(validate: (input: unknown) => input is T, input: unknown, step: string): T {
  if (!validate(input)) throw new InvalidComputationInputError(step);
  return input;
}

type Clocked = Pick<ReevaluationDependencies, 'clock' | 'logger'>;

/** "Start computation": opens the record and lists the shards the Distributed Map walks. */
export async function startComputation(
  input: unknown,
  dependencies: Clocked & {
    readonly computations: ComputationLedger;
    readonly patients: Pick<PatientListing, 'shards'>;
  },
): Promise<{ readonly computationId: string; readonly shards: number[] }> {
  const { computationId, segmentId, reason } = parse(validators.start, input, 'Start computation');
  const record = await dependencies.computations.open({
    computationId,
    segmentId,
    reason,
    status: 'running',
    startedAt: dependencies.clock.now().toISOString(),
    shards: dependencies.patients.shards,
    shardsDone: 0,
    patientsEvaluated: 0,
    entered: 0,
    exited: 0,
    failed: 0,
  });
  dependencies.logger.info('segment computation started', { computationId, segmentId, reason });
  return { computationId, shards: Array.from({ length: record.shards }, (_, shard) => shard) };
}

/**
 * "Compute page": re-evaluates the next page of a shard's patients against every active segment (the set
 * compiled once for the page) and records the page's counts with the shard's new position. `entered` and
 * `exited` count the computation's own segment. A patient that fails is counted and left as it was; a page
 * on which every patient fails throws the first error instead (the store is down, say), so the workflow
 * backs off and retries the page rather than racing through the shard.
 */
export async function computePage(
  input: unknown,
  dependencies: ReevaluationDependencies & {
    readonly computations: ComputationLedger;
    readonly patients: PatientListing;
  },
  options: { readonly pageSize?: number; readonly concurrency?: number } = {},
): Promise<{ readonly computationId: string; readonly shard: number; readonly done: boolean }> {
  const { computationId, shard } = parse(validators.page, input, 'Compute page');
  const walk = await dependencies.computations.shard(computationId, shard);
  if (!walk) throw new ComputationNotFoundError(computationId);
  if (!walk.running || walk.position.done) return { computationId, shard, done: true };

  const page = await dependencies.patients.page(shard, options.pageSize ?? COMPUTATION_PAGE_SIZE, walk.position.cursor);
  const active = prepareActiveSet(await dependencies.segments.activeSegments());
  const outcomes = await mapInBatches(page.items, options.concurrency ?? PAGE_CONCURRENCY, (patientId) =>
    reevaluatePatient(patientId, dependencies, active).then(
      (outcome): PatientOutcome => ({ ok: true, outcome }),
      (error: unknown): PatientOutcome => {
        dependencies.logger.warn('patient could not be re-evaluated by the computation', {
          computationId,
          patientId,
          error: error instanceof Error ? error.name : 'unknown',
        });
        return { ok: false, error };
      },
    ),
  );
  const errors = outcomes.flatMap((o) => (o.ok ? [] : [o.error]));
  if (errors.length > 0 && errors.length === outcomes.length) throw errors[0];

  const to: ShardPosition = page.cursor ? { done: false, cursor: page.cursor } : { done: true };
  const counts = countPage(outcomes, walk.segmentId);
  const written = await dependencies.computations.recordPage(computationId, shard, walk.position, to, counts);
  if (written === 'stale') {
    // This page was recorded before (a retry after a lost response): look again where the shard stands.
    dependencies.logger.info('computation page was already recorded', { computationId, shard });
    return { computationId, shard, done: false };
  }
  return { computationId, shard, done: to.done };
}

/**
 * "Finish computation" (and "Record failure", with `failed`): closes the record, `completed` when every
 * shard was walked to its end, `failed` otherwise. A repeated finish returns the record as it was closed.
 */
export async function finishComputation(
  input: unknown,
  dependencies: Clocked & { readonly computations: ComputationLedger },
): Promise<ComputationRecord | { readonly computationId: string; readonly status: 'failed' }> {
  const { computationId, failed } = parse(validators.finish, input, 'Finish computation');
  const record = await dependencies.computations.get(computationId);
  if (!record) {
    if (failed) return { computationId, status: 'failed' };
    throw new ComputationNotFoundError(computationId);
  }
  if (record.status !== 'running') return record;
  const status = failed || record.shardsDone < record.shards ? 'failed' : 'completed';
  const closed = await dependencies.computations.close(computationId, status, dependencies.clock.now().toISOString());
  const result = closed ?? record;
  const { segmentId, patientsEvaluated, entered, exited, shardsDone } = result;
  const ids = { computationId, segmentId, status: result.status, patientsEvaluated, entered, exited, shardsDone };
  if (result.status === 'completed' && result.failed === 0)
    dependencies.logger.info('segment computation finished', ids);
  else dependencies.logger.warn('segment computation finished with failures', { ...ids, failed: result.failed });
  return result;
}

type PatientOutcome =
  | { readonly ok: true; readonly outcome: ReevaluationOutcome }
  | { readonly ok: false; readonly error: unknown };

function countPage(outcomes: readonly PatientOutcome[], segmentId: string): PageCounts {
  const changed = outcomes.flatMap((o) => (o.ok && o.outcome.outcome === 'changed' ? [o.outcome] : []));
  const failed = outcomes.filter((o) => !o.ok).length;
  return {
    patientsEvaluated: outcomes.length - failed,
    entered: changed.filter((c) => c.entered.includes(segmentId)).length,
    exited: changed.filter((c) => c.exited.includes(segmentId)).length,
    failed,
  };
}

import type { Clock, Logger } from '../ports';
import { mapInBatches } from './batches';
import { type ActiveSet, prepareActiveSet, reevaluateMembership } from './membership';
import type { MembershipPublisher, MembershipState, MembershipStore, SegmentStore } from './ports';

export interface ReevaluationDependencies {
  readonly segments: Pick<SegmentStore, 'activeSegments'>;
  readonly memberships: MembershipStore;
  readonly publisher: MembershipPublisher;
  readonly clock: Clock;
  readonly logger: Logger;
}

export type ReevaluationOutcome =
  | { readonly outcome: 'unchanged' }
  | { readonly outcome: 'changed'; readonly entered: readonly string[]; readonly exited: readonly string[] };

/** Thrown when concurrent re-evaluations keep winning the race; the caller's retry policy takes over. */
export class MembershipConflictError extends Error {
  constructor(patientId: string) {
    super(`membership of patient ${patientId} kept changing under re-evaluation`);
    this.name = 'MembershipConflictError';
  }
}

const MAX_ATTEMPTS = 4;

/**
 * Re-evaluates one patient against every active segment and writes the differences, guarded by the
 * patient's membership revision: a concurrent writer makes this one read again and recompute. The change
 * and its announcement are written together; the event is published after, and a crash in between is
 * finished by the next re-evaluation of the patient (at-least-once `Segment Membership Changed`).
 */
export async function reevaluatePatient(
  patientId: string,
  dependencies: ReevaluationDependencies,
  activeSet?: ActiveSet,
): Promise<ReevaluationOutcome> {
  const readActive = async () => activeSet ?? prepareActiveSet(await dependencies.segments.activeSegments());
  let active = await readActive();
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    // With nothing active and nothing recorded for the patient there is nothing to do: one small read.
    if (active.dynamic.length === 0 && active.lists.size === 0) {
      const state = await dependencies.memberships.state(patientId);
      if (state.memberships.length === 0 && !state.dueAt && !state.unannounced) return { outcome: 'unchanged' };
    }
    const view = await dependencies.memberships.load(patientId);
    await finishAnnouncement(patientId, view.state, dependencies);
    const now = dependencies.clock.now();
    const change = reevaluateMembership(view, active, patientId, now);
    if (!change) return { outcome: 'unchanged' };
    const written = await dependencies.memberships.apply(patientId, change, view.state);
    if (written === 'conflict') {
      // Someone else wrote first — perhaps a full computation after an activation: read the segments again too.
      active = await readActive();
      continue;
    }
    if (change.announcement) {
      await dependencies.publisher.publishMembershipChanged([change.announcement]);
      await dependencies.memberships.markAnnounced(patientId, change.announcement);
    }
    const entered = change.entered.map((m) => m.segmentId);
    if (entered.length > 0 || change.exited.length > 0) {
      dependencies.logger.info('segment membership changed', { patientId, entered, exited: change.exited });
      return { outcome: 'changed', entered, exited: change.exited };
    }
    return { outcome: 'unchanged' };
  }
  throw new MembershipConflictError(patientId);
}

async function finishAnnouncement(
  patientId: string,
  state: MembershipState,
  dependencies: ReevaluationDependencies,
): Promise<void> {
  if (!state.unannounced) return;
  await dependencies.publisher.publishMembershipChanged([state.unannounced]);
  await dependencies.memberships.markAnnounced(patientId, state.unannounced);
}

/**
 * Wakes the patients whose membership can change by now with no new facts (an appointment entering the
 * 7-day window, a birthday): each due-time shard is read oldest first and each patient re-evaluated, which
 * moves or removes the wake-up. A patient that fails stays due and is retried on the next tick.
 */
export async function wakeDuePatients(
  dependencies: ReevaluationDependencies & { readonly shards: number },
  options: {
    readonly pageSize?: number;
    readonly concurrency?: number;
    /** Whether the invocation's time is up (the Lambda's remaining time, not the business clock). */
    readonly outOfTime?: () => boolean;
  } = {},
): Promise<{ readonly woken: number; readonly failed: number; readonly unfinished: boolean }> {
  const now = dependencies.clock.now();
  const active = prepareActiveSet(await dependencies.segments.activeSegments());
  const pageSize = options.pageSize ?? 100;
  const concurrency = options.concurrency ?? 8;
  let woken = 0;
  let failed = 0;
  for (let shard = 0; shard < dependencies.shards; shard++) {
    let cursor: string | undefined;
    do {
      if (options.outOfTime?.()) return { woken, failed, unfinished: true };
      const page = await dependencies.memberships.due(shard, now, pageSize, cursor);
      const results = await mapInBatches(page.items, concurrency, (patientId) =>
        reevaluatePatient(patientId, dependencies, active).then(
          () => true,
          (error: unknown) => {
            dependencies.logger.warn('due re-evaluation failed; the patient stays due', {
              patientId,
              error: error instanceof Error ? error.name : 'unknown',
            });
            return false;
          },
        ),
      );
      woken += results.filter(Boolean).length;
      failed += results.filter((ok) => !ok).length;
      cursor = page.cursor;
    } while (cursor);
  }
  return { woken, failed, unfinished: false };
}

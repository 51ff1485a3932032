import { type CompiledSegment, compileSegment, decideSegment } from './compile-segment';
import { UNKNOWN } from './explanation';
import type { ActiveSegment, Membership, MembershipChange, PatientSegmentsView } from './ports';
import { validateSegmentSet } from './validate-segment';

/**
 * A criterion that cannot say when its answer changes (FHIRPath) is looked at again after this long, so a
 * FHIRPath segment is at most a day late on changes caused by time alone. Fact changes are immediate.
 */
export const UNKNOWN_CHANGE_RECHECK_MS = 24 * 60 * 60 * 1000;

/** The active segments, compiled, in the order one patient is evaluated (each after those it reads). */
export interface ActiveSet {
  readonly dynamic: readonly { readonly segment: ActiveSegment; readonly compiled: CompiledSegment }[];
  readonly lists: ReadonlyMap<string, ActiveSegment>;
  /** Every active segment's id, including any dropped from `dynamic` for a broken dependency. */
  readonly ids: ReadonlySet<string>;
}

const compiledVersions = new Map<string, CompiledSegment>();
let lastPrepared: { readonly signature: string; readonly set: ActiveSet } | undefined;

/**
 * Compiles each segment version once per process (versions are immutable, so the cache never goes stale)
 * and orders them by dependency. Activation refuses sets with cycles or unknown references; a set read
 * half-way through a change that has one anyway drops the segments involved rather than fail every patient.
 * The same active set as last time (every event until a segment changes) is returned as prepared then.
 */
export function prepareActiveSet(active: readonly ActiveSegment[]): ActiveSet {
  const signature = active.map((s) => `${s.segmentId}@${s.version}:${s.kind}`).join(',');
  if (lastPrepared?.signature !== signature) lastPrepared = { signature, set: orderAndCompile(active) };
  return lastPrepared.set;
}

function orderAndCompile(active: readonly ActiveSegment[]): ActiveSet {
  const lists = new Map(active.filter((s) => s.kind === 'static').map((s) => [s.segmentId, s]));
  const dynamic = active.filter((s) => s.kind === 'dynamic' && s.definition);
  const byId = new Map(dynamic.map((s) => [s.segmentId, s]));
  const result = validateSegmentSet(
    dynamic.map((s) => s.definition as NonNullable<ActiveSegment['definition']>),
    new Set(lists.keys()),
  );
  const excluded = result.ok ? new Set<string>() : segmentsIn(result.errors);
  const order = result.ok ? result.order : orderIgnoring(dynamic, excluded, lists);
  return {
    dynamic: order.map((id) => {
      const segment = byId.get(id) as ActiveSegment;
      const key = `${segment.segmentId}@${segment.version}`;
      let compiled = compiledVersions.get(key);
      if (!compiled) {
        compiled = compileSegment(segment.definition as NonNullable<ActiveSegment['definition']>);
        compiledVersions.set(key, compiled);
      }
      return { segment, compiled };
    }),
    lists,
    ids: new Set(active.map((s) => s.segmentId)),
  };
}

function orderIgnoring(
  dynamic: readonly ActiveSegment[],
  excluded: ReadonlySet<string>,
  lists: ReadonlyMap<string, ActiveSegment>,
): readonly string[] {
  const kept = dynamic.filter((s) => !excluded.has(s.segmentId));
  if (kept.length === dynamic.length) return [];
  const retry = validateSegmentSet(
    kept.map((s) => s.definition as NonNullable<ActiveSegment['definition']>),
    new Set(lists.keys()),
  );
  if (retry.ok) return retry.order;
  return orderIgnoring(kept, segmentsIn(retry.errors), lists);
}

function segmentsIn(errors: readonly { readonly segmentId?: string }[]): Set<string> {
  return new Set(errors.flatMap((e) => (e.segmentId ? [e.segmentId] : [])));
}

/**
 * Re-evaluates one patient against every active segment: the pure heart of incremental membership.
 * Returns what to write, or undefined when nothing changes (no membership, no wake-up).
 *
 * - Dynamic segments are evaluated in dependency order; `inSegment` sees the answers just computed.
 * - Uploaded lists keep their members; they are only read (by `inSegment`).
 * - Memberships of segments that are no longer active are removed.
 * - A patient with nothing projected (deleted) leaves every dynamic segment.
 * - The wake-up is the earliest instant any answer can change with no new facts.
 */
export function reevaluateMembership(
  view: PatientSegmentsView,
  active: ActiveSet,
  patientId: string,
  now: Date,
): MembershipChange | undefined {
  const current = new Map(view.state.memberships.map((m) => [m.segmentId, m]));
  const members = new Set(
    view.state.memberships.filter((m) => m.kind === 'static' && active.lists.has(m.segmentId)).map((m) => m.segmentId),
  );
  const entered: Membership[] = [];
  const updated: Membership[] = [];
  const exited: string[] = [];
  let nextChange = Number.POSITIVE_INFINITY;
  // Built once: `members` grows as segments are evaluated, so each sees the ones it depends on.
  const snapshot = view.snapshot && { ...view.snapshot, memberships: members };

  for (const { segment, compiled } of active.dynamic) {
    const previous = current.get(segment.segmentId);
    let member = false;
    if (snapshot) {
      const decision = decideSegment(compiled, snapshot, now);
      member = decision.member;
      // UNKNOWN (−∞, a FHIRPath criterion): look again after a day.
      const next = decision.nextChange === UNKNOWN ? now.getTime() + UNKNOWN_CHANGE_RECHECK_MS : decision.nextChange;
      if (next < nextChange) nextChange = next;
    }
    if (member) {
      members.add(segment.segmentId);
      const membership = { segmentId: segment.segmentId, version: segment.version, kind: 'dynamic' as const };
      if (!previous) entered.push({ ...membership, since: now.toISOString() });
      else if (previous.version !== segment.version) updated.push({ ...membership, since: previous.since });
    } else if (previous) {
      exited.push(segment.segmentId);
    }
  }
  for (const { segmentId, kind } of view.state.memberships) {
    const stillActive = kind === 'static' ? active.lists.has(segmentId) : active.ids.has(segmentId);
    if (!stillActive) exited.push(segmentId);
  }

  const dueAt = Number.isFinite(nextChange) ? new Date(nextChange).toISOString() : undefined;
  const dueChanged = dueAt !== view.state.dueAt;
  if (entered.length === 0 && updated.length === 0 && exited.length === 0 && !dueChanged) return undefined;
  const announce = entered.length > 0 || exited.length > 0;
  return {
    entered,
    updated,
    exited,
    ...(dueChanged ? { dueAt: dueAt ?? null } : {}),
    ...(announce
      ? {
          announcement: {
            patientId,
            entered: entered.map((m) => m.segmentId),
            exited,
            occurredAt: now.toISOString(),
          },
        }
      : {}),
  };
}

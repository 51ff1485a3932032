import type { Page } from '../../lambdas/domain/paging';
import type {
  ActiveSegment,
  Membership,
  MembershipChange,
  MembershipChangedAnnouncement,
  MembershipPublisher,
  MembershipState,
  MembershipStore,
  PatientSegmentsView,
} from '../../lambdas/domain/segments/ports';
import type { PatientSnapshot } from '../../lambdas/domain/segments/snapshot';

type Facts = Omit<PatientSnapshot, 'memberships'>;

/**
 * The membership side of the Patients table in memory, with the same contract as `DynamoMembershipStore`:
 * revision-guarded writes, the unannounced change kept until marked, wake-ups queried by instant.
 */
export class InMemoryMembershipStore implements MembershipStore {
  readonly facts = new Map<string, Facts>();
  readonly states = new Map<string, MembershipState>();
  /** Called before each `apply`, to let a test write in between (a concurrent re-evaluation). */
  beforeApply?: (patientId: string) => void;

  async load(patientId: string): Promise<PatientSegmentsView> {
    const snapshot = this.facts.get(patientId);
    return { state: this.stateOf(patientId), ...(snapshot ? { snapshot } : {}) };
  }

  async state(patientId: string): Promise<MembershipState> {
    return this.stateOf(patientId);
  }

  /** The stored state, synchronously, for assertions. */
  stateOf(patientId: string): MembershipState {
    return this.states.get(patientId) ?? { revision: 0, memberships: [] };
  }

  async apply(patientId: string, change: MembershipChange, expected: MembershipState): Promise<'applied' | 'conflict'> {
    this.beforeApply?.(patientId);
    const current = this.stateOf(patientId);
    if (current.revision !== expected.revision) return 'conflict';
    const exited = new Set(change.exited);
    const byId = new Map(current.memberships.filter((m) => !exited.has(m.segmentId)).map((m) => [m.segmentId, m]));
    for (const membership of [...change.entered, ...change.updated]) byId.set(membership.segmentId, membership);
    const dueAt = change.dueAt === undefined ? current.dueAt : (change.dueAt ?? undefined);
    const unannounced = change.announcement ?? current.unannounced;
    this.states.set(patientId, {
      revision: current.revision + 1,
      memberships: [...byId.values()],
      ...(dueAt ? { dueAt } : {}),
      ...(unannounced ? { unannounced } : {}),
    });
    return 'applied';
  }

  async markAnnounced(patientId: string, announcement: MembershipChangedAnnouncement): Promise<void> {
    const current = this.stateOf(patientId);
    if (current.unannounced?.occurredAt !== announcement.occurredAt) return;
    const { unannounced: _done, ...rest } = current;
    this.states.set(patientId, rest);
  }

  async members(segmentId: string, limit: number, cursor?: string): Promise<Page<Membership & { patientId: string }>> {
    const all = [...this.states.entries()]
      .flatMap(([patientId, state]) =>
        state.memberships.filter((m) => m.segmentId === segmentId).map((m) => ({ ...m, patientId })),
      )
      .sort((a, b) => a.patientId.localeCompare(b.patientId));
    const start = cursor ? Number(cursor) : 0;
    const items = all.slice(start, start + limit);
    return { items, ...(start + limit < all.length ? { cursor: String(start + limit) } : {}) };
  }

  async due(shard: number, now: Date, limit: number, cursor?: string): Promise<Page<string>> {
    if (shard !== 0) return { items: [] };
    const due = [...this.states.entries()]
      .filter(([, state]) => state.dueAt !== undefined && state.dueAt <= now.toISOString())
      .map(([patientId]) => patientId)
      .sort();
    const start = cursor ? Number(cursor) : 0;
    const items = due.slice(start, start + limit);
    return { items, ...(start + limit < due.length ? { cursor: String(start + limit) } : {}) };
  }

  /** Current members of a segment, for assertions. */
  membersOf(segmentId: string): string[] {
    return [...this.states.entries()]
      .filter(([, state]) => state.memberships.some((m) => m.segmentId === segmentId))
      .map(([patientId]) => patientId)
      .sort();
  }
}

export class RecordingMembershipPublisher implements MembershipPublisher {
  readonly published: MembershipChangedAnnouncement[] = [];
  /** Set to make the next publish fail (a crash between the write and the event). */
  failNext = false;

  async publishMembershipChanged(details: readonly MembershipChangedAnnouncement[]): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('bus unavailable');
    }
    this.published.push(...details);
  }
}

/** A segment store holding only what evaluation reads: the active set. */
export function activeSegmentsOf(segments: readonly ActiveSegment[]) {
  return { activeSegments: async () => [...segments] };
}

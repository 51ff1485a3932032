import { silentLogger } from '../../lambdas/domain/ports';
import { evaluateSegment } from '../../lambdas/domain/segments/compile-segment';
import { prepareActiveSet } from '../../lambdas/domain/segments/membership';
import type { ActiveSegment } from '../../lambdas/domain/segments/ports';
import { reevaluatePatient, wakeDuePatients } from '../../lambdas/domain/segments/reevaluate-patient';
import type { PatientSnapshot } from '../../lambdas/domain/segments/snapshot';
import { activeSegmentsOf, InMemoryMembershipStore, RecordingMembershipPublisher } from './in-memory-membership';

type Facts = Omit<PatientSnapshot, 'memberships'>;

/**
 * Incremental membership as the platform runs it — re-evaluation on each facts change, the waker on each
 * clock move — over in-memory stores, beside a from-scratch evaluation to compare it with. The property
 * tests drive it with random changes and clock moves.
 */
export class IncrementalMembershipHarness {
  readonly memberships = new InMemoryMembershipStore();
  private readonly dependencies;
  private current: number;

  constructor(
    private readonly segments: readonly ActiveSegment[],
    start: number,
  ) {
    this.current = start;
    this.dependencies = {
      segments: activeSegmentsOf(segments),
      memberships: this.memberships,
      publisher: new RecordingMembershipPublisher(),
      clock: { now: () => new Date(this.current) },
      logger: silentLogger,
      shards: 1,
    };
  }

  get now(): number {
    return this.current;
  }

  /** The patient's facts changed (what `Patient Facts Changed` triggers): store them and re-evaluate. */
  async factsChanged(facts: Facts): Promise<void> {
    this.memberships.facts.set(facts.patientId, facts);
    await reevaluatePatient(facts.patientId, this.dependencies);
  }

  /**
   * Moves the clock to `target` (ignored unless later) and runs the waker, as every tick does. `toNextDue`
   * targets the earliest stored wake-up plus `deltaMs`: the exact instants at which memberships flip.
   */
  async moveClock(move: { readonly byMs: number } | { readonly toNextDue: number }): Promise<void> {
    const dues = [...this.memberships.states.values()].flatMap((s) => (s.dueAt ? [Date.parse(s.dueAt)] : []));
    const target = 'byMs' in move ? this.current + move.byMs : Math.min(...dues) + move.toNextDue;
    if (!Number.isFinite(target) || target <= this.current) return;
    this.current = target;
    await wakeDuePatients(this.dependencies);
  }

  /** Stored memberships and those a from-scratch evaluation gives now, both sorted. */
  compare(patientId: string): { readonly stored: string[]; readonly fresh: string[] } {
    const fresh = new Set<string>();
    const facts = this.memberships.facts.get(patientId);
    for (const { segment, compiled } of prepareActiveSet(this.segments).dynamic) {
      if (facts && evaluateSegment(compiled, { ...facts, memberships: fresh }, new Date(this.current)).member) {
        fresh.add(segment.segmentId);
      }
    }
    const stored = this.memberships.stateOf(patientId).memberships.map((m) => m.segmentId);
    return { stored: stored.sort(), fresh: [...fresh].sort() };
  }
}

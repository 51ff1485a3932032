import type { Clock } from '../lambdas/domain/ports';

/** Something that has work due at instants of the virtual clock (journeys' waits and time-outs). */
export interface DueSource {
  /** The earliest instant (ms) work is due, if any. */
  next(): number | undefined;
  /** Runs the work due at `now`, and lets what it causes run its course. */
  fire(now: Date): Promise<void>;
  /** Lets work already under way reach its next wait, so `next` sees it (an execution just started). */
  settle?(): Promise<void>;
}

/**
 * A clock that tests and demos move by hand, so a three-day journey runs in seconds. Listeners run
 * on every advance (the local stand-in for "every minute" schedules). Frozen between advances by
 * default (tests); `running` follows the wall clock plus whatever it was advanced by (`npm start`).
 *
 * An advance stops at every instant a due source has work (a journey's wait ending), runs the listeners
 * and that work there, and goes on: what happens three days in happens at that virtual instant.
 */
export class VirtualClock implements Clock {
  private current: number;
  private readonly listeners: ((now: Date) => Promise<void> | void)[] = [];
  private readonly dueSources: DueSource[] = [];
  private readonly wallStart = Date.now();

  constructor(
    start: Date = new Date(),
    private readonly options: { running?: boolean } = {},
  ) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current + this.wallOffset());
  }

  onTick(listener: (now: Date) => Promise<void> | void): void {
    this.listeners.push(listener);
  }

  addDueSource(source: DueSource): void {
    this.dueSources.push(source);
  }

  async advance(milliseconds: number): Promise<Date> {
    if (milliseconds < 0) throw new Error('the virtual clock only moves forward');
    const target = this.now().getTime() + milliseconds;
    for (;;) {
      for (const source of this.dueSources) await source.settle?.();
      const next = this.nextDue();
      if (next === undefined || next > target) break;
      if (next > this.now().getTime()) await this.moveTo(next);
      for (const source of this.dueSources) await source.fire(this.now());
    }
    await this.moveTo(target);
    return this.now();
  }

  private nextDue(): number | undefined {
    let next: number | undefined;
    for (const source of this.dueSources) {
      const due = source.next();
      if (due !== undefined) next = next === undefined ? due : Math.min(next, due);
    }
    return next;
  }

  private async moveTo(instant: number): Promise<void> {
    // Never back: a running clock's target was computed before the due work ran, which took wall time.
    this.current = Math.max(instant, this.now().getTime()) - this.wallOffset();
    for (const listener of this.listeners) await listener(this.now());
  }

  private wallOffset(): number {
    return this.options.running ? Date.now() - this.wallStart : 0;
  }
}

import type { Clock } from '../lambdas/domain/ports';

/**
 * A clock that tests and demos move by hand, so a three-day journey runs in seconds. Listeners run
 * on every advance (the local stand-in for "every minute" schedules). Frozen between advances by
 * default (tests); `running` follows the wall clock plus whatever it was advanced by (`npm start`).
 */
export class VirtualClock implements Clock {
  private current: number;
  private readonly listeners: ((now: Date) => Promise<void> | void)[] = [];
  private readonly wallStart = Date.now();

  constructor(
    start: Date = new Date(),
    private readonly options: { running?: boolean } = {},
  ) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current + (this.options.running ? Date.now() - this.wallStart : 0));
  }

  onTick(listener: (now: Date) => Promise<void> | void): void {
    this.listeners.push(listener);
  }

  async advance(milliseconds: number): Promise<Date> {
    if (milliseconds < 0) throw new Error('the virtual clock only moves forward');
    this.current += milliseconds;
    for (const listener of this.listeners) await listener(this.now());
    return this.now();
  }
}

import type { Clock } from '../lambdas/domain/ports';

/**
 * A clock that tests and demos move by hand, so a three-day journey runs in seconds. Listeners run
 * on every advance (the local stand-in for "every minute" schedules).
 */
export class VirtualClock implements Clock {
  private current: number;
  private readonly listeners: ((now: Date) => Promise<void> | void)[] = [];

  constructor(start: Date = new Date()) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
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

  async set(instant: Date): Promise<Date> {
    return this.advance(instant.getTime() - this.current);
  }
}

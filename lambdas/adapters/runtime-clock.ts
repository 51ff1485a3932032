import type { Clock } from '../domain/ports';

/** The one place in `lambdas/` that reads the system time; everything else is handed a `Clock`. */
export const systemClock: Clock = { now: () => new Date() };

const INSTALLED = Symbol.for('patient-outreach.runtime-clock');
type WithClock = typeof globalThis & { [INSTALLED]?: Clock };

/**
 * The clock handlers read. On Lambda it is the system clock; the local stack installs its virtual clock
 * before it loads the handlers, so that a segment's wake-ups and a journey's waits follow the clock tests
 * and demos move by hand.
 */
export const runtimeClock: Clock = { now: () => ((globalThis as WithClock)[INSTALLED] ?? systemClock).now() };

/** Local stack only: every handler of this process reads `clock` from now on. */
export function installRuntimeClock(clock: Clock): void {
  (globalThis as WithClock)[INSTALLED] = clock;
}

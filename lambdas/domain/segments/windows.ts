import type { Window } from './definition-schema';
import { type Duration, parseDuration, shiftByDuration } from './duration';

/** No instant: the answer never changes without new facts. */
export const NEVER = Number.POSITIVE_INFINITY;

/**
 * A window compiled once per segment version. Instants are epoch milliseconds. Calendar arithmetic is
 * applied to the fact's date rather than to the clock, so each fact is inside the window during one
 * contiguous interval of clock time whose ends are exact.
 */
export interface CompiledWindow {
  readonly label: string;
  contains(at: number, now: number): boolean;
  /** The earliest instant after `now` at which `contains(at, ·)` changes, or NEVER. */
  nextChange(at: number, now: number): number;
}

const DATE_TIME_WITHOUT_ZONE = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** FHIR dates and date-times as epoch milliseconds; partial dates start at their first instant, zone-less times are UTC. */
export function toInstant(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const fast = parseCommonInstant(value);
  if (fast !== undefined) return fast;
  const ms = Date.parse(DATE_TIME_WITHOUT_ZONE.test(value) ? `${value}Z` : value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Two (or four) ASCII digits at `at` as a number, or NaN. */
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The shapes nearly every stored fact has — `YYYY-MM-DD` and `YYYY-MM-DDThh:mm:ss[.fff…](Z|±hh:mm)` — read
 * without a regular expression or `Date.parse` (segment evaluation reads every dated fact of a patient for
 * every criterion). Gives the same instant `Date.parse` would; anything else returns undefined and takes
 * the general path.
 */
function parseCommonInstant(value: string): number | undefined {
  const length = value.length;
  if (length !== 10 && length < 20) return undefined;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  // Date.UTC reads years 0–99 as 1900–1999: those take the general path.
  if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  if (length === 10) return Date.UTC(year, month - 1, day);
  if (value.charCodeAt(10) !== 84 || value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58) return undefined;
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  if (!(hour <= 23 && minute <= 59 && second <= 59)) return undefined;
  let at = 19;
  let millis = 0;
  if (value.charCodeAt(at) === 46) {
    let scale = 100;
    at++;
    const start = at;
    while (at < length) {
      const c = value.charCodeAt(at) - 48;
      if (c < 0 || c > 9) break;
      millis += c * scale;
      scale /= 10;
      at++;
    }
    if (at === start) return undefined;
    millis = Math.floor(millis);
  }
  let offset = 0;
  const zone = value.charCodeAt(at);
  if (zone === 90 && at + 1 === length) offset = 0;
  else if ((zone === 43 || zone === 45) && at + 6 === length && value.charCodeAt(at + 3) === 58) {
    const hours = digits(value, at + 1, 2);
    const minutes = digits(value, at + 4, 2);
    if (!(hours <= 23 && minutes <= 59)) return undefined;
    offset = (zone === 43 ? 1 : -1) * (hours * 60 + minutes) * 60_000;
  } else return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset;
}

/** Facts dated up to now, whenever: what "latest" means when no window is given. */
export const UP_TO_NOW: CompiledWindow = {
  label: 'up to now',
  contains: (at, now) => at <= now,
  nextChange: (at, now) => (at > now ? at : NEVER),
};

/**
 * `shiftByDuration` remembering its last answer: criteria ask `contains` then `nextChange` for the same
 * fact, and calendar arithmetic is the costly part of both.
 */
function shifter(duration: Duration, sign: 1 | -1): (at: number) => number {
  let lastAt = Number.NaN;
  let lastShifted = Number.NaN;
  return (at) => {
    if (at !== lastAt) {
      lastShifted = shiftByDuration(at, duration, sign);
      lastAt = at;
    }
    return lastShifted;
  };
}

function lastWindow(text: string, duration: Duration): CompiledWindow {
  const forward = shifter(duration, 1);
  return {
    label: `in the last ${text}`,
    contains: (at, now) => at <= now && now < forward(at),
    nextChange(at, now) {
      if (now < at) return at;
      const leaves = forward(at);
      return now < leaves ? leaves : NEVER;
    },
  };
}

function nextWindow(text: string, duration: Duration): CompiledWindow {
  // at ∈ [now, now + d) ⇔ at − d < now ≤ at: it enters one millisecond after at − d and leaves one after at.
  const back = shifter(duration, -1);
  return {
    label: `in the next ${text}`,
    contains: (at, now) => now <= at && back(at) < now,
    nextChange(at, now) {
      const enters = back(at);
      if (now <= enters) return enters + 1;
      return now <= at ? at + 1 : NEVER;
    },
  };
}

function beforeWindow(text: string, duration: Duration): CompiledWindow {
  // at ≤ now − d, computed on the fact's side as at + d ≤ now: among dates up to now, exactly those `last` leaves out.
  const forward = shifter(duration, 1);
  return {
    label: `at least ${text} ago`,
    contains: (at, now) => forward(at) <= now,
    nextChange(at, now) {
      const enters = forward(at);
      return now < enters ? enters : NEVER;
    },
  };
}

function betweenWindow(from: number, to: number, label: string): CompiledWindow {
  return { label, contains: (at) => from <= at && at <= to, nextChange: () => NEVER };
}

/** The most recent `--MM-DD` at 00:00 UTC at or before now, and the one after it. */
function annualAnchors(month: number, day: number, now: number): readonly [number, number] {
  const year = new Date(now).getUTCFullYear();
  const thisYear = Date.UTC(year, month - 1, day);
  return thisYear <= now
    ? [thisYear, Date.UTC(year + 1, month - 1, day)]
    : [Date.UTC(year - 1, month - 1, day), thisYear];
}

function sinceAnnualWindow(text: string, month: number, day: number): CompiledWindow {
  return {
    label: `since ${text}`,
    contains(at, now) {
      return at <= now && annualAnchors(month, day, now)[0] <= at;
    },
    nextChange(at, now) {
      if (now < at) return at;
      const [start, next] = annualAnchors(month, day, now);
      return start <= at ? next : NEVER;
    },
  };
}

/** Compiles a window that has passed validation; throws on anything else, which would be a programming error. */
export function compileWindow(window: Window): CompiledWindow {
  if (window.last !== undefined) return lastWindow(window.last, mustParse(window.last));
  if (window.next !== undefined) return nextWindow(window.next, mustParse(window.next));
  if (window.before !== undefined) return beforeWindow(window.before, mustParse(window.before));
  if (window.sinceAnnual !== undefined) {
    const [month, day] = window.sinceAnnual.slice(2).split('-').map(Number);
    return sinceAnnualWindow(window.sinceAnnual, month!, day!);
  }
  const from = toInstant(window.between?.from) ?? Number.NEGATIVE_INFINITY;
  const to = toInstant(window.between?.to) ?? Number.POSITIVE_INFINITY;
  return betweenWindow(from, to, `between ${window.between?.from ?? '…'} and ${window.between?.to ?? '…'}`);
}

function mustParse(text: string): Duration {
  const duration = parseDuration(text);
  if (!duration) throw new Error(`Unvalidated duration ${text}`);
  return duration;
}

/** Why a `--MM-DD` cannot anchor a yearly window, or undefined when it can. */
export function annualDateProblem(text: string): string | undefined {
  const [month, day] = text.slice(2).split('-').map(Number);
  if (month === 2 && day === 29) return 'February 29 does not occur every year';
  const probe = new Date(Date.UTC(2001, month! - 1, day));
  return probe.getUTCMonth() === month! - 1 ? undefined : `day ${day} does not exist in month ${month}`;
}

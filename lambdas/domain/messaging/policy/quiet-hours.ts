import type * as fhir4 from 'fhir/r4';
import { patientTimeZone } from '../../patients/time-zone';
import type { QuietHours, SendingPolicySettings } from '../policy-types';

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * One formatter per zone (building one costs far more than using it) and the zone's offsets at the last UTC
 * minutes asked for: a campaign evaluates thousands of patients at the same clock minute. Offsets are taken
 * as constant within a UTC minute, which holds for every transition in the tz database since 1972.
 */
interface ZoneClock {
  readonly formatter: Intl.DateTimeFormat;
  /** Offsets by UTC minute: the current minute, and the minutes a deferral looks at a day either side. */
  readonly offsets: Map<number, number>;
}

const OFFSETS_PER_ZONE = 64;

const ZONE_LIMIT = 1_000;
const zoneClocks = new Map<string, ZoneClock | null>();

function zoneClock(zone: string): ZoneClock | undefined {
  const known = zoneClocks.get(zone);
  if (known !== undefined) return known ?? undefined;
  let clock: ZoneClock | null;
  try {
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    clock = { formatter, offsets: new Map() };
  } catch {
    clock = null;
  }
  // Zones come from patient records; bound the cache against a flood of distinct bad values.
  if (zoneClocks.size >= ZONE_LIMIT) zoneClocks.clear();
  zoneClocks.set(zone, clock);
  return clock ?? undefined;
}

export function isValidTimeZone(zone: string): boolean {
  return zone.length > 0 && zoneClock(zone) !== undefined;
}

/** The patient's zone and what decided it (`patients/time-zone.ts`), among the zones Intl knows. */
export function timeZoneDecisionOf(patient: fhir4.Patient, settings: Pick<SendingPolicySettings, 'defaultTimeZone'>) {
  return patientTimeZone(patient, settings.defaultTimeZone, isValidTimeZone);
}

/** The patient's zone: the timezone extension, the home address, the mobile number's country, else the default. */
export function timeZoneOf(patient: fhir4.Patient, settings: Pick<SendingPolicySettings, 'defaultTimeZone'>): string {
  return timeZoneDecisionOf(patient, settings).zone;
}

function clockOf(zone: string): ZoneClock {
  const clock = zoneClock(zone);
  if (!clock) throw new RangeError(`"${zone}" is not an IANA time zone`);
  return clock;
}

/** Local wall time minus UTC, in ms, at the instant. */
function offsetAt(clock: ZoneClock, instant: number): number {
  const minute = Math.floor(instant / MINUTE);
  const known = clock.offsets.get(minute);
  if (known !== undefined) return known;
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let min = 0;
  let second = 0;
  for (const part of clock.formatter.formatToParts(minute * MINUTE)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value) % 24;
        break;
      case 'minute':
        min = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
    }
  }
  const offset = Date.UTC(year, month - 1, day, hour, min, second) - minute * MINUTE;
  if (clock.offsets.size >= OFFSETS_PER_ZONE) clock.offsets.clear();
  clock.offsets.set(minute, offset);
  return offset;
}

/** Minutes since local midnight (0–1439) at the instant in the zone. */
export function localMinuteOfDay(instant: Date, zone: string): number {
  const local = instant.getTime() + offsetAt(clockOf(zone), instant.getTime());
  return Math.floor(mod(local, DAY) / MINUTE);
}

function mod(value: number, by: number): number {
  return ((value % by) + by) % by;
}

/** `HH:MM` → minutes since midnight. The settings validator guarantees the shape. */
export function clockMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Start inclusive, end exclusive; a start after the end crosses midnight; equal bounds are an empty window. */
export function inQuietHours(minuteOfDay: number, window: QuietHours): boolean {
  const start = clockMinutes(window.start);
  const end = clockMinutes(window.end);
  return start <= end ? minuteOfDay >= start && minuteOfDay < end : minuteOfDay >= start || minuteOfDay < end;
}

/**
 * The earliest instant after `after` whose local wall time is `local` (local time written as if it were UTC).
 * On a fall-back day a wall time happens twice and the first one still ahead is taken; in a spring-forward gap
 * it does not happen at all, and the first instant after the gap is taken.
 */
function instantOfLocal(clock: ZoneClock, local: number, after: number): number {
  const offsetBefore = offsetAt(clock, local - DAY);
  const offsetAfter = offsetAt(clock, local + DAY);
  const early = local - Math.max(offsetBefore, offsetAfter);
  const late = local - Math.min(offsetBefore, offsetAfter);
  let found: number | undefined;
  for (const candidate of [early, late]) {
    if (found === undefined && candidate > after && candidate + offsetAt(clock, candidate) === local) found = candidate;
  }
  if (found !== undefined) return found;
  // The gap: the transition lies in (local − offsetAfter, local − offsetBefore]; bisect it to the minute.
  let lo = Math.floor(early / MINUTE);
  let hi = Math.ceil(late / MINUTE);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(clock, mid * MINUTE) === offsetBefore) lo = mid;
    else hi = mid;
  }
  return Math.max(hi * MINUTE, after + MINUTE);
}

/**
 * When the channel may send again: undefined if it may send now, else the instant the quiet window ends in the
 * zone, computed on the local calendar so that a DST change inside the window is honoured.
 */
export function nextAllowedInstant(now: Date, zone: string, window: QuietHours | undefined): Date | undefined {
  if (!window || window.start === window.end) return undefined;
  const clock = clockOf(zone);
  const end = clockMinutes(window.end);
  let instant = now.getTime();
  // One step reaches the end of the window; more are only needed for windows narrower than a DST jump.
  for (let step = 0; step < 4; step++) {
    const local = instant + offsetAt(clock, instant);
    const minuteOfDay = Math.floor(mod(local, DAY) / MINUTE);
    if (!inQuietHours(minuteOfDay, window)) return step === 0 ? undefined : new Date(instant);
    const midnight = local - mod(local, DAY);
    const endDay = minuteOfDay < end ? midnight : midnight + DAY;
    instant = instantOfLocal(clock, endDay + end * MINUTE, instant);
  }
  return new Date(instant);
}

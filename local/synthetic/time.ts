import type { Random } from './random';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const YEAR = 365.2425 * DAY;
export const MONTH = YEAR / 12;

// A module-scope alias: under jest's vm sandbox every lookup of the global `Math` is slow.
const { floor } = Math;
const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** A UTC instant to the second; hand-rolled because it runs for every date of every resource. */
export function iso(ms: number): string {
  const seconds = floor(ms / 1000);
  const secondOfDay = ((seconds % 86_400) + 86_400) % 86_400;
  const time = `${pad2(floor(secondOfDay / 3600))}:${pad2(floor(secondOfDay / 60) % 60)}:${pad2(secondOfDay % 60)}`;
  return `${isoDate(ms)}T${time}Z`;
}

/** The UTC calendar date (proleptic Gregorian, days-from-civil inverse by H. Hinnant). */
export function isoDate(ms: number): string {
  const z = floor(ms / DAY) + 719_468;
  const era = floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = floor(
    (dayOfEra - floor(dayOfEra / 1460) + floor(dayOfEra / 36_524) - floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + floor(yearOfEra / 4) - floor(yearOfEra / 100));
  const mp = floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Wall-clock arithmetic in one IANA zone, so visits and appointments fall in opening hours. */
export class ClinicClock {
  private readonly format: Intl.DateTimeFormat;
  /** The day's offset, or NaN on a day the offset changes (US zones change it on the hour). */
  private readonly dayOffsets = new Map<number, number>();

  constructor(zone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
  }

  /** Milliseconds to add to UTC for local wall time, cached per UTC day; only transition days look closer. */
  private offset(ms: number): number {
    const day = Math.floor(ms / DAY);
    let offset = this.dayOffsets.get(day);
    if (offset === undefined) {
      const startOfDay = this.offsetAt(day * DAY);
      offset = startOfDay === this.offsetAt((day + 1) * DAY - MINUTE) ? startOfDay : Number.NaN;
      this.dayOffsets.set(day, offset);
    }
    return Number.isNaN(offset) ? this.offsetAt(Math.floor(ms / HOUR) * HOUR) : offset;
  }

  private offsetAt(ms: number): number {
    const parts = this.format.formatToParts(new Date(ms));
    const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
    return (
      Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute')) -
      Math.floor(ms / MINUTE) * MINUTE
    );
  }

  localDay(ms: number): number {
    return Math.floor((ms + this.offset(ms)) / DAY);
  }

  at(localDay: number, minuteOfDay: number): number {
    const wall = localDay * DAY + minuteOfDay * MINUTE;
    return wall - this.offset(wall - this.offset(wall));
  }

  isWeekday(localDay: number): boolean {
    const weekday = (((localDay + 4) % 7) + 7) % 7;
    return weekday !== 0 && weekday !== 6;
  }

  /** A quarter-hour slot from 08:00 to 16:15 on the day, or on the nearest weekday in the given direction. */
  slot(rng: Random, localDay: number, direction: 1 | -1): number {
    let day = localDay;
    while (!this.isWeekday(day)) day += direction;
    return this.at(day, 8 * 60 + 15 * rng.int(0, 33));
  }
}

const clocks = new Map<string, ClinicClock>();

/** One clock per zone for the whole process, so its per-day offset cache is shared by every patient. */
export function clinicClock(zone: string): ClinicClock {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new ClinicClock(zone);
    clocks.set(zone, clock);
  }
  return clock;
}

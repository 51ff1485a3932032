/** An ISO 8601 duration restricted to what segment windows need: `P[nY][nM][nD][T[nH]]`. */
export interface Duration {
  readonly years: number;
  readonly months: number;
  readonly days: number;
  readonly hours: number;
}

const DURATION_PATTERN = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(\d+)H)?$/;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Returns the duration, or undefined when the text is not of the supported form (or is empty, like `P`). */
export function parseDuration(text: string): Duration | undefined {
  const match = DURATION_PATTERN.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return undefined;
  const [, years, months, days, hours] = match;
  if (years === undefined && months === undefined && days === undefined && hours === undefined) return undefined;
  return { years: Number(years ?? 0), months: Number(months ?? 0), days: Number(days ?? 0), hours: Number(hours ?? 0) };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/**
 * Calendar arithmetic in UTC: years and months first, clamping the day to the end of a shorter month
 * (31 January + P1M = 28 or 29 February), then days and hours as exact lengths.
 */
export function shiftByDuration(instant: number, duration: Duration, sign: 1 | -1): number {
  let result = instant;
  const months = duration.years * 12 + duration.months;
  if (months !== 0) {
    const date = new Date(instant);
    const target = date.getUTCMonth() + sign * months;
    const year = date.getUTCFullYear() + Math.floor(target / 12);
    const month = ((target % 12) + 12) % 12;
    const day = Math.min(date.getUTCDate(), daysInMonth(year, month));
    result =
      Date.UTC(year, month, day) + (instant - Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  }
  return result + sign * (duration.days * DAY_MS + duration.hours * HOUR_MS);
}

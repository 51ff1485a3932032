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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 1 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month] as number);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (month 0–11); H. Hinnant's `days_from_civil`. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month < 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const m = month < 2 ? month + 10 : month - 2;
  const dayOfYear = Math.floor((153 * m + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Calendar arithmetic in UTC: years and months first, clamping the day to the end of a shorter month
 * (31 January + P1M = 28 or 29 February), then days and hours as exact lengths. Integer arithmetic only
 * (no `Date`): segment evaluation calls this for every dated fact.
 */
export function shiftByDuration(instant: number, duration: Duration, sign: 1 | -1): number {
  let result = instant;
  const months = duration.years * 12 + duration.months;
  if (months !== 0) {
    const days = Math.floor(instant / DAY_MS);
    const timeOfDay = instant - days * DAY_MS;
    // H. Hinnant's `civil_from_days`.
    const z = days + 719468;
    const era = Math.floor(z / 146097);
    const dayOfEra = z - era * 146097;
    const yearOfEra = Math.floor(
      (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
    );
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const mp = Math.floor((5 * dayOfYear + 2) / 153);
    const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 2 : mp - 10;
    const year = yearOfEra + era * 400 + (month < 2 ? 1 : 0);

    const target = month + sign * months;
    const targetYear = year + Math.floor(target / 12);
    const targetMonth = ((target % 12) + 12) % 12;
    const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
    result = daysFromCivil(targetYear, targetMonth, targetDay) * DAY_MS + timeOfDay;
  }
  return result + sign * (duration.days * DAY_MS + duration.hours * HOUR_MS);
}

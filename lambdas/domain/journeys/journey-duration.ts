/**
 * Journey durations, `P[nD][T[nH][nM]]`, as seconds: Step Functions waits in seconds, and months and years
 * have no fixed length, so the schema leaves them out. A resource-time offset may be negative (`-PT24H`:
 * 24 hours before the appointment starts).
 */
const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;

export const MINUTE_SECONDS = 60;
export const HOUR_SECONDS = 60 * MINUTE_SECONDS;
export const DAY_SECONDS = 24 * HOUR_SECONDS;
/** Step Functions ends a Standard execution after one year; every wait of a journey must fit in it. */
export const MAX_JOURNEY_SECONDS = 365 * DAY_SECONDS;

/** The duration in seconds, or undefined when the text is not `P[nD][T[nH][nM]]` (or is empty: `P`, `PT`, `P1DT`). */
export function parseJourneyDuration(text: string): number | undefined {
  const match = DURATION.exec(text);
  if (!match) return undefined;
  const [, days, hours, minutes] = match;
  if (days === undefined && hours === undefined && minutes === undefined) return undefined;
  if (text.endsWith('T')) return undefined;
  return Number(days ?? 0) * DAY_SECONDS + Number(hours ?? 0) * HOUR_SECONDS + Number(minutes ?? 0) * MINUTE_SECONDS;
}

/** A signed offset such as `-PT24H` (before) or `PT30M` (after), in seconds; undefined when malformed. */
export function parseSignedOffset(text: string): number | undefined {
  const negative = text.startsWith('-');
  const seconds = parseJourneyDuration(negative ? text.slice(1) : text);
  if (seconds === undefined) return undefined;
  return negative && seconds !== 0 ? -seconds : seconds;
}

/** `P400D` → "400 days", `PT36H` → "1.5 days": for error messages. */
export function describeSeconds(seconds: number): string {
  const days = seconds / DAY_SECONDS;
  if (days >= 1) return `${Number.isInteger(days) ? days : days.toFixed(2).replace(/0+$/, '')} days`;
  const hours = seconds / HOUR_SECONDS;
  return `${Number.isInteger(hours) ? hours : hours.toFixed(2).replace(/0+$/, '')} hours`;
}

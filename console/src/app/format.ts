/** A FHIR HumanName list as a person reads it: the official (or first) name, "Given Family". */
export function displayName(
  names: readonly { given?: readonly string[]; family?: string; use?: string }[] | undefined,
) {
  const name = names?.find((n) => n.use === 'official') ?? names?.[0];
  if (!name) return '(no name recorded)';
  return [...(name.given ?? []), name.family].filter(Boolean).join(' ') || '(no name recorded)';
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** An instant in the reader's zone, e.g. "7 Dec 2026, 17:40". */
export function formatInstant(instant: string | undefined): string {
  if (!instant) return '—';
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : dateTime.format(date);
}

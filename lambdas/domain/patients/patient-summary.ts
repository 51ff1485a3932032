import type * as fhir4 from 'fhir/r4';
import type { Visibility } from './visibility';

/** The parts of FHIR names, contact points and addresses staff read; periods, extensions and ids are left behind. */
export interface NameView {
  readonly use?: string;
  readonly text?: string;
  readonly family?: string;
  readonly given?: readonly string[];
  readonly prefix?: readonly string[];
  readonly suffix?: readonly string[];
}

export interface ContactPointView {
  readonly system?: string;
  readonly value: string;
  readonly use?: string;
  readonly rank?: number;
}

export interface AddressView {
  readonly use?: string;
  readonly text?: string;
  readonly line?: readonly string[];
  readonly city?: string;
  readonly district?: string;
  readonly state?: string;
  readonly postalCode?: string;
  readonly country?: string;
}

/** What a search result can show, stored beside the search entries so a search is one query. */
export interface PatientSummary {
  readonly id: string;
  readonly name: readonly NameView[];
  readonly birthDate?: string;
  readonly gender?: string;
  readonly telecom: readonly ContactPointView[];
  readonly address: readonly AddressView[];
}

/** A search result as one caller may see it. */
export type SearchResult = Pick<PatientSummary, 'id' | 'name' | 'birthDate' | 'gender'> &
  Partial<Pick<PatientSummary, 'telecom' | 'address'>>;

export function namesOf(patient: fhir4.Patient): NameView[] {
  return (patient.name ?? []).map((n) =>
    compact({ use: n.use, text: n.text, family: n.family, given: n.given, prefix: n.prefix, suffix: n.suffix }),
  );
}

/** Contact points with a value; ones whose period has ended are history, not a way to reach the patient. */
export function contactPointsOf(patient: fhir4.Patient, asOf: string): ContactPointView[] {
  return (patient.telecom ?? [])
    .filter((t) => t.value && t.use !== 'old' && inForce(t.period, asOf))
    .map((t) => compact({ system: t.system, value: t.value as string, use: t.use, rank: t.rank }))
    .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
}

export function addressesOf(patient: fhir4.Patient, asOf: string): AddressView[] {
  return (patient.address ?? [])
    .filter((a) => a.use !== 'old' && inForce(a.period, asOf))
    .map((a) =>
      compact({
        use: a.use,
        text: a.text,
        line: a.line,
        city: a.city,
        district: a.district,
        state: a.state,
        postalCode: a.postalCode,
        country: a.country,
      }),
    );
}

export function patientSummaryOf(patient: fhir4.Patient, asOf: string): PatientSummary {
  return compact({
    id: patient.id as string,
    name: namesOf(patient),
    birthDate: patient.birthDate,
    gender: patient.gender,
    telecom: contactPointsOf(patient, asOf),
    address: addressesOf(patient, asOf),
  });
}

/** A summary cut down to what the caller may see: contact details only with `contact`. */
export function searchResultFor(summary: PatientSummary, visibility: Visibility): SearchResult {
  const { telecom, address, ...identity } = summary;
  return visibility.has('contact') ? { ...identity, telecom, address } : identity;
}

/**
 * Whether `asOf` (an ISO instant) falls in the period. FHIR dates may be partial (`2014`, `2014-06`): each
 * bound is compared at its own precision, to the second and ignoring offsets, so an end of `2014` lasts
 * the whole of 2014.
 */
export function inForce(period: fhir4.Period | undefined, asOf: string): boolean {
  const atPrecisionOf = (bound: string) => asOf.slice(0, Math.min(bound.length, 19));
  if (period?.start && period.start.slice(0, 19) > atPrecisionOf(period.start)) return false;
  if (period?.end && period.end.slice(0, 19) < atPrecisionOf(period.end)) return false;
  return true;
}

/** Drops undefined fields, so responses and stored summaries carry only what is there. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

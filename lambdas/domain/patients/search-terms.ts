import type * as fhir4 from 'fhir/r4';

/**
 * What a patient can be found by, and how a search is read. Names are compared normalised: letters and
 * digits of any script, lower case, without accents, so `Müller`, `MULLER` and `mul` meet.
 */

/** Letters that Unicode decomposition leaves whole, folded the way people type them without the key. */
const FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLDS[c] as string)
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Names are spread over partitions by their first two normalised characters. A search term of one
 * character therefore matches names of exactly that character (a one-character family name, common in
 * Chinese and Korean), and from two characters on it matches as a prefix.
 */
export const NAME_BUCKET_LENGTH = 2;

export function nameBucket(normalised: string): string {
  return [...normalised].slice(0, NAME_BUCKET_LENGTH).join('');
}

/** Whether a normalised term is shorter than a bucket, and so matches whole names only. */
export function matchesWholeNamesOnly(normalised: string): boolean {
  return [...normalised].length < NAME_BUCKET_LENGTH;
}

/** Identifier values longer than this are not indexed (a partition key holds at most 2 KB). */
export const MAX_IDENTIFIER_LENGTH = 256;

/** At most this many entries per patient, so replacing them stays one transaction (100 actions). */
export const MAX_SEARCH_ENTRIES = 40;

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One way of finding a patient. */
export type SearchEntry =
  | {
      readonly index: 'family';
      readonly family: string;
      /** The first given name of the first name with this family, for ordering. */
      readonly firstGiven: string;
      /** Every given name that goes with this family, for a family + given search. */
      readonly givens: readonly string[];
    }
  | { readonly index: 'given'; readonly given: string; readonly family: string }
  | { readonly index: 'identifier'; readonly system: string; readonly value: string }
  | {
      readonly index: 'birthDate';
      readonly birthDate: string;
      readonly family: string;
      readonly firstGiven: string;
      readonly families: readonly string[];
      readonly givens: readonly string[];
    };

interface NormalisedName {
  readonly family: string;
  readonly givens: readonly string[];
}

/** Family (or, without one, the name's text) and given names, each normalised; empty names dropped. */
function normalisedNames(patient: fhir4.Patient): NormalisedName[] {
  const names: NormalisedName[] = [];
  for (const name of patient.name ?? []) {
    const givens = (name.given ?? []).flatMap((g) => g.split(/\s+/)).map(normaliseName);
    const family = normaliseName(name.family ?? (givens.length === 0 ? (name.text ?? '') : ''));
    const usable = { family, givens: unique(givens.filter((g) => g !== '')) };
    if (usable.family !== '' || usable.givens.length > 0) names.push(usable);
  }
  return names;
}

/** Every search entry of a patient: one per distinct family, given name and identifier, one for the birth date. */
export function searchEntriesOf(patient: fhir4.Patient): SearchEntry[] {
  const names = normalisedNames(patient);
  const entries: SearchEntry[] = [];
  const families = unique(names.map((n) => n.family).filter((f) => f !== ''));
  const allGivens = unique(names.flatMap((n) => n.givens));
  for (const family of families) {
    const withFamily = names.filter((n) => n.family === family);
    entries.push({
      index: 'family',
      family,
      firstGiven: withFamily[0]?.givens[0] ?? '',
      givens: unique(withFamily.flatMap((n) => n.givens)),
    });
  }
  for (const given of allGivens) {
    entries.push({ index: 'given', given, family: names.find((n) => n.givens.includes(given))?.family ?? '' });
  }
  const identifiers = new Set<string>();
  for (const identifier of patient.identifier ?? []) {
    const value = identifier.value?.trim();
    if (!value || value.length > MAX_IDENTIFIER_LENGTH) continue;
    const system = identifier.system ?? '';
    const key = `${system}|${value}`;
    if (identifiers.has(key)) continue;
    identifiers.add(key);
    entries.push({ index: 'identifier', system, value });
  }
  if (patient.birthDate && FULL_DATE.test(patient.birthDate)) {
    entries.push({
      index: 'birthDate',
      birthDate: patient.birthDate,
      family: families[0] ?? '',
      firstGiven: names[0]?.givens[0] ?? '',
      families,
      givens: allGivens,
    });
  }
  // Birth date first, then names, then identifiers: what a front desk searches by most survives a cap.
  const order = { birthDate: 0, family: 1, given: 2, identifier: 3 } as const;
  return entries.sort((a, b) => order[a.index] - order[b.index]).slice(0, MAX_SEARCH_ENTRIES);
}

/** A search, read from the query: exactly one index is queried for it. */
export type SearchCriteria =
  | { readonly by: 'identifier'; readonly system?: string; readonly value: string }
  | { readonly by: 'birthDate'; readonly birthDate: string; readonly family?: string; readonly given?: string }
  | { readonly by: 'family'; readonly family: string; readonly given?: string }
  | { readonly by: 'given'; readonly given: string };

export interface SearchQuery {
  readonly family?: string;
  readonly given?: string;
  readonly identifier?: string;
  readonly birthDate?: string;
}

export interface CriteriaError {
  readonly parameter: keyof SearchQuery;
  readonly detail: string;
}

export type CriteriaResult =
  | { readonly ok: true; readonly criteria: SearchCriteria }
  | { readonly ok: false; readonly errors: readonly CriteriaError[] };

/**
 * Reads a search: `identifier` (`system|value`, `|value` for no system, or a bare value for any
 * system) stands alone; `birthDate` may narrow by family and given; otherwise family and/or given.
 */
export function searchCriteriaOf(query: SearchQuery): CriteriaResult {
  const errors: CriteriaError[] = [];
  const family = nameTerm(query.family, 'family', errors);
  const given = nameTerm(query.given, 'given', errors);
  if (query.identifier !== undefined) {
    const others = (['family', 'given', 'birthDate'] as const).filter((p) => query[p] !== undefined);
    for (const parameter of others) errors.push({ parameter, detail: 'cannot be combined with identifier' });
    const token = parseIdentifier(query.identifier);
    if (!token) errors.push({ parameter: 'identifier', detail: 'give `system|value`, `|value` or a value' });
    return errors.length > 0 || !token ? { ok: false, errors } : { ok: true, criteria: { by: 'identifier', ...token } };
  }
  if (errors.length > 0) return { ok: false, errors };
  if (query.birthDate !== undefined) {
    return { ok: true, criteria: { by: 'birthDate', birthDate: query.birthDate, ...optional({ family, given }) } };
  }
  if (family !== undefined) return { ok: true, criteria: { by: 'family', family, ...optional({ given }) } };
  if (given !== undefined) return { ok: true, criteria: { by: 'given', given } };
  return {
    ok: false,
    errors: [{ parameter: 'family', detail: 'search by family, given, identifier or birthDate' }],
  };
}

function nameTerm(raw: string | undefined, parameter: 'family' | 'given', errors: CriteriaError[]) {
  if (raw === undefined) return undefined;
  const term = normaliseName(raw);
  if (term === '') errors.push({ parameter, detail: 'must contain a letter or a digit' });
  return term;
}

function parseIdentifier(raw: string): { system?: string; value: string } | undefined {
  const separator = raw.indexOf('|');
  if (separator < 0) return raw.trim() === '' ? undefined : { value: raw.trim() };
  const system = raw.slice(0, separator);
  const value = raw.slice(separator + 1).trim();
  return value === '' ? undefined : { system, value };
}

function optional<T extends Record<string, string | undefined>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

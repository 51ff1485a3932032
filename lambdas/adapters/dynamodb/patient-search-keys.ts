import type { PatientSummary } from '../../domain/patients/patient-summary';
import {
  matchesWholeNamesOnly,
  nameBucket,
  type SearchCriteria,
  type SearchEntry,
} from '../../domain/patients/search-terms';

/**
 * The patient search index in the Patients table: one item per search entry, under partitions of its
 * own, carrying the patient's summary so that a search is one `Query`. `docs/patient-api.md` lists them.
 *
 * | entry | pk | sk |
 * | family | `SEARCH#FAMILY#<first 2 chars>` | `<family>#<first given>#<patientId>` |
 * | given | `SEARCH#GIVEN#<first 2 chars>` | `<given>#<family>#<patientId>` |
 * | identifier | `SEARCH#IDENT#<value>` | `<system>|<patientId>` |
 * | birth date | `SEARCH#BIRTH#<YYYY-MM-DD>` | `<family>#<first given>#<patientId>` |
 */
export const SEARCH_KEYS_SK = 'SEARCHKEYS';

/** Bumped when the item layout changes, so that re-indexing rewrites entries whose content did not change. */
export const SEARCH_KEY_DESIGN = 1;

export interface SearchItem {
  readonly pk: string;
  readonly sk: string;
  readonly patientId: string;
  readonly summary: PatientSummary;
  /** Space-delimited normalised names (` a b `), for filtering by a second criterion. */
  readonly familyNames?: string;
  readonly givenNames?: string;
}

const familyPk = (family: string) => `SEARCH#FAMILY#${nameBucket(family)}`;
const givenPk = (given: string) => `SEARCH#GIVEN#${nameBucket(given)}`;
const identifierPk = (value: string) => `SEARCH#IDENT#${value}`;
const birthDatePk = (date: string) => `SEARCH#BIRTH#${date}`;
const spaced = (names: readonly string[]) => ` ${names.join(' ')} `;

export function searchItemOf(entry: SearchEntry, summary: PatientSummary): SearchItem {
  const patientId = summary.id;
  switch (entry.index) {
    case 'family':
      return {
        pk: familyPk(entry.family),
        sk: `${entry.family}#${entry.firstGiven}#${patientId}`,
        patientId,
        summary,
        givenNames: spaced(entry.givens),
      };
    case 'given':
      return { pk: givenPk(entry.given), sk: `${entry.given}#${entry.family}#${patientId}`, patientId, summary };
    case 'identifier':
      return { pk: identifierPk(entry.value), sk: `${entry.system}|${patientId}`, patientId, summary };
    case 'birthDate':
      return {
        pk: birthDatePk(entry.birthDate),
        sk: `${entry.family}#${entry.firstGiven}#${patientId}`,
        patientId,
        summary,
        familyNames: spaced(entry.families),
        givenNames: spaced(entry.givens),
      };
  }
}

export interface SearchQueryPlan {
  readonly pk: string;
  /** Empty: the whole partition. */
  readonly skPrefix: string;
  readonly filters: readonly { readonly attribute: 'familyNames' | 'givenNames'; readonly contains: string }[];
}

/** A name term as a sort-key prefix: a prefix from two characters on, a whole name below. */
const namePrefix = (term: string) => (matchesWholeNamesOnly(term) ? `${term}#` : term);
/** The same rule inside a space-delimited name list. */
const nameFilter = (attribute: 'familyNames' | 'givenNames', term: string) => ({
  attribute,
  contains: matchesWholeNamesOnly(term) ? ` ${term} ` : ` ${term}`,
});

export function searchQueryOf(criteria: SearchCriteria): SearchQueryPlan {
  switch (criteria.by) {
    case 'identifier':
      return {
        pk: identifierPk(criteria.value),
        skPrefix: criteria.system === undefined ? '' : `${criteria.system}|`,
        filters: [],
      };
    case 'birthDate':
      return {
        pk: birthDatePk(criteria.birthDate),
        skPrefix: '',
        filters: [
          ...(criteria.family ? [nameFilter('familyNames', criteria.family)] : []),
          ...(criteria.given ? [nameFilter('givenNames', criteria.given)] : []),
        ],
      };
    case 'family':
      return {
        pk: familyPk(criteria.family),
        skPrefix: namePrefix(criteria.family),
        filters: criteria.given ? [nameFilter('givenNames', criteria.given)] : [],
      };
    case 'given':
      return { pk: givenPk(criteria.given), skPrefix: namePrefix(criteria.given), filters: [] };
  }
}

/** The opaque form of an item key kept in the index record. */
export const keyString = (key: { pk: string; sk: string }) => JSON.stringify([key.pk, key.sk]);

export function keyOf(keyStringValue: string): { pk: string; sk: string } {
  const [pk, sk] = JSON.parse(keyStringValue) as [string, string];
  return { pk, sk };
}

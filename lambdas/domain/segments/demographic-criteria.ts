import type { AgeCriterion, GenderCriterion, LanguageCriterion, PostalCodeCriterion } from './definition-schema';
import { type CompiledCriterion, decided, leaf } from './explanation';
import { NEVER } from './windows';

function boundsLabel(bounds: { min?: number; max?: number }): string {
  if (bounds.max === undefined) return `${bounds.min} or more`;
  if (bounds.min === undefined) return `${bounds.max} or less`;
  return `${bounds.min}–${bounds.max}`;
}

/** Birthday `years` after birth at 00:00 UTC; a 29 February birthday falls on 1 March in other years. */
function birthday(birth: readonly [number, number, number], years: number): number {
  return Date.UTC(birth[0] + years, birth[1], birth[2]);
}

/** Year, month index and day of a FHIR date; a partial date counts from its first day. */
function birthParts(birthDate: string): readonly [number, number, number] | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(birthDate);
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2] ?? 1) - 1, Number(match[3] ?? 1)];
}

export function compileAge(criterion: AgeCriterion, path: string): CompiledCriterion {
  const label = boundsLabel(criterion);
  return (snapshot, now, explain) => {
    const birth = snapshot.patient?.birthDate ? birthParts(snapshot.patient.birthDate) : undefined;
    if (!birth) return explain ? leaf('age', path, false, 'no birth date', NEVER) : decided(false, NEVER);
    const yearsSinceBirthYear = new Date(now).getUTCFullYear() - birth[0];
    const age = birthday(birth, yearsSinceBirthYear) <= now ? yearsSinceBirthYear : yearsSinceBirthYear - 1;
    const tooYoung = criterion.min !== undefined && age < criterion.min;
    const tooOld = criterion.max !== undefined && age > criterion.max;
    let nextChange = NEVER;
    if (tooYoung) nextChange = birthday(birth, criterion.min!);
    else if (!tooOld && criterion.max !== undefined) nextChange = birthday(birth, criterion.max + 1);
    const matched = !tooYoung && !tooOld;
    return explain
      ? leaf('age', path, matched, `age ${age}, needs ${label}`, nextChange)
      : decided(matched, nextChange);
  };
}

export function compileGender(criterion: GenderCriterion, path: string): CompiledCriterion {
  const genders: ReadonlySet<string> = new Set(criterion);
  return (snapshot, _now, explain) => {
    const gender = snapshot.patient?.gender;
    const matched = gender !== undefined && genders.has(gender);
    return explain
      ? leaf('gender', path, matched, `gender ${gender ?? 'not recorded'}`, NEVER)
      : decided(matched, NEVER);
  };
}

const normalisePostalCode = (code: string) => code.replace(/\s+/g, '').toUpperCase();

export function compilePostalCode(criterion: PostalCodeCriterion, path: string): CompiledCriterion {
  const prefixes = criterion.prefixes.map(normalisePostalCode);
  return (snapshot, _now, explain) => {
    const postalCode = snapshot.patient?.postalCode;
    const normalised = postalCode === undefined ? undefined : normalisePostalCode(postalCode);
    const matched = normalised !== undefined && prefixes.some((prefix) => normalised.startsWith(prefix));
    if (!explain) return decided(matched, NEVER);
    return leaf('postalCode', path, matched, matched ? 'postal code in area' : 'postal code not in area', NEVER);
  };
}

export function compileLanguage(criterion: LanguageCriterion, path: string): CompiledCriterion {
  const tags: ReadonlySet<string> = new Set(criterion.map((tag) => tag.toLowerCase()));
  return (snapshot, _now, explain) => {
    const preferred = snapshot.patient?.preferredLanguage?.toLowerCase();
    const primary = preferred?.split('-')[0];
    const matched = preferred !== undefined && (tags.has(preferred) || (primary !== undefined && tags.has(primary)));
    if (!explain) return decided(matched, NEVER);
    return leaf('language', path, matched, `preferred language ${preferred ?? 'not recorded'}`, NEVER);
  };
}

export function compileDeceased(expected: boolean, path: string): CompiledCriterion {
  return (snapshot, _now, explain) => {
    const deceased = snapshot.patient?.deceased === true;
    if (!explain) return decided(deceased === expected, NEVER);
    return leaf('deceased', path, deceased === expected, deceased ? 'deceased' : 'not known to be deceased', NEVER);
  };
}

import fhirpath from 'fhirpath';
import { SEGMENT_CATALOG } from '../catalog/segments';
import { fhirpathR4Model } from '../lambdas/domain/fhir/fhirpath-model';
import type { Coding } from '../lambdas/domain/segments/definition-schema';
import type { EngagementFact } from '../lambdas/domain/segments/snapshot';

/** A patient's raw resources as FHIRPath sees them: the Patient first, then everything that refers to it. */
export interface FhirPathBundle {
  readonly resourceType: 'Bundle';
  readonly entry: readonly { readonly resource: unknown }[];
}

/** A code list of a catalog definition, found by the JSON pointer of the criterion holding it. */
function catalogCodes(segmentId: string, pointer: string): readonly Coding[] {
  const definition = SEGMENT_CATALOG.find((candidate) => candidate.id === segmentId);
  let node: unknown = definition;
  for (const key of pointer.split('/').slice(1)) node = (node as Record<string, unknown> | undefined)?.[key];
  if (!Array.isArray(node)) throw new Error(`${segmentId}${pointer} is not a code list: update the FHIRPath version`);
  return node as Coding[];
}

const quoted = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const oneOf = (values: readonly string[]) => `(${values.map(quoted).join(' | ')})`;

/** `concept` has a coding in the list: codes grouped by system, so each system is compared once. */
function codedAs(concept: string, codes: readonly Coding[]): string {
  const bySystem = new Map<string, string[]>();
  for (const { system, code } of codes) bySystem.set(system, [...(bySystem.get(system) ?? []), code]);
  const tests = [...bySystem].map(([system, values]) => `(system = ${quoted(system)} and code in ${oneOf(values)})`);
  return `${concept}.coding.where(${tests.join(' or ')}).exists()`;
}

const NOW = '%now.toDateTime()';
/** In (now − d, now], written as the engine computes it: date ≤ now and date + d > now. */
const inLast = (date: string, duration: string) => `(${date} <= ${NOW} and ${date} + ${duration} > ${NOW})`;
const resources = (type: string, where: string) => `Bundle.entry.resource.ofType(${type}).where(${where})`;
/** The Patient meets every condition (and is alive, which every catalog segment asks). */
const livingPatient = (...conditions: string[]) =>
  `Bundle.entry.resource.ofType(Patient).where(${['(deceased.ofType(boolean) contains true or deceased.ofType(dateTime).exists()).not()', ...conditions].join(' and ')}).exists()`;
const LIVING = livingPatient();
/** Completed years in [min, max], birthdays at 00:00 UTC: birthDate + min years ≤ today < birthDate + (max + 1) years. */
const aged = (min: number, max?: number) =>
  `birthDate + ${min} years <= %today.toDate()${max === undefined ? '' : ` and birthDate + ${max + 1} years > %today.toDate()`}`;

const RESULTED = oneOf(['preliminary', 'final', 'amended', 'corrected']);
const NO_RESULT = oneOf(['registered', 'cancelled', 'entered-in-error']);
const ENCOUNTER_HAPPENED = oneOf(['arrived', 'triaged', 'in-progress', 'onleave', 'finished']);
const ACTIVE_CONDITION = `clinicalStatus.coding.where(code in ${oneOf(['active', 'recurrence', 'relapse'])}).exists()`;
const EFFECTIVE = 'effective.ofType(dateTime)';

const procedureIn = (codes: readonly Coding[], duration: string) =>
  `${resources('Procedure', `status = 'completed' and ${codedAs('code', codes)} and ${inLast('performed.ofType(dateTime)', duration)}`)}.exists()`;
const resultIn = (codes: readonly Coding[], duration: string) =>
  `${resources('Observation', `status in ${RESULTED} and ${codedAs('code', codes)} and ${inLast(EFFECTIVE, duration)}`)}.exists()`;
const activeCondition = (codes: readonly Coding[]) =>
  `${resources('Condition', `${codedAs('code', codes)} and ${ACTIVE_CONDITION}`)}.exists()`;
/**
 * The strictly latest observation with one of the codes in the last d, on a tie the first listed; registered,
 * cancelled and entered-in-error ones carry no result and are skipped (Observation.status is 1..1).
 */
const latestObservation = (codes: readonly Coding[], duration: string) =>
  `${resources('Observation', `${codedAs('code', codes)} and (status in ${NO_RESULT}).not() and ${inLast(EFFECTIVE, duration)}`)}.aggregate(iif($total.empty() or $this.${EFFECTIVE} > $total.${EFFECTIVE}, $this, $total))`;
const quantityAtLeast = (threshold: number, unit: string) =>
  `value.ofType(Quantity).where((code = ${quoted(unit)} or unit = ${quoted(unit)}) and value >= ${threshold}).exists()`;
const engaged = (kinds: readonly string[], duration: string) =>
  `%engagement.where(kind in ${oneOf(kinds)} and ${inLast('at.toDateTime()', duration)}).exists()`;

const ct2 = (pointer: string) => catalogCodes('uncontrolled-type-2-diabetes', pointer);
const dm = (pointer: string) => catalogCodes('diabetes-no-hba1c-6m', pointer);
const htn = (pointer: string) => catalogCodes('hypertension-uncontrolled-bp', pointer);
const crc = (n: number) => catalogCodes('colorectal-screening-due', `/criteria/all/2/not/any/${n}/resource/codes`);
const bcs = (n: number) => catalogCodes('breast-screening-due', `/criteria/all/3/not/any/${n}/resource/codes`);
const SYSTOLIC = htn('/criteria/all/2/any/0/latestObservation/component/codes');
const DIASTOLIC = htn('/criteria/all/2/any/1/latestObservation/component/codes');
const componentAtLeast = (codes: readonly Coding[], threshold: number) =>
  `component.where(${codedAs('code', codes)}).first().${quantityAtLeast(threshold, 'mm[Hg]')}`;
/** Defines `%seasonStart`, the most recent 1 September 00:00 UTC at or before now, and passes the Bundle on. */
const WITH_SEASON_START = `defineVariable('september', (%today.substring(0, 4) + '-09-01T00:00:00Z').toDateTime()).defineVariable('seasonStart', iif(%september <= ${NOW}, %september, %september - 1 year))`;

/**
 * The catalog's criteria written by hand (with the builders above for the shapes that repeat) as one FHIRPath
 * boolean each over the Bundle, for the bench to compare with the engine; only the code lists are read from
 * the catalog files, by the pointer of the criterion that holds them. The clock comes in as `%now` (date-time) and `%today` (date), strings, the way
 * the engine's FHIRPath criterion receives it. Engagement is not FHIR (messaging records it), so it comes in
 * as `%engagement`: the snapshot's facts, `{ kind, at, journeyId }` each.
 *
 * Windows add the duration to the fact's date, as the engine does (`last P12M`: date ≤ now and
 * date + 12 months > now); fhirpath.js clamps months and years to the end of a shorter month, like the
 * engine. "Latest" is the strictly latest, the first listed on a tie, hence `aggregate` rather than
 * `sort().last()`. Dates are read from the element a FHIR author would use (Observation.effectiveDateTime,
 * Procedure.performedDateTime, …), not from every fallback the fact projection tries.
 */
export const SEGMENT_FHIRPATH: Readonly<Record<string, string>> = {
  'upcoming-appointment-7d': `${LIVING} and ${resources('Appointment', `status in ${oneOf(['booked', 'pending', 'arrived'])} and start >= ${NOW} and start - 7 days < ${NOW}`)}.exists()`,
  'missed-appointment-30d': `${LIVING} and ${resources('Appointment', `status = 'noshow' and ${inLast('start', '30 days')}`)}.exists()`,
  'uncontrolled-type-2-diabetes': `${LIVING} and ${activeCondition(ct2('/criteria/all/1/resource/codes'))} and ${latestObservation(ct2('/criteria/all/2/latestObservation/codes'), '12 months')}.${quantityAtLeast(9, '%')}`,
  'diabetes-no-hba1c-6m': `${LIVING} and ${activeCondition(dm('/criteria/all/1/resource/codes'))} and ${resultIn(dm('/criteria/all/2/not/resource/codes'), '6 months')}.not()`,
  'hypertension-uncontrolled-bp': `${LIVING} and ${activeCondition(htn('/criteria/all/1/resource/codes'))} and ${latestObservation(htn('/criteria/all/2/any/0/latestObservation/codes'), '12 months')}.select(${componentAtLeast(SYSTOLIC, 140)} or ${componentAtLeast(DIASTOLIC, 90)})`,
  'colorectal-screening-due': `${livingPatient(aged(45, 75))} and (${procedureIn(crc(0), '10 years')} or ${procedureIn(crc(1), '5 years')} or ${procedureIn(crc(2), '5 years')} or ${resultIn(crc(3), '5 years')} or ${resultIn(crc(4), '3 years')} or ${resultIn(crc(5), '1 year')}).not()`,
  'breast-screening-due': `${livingPatient("gender = 'female'", aged(50, 74))} and (${procedureIn(bcs(0), '2 years')} or ${resultIn(bcs(1), '2 years')}).not()`,
  'influenza-vaccine-due-65': `${livingPatient(aged(65))} and ${WITH_SEASON_START}.select(${resources('Immunization', `status = 'completed' and ${codedAs('vaccineCode', catalogCodes('influenza-vaccine-due-65', '/criteria/all/2/not/resource/codes'))} and occurrence.ofType(dateTime) >= %seasonStart and occurrence.ofType(dateTime) <= ${NOW}`)}.empty())`,
  'discharged-inpatient-7d': `${LIVING} and ${resources('Encounter', `class.code in ${oneOf(['IMP', 'ACUTE', 'NONAC'])} and status = 'finished' and ${inLast('period.end', '7 days')}`)}.exists()`,
  'no-encounter-18m': `${LIVING} and ${resources('Encounter', `status in ${ENCOUNTER_HAPPENED} and ${inLast('period.start', '18 months')}`)}.empty()`,
  'new-patients-30d': `${LIVING} and ${resources('Encounter', `status in ${ENCOUNTER_HAPPENED} and ${inLast('period.start', '30 days')}`)}.exists() and ${resources('Encounter', `status in ${ENCOUNTER_HAPPENED} and period.start + 30 days <= ${NOW}`)}.empty()`,
  'not-engaged-90d': `${LIVING} and ${engaged(['received'], '90 days')} and ${engaged(['opened', 'clicked'], '90 days')}.not()`,
};

export type FhirPathEnvironment = {
  readonly now: string;
  readonly today: string;
  readonly engagement: readonly EngagementFact[];
};

export function fhirPathEnvironment(now: Date, engagement: readonly EngagementFact[]): FhirPathEnvironment {
  const iso = now.toISOString();
  return { now: iso, today: iso.slice(0, 10), engagement };
}

export interface CompiledFhirPathSegment {
  readonly id: string;
  matches(bundle: FhirPathBundle, environment: FhirPathEnvironment): boolean;
}

/** Compiles each segment's expression once; the result is aligned with `ids`, undefined where skipped. */
export function compileFhirPathSegments(ids: readonly string[]): {
  compiled: (CompiledFhirPathSegment | undefined)[];
  skipped: { segmentId: string; reason: string }[];
} {
  const skipped: { segmentId: string; reason: string }[] = [];
  const compiled = ids.map((id): CompiledFhirPathSegment | undefined => {
    const expression = SEGMENT_FHIRPATH[id];
    if (expression === undefined) {
      skipped.push({ segmentId: id, reason: 'no FHIRPath version written' });
      return undefined;
    }
    const evaluate = fhirpath.compile(expression, fhirpathR4Model);
    return {
      id,
      matches(bundle, environment) {
        const result = evaluate(bundle, environment);
        // As the engine reads a FHIRPath criterion: non-empty and not all false.
        return Array.isArray(result) && result.some((value) => value !== false);
      },
    };
  });
  return { compiled, skipped };
}

import type * as fhir4 from 'fhir/r4';
import {
  CONDITION_CODES,
  CONDITION_STATUS,
  type Coding,
  type ConditionKey,
  MEDICATION_CODES,
  RECORDED_CODINGS,
} from './code-systems';
import { ageAt, concept, metaAt, nextId, type RecordContext } from './patient-record';
import { type Random, stableHash, type Weighted } from './random';
import { DAY, iso, isoDate, YEAR } from './time';

export interface Diagnosis {
  readonly onset: number;
  readonly active: boolean;
}
export type Diagnoses = Partial<Record<ConditionKey, Diagnosis>>;

interface ConditionRule {
  readonly key: ConditionKey;
  readonly minAge: number;
  /** Diagnosed prevalence at this age given the conditions drawn before it (US primary care, rough). */
  readonly prevalence: (age: number, dx: Diagnoses) => number;
  readonly lapsedStatus?: Weighted<Coding>;
}

const byAge = (age: number, bands: readonly (readonly [number, number])[]): number =>
  bands.find(([upTo]) => age < upTo)?.[1] ?? 0;

/** In dependency order: obesity raises diabetes and hypertension; those raise CKD and heart failure. */
const CONDITION_RULES: readonly ConditionRule[] = [
  { key: 'obesity', minAge: 2, prevalence: (age) => (age < 18 ? 0.17 : 0.36) },
  {
    key: 'type2Diabetes',
    minAge: 10,
    prevalence: (age, dx) =>
      byAge(age, [
        [18, 0.002],
        [45, 0.035],
        [65, 0.14],
        [Number.POSITIVE_INFINITY, 0.21],
      ]) * (dx.obesity ? 1.5 : 0.72),
  },
  { key: 'prediabetes', minAge: 18, prevalence: (age, dx) => (dx.type2Diabetes ? 0 : age < 45 ? 0.05 : 0.1) },
  {
    key: 'essentialHypertension',
    minAge: 18,
    prevalence: (age, dx) =>
      byAge(age, [
        [40, 0.08],
        [60, 0.32],
        [Number.POSITIVE_INFINITY, 0.58],
      ]) * (dx.obesity ? 1.35 : 0.8),
  },
  {
    key: 'hyperlipidemia',
    minAge: 18,
    prevalence: (age, dx) =>
      byAge(age, [
        [40, 0.06],
        [60, 0.25],
        [Number.POSITIVE_INFINITY, 0.42],
      ]) * (dx.type2Diabetes ? 1.6 : 1),
  },
  {
    key: 'asthma',
    minAge: 1,
    prevalence: (age) => (age < 18 ? 0.065 : 0.08),
    lapsedStatus: [CONDITION_STATUS.inactive, 0.15],
  },
  { key: 'copd', minAge: 40, prevalence: (age) => (age < 65 ? 0.045 : 0.1) },
  {
    key: 'chronicKidneyDisease',
    minAge: 18,
    prevalence: (age, dx) =>
      byAge(age, [
        [45, 0.01],
        [65, 0.035],
        [Number.POSITIVE_INFINITY, 0.1],
      ]) *
      (dx.type2Diabetes ? 2.5 : 1) *
      (dx.essentialHypertension ? 1.5 : 1),
  },
  {
    key: 'heartFailure',
    minAge: 30,
    prevalence: (age, dx) =>
      byAge(age, [
        [45, 0.001],
        [65, 0.012],
        [80, 0.05],
        [Number.POSITIVE_INFINITY, 0.1],
      ]) * (dx.essentialHypertension ? 1.8 : 1),
  },
  {
    key: 'depression',
    minAge: 12,
    prevalence: (age) => (age < 18 ? 0.05 : 0.09),
    lapsedStatus: [CONDITION_STATUS.remission, 0.25],
  },
];

/** Draws the patient's diagnoses and records each as a Condition. */
export function addConditions(rng: Random, ctx: RecordContext): Diagnoses {
  const dx: Diagnoses = {};
  const age = ageAt(ctx, ctx.asOf);
  for (const rule of CONDITION_RULES) {
    if (age < rule.minAge + 0.5 || !rng.chance(Math.min(0.95, rule.prevalence(age, dx)))) continue;
    const earliest = Math.max(ctx.birth + rule.minAge * YEAR, ctx.asOf - 20 * YEAR);
    const onset = rng.float(earliest, ctx.asOf - 14 * DAY);
    const lapsed = rule.lapsedStatus !== undefined && rng.chance(rule.lapsedStatus[1]);
    dx[rule.key] = { onset, active: !lapsed };
    const recorded = Math.min(ctx.asOf, onset + rng.float(0, 10) * DAY);
    const id = nextId(ctx, 'cond');
    ctx.resources.push({
      resourceType: 'Condition',
      id,
      meta: metaAt(ctx, recorded),
      clinicalStatus: concept(lapsed && rule.lapsedStatus ? rule.lapsedStatus[0] : CONDITION_STATUS.active),
      verificationStatus: concept(rng.chance(0.03) ? CONDITION_STATUS.provisional : CONDITION_STATUS.confirmed),
      category: [concept(CONDITION_STATUS.problemListItem)],
      code: recordedCodeOf(rule.key, id),
      subject: { ...ctx.subject },
      onsetDateTime: isoDate(onset),
      recordedDate: iso(recorded),
    });
  }
  return dx;
}

const PRESCRIPTIONS: readonly { condition: ConditionKey; medication: Coding; share: number; dosage: string }[] = [
  {
    condition: 'type2Diabetes',
    medication: MEDICATION_CODES.metformin,
    share: 0.75,
    dosage: 'Take 1 tablet by mouth once daily with the evening meal',
  },
  {
    condition: 'essentialHypertension',
    medication: MEDICATION_CODES.lisinopril,
    share: 0.5,
    dosage: 'Take 1 tablet by mouth once daily',
  },
  {
    condition: 'essentialHypertension',
    medication: MEDICATION_CODES.hydrochlorothiazide,
    share: 0.2,
    dosage: 'Take 1 tablet by mouth every morning',
  },
  {
    condition: 'hyperlipidemia',
    medication: MEDICATION_CODES.simvastatin,
    share: 0.5,
    dosage: 'Take 1 tablet by mouth at bedtime',
  },
  {
    condition: 'asthma',
    medication: MEDICATION_CODES.albuterol,
    share: 0.6,
    dosage: 'Inhale 2.5 mg by nebuliser every 6 hours as needed for wheezing',
  },
];

/** Prescribes for some of the diagnosed conditions; stopped when the condition lapsed, or sometimes anyway. */
export function addMedications(rng: Random, ctx: RecordContext, dx: Diagnoses): void {
  for (const { condition, medication, share, dosage } of PRESCRIPTIONS) {
    const diagnosis = dx[condition];
    if (!diagnosis || !rng.chance(share)) continue;
    const authored = Math.min(ctx.asOf - DAY, Math.max(diagnosis.onset, ctx.asOf - 2 * YEAR) + rng.float(1, 30) * DAY);
    ctx.resources.push({
      resourceType: 'MedicationRequest',
      id: nextId(ctx, 'medreq'),
      meta: metaAt(ctx, authored),
      status: diagnosis.active && rng.chance(0.9) ? 'active' : 'stopped',
      intent: 'order',
      medicationCodeableConcept: concept(medication),
      subject: { ...ctx.subject },
      authoredOn: iso(authored),
      dosageInstruction: [{ text: dosage }],
    });
  }
}

/**
 * The Condition's code as a problem list records it: half the time the concept drawn, otherwise one of the
 * codings real records use for it (`RECORDED_CODINGS`), picked by the resource id.
 */
function recordedCodeOf(key: ConditionKey, id: string): fhir4.CodeableConcept {
  const drawn = concept(CONDITION_CODES[key]);
  const variants = RECORDED_CODINGS[key];
  if (!variants) return drawn;
  const pick = stableHash(id) % (variants.length * 2);
  const codings = variants[pick - variants.length];
  return codings ? { coding: codings.map((c) => ({ ...c })), text: drawn.text } : drawn;
}

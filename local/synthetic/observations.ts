import type * as fhir4 from 'fhir/r4';
import { type Coding, OBSERVATION_CATEGORIES, OBSERVATION_CODES, UNITS } from './code-systems';
import { concept, metaAt, nextId, quantity, type RecordContext } from './patient-record';
import type { Random } from './random';
import { iso } from './time';

export const round1 = (value: number) => Math.round(value * 10) / 10;

/** The body measures a patient keeps from visit to visit, varied a little each time. */
export interface BodySize {
  readonly bmi: number;
  readonly heightMetres: number;
}

type ObservationValue =
  | Pick<fhir4.Observation, 'valueQuantity'>
  | Pick<fhir4.Observation, 'valueCodeableConcept'>
  | Pick<fhir4.Observation, 'component'>;

export function addObservation(
  ctx: RecordContext,
  at: number,
  encounter: fhir4.Reference | undefined,
  category: Coding,
  code: Coding,
  value: ObservationValue,
): void {
  ctx.resources.push({
    resourceType: 'Observation',
    id: nextId(ctx, 'obs'),
    meta: metaAt(ctx, at),
    status: 'final',
    category: [concept(category)],
    code: concept(code),
    subject: { ...ctx.subject },
    ...(encounter ? { encounter } : {}),
    effectiveDateTime: iso(at),
    ...value,
  });
}

export function addBloodPressure(
  rng: Random,
  ctx: RecordContext,
  at: number,
  encounter: fhir4.Reference,
  hypertensive: boolean,
): void {
  const systolic = Math.round(
    hypertensive ? rng.clampedNormal(138, 14, 100, 210) : rng.clampedNormal(118, 11, 88, 165),
  );
  const diastolic = Math.min(
    systolic - 25,
    Math.round(hypertensive ? rng.clampedNormal(86, 10, 55, 125) : rng.clampedNormal(75, 8, 45, 100)),
  );
  addObservation(ctx, at, encounter, OBSERVATION_CATEGORIES.vitalSigns, OBSERVATION_CODES.bloodPressurePanel, {
    component: [
      { code: concept(OBSERVATION_CODES.systolic), valueQuantity: quantity(systolic, UNITS.mmHg) },
      { code: concept(OBSERVATION_CODES.diastolic), valueQuantity: quantity(diastolic, UNITS.mmHg) },
    ],
  });
}

export function addBodyMeasures(
  rng: Random,
  ctx: RecordContext,
  at: number,
  encounter: fhir4.Reference,
  body: BodySize,
  age: number,
): void {
  const height = age < 18 ? Math.min(body.heightMetres, 0.75 + 0.06 * age) : body.heightMetres;
  const bmi = round1(body.bmi + rng.normal(0, 0.4));
  addObservation(ctx, at, encounter, OBSERVATION_CATEGORIES.vitalSigns, OBSERVATION_CODES.bodyWeight, {
    valueQuantity: quantity(round1(bmi * height * height), UNITS.kg),
  });
  addObservation(ctx, at, encounter, OBSERVATION_CATEGORIES.vitalSigns, OBSERVATION_CODES.bmi, {
    valueQuantity: quantity(bmi, UNITS.bmi),
  });
}

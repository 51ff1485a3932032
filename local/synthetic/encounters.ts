import type * as fhir4 from 'fhir/r4';
import { addAppointment, appointmentKindFor } from './appointments';
import {
  type Coding,
  type ConditionKey,
  DISCHARGE_DISPOSITIONS,
  ENCOUNTER_CLASSES,
  ENCOUNTER_TYPES,
  OBSERVATION_CATEGORIES,
  OBSERVATION_CODES,
  UNITS,
} from './code-systems';
import type { Diagnoses } from './conditions';
import type { Engagement } from './engagement';
import { addBloodPressure, addBodyMeasures, addObservation, type BodySize, round1 } from './observations';
import { ageAt, concept, metaAt, nextId, quantity, type RecordContext } from './patient-record';
import type { Random } from './random';
import { DAY, HOUR, iso, MINUTE, MONTH, YEAR } from './time';

const CHRONIC: readonly ConditionKey[] = [
  'essentialHypertension',
  'hyperlipidemia',
  'copd',
  'chronicKidneyDisease',
  'heartFailure',
  'depression',
];

function visitIntervalDays(rng: Random, ctx: RecordContext, dx: Diagnoses): () => number {
  const age = ageAt(ctx, ctx.asOf);
  if (age < 2) return () => rng.float(55, 95);
  if (dx.type2Diabetes) {
    const cadence = rng.weighted<number>([
      [3.5, 45],
      [5.5, 30],
      [9, 25],
    ]);
    return () => cadence * 30 + rng.float(-20, 20);
  }
  if (CHRONIC.some((key) => dx[key])) return () => rng.float(110, 240);
  if (age < 18) return () => rng.float(300, 420);
  return age >= 65 ? () => rng.float(180, 380) : () => rng.float(250, 560);
}

interface PatientBaseline extends BodySize {
  readonly hba1c: number;
  /** HbA1c tests stop after this instant for diabetics whose monitoring has lapsed. */
  readonly hba1cUntil: number;
}

function drawBaseline(rng: Random, ctx: RecordContext, dx: Diagnoses, engagement: Engagement): PatientBaseline {
  const age = ageAt(ctx, ctx.asOf);
  const adultHeight = ctx.sex === 'male' ? rng.normal(1.76, 0.07) : rng.normal(1.62, 0.07);
  const bmi =
    age < 18
      ? dx.obesity
        ? rng.float(23, 32)
        : rng.clampedNormal(17.5, 1.6, 14, 21.5)
      : dx.obesity
        ? rng.clampedNormal(35, 4, 30.5, 55)
        : rng.clampedNormal(25.5, 2.6, 18.5, 29.5);
  const hba1cLapsed = rng.chance(0.2);
  return {
    bmi,
    heightMetres: age < 18 ? Math.min(adultHeight, 0.75 + 0.06 * age) : adultHeight,
    hba1c: rng.clampedNormal(7.6, 1.4, 5.8, 12.5),
    hba1cUntil: hba1cLapsed ? Math.min(engagement.lastContact, ctx.asOf - rng.float(7, 20) * MONTH) : ctx.asOf,
  };
}

/** Primary-care visits over the last three years, with the vitals and labs each one calls for. */
export function addVisits(rng: Random, ctx: RecordContext, dx: Diagnoses, engagement: Engagement): void {
  if (engagement.kind === 'never') return;
  const baseline = drawBaseline(rng, ctx, dx, engagement);
  const interval = visitIntervalDays(rng, ctx, dx);
  const windowStart = Math.max(ctx.birth + 3 * DAY, ctx.asOf - 3 * YEAR);
  const lastDay = ctx.clock.localDay(Math.min(engagement.lastContact, ctx.asOf)) - 1;
  const visitDays: number[] = [];
  for (
    let day = lastDay - Math.floor(rng.float(0, interval()));
    ctx.clock.at(day, 0) > windowStart;
    day -= Math.max(14, Math.round(interval()))
  ) {
    visitDays.unshift(day);
  }
  const last = {
    checkUp: Number.NEGATIVE_INFINITY,
    ldl: Number.NEGATIVE_INFINITY,
    egfr: Number.NEGATIVE_INFINITY,
    prediabetesA1c: Number.NEGATIVE_INFINITY,
  };
  const chronic = CHRONIC.some((key) => dx[key]) || dx.type2Diabetes !== undefined;
  for (const day of visitDays) {
    const start = ctx.clock.slot(rng, day, -1);
    if (start >= ctx.asOf || start <= windowStart) continue;
    const age = ageAt(ctx, start);
    const annual = start - last.checkUp > 330 * DAY;
    if (annual) last.checkUp = start;
    const type =
      age < 18 && annual
        ? ENCOUNTER_TYPES.wellChild
        : annual
          ? ENCOUNTER_TYPES.checkUp
          : chronic
            ? ENCOUNTER_TYPES.followUp
            : ENCOUNTER_TYPES.symptom;
    const encounter = addAmbulatoryEncounter(rng, ctx, start, type);
    const lab = start + 15 * MINUTE;
    if (age >= 18 && rng.chance(0.9))
      addBloodPressure(rng, ctx, start, encounter, dx.essentialHypertension !== undefined);
    if (age >= 2 && (annual || rng.chance(0.5))) addBodyMeasures(rng, ctx, start, encounter, baseline, age);
    if (age < 2) {
      addObservation(ctx, start, encounter, OBSERVATION_CATEGORIES.vitalSigns, OBSERVATION_CODES.bodyWeight, {
        valueQuantity: quantity(round1(3.4 + 7.5 * age + rng.normal(0, 0.5)), UNITS.kg),
      });
    }
    if (dx.type2Diabetes && start > dx.type2Diabetes.onset && start <= baseline.hba1cUntil) {
      const value = round1(rng.clampedNormal(baseline.hba1c, 0.5, 5.5, 13.5));
      addObservation(ctx, lab, encounter, OBSERVATION_CATEGORIES.laboratory, OBSERVATION_CODES.hba1c, {
        valueQuantity: quantity(value, UNITS.percent),
      });
    } else if (dx.prediabetes && start > dx.prediabetes.onset && start - last.prediabetesA1c > 300 * DAY) {
      last.prediabetesA1c = start;
      addObservation(ctx, lab, encounter, OBSERVATION_CATEGORIES.laboratory, OBSERVATION_CODES.hba1c, {
        valueQuantity: quantity(round1(rng.float(5.7, 6.4)), UNITS.percent),
      });
    }
    const lipidsDue = dx.hyperlipidemia || dx.type2Diabetes || age >= 40;
    if (lipidsDue && start - last.ldl > 330 * DAY && rng.chance(0.7)) {
      last.ldl = start;
      const ldl = Math.round(rng.clampedNormal(dx.hyperlipidemia ? 125 : 105, 28, 45, 240));
      const code = rng.chance(0.8) ? OBSERVATION_CODES.ldl : OBSERVATION_CODES.ldlDirect;
      addObservation(ctx, lab, encounter, OBSERVATION_CATEGORIES.laboratory, code, {
        valueQuantity: quantity(ldl, UNITS.mgPerDl),
      });
    }
    const kidneysDue = dx.type2Diabetes || dx.essentialHypertension || dx.chronicKidneyDisease;
    if (kidneysDue && start - last.egfr > 330 * DAY && rng.chance(0.8)) {
      last.egfr = start;
      const egfr = dx.chronicKidneyDisease ? rng.clampedNormal(45, 10, 15, 59) : rng.clampedNormal(88, 14, 60, 130);
      addObservation(ctx, lab, encounter, OBSERVATION_CATEGORIES.laboratory, OBSERVATION_CODES.egfr, {
        valueQuantity: quantity(Math.round(egfr), UNITS.egfr),
      });
    }
  }
}

/** Recent visits were booked: their fulfilled Appointment is linked from the Encounter. */
function addAmbulatoryEncounter(rng: Random, ctx: RecordContext, start: number, type: Coding): fhir4.Reference {
  const minutes = rng.pick([15, 20, 30]);
  const booked = ctx.now - start < 120 * DAY && rng.chance(0.8);
  const kind = appointmentKindFor(type);
  const appointment = booked
    ? addAppointment(ctx, 'fulfilled', start, minutes, kind, start - rng.float(1, 40) * DAY)
    : undefined;
  const id = nextId(ctx, 'enc');
  const end = start + (minutes + rng.int(0, 15)) * MINUTE;
  ctx.resources.push({
    resourceType: 'Encounter',
    id,
    meta: metaAt(ctx, end),
    status: 'finished',
    class: { ...ENCOUNTER_CLASSES.ambulatory },
    type: [concept(type)],
    subject: { ...ctx.subject },
    ...(appointment ? { appointment: [appointment] } : {}),
    period: { start: iso(start), end: iso(end) },
  });
  return { reference: `Encounter/${id}` };
}

/** Emergency visits and admissions, a few discharged in the last week, a very few still in hospital. */
export function addAcuteCare(rng: Random, ctx: RecordContext, dx: Diagnoses, engagement: Engagement): void {
  if (engagement.kind === 'never') return;
  const age = ageAt(ctx, ctx.asOf);
  const frail = dx.heartFailure !== undefined || dx.copd !== undefined;
  const edRate = (age >= 65 ? 0.2 : 0.12) + (frail ? 0.3 : 0);
  const admissionRate = (age < 18 ? 0.01 : age < 65 ? 0.03 : 0.08) + (frail ? 0.15 : 0);
  const windowStart = Math.max(ctx.birth + DAY, ctx.asOf - 3 * YEAR);
  const windowEnd = engagement.lastContact - 2 * DAY;
  for (let yearStart = windowStart; yearStart + DAY < windowEnd; yearStart += YEAR) {
    const yearEnd = Math.min(windowEnd, yearStart + YEAR);
    if (rng.chance(edRate)) {
      const start = rng.float(yearStart, yearEnd);
      addAcuteEncounter(ctx, 'emergency', start, start + rng.float(2, 9) * HOUR);
    }
    if (rng.chance(admissionRate)) {
      const end = rng.float(yearStart, yearEnd);
      addAcuteEncounter(ctx, 'inpatient', end - rng.float(1, 8) * DAY, end, rng.chance(0.15));
    }
  }
  if (engagement.kind === 'lapsed' || ctx.asOf < ctx.now) return;
  if (rng.chance(age >= 65 ? 0.03 : 0.008)) {
    const end = ctx.now - rng.float(0.2, 7) * DAY;
    addAcuteEncounter(ctx, 'inpatient', end - rng.float(1, 6) * DAY, end);
  } else if (rng.chance(0.002)) {
    addAcuteEncounter(ctx, 'inpatient', ctx.now - rng.float(0.5, 4) * DAY, undefined);
  }
}

function addAcuteEncounter(
  ctx: RecordContext,
  kind: 'emergency' | 'inpatient',
  start: number,
  end: number | undefined,
  toNursingFacility = false,
): void {
  if (start <= ctx.birth) return;
  const inpatient = kind === 'inpatient';
  const disposition = toNursingFacility ? DISCHARGE_DISPOSITIONS.skilledNursingFacility : DISCHARGE_DISPOSITIONS.home;
  ctx.resources.push({
    resourceType: 'Encounter',
    id: nextId(ctx, 'enc'),
    meta: metaAt(ctx, end ?? start),
    status: end === undefined ? 'in-progress' : 'finished',
    class: { ...(inpatient ? ENCOUNTER_CLASSES.inpatient : ENCOUNTER_CLASSES.emergency) },
    type: [concept(inpatient ? ENCOUNTER_TYPES.hospitalAdmission : ENCOUNTER_TYPES.emergencyRoom)],
    subject: { ...ctx.subject },
    period: end === undefined ? { start: iso(start) } : { start: iso(start), end: iso(end) },
    ...(inpatient && end !== undefined ? { hospitalization: { dischargeDisposition: concept(disposition) } } : {}),
  });
}

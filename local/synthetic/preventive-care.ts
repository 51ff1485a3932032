import {
  type Coding,
  OBSERVATION_CATEGORIES,
  OBSERVATION_CODES,
  PATIENT_OBJECTION,
  PROCEDURE_CODES,
  RESULT_CODES,
  VACCINE_CODES,
} from './code-systems';
import { addObservation } from './observations';
import { ageAt, concept, metaAt, nextId, type RecordContext } from './patient-record';
import type { Random } from './random';
import { DAY, iso, YEAR } from './time';

function addImmunization(
  ctx: RecordContext,
  vaccine: Coding,
  at: number,
  primarySource: boolean,
  declined = false,
): void {
  if (at >= ctx.asOf || at <= ctx.birth) return;
  ctx.resources.push({
    resourceType: 'Immunization',
    id: nextId(ctx, 'imm'),
    meta: metaAt(ctx, at),
    status: declined ? 'not-done' : 'completed',
    ...(declined ? { statusReason: concept(PATIENT_OBJECTION) } : {}),
    vaccineCode: concept(vaccine),
    patient: { ...ctx.subject },
    occurrenceDateTime: iso(at),
    primarySource,
  });
}

/** Seasonal influenza, COVID-19, Td/Tdap, pneumococcal and zoster doses, some declined or not yet given. */
export function addImmunizations(rng: Random, ctx: RecordContext): void {
  const age = ageAt(ctx, ctx.asOf);
  const asOf = new Date(ctx.asOf);
  const currentSeason = asOf.getUTCMonth() >= 7 ? asOf.getUTCFullYear() : asOf.getUTCFullYear() - 1;
  const habitual = rng.chance(age >= 65 ? 0.8 : age >= 50 ? 0.55 : age >= 18 ? 0.35 : 0.5);
  for (let season = currentSeason - 2; season <= currentSeason; season++) {
    // Most doses go in during September to November; a dose after now is one not (yet) given.
    const at = Date.UTC(season, 8, 1) + (rng.chance(0.7) ? rng.float(0, 75) : rng.float(75, 210)) * DAY;
    if (ageAt(ctx, at) < 0.5) continue;
    const older = ageAt(ctx, at) >= 65;
    if (rng.chance(habitual ? 0.85 : 0.12)) {
      const vaccine = older
        ? rng.weighted([
            [VACCINE_CODES.influenzaHighDose, 70],
            [VACCINE_CODES.influenzaPreservativeFree, 15],
            [VACCINE_CODES.influenzaQuadrivalentPreservativeFree, 15],
          ])
        : rng.weighted([
            [VACCINE_CODES.influenzaPreservativeFree, 30],
            [VACCINE_CODES.influenzaInjectable, 15],
            [VACCINE_CODES.influenzaQuadrivalentPreservativeFree, 35],
            [VACCINE_CODES.influenzaQuadrivalent, 20],
          ]);
      addImmunization(ctx, vaccine, at, rng.chance(0.85));
    } else if (season === currentSeason && rng.chance(0.05)) {
      addImmunization(ctx, VACCINE_CODES.influenzaQuadrivalent, at, true, true);
    }
  }
  if (rng.chance(age >= 18 ? 0.65 : 0.25)) {
    let at = ctx.asOf - rng.float(90, 1400) * DAY;
    for (let dose = rng.int(1, 3); dose > 0 && at < ctx.asOf; dose--) {
      const historical = rng.chance(0.3);
      addImmunization(ctx, historical ? VACCINE_CODES.covidUnspecified : VACCINE_CODES.covidMrna, at, !historical);
      at += rng.float(28, 300) * DAY;
    }
  }
  if (age >= 11 && rng.chance(0.55)) {
    const at = Math.max(ctx.birth + 11 * YEAR, ctx.asOf - rng.float(0.1, 10) * YEAR);
    addImmunization(ctx, rng.chance(0.7) ? VACCINE_CODES.tdap : VACCINE_CODES.td, at, rng.chance(0.8));
  }
  if (age >= 65 && rng.chance(0.65)) {
    const at = Math.max(ctx.birth + 65 * YEAR, ctx.asOf - rng.float(0.1, 8) * YEAR);
    addImmunization(ctx, VACCINE_CODES.pneumococcalConjugate, at, true);
    if (rng.chance(0.5))
      addImmunization(ctx, VACCINE_CODES.pneumococcalPolysaccharide, at + rng.float(0.9, 1.5) * YEAR, true);
  }
  if (age >= 50 && rng.chance(0.35)) {
    const at = Math.max(ctx.birth + 50 * YEAR, ctx.asOf - rng.float(0.1, 6) * YEAR);
    addImmunization(ctx, VACCINE_CODES.zosterRecombinant, at, true);
    addImmunization(ctx, VACCINE_CODES.zosterRecombinant, at + rng.float(60, 180) * DAY, true);
  }
}

/** Colorectal (colonoscopy or FIT) and breast screening, so some of the eligible are overdue. */
export function addScreening(rng: Random, ctx: RecordContext): void {
  const age = ageAt(ctx, ctx.asOf);
  const addProcedure = (code: Coding, at: number) => {
    if (at >= ctx.asOf || ageAt(ctx, at) < 40) return;
    ctx.resources.push({
      resourceType: 'Procedure',
      id: nextId(ctx, 'proc'),
      meta: metaAt(ctx, at),
      status: 'completed',
      code: concept(code),
      subject: { ...ctx.subject },
      performedDateTime: iso(at),
    });
  };
  if (age >= 45 && rng.chance(age >= 50 ? 0.5 : 0.25)) {
    addProcedure(PROCEDURE_CODES.colonoscopy, ctx.asOf - rng.float(0.05, Math.min(12, age - 44)) * YEAR);
  } else if (age >= 45 && age < 76 && rng.chance(0.2)) {
    const at = ctx.asOf - rng.float(10, 730) * DAY;
    const positive = rng.chance(0.05);
    addObservation(
      ctx,
      at,
      undefined,
      OBSERVATION_CATEGORIES.laboratory,
      rng.chance(0.8) ? OBSERVATION_CODES.fit : OBSERVATION_CODES.fitFirstSpecimen,
      {
        valueCodeableConcept: concept(positive ? RESULT_CODES.positive : RESULT_CODES.negative),
      },
    );
  }
  if (ctx.sex === 'female' && age >= 40 && rng.chance(age < 75 ? 0.72 : 0.35)) {
    const latest = ctx.asOf - rng.float(20, 3 * 365) * DAY;
    addProcedure(PROCEDURE_CODES.screeningMammography, latest);
    if (rng.chance(0.6)) addProcedure(PROCEDURE_CODES.screeningMammography, latest - rng.float(1, 2) * YEAR);
  }
}

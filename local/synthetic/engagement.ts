import { ageAt, type RecordContext } from './patient-record';
import type { Random } from './random';
import { MONTH } from './time';

/** `lastContact` bounds every encounter: long ago for patients who drifted away. */
export interface Engagement {
  readonly kind: 'regular' | 'lapsed' | 'never';
  readonly lastContact: number;
}

export function drawEngagement(rng: Random, ctx: RecordContext): Engagement {
  const age = ageAt(ctx, ctx.asOf);
  const kind = rng.weighted<Engagement['kind']>([
    ['never', 0.02],
    ['lapsed', age >= 18 && age < 40 ? 0.14 : 0.07],
    ['regular', 0.85],
  ]);
  const lastContact = kind === 'lapsed' ? ctx.asOf - rng.float(18.5, 40) * MONTH : ctx.asOf;
  return { kind, lastContact };
}

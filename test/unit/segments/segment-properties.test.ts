import fc from 'fast-check';
import { evaluateSegment } from '../../../lambdas/domain/segments/compile-segment';
import type { CriteriaNode } from '../../../lambdas/domain/segments/definition-schema';
import { LOINC, patientFacts, resource, segmentOf, snapshot } from './fixtures';

const START = Date.parse('2020-01-01T00:00:00Z');
const SPAN = 8 * 365 * 86_400_000;
const instant = fc.integer({ min: START, max: START + SPAN });
const iso = (ms: number) => new Date(ms).toISOString();

const windowArb = fc.oneof(
  fc.constantFrom('P7D', 'P1M', 'P12M', 'P18M', 'P1Y2M3DT4H', 'PT36H').map((last) => ({ last })),
  fc.constantFrom('P7D', 'P1M', 'PT12H').map((next) => ({ next })),
  fc.constantFrom('--09-01', '--01-31', '--12-31').map((sinceAnnual) => ({ sinceAnnual })),
);

const leafArb: fc.Arbitrary<CriteriaNode> = fc.oneof(
  fc.record({ min: fc.integer({ min: 0, max: 90 }), max: fc.integer({ min: 90, max: 120 }) }).map((age) => ({ age })),
  fc.integer({ min: 0, max: 90 }).map((min) => ({ age: { min } })),
  windowArb.map((within) => ({ resource: { type: 'Appointment' as const, within } })),
  fc
    .tuple(windowArb, fc.integer({ min: 0, max: 2 }))
    .map(([within, min]) => ({ resource: { type: 'Appointment' as const, within, count: { min, max: min + 1 } } })),
  fc.option(windowArb, { nil: undefined }).map((within) => ({
    latestObservation: {
      codes: [{ system: LOINC, code: '4548-4' }],
      ...(within ? { within } : {}),
      value: { comparator: '>=' as const, value: 9, unit: '%' },
    },
  })),
  windowArb.map((within) => ({ engagement: { kind: 'opened' as const, within } })),
);

const criteriaArb: fc.Arbitrary<CriteriaNode> = fc.letrec<{ node: CriteriaNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
    tie('node').map((not) => ({ not })),
  ),
})).node;

const snapshotArb = fc
  .record({
    birth: instant,
    appointments: fc.array(instant, { maxLength: 4 }),
    hba1c: fc.array(fc.tuple(instant, fc.constantFrom(8.9, 9, 9.1)), { maxLength: 4 }),
    opened: fc.array(instant, { maxLength: 3 }),
  })
  .map(({ birth, appointments, hba1c, opened }) =>
    snapshot({
      patient: patientFacts({ birthDate: iso(birth - 60 * 365 * 86_400_000).slice(0, 10) }),
      resources: [
        ...appointments.map((date) => resource({ kind: 'Appointment', status: 'booked', date: iso(date) })),
        ...hba1c.map(([date, value]) =>
          resource({
            kind: 'Observation',
            codes: [`${LOINC}|4548-4`],
            date: iso(date),
            quantity: { value, code: '%' },
          }),
        ),
      ],
      engagement: opened.map((at) => ({ kind: 'opened' as const, at: iso(at) })),
    }),
  );

describe('segment evaluation properties', () => {
  it('keeps its answer at every instant before nextChange', () => {
    fc.assert(
      fc.property(
        criteriaArb,
        snapshotArb,
        instant,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
        (criteria, patient, now, fractions) => {
          const segment = segmentOf(criteria);
          const result = evaluateSegment(segment, patient, new Date(now));
          const horizon = result.nextChange?.getTime() ?? now + 3 * 365 * 86_400_000;
          expect(horizon).toBeGreaterThan(now);
          for (const fraction of fractions) {
            const t = Math.min(horizon - 1, now + 1 + Math.floor(fraction * (horizon - now - 1)));
            if (t <= now) continue;
            expect(evaluateSegment(segment, patient, new Date(t)).member).toBe(result.member);
          }
          // Just before the horizon is the sharpest test of "never later than the real change".
          if (horizon - 1 > now)
            expect(evaluateSegment(segment, patient, new Date(horizon - 1)).member).toBe(result.member);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('treats not(not(x)) as x', () => {
    fc.assert(
      fc.property(criteriaArb, snapshotArb, instant, (criteria, patient, now) => {
        const plain = evaluateSegment(segmentOf(criteria), patient, new Date(now));
        const doubled = evaluateSegment(segmentOf({ not: { not: criteria } }), patient, new Date(now));
        expect({ member: doubled.member, nextChange: doubled.nextChange }).toEqual({
          member: plain.member,
          nextChange: plain.nextChange,
        });
      }),
    );
  });

  it('treats all([x]) and any([x]) as x', () => {
    fc.assert(
      fc.property(criteriaArb, snapshotArb, instant, (criteria, patient, now) => {
        const plain = evaluateSegment(segmentOf(criteria), patient, new Date(now));
        for (const wrapped of [{ all: [criteria] }, { any: [criteria] }]) {
          const result = evaluateSegment(segmentOf(wrapped), patient, new Date(now));
          expect({ member: result.member, nextChange: result.nextChange }).toEqual({
            member: plain.member,
            nextChange: plain.nextChange,
          });
        }
      }),
    );
  });
});

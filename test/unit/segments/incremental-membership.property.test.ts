import fc from 'fast-check';
import type { ClinicalFacts } from '../../../lambdas/domain/fhir/facts';
import type { CriteriaNode } from '../../../lambdas/domain/segments/definition-schema';
import type { ActiveSegment } from '../../../lambdas/domain/segments/ports';
import type { SnapshotResource } from '../../../lambdas/domain/segments/snapshot';
import { IncrementalMembershipHarness } from '../../support/incremental-membership-harness';
import { LOINC, patientFacts, SNOMED } from './fixtures';

const START = Date.parse('2026-11-25T12:00:00.000Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const HBA1C = `${LOINC}|4548-4`;
const DIABETES = `${SNOMED}|44054006`;

function segment(id: string, criteria: CriteriaNode): ActiveSegment {
  return {
    segmentId: id,
    version: 1,
    kind: 'dynamic',
    definition: { schemaVersion: 1, id, name: id, description: '', criteria },
  };
}

/** Time-sensitive criteria of every kind the engine schedules: windows, ages, latest values, dependencies. */
const SEGMENTS: ActiveSegment[] = [
  segment('upcoming-7d', { resource: { type: 'Appointment', status: ['booked'], within: { next: 'P7D' } } }),
  segment('missed-30d', { resource: { type: 'Appointment', status: ['noshow'], within: { last: 'P30D' } } }),
  segment('over-65', { age: { min: 65 } }),
  segment('uncontrolled-diabetes', {
    all: [
      { resource: { type: 'Condition', codes: [{ system: SNOMED, code: '44054006' }], status: ['active'] } },
      {
        latestObservation: {
          codes: [{ system: LOINC, code: '4548-4' }],
          within: { last: 'P12M' },
          value: { comparator: '>=', value: 9, unit: '%' },
        },
      },
    ],
  }),
  segment('no-recent-hba1c', {
    all: [
      { inSegment: 'diabetic' },
      {
        not: { resource: { type: 'Observation', codes: [{ system: LOINC, code: '4548-4' }], within: { last: 'P6M' } } },
      },
    ],
  }),
  segment('diabetic', {
    resource: { type: 'Condition', codes: [{ system: SNOMED, code: '44054006' }], status: ['active'] },
  }),
  segment('flu-season-65', {
    all: [
      { inSegment: 'over-65' },
      { not: { resource: { type: 'Immunization', status: ['completed'], within: { sinceAnnual: '--09-01' } } } },
    ],
  }),
];

const PATIENTS = ['p1', 'p2', 'p3'];

type Operation =
  | { kind: 'put'; patient: number; slot: number; resource: Omit<ClinicalFacts, 'date'> & { offsetMinutes: number } }
  | { kind: 'delete'; patient: number; slot: number }
  | { kind: 'birthDate'; patient: number; offsetDays: number }
  | { kind: 'advance'; minutes: number }
  /** Moves the clock to just before, at or just after the earliest stored wake-up: the exact flip instants. */
  | { kind: 'toNextDue'; deltaMs: -1 | 0 | 1 };

const offsetMinutes = fc.integer({ min: -400 * 24 * 60, max: 400 * 24 * 60 });
const clinical = fc.oneof(
  fc.record({
    kind: fc.constant('Appointment' as const),
    codes: fc.constant([]),
    categories: fc.constant([]),
    status: fc.constantFrom('booked', 'noshow', 'cancelled'),
    offsetMinutes,
  }),
  fc.record({
    kind: fc.constant('Observation' as const),
    codes: fc.constant([HBA1C]),
    categories: fc.constant([]),
    status: fc.constant('final'),
    quantity: fc.record({ value: fc.constantFrom(8.9, 9, 9.1, 12), unit: fc.constant('%') }),
    offsetMinutes,
  }),
  fc.record({
    kind: fc.constant('Condition' as const),
    codes: fc.constant([DIABETES]),
    categories: fc.constant([]),
    status: fc.constantFrom('active', 'resolved'),
    offsetMinutes,
  }),
  fc.record({
    kind: fc.constant('Immunization' as const),
    codes: fc.constant([]),
    categories: fc.constant([]),
    status: fc.constantFrom('completed', 'not-done'),
    offsetMinutes,
  }),
);

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    kind: fc.constant('put' as const),
    patient: fc.nat(PATIENTS.length - 1),
    slot: fc.nat(3),
    resource: clinical,
  }),
  fc.record({ kind: fc.constant('delete' as const), patient: fc.nat(PATIENTS.length - 1), slot: fc.nat(3) }),
  fc.record({
    kind: fc.constant('birthDate' as const),
    patient: fc.nat(PATIENTS.length - 1),
    // Around the 65th birthday, so that ageing in and out of `over-65` happens within the run.
    offsetDays: fc.integer({ min: -65 * 366 - 60, max: -65 * 365 + 60 }),
  }),
  fc.record({
    kind: fc.constant('advance' as const),
    minutes: fc.oneof(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 60 * 24 * 120 })),
  }),
  fc.record({ kind: fc.constant('toNextDue' as const), deltaMs: fc.constantFrom(-1 as const, 0 as const, 1 as const) }),
);

describe('incremental membership', () => {
  it('equals a from-scratch evaluation after any sequence of FHIR changes and clock advances', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 25 }), async (operations) => {
        const harness = new IncrementalMembershipHarness(SEGMENTS, START);
        const resources = PATIENTS.map(() => new Map<number, SnapshotResource>());
        const birthDates = PATIENTS.map(() => '1990-01-01');
        const factsOf = (index: number) => ({
          patientId: PATIENTS[index] as string,
          patient: patientFacts({ birthDate: birthDates[index] }),
          resources: [...(resources[index] as Map<number, SnapshotResource>).values()],
          engagement: [],
        });
        // The segments' activation computes everyone once; from then on only events and wake-ups do.
        for (let index = 0; index < PATIENTS.length; index++) await harness.factsChanged(factsOf(index));

        for (const op of operations) {
          if (op.kind === 'advance') await harness.moveClock({ byMs: op.minutes * MINUTE });
          else if (op.kind === 'toNextDue') await harness.moveClock({ toNextDue: op.deltaMs });
          else {
            const slots = resources[op.patient] as Map<number, SnapshotResource>;
            if (op.kind === 'put') {
              const { offsetMinutes: offset, ...facts } = op.resource;
              slots.set(op.slot, {
                resourceType: facts.kind,
                resourceId: `r${op.slot}`,
                facts: { ...facts, date: new Date(harness.now + offset * MINUTE).toISOString() },
              });
            } else if (op.kind === 'delete') {
              slots.delete(op.slot);
            } else {
              birthDates[op.patient] = new Date(harness.now + op.offsetDays * DAY).toISOString().slice(0, 10);
            }
            await harness.factsChanged(factsOf(op.patient));
          }

          for (const patientId of PATIENTS) {
            const { stored, fresh } = harness.compare(patientId);
            expect({ patientId, at: new Date(harness.now).toISOString(), segments: stored }).toEqual({
              patientId,
              at: new Date(harness.now).toISOString(),
              segments: fresh,
            });
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

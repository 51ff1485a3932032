import type * as fhir4 from 'fhir/r4';
import { SEGMENT_CATALOG } from '../../../catalog/segments';
import { compileSegment, evaluateSegment } from '../../../lambdas/domain/segments/compile-segment';
import { type EngagementFact, snapshotFromResources } from '../../../lambdas/domain/segments/snapshot';

/*
 * The catalog's appointment, encounter and engagement segments against patients just inside and just outside
 * each boundary, built as raw R4 resources and projected as ingestion projects them. Instants are written out
 * as offsets in exact hours and days, never with the engine's own arithmetic, so an off-by-one in either shows.
 */

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SUBJECT = { reference: 'Patient/p1' };

type Patient = fhir4.Patient & { id: string };
const ADULT: Patient = { resourceType: 'Patient', id: 'p1', birthDate: '1970-05-20', gender: 'female' };
const DECEASED: Patient = { ...ADULT, deceasedDateTime: '2025-12-01T00:00:00Z' };

interface PatientRecord {
  readonly patient?: Patient;
  readonly resources?: fhir4.FhirResource[];
  readonly engagement?: EngagementFact[];
}

const segments = new Map(SEGMENT_CATALOG.map((definition) => [definition.id, compileSegment(definition)]));
const evaluate = (id: string, { patient = ADULT, resources = [], engagement }: PatientRecord, now: number) =>
  evaluateSegment(segments.get(id)!, snapshotFromResources(patient, resources, { engagement }), new Date(now));
const memberAt = (id: string, record: PatientRecord, now: number) => evaluate(id, record, now).member;

/** At `now` the answer is `before` and nextChange is `flipsAt`; it holds 1 ms before that instant and flips at it. */
function expectFlip(id: string, record: PatientRecord, now: number, flipsAt: number, before: boolean): void {
  expect(evaluate(id, record, now)).toMatchObject({ member: before, nextChange: new Date(flipsAt) });
  expect(memberAt(id, record, flipsAt - 1)).toBe(before);
  expect(memberAt(id, record, flipsAt)).toBe(!before);
}

const appointment = (status: fhir4.Appointment['status'], start: number): fhir4.Appointment => ({
  resourceType: 'Appointment',
  status,
  start: iso(start),
  participant: [{ actor: SUBJECT, status: 'accepted' }],
});

const encounter = (
  status: fhir4.Encounter['status'],
  start: number,
  options: { end?: number; classCode?: string } = {},
): fhir4.Encounter => ({
  resourceType: 'Encounter',
  status,
  class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: options.classCode ?? 'AMB' },
  subject: SUBJECT,
  period: { start: iso(start), ...(options.end === undefined ? {} : { end: iso(options.end) }) },
});

describe('upcoming-appointment-7d', () => {
  const ID = 'upcoming-appointment-7d';
  const start = at('2026-03-10T09:00:00Z');
  const booked = { resources: [appointment('booked', start)] };

  it.each([
    ['8 days ahead', start - 8 * DAY, false],
    ['exactly 7 days ahead', start - 7 * DAY, false],
    ['7 days less 1 ms ahead', start - 7 * DAY + 1, true],
    ['6 days 23 hours ahead', start - 6 * DAY - 23 * HOUR, true],
    ['6 days ahead', start - 6 * DAY, true],
    ['at the start', start, true],
    ['1 ms after the start', start + 1, false],
  ])('a booked appointment %s → member %s', (_, now, expected) => {
    expect(memberAt(ID, booked, now)).toBe(expected);
  });

  it.each([
    ['booked', true],
    ['pending', true],
    ['arrived', true],
    ['cancelled', false],
    ['noshow', false],
    ['fulfilled', false],
    ['proposed', false],
    ['entered-in-error', false],
  ] as const)('an appointment with status %s in 3 days → member %s', (status, expected) => {
    expect(memberAt(ID, { resources: [appointment(status, start)] }, start - 3 * DAY)).toBe(expected);
  });

  it('excludes a deceased patient', () => {
    expect(memberAt(ID, { ...booked, patient: DECEASED }, start - 3 * DAY)).toBe(false);
  });

  it('enters 1 ms after exactly 7 days before the start', () => {
    expectFlip(ID, booked, start - 8 * DAY, start - 7 * DAY + 1, false);
  });

  it('leaves 1 ms after the start', () => {
    expectFlip(ID, booked, start - DAY, start + 1, true);
  });
});

describe('missed-appointment-30d', () => {
  const ID = 'missed-appointment-30d';
  const start = at('2026-03-01T09:00:00Z');
  const missed = { resources: [appointment('noshow', start)] };

  it.each([
    ['29 days ago', start + 29 * DAY, true],
    ['30 days less 1 ms ago', start + 30 * DAY - 1, true],
    ['exactly 30 days ago', start + 30 * DAY, false],
    ['31 days ago', start + 31 * DAY, false],
  ])('a no-show %s → member %s', (_, now, expected) => {
    expect(memberAt(ID, missed, now)).toBe(expected);
  });

  it.each([['cancelled'], ['fulfilled'], ['booked'], ['entered-in-error']] as const)(
    'ignores a %s appointment',
    (status) => {
      expect(memberAt(ID, { resources: [appointment(status, start)] }, start + DAY)).toBe(false);
    },
  );

  it('excludes a deceased patient', () => {
    expect(memberAt(ID, { ...missed, patient: DECEASED }, start + DAY)).toBe(false);
  });

  it('leaves exactly 30 days after the missed start', () => {
    expectFlip(ID, missed, start + DAY, start + 30 * DAY, true);
  });
});

describe('discharged-inpatient-7d', () => {
  const ID = 'discharged-inpatient-7d';
  const admitted = at('2026-02-25T18:00:00Z');
  const discharged = at('2026-03-01T10:00:00Z');
  const stay = (classCode: string, status: fhir4.Encounter['status'] = 'finished') => ({
    resources: [encounter(status, admitted, { end: discharged, classCode })],
  });

  it.each([
    ['day 6', discharged + 6 * DAY, true],
    ['7 days less 1 ms', discharged + 7 * DAY - 1, true],
    ['day 7', discharged + 7 * DAY, false],
    ['day 8', discharged + 8 * DAY, false],
  ])('an inpatient discharged, %s later → member %s', (_, now, expected) => {
    expect(memberAt(ID, stay('IMP'), now)).toBe(expected);
  });

  it.each([
    ['IMP', true],
    ['ACUTE', true],
    ['NONAC', true],
    ['EMER', false],
    ['AMB', false],
  ])('an encounter of class %s → member %s', (classCode, expected) => {
    expect(memberAt(ID, stay(classCode), discharged + DAY)).toBe(expected);
  });

  it.each([['entered-in-error'], ['cancelled']] as const)('ignores a stay that is %s', (status) => {
    expect(memberAt(ID, stay('IMP', status), discharged + DAY)).toBe(false);
  });

  it('ignores a patient still in hospital', () => {
    expect(memberAt(ID, { resources: [encounter('in-progress', admitted, { classCode: 'IMP' })] }, discharged)).toBe(
      false,
    );
  });

  it('excludes a deceased patient', () => {
    expect(memberAt(ID, { ...stay('IMP'), patient: DECEASED }, discharged + DAY)).toBe(false);
  });

  it('leaves exactly 7 days after the end of the stay', () => {
    expectFlip(ID, stay('IMP'), discharged + DAY, discharged + 7 * DAY, true);
  });
});

describe('no-encounter-18m', () => {
  const ID = 'no-encounter-18m';
  const visit = at('2024-08-31T10:00:00Z');
  const eighteenMonthsLater = at('2026-02-28T10:00:00Z');
  const visited = { resources: [encounter('finished', visit)] };

  it.each([
    ['17 months ago', at('2026-01-31T10:00:00Z'), false],
    ['18 months less 1 ms ago', eighteenMonthsLater - 1, false],
    ['exactly 18 months ago (31 August + 18 months = 28 February)', eighteenMonthsLater, true],
    ['19 months ago', at('2026-03-31T10:00:00Z'), true],
  ])('a last encounter %s → member %s', (_, now, expected) => {
    expect(memberAt(ID, visited, now)).toBe(expected);
  });

  it('includes a patient with no encounter at all', () => {
    expect(memberAt(ID, {}, eighteenMonthsLater)).toBe(true);
  });

  it.each([['cancelled'], ['entered-in-error'], ['planned']] as const)('ignores a %s encounter', (status) => {
    expect(memberAt(ID, { resources: [encounter(status, eighteenMonthsLater - DAY)] }, eighteenMonthsLater)).toBe(true);
  });

  it('excludes a deceased patient', () => {
    expect(memberAt(ID, { patient: DECEASED }, eighteenMonthsLater)).toBe(false);
  });

  it('enters exactly 18 calendar months after the last encounter', () => {
    expectFlip(ID, visited, visit + DAY, eighteenMonthsLater, false);
  });
});

describe('new-patients-30d', () => {
  const ID = 'new-patients-30d';
  const first = at('2026-03-01T09:00:00Z');
  const newcomer = { resources: [encounter('finished', first)] };

  it.each([
    ['1 ms before the first encounter', first - 1, false],
    ['29 days after', first + 29 * DAY, true],
    ['30 days less 1 ms after', first + 30 * DAY - 1, true],
    ['30 days after', first + 30 * DAY, false],
    ['31 days after', first + 31 * DAY, false],
  ])('%s the first encounter → member %s', (_, now, expected) => {
    expect(memberAt(ID, newcomer, now)).toBe(expected);
  });

  it.each([
    ['31 days', 31 * DAY, false],
    ['exactly 30 days', 30 * DAY, false],
    ['30 days less 1 ms', 30 * DAY - 1, true],
  ])('with an earlier encounter %s before now → member %s', (_, age, expected) => {
    const now = first + 2 * DAY;
    expect(memberAt(ID, { resources: [encounter('finished', now - age), ...newcomer.resources] }, now)).toBe(expected);
  });

  it('does not count an earlier cancelled encounter', () => {
    const resources = [encounter('cancelled', first - 90 * DAY), ...newcomer.resources];
    expect(memberAt(ID, { resources }, first + DAY)).toBe(true);
  });

  it('excludes a deceased patient', () => {
    expect(memberAt(ID, { ...newcomer, patient: DECEASED }, first + DAY)).toBe(false);
  });

  it('enters when the first encounter starts', () => {
    expectFlip(ID, newcomer, first - DAY, first, false);
  });

  it('leaves exactly 30 days after the first encounter starts', () => {
    expectFlip(ID, newcomer, first + DAY, first + 30 * DAY, true);
  });
});

describe('not-engaged-90d', () => {
  const ID = 'not-engaged-90d';
  const sent = at('2026-01-01T12:00:00Z');
  const received: EngagementFact = { kind: 'received', at: iso(sent) };

  it.each([
    ['89 days', sent + 89 * DAY, true],
    ['90 days less 1 ms', sent + 90 * DAY - 1, true],
    ['exactly 90 days', sent + 90 * DAY, false],
  ])('a message received %s ago, never opened → member %s', (_, now, expected) => {
    expect(memberAt(ID, { engagement: [received] }, now)).toBe(expected);
  });

  it.each([['opened'], ['clicked']] as const)('excludes a patient who %s a message in the window', (kind) => {
    const engagement = [received, { kind, at: iso(sent + HOUR) }];
    expect(memberAt(ID, { engagement }, sent + 2 * DAY)).toBe(false);
  });

  it('includes a patient whose last open is exactly 90 days old', () => {
    const now = sent + 2 * DAY;
    expect(memberAt(ID, { engagement: [received, { kind: 'opened', at: iso(now - 90 * DAY) }] }, now)).toBe(true);
  });

  it('excludes a patient who received nothing', () => {
    expect(memberAt(ID, {}, sent)).toBe(false);
  });

  it('excludes a deceased patient', () => {
    expect(memberAt(ID, { engagement: [received], patient: DECEASED }, sent + DAY)).toBe(false);
  });

  it('enters exactly 90 days after the last open while a later message is still in the window', () => {
    const opened = at('2026-01-01T12:00:00Z');
    const engagement: EngagementFact[] = [
      { kind: 'opened', at: iso(opened) },
      { kind: 'received', at: '2026-02-15T12:00:00Z' },
    ];
    expectFlip(ID, { engagement }, at('2026-02-20T12:00:00Z'), opened + 90 * DAY, false);
  });
});

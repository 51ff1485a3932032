import { evaluateSegment } from '../../../lambdas/domain/segments/compile-segment';
import { LOINC, patientFacts, resource, SNOMED, segmentOf, snapshot } from './fixtures';

const at = (iso: string) => new Date(iso);
const HBA1C = { system: LOINC, code: '4548-4' };

describe('age', () => {
  const seniors = segmentOf({ age: { min: 65 } });
  const born = snapshot({ patient: patientFacts({ birthDate: '1961-06-15' }) });

  it('is 64 the day before the 65th birthday, and wakes on the birthday', () => {
    const result = evaluateSegment(seniors, born, at('2026-06-14T23:59:59Z'));

    expect(result.member).toBe(false);
    expect(result.nextChange).toEqual(at('2026-06-15T00:00:00Z'));
  });

  it('is 65 on the birthday', () => {
    expect(evaluateSegment(seniors, born, at('2026-06-15T00:00:00Z')).member).toBe(true);
  });

  it('never matches a patient without a birth date', () => {
    expect(evaluateSegment(seniors, snapshot({ patient: patientFacts() }), at('2026-01-01T00:00:00Z')).member).toBe(
      false,
    );
  });

  it('leaves an upper bound the day of the birthday after it', () => {
    const result = evaluateSegment(segmentOf({ age: { max: 74 } }), born, at('2030-01-01T00:00:00Z'));

    expect(result.nextChange).toEqual(at('2036-06-15T00:00:00Z'));
  });
});

describe('latest HbA1c ≥ 9 %', () => {
  const uncontrolled = segmentOf({
    latestObservation: { codes: [HBA1C], within: { last: 'P12M' }, value: { comparator: '>=', value: 9, unit: '%' } },
  });
  const hba1c = (value: number, date: string, unit = '%') =>
    resource({ kind: 'Observation', codes: [`${LOINC}|4548-4`], date, quantity: { value, unit, code: unit } });
  const now = at('2026-04-01T00:00:00Z');

  it('does not match 8.9 %', () => {
    expect(evaluateSegment(uncontrolled, snapshot({ resources: [hba1c(8.9, '2026-03-01')] }), now).member).toBe(false);
  });

  it('matches 9.0 % and explains why', () => {
    const result = evaluateSegment(uncontrolled, snapshot({ resources: [hba1c(9.0, '2026-03-01')] }), now);

    expect(result.member).toBe(true);
    expect(result.explanation.reason).toBe('latest 4548-4 on 2026-03-01 is 9 % ≥ 9 %');
  });

  it('uses the latest observation, not the highest', () => {
    const resources = [hba1c(10.1, '2025-12-01'), hba1c(7.2, '2026-03-01')];

    expect(evaluateSegment(uncontrolled, snapshot({ resources }), now).member).toBe(false);
  });

  it('skips a later result entered in error, so the earlier valid one decides', () => {
    const retracted = {
      ...hba1c(7.0, '2026-03-15'),
      facts: { ...hba1c(7.0, '2026-03-15').facts, status: 'entered-in-error' },
    };
    const resources = [hba1c(9.4, '2026-03-01'), retracted];

    expect(evaluateSegment(uncontrolled, snapshot({ resources }), now).member).toBe(true);
  });

  it('does not compare values in another unit', () => {
    const result = evaluateSegment(uncontrolled, snapshot({ resources: [hba1c(75, '2026-03-01', 'mmol/mol')] }), now);

    expect(result.member).toBe(false);
    expect(result.explanation.reason).toContain('not %');
  });

  it('wakes when the observation leaves the 12-month window', () => {
    const result = evaluateSegment(uncontrolled, snapshot({ resources: [hba1c(9.5, '2026-03-01')] }), now);

    expect(result.nextChange).toEqual(at('2027-03-01T00:00:00Z'));
  });
});

describe('blood pressure ≥ 140/90', () => {
  const BP = { system: LOINC, code: '85354-9' };
  const component = (code: string, comparator: '>=', value: number) => ({
    latestObservation: {
      codes: [BP],
      component: { codes: [{ system: LOINC, code }] },
      value: { comparator, value, unit: 'mm[Hg]' },
    },
  });
  const uncontrolled = segmentOf({ any: [component('8480-6', '>=', 140), component('8462-4', '>=', 90)] });
  const reading = (systolic: number, diastolic: number) =>
    snapshot({
      resources: [
        resource({
          kind: 'Observation',
          codes: [`${LOINC}|85354-9`],
          date: '2026-03-01T09:00:00Z',
          components: [
            { codes: [`${LOINC}|8480-6`], quantity: { value: systolic, unit: 'mmHg', code: 'mm[Hg]' } },
            { codes: [`${LOINC}|8462-4`], quantity: { value: diastolic, unit: 'mmHg', code: 'mm[Hg]' } },
          ],
        }),
      ],
    });
  const now = at('2026-04-01T00:00:00Z');

  it.each([
    [139, 89, false],
    [140, 80, true],
    [120, 90, true],
  ])('%i/%i mmHg → member %s', (systolic, diastolic, expected) => {
    expect(evaluateSegment(uncontrolled, reading(systolic, diastolic), now).member).toBe(expected);
  });
});

describe('an encounter in the last 7 days', () => {
  const discharged = segmentOf({
    resource: { type: 'Encounter', classCodes: ['IMP'], dateField: 'end', within: { last: 'P7D' } },
  });
  const stay = snapshot({
    resources: [resource({ kind: 'Encounter', classCode: 'IMP', date: '2026-02-25', end: '2026-03-01T10:00:00Z' })],
  });

  it.each([
    ['day 6', '2026-03-07T10:00:00Z', true],
    ['day 7, one millisecond before the boundary', '2026-03-08T09:59:59.999Z', true],
    ['day 7 at the boundary', '2026-03-08T10:00:00Z', false],
    ['day 8', '2026-03-09T10:00:00Z', false],
  ])('%s → member %s', (_, now, expected) => {
    expect(evaluateSegment(discharged, stay, at(now)).member).toBe(expected);
  });

  it('wakes exactly when the discharge leaves the window', () => {
    expect(evaluateSegment(discharged, stay, at('2026-03-02T00:00:00Z')).nextChange).toEqual(
      at('2026-03-08T10:00:00Z'),
    );
  });

  it('ignores encounters of another class', () => {
    const outpatient = snapshot({ resources: [resource({ kind: 'Encounter', classCode: 'AMB', end: '2026-03-01' })] });
    expect(evaluateSegment(discharged, outpatient, at('2026-03-02T00:00:00Z')).member).toBe(false);
  });
});

describe('an appointment in the next 7 days', () => {
  const upcoming = segmentOf({ resource: { type: 'Appointment', status: ['booked'], within: { next: 'P7D' } } });
  const booked = snapshot({
    resources: [resource({ kind: 'Appointment', status: 'booked', date: '2026-03-10T09:00:00Z' })],
  });

  it('is not a member 8 days before, and wakes when the appointment enters the window', () => {
    const result = evaluateSegment(upcoming, booked, at('2026-03-02T09:00:00Z'));

    expect(result.member).toBe(false);
    expect(result.nextChange).toEqual(at('2026-03-03T09:00:00.001Z'));
  });

  it('is a member 6 days before and at the appointment time', () => {
    expect(evaluateSegment(upcoming, booked, at('2026-03-04T09:00:00Z')).member).toBe(true);
    expect(evaluateSegment(upcoming, booked, at('2026-03-10T09:00:00Z')).member).toBe(true);
  });

  it('leaves once the appointment has started', () => {
    expect(evaluateSegment(upcoming, booked, at('2026-03-10T09:00:00.001Z')).member).toBe(false);
  });

  it('ignores cancelled appointments', () => {
    const cancelled = snapshot({
      resources: [resource({ kind: 'Appointment', status: 'cancelled', date: '2026-03-05T09:00:00Z' })],
    });
    expect(evaluateSegment(upcoming, cancelled, at('2026-03-04T09:00:00Z')).member).toBe(false);
  });
});

describe('influenza vaccine this season', () => {
  const FLU = { system: 'http://hl7.org/fhir/sid/cvx', code: '141' };
  const vaccinated = segmentOf({
    resource: { type: 'Immunization', codes: [FLU], within: { sinceAnnual: '--09-01' } },
  });
  const shot = snapshot({
    resources: [resource({ kind: 'Immunization', codes: [`${FLU.system}|141`], date: '2025-10-15' })],
  });

  it('counts a shot given since 1 September and wakes at the next season', () => {
    const result = evaluateSegment(vaccinated, shot, at('2026-08-31T23:59:59Z'));

    expect(result.member).toBe(true);
    expect(result.nextChange).toEqual(at('2026-09-01T00:00:00Z'));
  });

  it('no longer counts it once the new season starts', () => {
    expect(evaluateSegment(vaccinated, shot, at('2026-09-01T00:00:00Z')).member).toBe(false);
  });
});

describe('demographics and other criteria', () => {
  const now = at('2026-01-01T00:00:00Z');

  it('matches a language on its primary subtag', () => {
    const patient = snapshot({ patient: patientFacts({ preferredLanguage: 'es-MX' }) });
    expect(evaluateSegment(segmentOf({ language: ['es'] }), patient, now).member).toBe(true);
    expect(evaluateSegment(segmentOf({ language: ['es-ES'] }), patient, now).member).toBe(false);
  });

  it('matches a postal code by prefix ignoring spaces and case', () => {
    const patient = snapshot({ patient: patientFacts({ postalCode: 'sw1a 1aa' }) });
    expect(evaluateSegment(segmentOf({ postalCode: { prefixes: ['SW1A'] } }), patient, now).member).toBe(true);
  });

  it('reads other segments from memberships', () => {
    const patient = snapshot({ memberships: new Set(['diabetes']) });
    expect(evaluateSegment(segmentOf({ inSegment: 'diabetes' }), patient, now).member).toBe(true);
  });

  it('counts engagement of one journey within a window', () => {
    const opened = segmentOf({ engagement: { kind: 'opened', journeyId: 'j1', within: { last: 'P90D' } } });
    const patient = snapshot({
      engagement: [
        { kind: 'opened', at: '2025-12-01T00:00:00Z', journeyId: 'j2' },
        { kind: 'opened', at: '2025-12-02T00:00:00Z', journeyId: 'j1' },
      ],
    });

    const result = evaluateSegment(opened, patient, now);

    expect(result.member).toBe(true);
    expect(result.nextChange).toEqual(at('2026-03-02T00:00:00Z'));
  });

  it('enforces a count range', () => {
    const twoOrMore = segmentOf({
      resource: { type: 'Condition', codes: [{ system: SNOMED, code: '1' }], count: { min: 2 } },
    });
    const one = snapshot({ resources: [resource({ kind: 'Condition', codes: [`${SNOMED}|1`] })] });
    expect(evaluateSegment(twoOrMore, one, now).member).toBe(false);
  });

  it('explains a tree node by node', () => {
    const segment = segmentOf({ all: [{ deceased: false }, { not: { gender: ['male'] } }] });

    const { explanation } = evaluateSegment(segment, snapshot({ patient: patientFacts({ gender: 'male' }) }), now);

    expect(explanation).toMatchObject({
      criterion: 'all',
      matched: false,
      children: [
        { criterion: 'deceased', path: '/criteria/all/0/deceased', matched: true },
        { criterion: 'not', path: '/criteria/all/1', matched: false, children: [{ reason: 'gender male' }] },
      ],
    });
  });
});

describe('FHIRPath', () => {
  const patient = { resourceType: 'Patient', id: 'p1', gender: 'female', birthDate: '1970-01-01' };
  const now = at('2026-01-01T00:00:00Z');

  it('evaluates over the patient bundle and says its next change is unknown', () => {
    const segment = segmentOf({ fhirpath: "Bundle.entry.resource.ofType(Patient).gender = 'female'" });

    const result = evaluateSegment(segment, snapshot({ patientResource: patient }), now);

    expect(result).toMatchObject({ member: true, nextChange: undefined, nextChangeUnknown: true });
  });

  it('reads the injected clock through %now', () => {
    const segment = segmentOf({ fhirpath: 'Bundle.entry.resource.ofType(Patient).birthDate < %today.toDate()' });

    expect(evaluateSegment(segment, snapshot({ patientResource: patient }), now).member).toBe(true);
  });

  it('keeps a static false decisive over an unknown child', () => {
    const segment = segmentOf({ all: [{ deceased: true }, { fhirpath: 'true' }] });

    const result = evaluateSegment(segment, snapshot({ patientResource: patient }), now);

    expect(result).toMatchObject({ member: false, nextChange: undefined, nextChangeUnknown: false });
  });
});

import type * as fhir4 from 'fhir/r4';
import {
  at,
  type Code,
  CPT,
  CVX,
  concept,
  condition,
  DAY,
  DECEASED,
  expectFlip,
  ICD10CM,
  LOINC,
  memberAt,
  observation,
  person,
  procedure,
  SNOMED,
  SUBJECT,
  UCUM,
} from './catalog-records';

/*
 * The catalog's clinical segments (diabetes, hypertension, cancer screening, influenza vaccination) against
 * patients just inside and just outside each threshold, birthday, look-back and season start, built as raw R4
 * resources and projected as ingestion projects them. Calendar boundaries are written out as instants rather
 * than computed, so that an off-by-one in the engine's own calendar arithmetic shows here too.
 */

describe('uncontrolled-type-2-diabetes', () => {
  const ID = 'uncontrolled-type-2-diabetes';
  const T2DM: Code = [SNOMED, '44054006'];
  const drawn = at('2025-09-10T08:00:00Z');
  const now = at('2026-03-15T12:00:00Z');
  const hba1c = (value: number, date = drawn): fhir4.Observation =>
    observation([LOINC, '4548-4'], date, { valueQuantity: { value, unit: '%', system: UCUM, code: '%' } });
  const diabetic = (...resources: fhir4.FhirResource[]) => ({ resources: [condition(T2DM, 'active'), ...resources] });

  it.each([
    [8.9, false],
    [9.0, true],
    [11.2, true],
  ])('latest HbA1c %f %% → member %s', (value, expected) => {
    expect(memberAt(ID, diabetic(hba1c(value)), now)).toBe(expected);
  });

  it('reads the latest result, not the highest', () => {
    expect(memberAt(ID, diabetic(hba1c(10.4, drawn - 90 * DAY), hba1c(7.1)), now)).toBe(false);
  });

  it('does not compare a result in another unit', () => {
    const ifcc = observation([LOINC, '4548-4'], drawn, { valueQuantity: { value: 86, unit: 'mmol/mol' } });
    expect(memberAt(ID, diabetic(ifcc), now)).toBe(false);
  });

  it('accepts an ICD-10-CM coded diagnosis', () => {
    expect(memberAt(ID, { resources: [condition([ICD10CM, 'E11.9'], 'active'), hba1c(9.5)] }, now)).toBe(true);
  });

  it.each([
    ['resolved', condition(T2DM, 'resolved')],
    ['inactive', condition(T2DM, 'inactive')],
    ['entered in error (no clinical status)', condition(T2DM, undefined, 'entered-in-error')],
    ['type 1 only', condition([SNOMED, '46635009'], 'active')],
  ])('ignores a condition that is %s', (_, diagnosis) => {
    expect(memberAt(ID, { resources: [diagnosis, hba1c(9.5)] }, now)).toBe(false);
  });

  it('excludes a deceased patient', () => {
    expect(memberAt(ID, { ...diabetic(hba1c(9.5)), patient: DECEASED }, now)).toBe(false);
  });

  it('leaves exactly 12 calendar months after the result', () => {
    expectFlip(ID, diabetic(hba1c(9.5)), now, at('2026-09-10T08:00:00Z'), true);
  });

  it('enters when a high result is drawn', () => {
    const later = drawn + 30 * DAY;
    expectFlip(ID, diabetic(hba1c(7.0), hba1c(9.2, later)), drawn + DAY, later, false);
  });
});

describe('diabetes-no-hba1c-6m', () => {
  const ID = 'diabetes-no-hba1c-6m';
  const T2DM = condition([SNOMED, '44054006'], 'active');
  const hba1c = (date: number, status: fhir4.Observation['status'] = 'final'): fhir4.Observation =>
    observation([LOINC, '4548-4'], date, { valueQuantity: { value: 7.2, unit: '%', code: '%' } }, status);
  const drawn = at('2025-08-31T10:00:00Z');
  const sixMonthsLater = at('2026-02-28T10:00:00Z');

  it.each([
    ['5 months', at('2026-01-31T10:00:00Z'), false],
    ['6 months less 1 ms', sixMonthsLater - 1, false],
    ['exactly 6 months (31 August + 6 months = 28 February)', sixMonthsLater, true],
    ['7 months', at('2026-03-31T10:00:00Z'), true],
  ])('a type 2 diabetic whose last HbA1c was %s ago → member %s', (_, now, expected) => {
    expect(memberAt(ID, { resources: [T2DM, hba1c(drawn)] }, now)).toBe(expected);
  });

  it('includes a type 1 diabetic never tested', () => {
    expect(memberAt(ID, { resources: [condition([SNOMED, '46635009'], 'active')] }, sixMonthsLater)).toBe(true);
  });

  it.each([['entered-in-error'], ['cancelled'], ['registered']] as const)(
    'does not count an HbA1c that is %s',
    (status) => {
      expect(memberAt(ID, { resources: [T2DM, hba1c(drawn, status)] }, drawn + DAY)).toBe(true);
    },
  );

  it.each([
    ['resolved', condition([SNOMED, '44054006'], 'resolved')],
    ['entered in error', condition([SNOMED, '44054006'], undefined, 'entered-in-error')],
    ['prediabetes', condition([SNOMED, '15777000'], 'active')],
  ])('excludes a patient whose diagnosis is %s', (_, diagnosis) => {
    expect(memberAt(ID, { resources: [diagnosis] }, sixMonthsLater)).toBe(false);
  });

  it('excludes a deceased patient', () => {
    expect(memberAt(ID, { resources: [T2DM], patient: DECEASED }, sixMonthsLater)).toBe(false);
  });

  it('enters exactly 6 calendar months after the last HbA1c', () => {
    expectFlip(ID, { resources: [T2DM, hba1c(drawn)] }, drawn + DAY, sixMonthsLater, false);
  });

  it('leaves when a new HbA1c is drawn', () => {
    const retest = sixMonthsLater + 10 * DAY;
    expectFlip(ID, { resources: [T2DM, hba1c(drawn), hba1c(retest)] }, sixMonthsLater + DAY, retest, true);
  });
});

describe('hypertension-uncontrolled-bp', () => {
  const ID = 'hypertension-uncontrolled-bp';
  const HTN = condition([SNOMED, '59621000'], 'active');
  const measured = at('2026-02-01T09:30:00Z');
  const now = at('2026-03-15T12:00:00Z');
  const mmHg = (value: number): fhir4.Quantity => ({ value, unit: 'mmHg', system: UCUM, code: 'mm[Hg]' });
  const bloodPressure = (systolic: number, diastolic: number, date = measured, panel = '85354-9') =>
    observation([LOINC, panel], date, {
      component: [
        { code: concept([LOINC, '8480-6']), valueQuantity: mmHg(systolic) },
        { code: concept([LOINC, '8462-4']), valueQuantity: mmHg(diastolic) },
      ],
    });

  it.each([
    [139, 89, false],
    [140, 89, true],
    [139, 90, true],
    [140, 80, true],
    [120, 90, true],
    [118, 72, false],
  ])('latest panel %i/%i mmHg → member %s', (systolic, diastolic, expected) => {
    expect(memberAt(ID, { resources: [HTN, bloodPressure(systolic, diastolic)] }, now)).toBe(expected);
  });

  it('reads the latest panel, not the highest', () => {
    const resources = [HTN, bloodPressure(162, 98, measured - 60 * DAY), bloodPressure(128, 78)];
    expect(memberAt(ID, { resources }, now)).toBe(false);
  });

  it('reads the older 55284-4 panel and the ICD-10-CM diagnosis I10', () => {
    const resources = [condition([ICD10CM, 'I10'], 'active'), bloodPressure(150, 85, measured, '55284-4')];
    expect(memberAt(ID, { resources }, now)).toBe(true);
  });

  it('does not read standalone systolic observations', () => {
    const systolic = observation([LOINC, '8480-6'], measured, { valueQuantity: mmHg(165) });
    expect(memberAt(ID, { resources: [HTN, systolic] }, now)).toBe(false);
  });

  it('ignores resolved hypertension', () => {
    const resolved = condition([SNOMED, '59621000'], 'resolved');
    expect(memberAt(ID, { resources: [resolved, bloodPressure(150, 95)] }, now)).toBe(false);
  });

  it('excludes a deceased patient', () => {
    expect(memberAt(ID, { resources: [HTN, bloodPressure(150, 95)], patient: DECEASED }, now)).toBe(false);
  });

  it('leaves exactly 12 calendar months after the reading', () => {
    expectFlip(ID, { resources: [HTN, bloodPressure(150, 95)] }, now, at('2027-02-01T09:30:00Z'), true);
  });
});

describe('colorectal-screening-due', () => {
  const ID = 'colorectal-screening-due';
  const now = at('2026-03-15T12:00:00Z');
  const colonoscopy = (date: number, status: fhir4.Procedure['status'] = 'completed') =>
    procedure([SNOMED, '73761001'], date, status);
  const fecalImmunochemicalTest = (date: number, status: fhir4.Observation['status'] = 'final') =>
    observation([LOINC, '29771-3'], date, { valueCodeableConcept: concept([SNOMED, '260385009']) }, status);

  it.each([
    ['44, the day before the 45th birthday', '1981-03-16', false],
    ['45 on the birthday', '1981-03-15', true],
    ['75, the day before the 76th birthday', '1950-03-16', true],
    ['76 on the birthday', '1950-03-15', false],
  ])('an unscreened patient %s → member %s', (_, birthDate, expected) => {
    expect(memberAt(ID, { patient: person(birthDate) }, now)).toBe(expected);
  });

  it.each([
    ['colonoscopy', 10, colonoscopy],
    ['CT colonography (CPT 74263)', 5, (date: number) => procedure([CPT, '74263'], date)],
    ['CT colonography report (LOINC 79101-2)', 5, (date: number) => observation([LOINC, '79101-2'], date)],
    ['flexible sigmoidoscopy (CPT 45330)', 5, (date: number) => procedure([CPT, '45330'], date)],
    ['FIT-DNA (LOINC 77354-9)', 3, (date: number) => observation([LOINC, '77354-9'], date)],
    ['FIT (LOINC 29771-3)', 1, fecalImmunochemicalTest],
    ['FIT first specimen (LOINC 57905-2)', 1, (date: number) => observation([LOINC, '57905-2'], date)],
    ['guaiac FOBT (LOINC 2335-8)', 1, (date: number) => observation([LOINC, '2335-8'], date)],
  ])('a %s counts for %i years, to the millisecond', (_, years, screening) => {
    const done = at('2024-01-10T10:00:00Z');
    const expires = at(`${2024 + years}-01-10T10:00:00Z`);
    const record = { resources: [screening(done)] };

    expect(memberAt(ID, { ...record, patient: person('1960-06-01') }, expires - 1)).toBe(false);
    expect(memberAt(ID, { ...record, patient: person('1960-06-01') }, expires)).toBe(true);
  });

  it.each([
    ['a colonoscopy not done', colonoscopy(now - DAY, 'not-done')],
    ['a colonoscopy entered in error', colonoscopy(now - DAY, 'entered-in-error')],
    ['a FIT entered in error', fecalImmunochemicalTest(now - DAY, 'entered-in-error')],
    ['a cancelled FIT', fecalImmunochemicalTest(now - DAY, 'cancelled')],
  ])('does not count %s', (_, screening) => {
    expect(memberAt(ID, { patient: person('1960-06-01'), resources: [screening] }, now)).toBe(true);
  });

  it('excludes a deceased patient', () => {
    expect(memberAt(ID, { patient: person('1960-06-01', { deceasedBoolean: true }) }, now)).toBe(false);
  });

  it('enters at 00:00 UTC on the 45th birthday', () => {
    expectFlip(ID, { patient: person('1981-06-15') }, now, at('2026-06-15T00:00:00Z'), false);
  });

  it('leaves at 00:00 UTC on the 76th birthday', () => {
    expectFlip(ID, { patient: person('1950-06-15') }, now, at('2026-06-15T00:00:00Z'), true);
  });

  it('enters exactly 10 years after a colonoscopy', () => {
    const record = { patient: person('1960-06-01'), resources: [colonoscopy(at('2016-03-20T14:00:00Z'))] };
    expectFlip(ID, record, now, at('2026-03-20T14:00:00Z'), false);
  });
});

describe('breast-screening-due', () => {
  const ID = 'breast-screening-due';
  const now = at('2026-03-15T12:00:00Z');
  const mammogram = (date: number) => procedure([SNOMED, '24623002'], date);

  it.each([
    ['49, the day before her 50th birthday', '1976-03-16', false],
    ['50 on her birthday', '1976-03-15', true],
    ['74, the day before her 75th birthday', '1951-03-16', true],
    ['75 on her birthday', '1951-03-15', false],
  ])('an unscreened woman %s → member %s', (_, birthDate, expected) => {
    expect(memberAt(ID, { patient: person(birthDate) }, now)).toBe(expected);
  });

  it('excludes men', () => {
    expect(memberAt(ID, { patient: person('1960-06-01', { gender: 'male' }) }, now)).toBe(false);
  });

  it.each([
    ['screening mammography procedure (SNOMED CT 24623002)', mammogram],
    ['diagnostic mammography (CPT 77066)', (date: number) => procedure([CPT, '77066'], date)],
    ['mammography imaging report (LOINC 24606-6)', (date: number) => observation([LOINC, '24606-6'], date)],
  ])('counts a %s for 2 years, to the millisecond', (_, screening) => {
    const record = { patient: person('1960-06-01'), resources: [screening(at('2024-03-20T14:00:00Z'))] };

    expect(memberAt(ID, record, at('2026-03-20T14:00:00Z') - 1)).toBe(false);
    expect(memberAt(ID, record, at('2026-03-20T14:00:00Z'))).toBe(true);
  });

  it('does not count a mammogram entered in error', () => {
    const record = {
      patient: person('1960-06-01'),
      resources: [procedure([SNOMED, '24623002'], now - DAY, 'entered-in-error')],
    };
    expect(memberAt(ID, record, now)).toBe(true);
  });

  it('excludes a deceased patient', () => {
    expect(memberAt(ID, { patient: person('1960-06-01', { deceasedBoolean: true }) }, now)).toBe(false);
  });

  it('enters at 00:00 UTC on her 50th birthday', () => {
    expectFlip(ID, { patient: person('1976-06-15') }, now, at('2026-06-15T00:00:00Z'), false);
  });

  it('enters exactly 2 years after her last mammogram', () => {
    const record = { patient: person('1960-06-01'), resources: [mammogram(at('2024-05-02T08:15:00Z'))] };
    expectFlip(ID, record, now, at('2026-05-02T08:15:00Z'), false);
  });
});

describe('influenza-vaccine-due-65', () => {
  const ID = 'influenza-vaccine-due-65';
  const SENIOR = person('1950-02-01');
  const flu = (date: string, status: fhir4.Immunization['status'] = 'completed', cvx = '197'): fhir4.Immunization => ({
    resourceType: 'Immunization',
    status,
    vaccineCode: concept([CVX, cvx]),
    patient: SUBJECT,
    occurrenceDateTime: date,
  });
  const seasonStart = at('2026-09-01T00:00:00Z');

  it.each([
    ['64, the day before the 65th birthday', '1961-06-15', at('2026-06-14T23:59:59.999Z'), false],
    ['65 on the birthday', '1961-06-15', at('2026-06-15T00:00:00Z'), true],
  ])('an unvaccinated patient %s → member %s', (_, birthDate, now, expected) => {
    expect(memberAt(ID, { patient: person(birthDate) }, now)).toBe(expected);
  });

  it.each([
    ['vaccinated last season, on 31 August 23:59', '2026-08-31T23:59:00Z', true],
    ['vaccinated this season, at 1 September 00:00', '2026-09-01T00:00:00Z', false],
    ['vaccinated this season, in October', '2026-10-02T10:00:00Z', false],
  ])('on 15 October 2026, a patient %s → member %s', (_, date, expected) => {
    expect(memberAt(ID, { patient: SENIOR, resources: [flu(date)] }, at('2026-10-15T12:00:00Z'))).toBe(expected);
  });

  it.each([['140'], ['141'], ['150'], ['158'], ['197'], ['205'], ['185']])('counts CVX %s', (cvx) => {
    const resources = [flu('2026-10-02T10:00:00Z', 'completed', cvx)];
    expect(memberAt(ID, { patient: SENIOR, resources }, at('2026-10-15T12:00:00Z'))).toBe(false);
  });

  it.each([
    ['not done (declined)', flu('2026-10-02T10:00:00Z', 'not-done')],
    ['entered in error', flu('2026-10-02T10:00:00Z', 'entered-in-error')],
    ['a COVID-19 vaccine (CVX 208)', flu('2026-10-02T10:00:00Z', 'completed', '208')],
  ])('does not count a dose %s', (_, dose) => {
    expect(memberAt(ID, { patient: SENIOR, resources: [dose] }, at('2026-10-15T12:00:00Z'))).toBe(true);
  });

  it('excludes a deceased patient', () => {
    expect(memberAt(ID, { patient: person('1950-02-01', { deceasedBoolean: true }) }, seasonStart)).toBe(false);
  });

  it('re-enters a patient vaccinated last season at 1 September 00:00 UTC', () => {
    const record = { patient: SENIOR, resources: [flu('2025-10-15T10:00:00Z')] };
    expectFlip(ID, record, at('2026-08-31T23:59:00Z'), seasonStart, false);
  });

  it('enters at 00:00 UTC on the 65th birthday', () => {
    expectFlip(ID, { patient: person('1961-06-15') }, at('2026-03-15T12:00:00Z'), at('2026-06-15T00:00:00Z'), false);
  });
});

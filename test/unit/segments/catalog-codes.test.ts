import type * as fhir4 from 'fhir/r4';
import {
  at,
  type Code,
  CPT,
  CVX,
  concept,
  condition,
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
 * The codes real records carry, beyond the one code per concept the boundary tests use: parent concepts that
 * problem lists record (hypertension as SNOMED CT 38341003, diabetes as 73211009), descendants from the eCQM
 * value sets the lists are taken from, codes a value set has since retired, and stool tests or mammograms coded
 * as an order or a claim. Each row names why a record like it should count, and a near miss that should not.
 */

const HCPCS = 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets';
const now = at('2026-03-15T12:00:00Z');
const lastMonth = now - 30 * 86_400_000;
const mmHg = (value: number): fhir4.Quantity => ({ value, unit: 'mmHg', system: UCUM, code: 'mm[Hg]' });
const highBloodPressure = observation([LOINC, '55284-4'], lastMonth, {
  component: [
    { code: concept([LOINC, '8480-6']), valueQuantity: mmHg(152) },
    { code: concept([LOINC, '8462-4']), valueQuantity: mmHg(96) },
  ],
});
const highHba1c = observation([LOINC, '4548-4'], lastMonth, {
  valueQuantity: { value: 9.6, unit: '%', system: UCUM, code: '%' },
});

describe('hypertension-uncontrolled-bp reads the hypertension codes problem lists carry', () => {
  it.each<[string, Code, boolean]>([
    ['the parent hypertensive disorder, systemic arterial (Synthea)', [SNOMED, '38341003'], true],
    ['essential hypertension', [SNOMED, '59621000'], true],
    ['systolic essential hypertension (a descendant in the value set)', [SNOMED, '429457004'], true],
    ['benign hypertension (retired from the value set, still on old lists)', [SNOMED, '10725009'], true],
    ['ICD-10-CM I10', [ICD10CM, 'I10'], true],
    ['pulmonary hypertension, another disorder', [SNOMED, '70995007'], false],
  ])('%s → member %s', (_, code, expected) => {
    const resources = [condition(code, 'active'), highBloodPressure];
    expect(memberAt('hypertension-uncontrolled-bp', { resources }, now)).toBe(expected);
  });
});

describe('uncontrolled-type-2-diabetes reads the type 2 diabetes codes problem lists carry', () => {
  it.each<[string, Code, boolean]>([
    ['diabetes mellitus of unstated type (ICD-10-CM codes it as type 2)', [SNOMED, '73211009'], true],
    ['neuropathy due to type 2 diabetes (Synthea)', [SNOMED, '368581000119106'], true],
    ['type 2 diabetes without retinopathy', [SNOMED, '1481000119100'], true],
    ['ICD-10-CM E11.40, type 2 with neuropathy', [ICD10CM, 'E11.40'], true],
    ['ICD-10-CM O24.113, pre-existing type 2 in pregnancy', [ICD10CM, 'O24.113'], true],
    ['type 1 diabetes', [SNOMED, '46635009'], false],
    ['ICD-10-CM E10.9, type 1', [ICD10CM, 'E10.9'], false],
    ['ICD-10-CM E13.9, other specified diabetes', [ICD10CM, 'E13.9'], false],
    ['maturity onset diabetes of the young, type 2', [SNOMED, '237604008'], false],
    ['prediabetes', [SNOMED, '15777000'], false],
  ])('%s → member %s', (_, code, expected) => {
    const resources = [condition(code, 'active'), highHba1c];
    expect(memberAt('uncontrolled-type-2-diabetes', { resources }, now)).toBe(expected);
  });
});

describe('diabetes-no-hba1c-6m reads the type 1 and type 2 diabetes codes problem lists carry', () => {
  it.each<[string, Code, boolean]>([
    ['diabetes mellitus of unstated type', [SNOMED, '73211009'], true],
    ['insulin dependent diabetes mellitus type IA', [SNOMED, '23045005'], true],
    ['ketoacidotic coma due to type 2 diabetes', [SNOMED, '421847006'], true],
    ['ICD-10-CM E10.10, type 1 with ketoacidosis', [ICD10CM, 'E10.10'], true],
    ['ICD-10-CM O24.011, pre-existing type 1 in pregnancy', [ICD10CM, 'O24.011'], true],
    ['ICD-10-CM E13.9, other specified diabetes', [ICD10CM, 'E13.9'], false],
  ])('%s, never tested → member %s', (_, code, expected) => {
    expect(memberAt('diabetes-no-hba1c-6m', { resources: [condition(code, 'active')] }, now)).toBe(expected);
  });
});

describe('colorectal-screening-due counts screenings recorded as procedures, orders and claims', () => {
  const fiveYearsAgo = at('2021-06-01T10:00:00Z');
  it.each<[string, fhir4.FhirResource, boolean]>([
    [
      'an FOBT procedure last month (Synthea, SNOMED CT UK edition)',
      procedure([SNOMED, '1015401000000102'], lastMonth),
      false,
    ],
    ['a screening for occult blood in feces last month', procedure([SNOMED, '104435004'], lastMonth), false],
    ['a FIT billed last month (CPT 82274)', procedure([CPT, '82274'], lastMonth), false],
    ['a FIT billed last month (HCPCS G0328)', procedure([HCPCS, 'G0328'], lastMonth), false],
    ['a FIT-DNA billed last month (CPT 81528)', procedure([CPT, '81528'], lastMonth), false],
    ['a fiberoptic colonoscopy five years ago', procedure([SNOMED, '275251008'], fiveYearsAgo), false],
    ['an FOBT procedure five years ago', procedure([SNOMED, '104435004'], fiveYearsAgo), true],
  ])('%s → due %s', (_, screening, expected) => {
    expect(memberAt('colorectal-screening-due', { patient: person('1960-06-01'), resources: [screening] }, now)).toBe(
      expected,
    );
  });
});

describe('breast-screening-due counts every mammography imaging code of the value set', () => {
  it.each<[string, Code]>([
    ['MG Breast - bilateral Screening', [LOINC, '26175-0']],
    ['FFD mammogram Breast Screening', [LOINC, '39153-2']],
    ['DBT Breast - bilateral screening', [LOINC, '72142-3']],
  ])('a %s report last month → not due', (_, code) => {
    const record = { patient: person('1960-06-01'), resources: [observation(code, lastMonth)] };
    expect(memberAt('breast-screening-due', record, now)).toBe(false);
  });
});

describe('influenza-vaccine-due-65 counts the seasonal influenza vaccines of CVX group FLU', () => {
  const dose = (cvx: string): fhir4.Immunization => ({
    resourceType: 'Immunization',
    status: 'completed',
    vaccineCode: concept([CVX, cvx]),
    patient: SUBJECT,
    occurrenceDateTime: '2025-10-02T10:00:00Z',
  });

  it.each<[string, string, boolean]>([
    ['88', 'unspecified formulation', false],
    ['15', 'split virus, historical', false],
    ['151', 'intranasal, unspecified formulation', false],
    ['127', 'pandemic H1N1 2009, not a seasonal dose', true],
  ])('a dose this season of CVX %s (%s) → due %s', (cvx, _, expected) => {
    expect(memberAt('influenza-vaccine-due-65', { patient: person('1950-02-01'), resources: [dose(cvx)] }, now)).toBe(
      expected,
    );
  });
});

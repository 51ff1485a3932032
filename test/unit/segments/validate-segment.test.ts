import { compilesLocally } from '../../../lambdas/domain/fhir/local-fhirpath';
import type { SegmentDefinition } from '../../../lambdas/domain/segments/definition-schema';
import { validateSegment, validateSegmentSet } from '../../../lambdas/domain/segments/validate-segment';
import { LOINC } from './fixtures';

const definitionWith = (criteria: unknown) => ({
  schemaVersion: 1,
  id: 'uncontrolled-diabetes',
  name: 'Uncontrolled type 2 diabetes',
  description: 'HbA1c ≥ 9 % within 12 months',
  sources: ['LOINC 4548-4'],
  criteria,
});

const errorsOf = (criteria: unknown) => {
  const result = validateSegment(definitionWith(criteria), compilesLocally);
  return result.ok ? [] : result.errors;
};

describe('validateSegment', () => {
  it('accepts a definition using every kind of criterion', () => {
    const result = validateSegment(
      definitionWith({
        all: [
          { age: { min: 18, max: 75 } },
          { gender: ['female'] },
          { postalCode: { prefixes: ['021'] } },
          { language: ['es'] },
          { deceased: false },
          { resource: { type: 'Condition', codes: [{ system: 'http://snomed.info/sct', code: '44054006' }] } },
          {
            latestObservation: {
              codes: [{ system: LOINC, code: '4548-4' }],
              within: { last: 'P12M' },
              value: { comparator: '>=', value: 9, unit: '%' },
            },
          },
          { not: { engagement: { kind: 'opened', within: { last: 'P90D' } } } },
          { any: [{ inSegment: 'other' }, { fhirpath: "Bundle.entry.resource.ofType(Patient).gender = 'female'" }] },
          { resource: { type: 'Immunization', within: { sinceAnnual: '--09-01' } } },
          { resource: { type: 'Appointment', within: { between: { from: '2026-01-01T00:00:00Z' } } } },
        ],
      }),
      compilesLocally,
    );

    expect(result).toMatchObject({ ok: true });
  });

  it('names the path of a bad duration', () => {
    const errors = errorsOf({
      all: [
        { age: { min: 1 } },
        { gender: ['male'] },
        { resource: { type: 'Encounter', within: { last: '12 months' } } },
      ],
    });

    expect(errors).toEqual([
      { path: '/criteria/all/2/resource/within/last', message: expect.stringContaining('not a duration') },
    ]);
  });

  it('rejects an empty all', () => {
    expect(errorsOf({ not: { all: [] } })).toEqual([{ path: '/criteria/not/all', message: expect.any(String) }]);
  });

  it('rejects min greater than max', () => {
    expect(errorsOf({ age: { min: 75, max: 50 } })).toEqual([
      { path: '/criteria/age', message: 'min 75 is greater than max 50' },
    ]);
  });

  it('rejects a code system that is not an absolute URI', () => {
    const errors = errorsOf({ resource: { type: 'Condition', codes: [{ system: 'SNOMED', code: '44054006' }] } });

    expect(errors).toEqual([{ path: '/criteria/resource/codes/0/system', message: expect.stringContaining('URI') }]);
  });

  it('rejects FHIRPath that does not parse', () => {
    expect(errorsOf({ fhirpath: 'Patient.name.where(' })).toEqual([
      { path: '/criteria/fhirpath', message: expect.stringContaining('does not parse') },
    ]);
  });

  it('rejects FHIRPath reading the machine clock', () => {
    expect(errorsOf({ fhirpath: 'Observation.effective > now()' })[0]?.message).toContain('%now');
  });

  it('rejects an unknown criterion at its path', () => {
    expect(errorsOf({ any: [{ weight: 80 }] })).toContainEqual({
      path: '/criteria/any/0/weight',
      message: 'unknown property "weight"',
    });
  });

  it('rejects a criterion with two keys', () => {
    expect(errorsOf({ gender: ['male'], deceased: false })[0]).toMatchObject({ path: '/criteria' });
  });

  it('rejects an unknown resource type', () => {
    expect(errorsOf({ resource: { type: 'Claim' } })[0]).toMatchObject({ path: '/criteria/resource/type' });
  });

  it('rejects a month-day that does not exist', () => {
    expect(errorsOf({ resource: { type: 'Immunization', within: { sinceAnnual: '--02-30' } } })).toEqual([
      { path: '/criteria/resource/within/sinceAnnual', message: 'day 30 does not exist in month 2' },
    ]);
  });

  it('rejects a missing schemaVersion', () => {
    const { schemaVersion: _, ...rest } = definitionWith({ deceased: false });
    expect(validateSegment(rest, compilesLocally)).toMatchObject({ ok: false });
  });
});

const segment = (id: string, criteria: SegmentDefinition['criteria']): SegmentDefinition => ({
  schemaVersion: 1,
  id,
  name: id,
  description: '',
  criteria,
});

describe('validateSegmentSet', () => {
  it('orders segments after those they read', () => {
    const result = validateSegmentSet([
      segment('a', { inSegment: 'b' }),
      segment('b', { not: { inSegment: 'c' } }),
      segment('c', { deceased: false }),
    ]);

    expect(result).toEqual({ ok: true, order: ['c', 'b', 'a'] });
  });

  it('rejects a cycle, naming the reference that closes it', () => {
    const result = validateSegmentSet([
      segment('a', { all: [{ deceased: false }, { inSegment: 'b' }] }),
      segment('b', { inSegment: 'a' }),
    ]);

    expect(result).toEqual({
      ok: false,
      errors: [{ segmentId: 'b', path: '/criteria/inSegment', message: 'segments depend on each other: a → b → a' }],
    });
  });

  it('rejects a segment that reads itself', () => {
    const result = validateSegmentSet([segment('a', { any: [{ inSegment: 'a' }] })]);

    expect(result).toMatchObject({ ok: false, errors: [{ path: '/criteria/any/0/inSegment' }] });
  });

  it('rejects a reference to a segment outside the set', () => {
    const result = validateSegmentSet([segment('a', { inSegment: 'missing' })]);

    expect(result).toMatchObject({ ok: false, errors: [{ message: 'unknown segment "missing"' }] });
  });
});

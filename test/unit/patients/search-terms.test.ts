import type * as fhir4 from 'fhir/r4';
import {
  MAX_SEARCH_ENTRIES,
  matchesWholeNamesOnly,
  nameBucket,
  normaliseName,
  searchCriteriaOf,
  searchEntriesOf,
} from '../../../lambdas/domain/patients/search-terms';
import { readSample } from '../../support/fhir-samples';

const hl7Patient = (id: string) => readSample<fhir4.Patient>('hl7-examples', `Patient-${id}.json`);

describe('normaliseName', () => {
  it.each([
    ['Müller', 'muller'],
    ['MÜLLER', 'muller'],
    ['Zoë', 'zoe'],
    ['Ångström', 'angstrom'],
    ['Ørsted', 'orsted'],
    ['Straße', 'strasse'],
    ['Łukasz', 'lukasz'],
    ['Œdipe', 'oedipe'],
    ['İlkay', 'ilkay'],
    ["O'Brien-Smith", 'obriensmith'],
    ['van de Heuvel', 'vandeheuvel'],
  ])('folds %s to %s', (name, expected) => {
    expect(normaliseName(name)).toBe(expected);
  });

  it('keeps letters of other scripts', () => {
    expect(normaliseName('张无忌')).toBe('张无忌');
    expect(normaliseName('Ивано́в')).toBe('иванов');
  });

  it('gives the same term for a name typed with and without accents in either Unicode form', () => {
    const composed = 'Jos\u00e9';
    const decomposed = 'Jose\u0301';

    expect(normaliseName(composed)).toBe(normaliseName(decomposed));
    expect(normaliseName(composed)).toBe(normaliseName('JOSE'));
  });
});

describe('name buckets', () => {
  it('spreads names by their first two characters, counting characters not code units', () => {
    expect(nameBucket('chalmers')).toBe('ch');
    expect(nameBucket('𠀋田')).toBe('𠀋田');
    expect(nameBucket('王')).toBe('王');
  });

  it('lets a one-character term match whole names only', () => {
    expect(matchesWholeNamesOnly('王')).toBe(true);
    expect(matchesWholeNamesOnly('ch')).toBe(false);
  });
});

describe('searchEntriesOf', () => {
  it('indexes every family with its given names, every given name, the identifier and the birth date', () => {
    const entries = searchEntriesOf(hl7Patient('example'));

    expect(entries).toEqual([
      {
        index: 'birthDate',
        birthDate: '1974-12-25',
        family: 'chalmers',
        firstGiven: 'peter',
        families: ['chalmers', 'windsor'],
        givens: ['peter', 'james', 'jim'],
      },
      { index: 'family', family: 'chalmers', firstGiven: 'peter', givens: ['peter', 'james'] },
      { index: 'family', family: 'windsor', firstGiven: 'peter', givens: ['peter', 'james'] },
      { index: 'given', given: 'peter', family: 'chalmers' },
      { index: 'given', given: 'james', family: 'chalmers' },
      { index: 'given', given: 'jim', family: '' },
      { index: 'identifier', system: 'urn:oid:1.2.36.146.595.217.0.1', value: '12345' },
    ]);
  });

  it('splits given names that hold several words', () => {
    const givens = searchEntriesOf(hl7Patient('f201')).filter((e) => e.index === 'given');

    expect(givens.map((e) => e.index === 'given' && e.given)).toEqual(['roelof', 'olaf']);
  });

  it('indexes the text of a name that has neither family nor given', () => {
    const families = searchEntriesOf(hl7Patient('ch-example')).filter((e) => e.index === 'family');

    expect(families).toEqual([{ index: 'family', family: '张无忌', firstGiven: '', givens: [] }]);
  });

  it('skips identifiers without a value and repeats of the same identifier', () => {
    const f001 = searchEntriesOf(hl7Patient('f001')).filter((e) => e.index === 'identifier');
    const f201 = searchEntriesOf(hl7Patient('f201')).filter((e) => e.index === 'identifier');

    expect(f001).toEqual([{ index: 'identifier', system: 'urn:oid:2.16.840.1.113883.2.4.6.3', value: '738472983' }]);
    expect(f201).toHaveLength(1);
  });

  it('does not index a partial birth date', () => {
    const entries = searchEntriesOf({ resourceType: 'Patient', id: 'p', birthDate: '1974-12' });

    expect(entries).toEqual([]);
  });

  it('caps the entries of a patient and keeps the birth date and names before identifiers', () => {
    const patient: fhir4.Patient = {
      resourceType: 'Patient',
      id: 'many',
      birthDate: '1990-01-01',
      name: [{ family: 'Smith', given: ['Anna'] }],
      identifier: Array.from({ length: 60 }, (_, i) => ({ system: 'urn:test', value: `id-${i}` })),
    };

    const entries = searchEntriesOf(patient);

    expect(entries).toHaveLength(MAX_SEARCH_ENTRIES);
    expect(entries.slice(0, 3).map((e) => e.index)).toEqual(['birthDate', 'family', 'given']);
  });
});

describe('searchCriteriaOf', () => {
  it('reads an identifier with a system, without a system, or for any system', () => {
    expect(searchCriteriaOf({ identifier: 'urn:oid:1.2|12345' })).toEqual({
      ok: true,
      criteria: { by: 'identifier', system: 'urn:oid:1.2', value: '12345' },
    });
    expect(searchCriteriaOf({ identifier: '|12345' })).toEqual({
      ok: true,
      criteria: { by: 'identifier', system: '', value: '12345' },
    });
    expect(searchCriteriaOf({ identifier: '12345' })).toEqual({
      ok: true,
      criteria: { by: 'identifier', value: '12345' },
    });
  });

  it('refuses an identifier combined with other criteria or without a value', () => {
    const combined = searchCriteriaOf({ identifier: '12345', family: 'smith' });
    const empty = searchCriteriaOf({ identifier: 'urn:oid:1.2|' });

    expect(combined).toEqual({
      ok: false,
      errors: [{ parameter: 'family', detail: 'cannot be combined with identifier' }],
    });
    expect(empty.ok).toBe(false);
  });

  it('narrows a birth date search by normalised names', () => {
    expect(searchCriteriaOf({ birthDate: '1974-12-25', family: 'CHÄL', given: 'Pé' })).toEqual({
      ok: true,
      criteria: { by: 'birthDate', birthDate: '1974-12-25', family: 'chal', given: 'pe' },
    });
  });

  it('searches by family with an optional given name, or by given name alone', () => {
    expect(searchCriteriaOf({ family: 'Chal', given: 'Pe' })).toEqual({
      ok: true,
      criteria: { by: 'family', family: 'chal', given: 'pe' },
    });
    expect(searchCriteriaOf({ given: 'Jim' })).toEqual({ ok: true, criteria: { by: 'given', given: 'jim' } });
  });

  it('refuses a search without criteria and a name without letters or digits', () => {
    expect(searchCriteriaOf({}).ok).toBe(false);
    expect(searchCriteriaOf({ family: "'-" })).toEqual({
      ok: false,
      errors: [{ parameter: 'family', detail: 'must contain a letter or a digit' }],
    });
  });
});

import { readFileSync } from 'node:fs';
import type * as fhir4 from 'fhir/r4';
import { projectFacts, TIMEZONE_EXTENSION_URL } from '../../../lambdas/domain/fhir/facts';
import { readSample, samplePath } from '../../support/fhir-samples';

const UCUM = 'http://unitsofmeasure.org';
const SYNTHEA_BUNDLE = 'Alden_Considine_42ba9929-3ab7-44fd-8f64-401c936fd769.json';

function hl7<T extends fhir4.FhirResource>(name: string): T {
  return readSample<T>('hl7-examples', `${name}.json`);
}

function syntheaResources(file: string): fhir4.FhirResource[] {
  return readSample<fhir4.Bundle<fhir4.FhirResource>>('synthea', file).entry?.map((entry) => entry.resource!) ?? [];
}

function ndjsonPatients(): fhir4.Patient[] {
  return readFileSync(samplePath('ndjson', 'Patient.000.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as fhir4.Patient);
}

describe('Observation facts', () => {
  it('project the systolic and diastolic components of a blood pressure as coded quantities', () => {
    const facts = projectFacts(hl7('Observation-blood-pressure'));

    expect(facts).toMatchObject({
      kind: 'Observation',
      codes: ['http://loinc.org|85354-9'],
      status: 'final',
      date: '2012-09-17',
      components: [
        {
          codes: [
            'http://loinc.org|8480-6',
            'http://snomed.info/sct|271649006',
            'http://acme.org/devices/clinical-codes|bp-s',
          ],
          quantity: { value: 107, unit: 'mmHg', system: UCUM, code: 'mm[Hg]' },
        },
        { codes: ['http://loinc.org|8462-4'], quantity: { value: 60, unit: 'mmHg', system: UCUM, code: 'mm[Hg]' } },
      ],
    });
    expect(facts).not.toHaveProperty('quantity');
  });

  it('project a Synthea HbA1c (LOINC 4548-4) as a laboratory quantity in %', () => {
    const hba1c = syntheaResources(SYNTHEA_BUNDLE).find(
      (r): r is fhir4.Observation => r.resourceType === 'Observation' && r.code.coding?.[0]?.code === '4548-4',
    )!;

    const facts = projectFacts(hba1c);

    expect(facts).toMatchObject({
      kind: 'Observation',
      codes: ['http://loinc.org|4548-4'],
      categories: ['http://terminology.hl7.org/CodeSystem/observation-category|laboratory'],
      date: hba1c.effectiveDateTime,
      quantity: { value: hba1c.valueQuantity?.value, unit: '%', system: UCUM, code: '%' },
    });
  });

  it('take the start of the effective period as the date', () => {
    expect(projectFacts(hl7('Observation-f001'))).toMatchObject({
      date: '2013-04-02T09:30:10+01:00',
      quantity: { value: 6.3, unit: 'mmol/l', system: UCUM, code: 'mmol/L' },
    });
  });
});

describe('Condition facts', () => {
  it('project clinical status, verification status, onset and abatement', () => {
    expect(projectFacts(hl7('Condition-f204'))).toEqual({
      kind: 'Condition',
      codes: ['http://snomed.info/sct|36225005'],
      categories: [
        'http://snomed.info/sct|55607006',
        'http://terminology.hl7.org/CodeSystem/condition-category|problem-list-item',
      ],
      status: 'inactive',
      verification: 'differential',
      date: '2013-03-11',
      end: '2013-03-20',
    });
  });

  it('fall back to the recorded date when the onset is an age', () => {
    expect(projectFacts(hl7('Condition-f202'))).toMatchObject({ status: 'resolved', date: '2012-12-01' });
  });
});

describe('Patient facts', () => {
  it('project the preferred language, the home postal code and a living patient', () => {
    expect(projectFacts(hl7('Patient-f001'))).toEqual({
      kind: 'Patient',
      active: true,
      birthDate: '1944-11-17',
      gender: 'male',
      postalCode: '1024 RJ',
      languages: ['nl'],
      preferredLanguage: 'nl',
      deceased: false,
    });
  });

  it('prefer the language marked preferred over the first one listed', () => {
    const patient: fhir4.Patient = {
      ...hl7<fhir4.Patient>('Patient-f001'),
      communication: [
        { language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'en' }] } },
        { language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'nl' }] }, preferred: true },
      ],
    };

    expect(projectFacts(patient)).toMatchObject({ languages: ['en', 'nl'], preferredLanguage: 'nl' });
  });

  it('take the first language as preferred when none is marked', () => {
    const patient = ndjsonPatients()[0]!;

    expect(projectFacts(patient)).toMatchObject({ languages: ['en-US'], preferredLanguage: 'en-US' });
  });

  it('take the postal code of an address without a use when there is no home address', () => {
    expect(projectFacts(hl7('Patient-xds'))).toMatchObject({ postalCode: '44130' });
  });

  it('mark a patient with a deceased date as deceased, with the date', () => {
    const deceased = ndjsonPatients().find((p) => p.deceasedDateTime !== undefined)!;

    expect(projectFacts(deceased)).toMatchObject({ deceased: true, deceasedAt: deceased.deceasedDateTime });
  });

  it('mark a patient with deceasedBoolean true as deceased without a date', () => {
    const facts = projectFacts({ ...hl7<fhir4.Patient>('Patient-example'), deceasedBoolean: true });

    expect(facts).toMatchObject({ deceased: true });
    expect(facts).not.toHaveProperty('deceasedAt');
  });

  it('read the time zone from the timezone extension', () => {
    const patient: fhir4.Patient = {
      ...hl7<fhir4.Patient>('Patient-example'),
      extension: [{ url: TIMEZONE_EXTENSION_URL, valueCode: 'Australia/Melbourne' }],
    };

    expect(projectFacts(patient)).toMatchObject({ timeZone: 'Australia/Melbourne' });
  });

  it('treat a patient marked active false as inactive', () => {
    expect(projectFacts({ ...hl7<fhir4.Patient>('Patient-example'), active: false })).toMatchObject({ active: false });
  });
});

describe('facts of other resources', () => {
  it('project an Appointment with its service codes, status and times', () => {
    expect(projectFacts(hl7('Appointment-example'))).toMatchObject({
      kind: 'Appointment',
      codes: ['|52', 'http://terminology.hl7.org/CodeSystem/v2-0276|FOLLOWUP'],
      status: 'booked',
      date: '2013-12-10T09:00:00Z',
      end: '2013-12-10T11:00:00Z',
    });
  });

  it('project a Procedure with its performed period', () => {
    expect(projectFacts(hl7('Procedure-f201'))).toMatchObject({
      kind: 'Procedure',
      status: 'completed',
      date: '2013-01-28T13:31:00+01:00',
      end: '2013-01-28T14:27:00+01:00',
    });
  });

  it('project an Encounter with its class code', () => {
    expect(projectFacts(hl7('Encounter-f001'))).toMatchObject({ kind: 'Encounter', classCode: 'AMB' });
  });

  it('project an Immunization with its vaccine code and occurrence', () => {
    expect(projectFacts(hl7('Immunization-example'))).toMatchObject({
      kind: 'Immunization',
      codes: ['urn:oid:1.2.36.1.2001.1005.17|FLUVAX'],
      status: 'completed',
      date: '2013-01-10',
    });
  });

  it('project no facts for a Location, which is reference data', () => {
    expect(projectFacts(hl7('Location-1'))).toBeUndefined();
  });
});

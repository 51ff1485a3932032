import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type * as fhir4 from 'fhir/r4';
import { isAcceptedResourceType } from '../../../lambdas/domain/fhir/resource-types';
import type { Rejection } from '../../../lambdas/domain/ingestion/rejection';
import {
  type ValidationResult,
  type ValidChange,
  validateFhirChange,
} from '../../../lambdas/domain/ingestion/validate-change';
import { hl7ExampleResources, readSample } from '../../support/fhir-samples';

const LIMITS = { maxResourceBytes: 256 * 1024 };
const OCCURRED_AT = '2025-05-01T08:00:00Z';
const FAMILY_NAME = 'Quixotebury';
const PHONE = '+1 555 0142';

type Json = Record<string, unknown>;

function update(resource: object): Json {
  return { action: 'update', occurredAt: OCCURRED_AT, resource };
}

function accepted(result: ValidationResult): ValidChange {
  if (!result.ok) throw new Error(`expected the change to be accepted: ${JSON.stringify(result.rejection)}`);
  return result.change;
}

function rejected(result: ValidationResult): Rejection {
  if (result.ok) throw new Error(`expected a rejection, got an accepted ${result.change.resourceType}`);
  return result.rejection;
}

function hl7<T extends fhir4.FhirResource>(name: string): T {
  return readSample<T>('hl7-examples', `${name}.json`);
}

/** A patient whose name and phone stand in for PHI that must never reach a rejection. */
function patientWithPhi(): fhir4.Patient {
  return {
    ...hl7<fhir4.Patient>('Patient-example'),
    id: 'phi-1',
    name: [{ family: FAMILY_NAME, given: ['Ann'] }],
    telecom: [{ system: 'phone', value: PHONE }],
  };
}

function bodyWeightFor(subject: fhir4.Reference | undefined, extra: Partial<fhir4.Observation> = {}): Json {
  const { subject: _subject, ...observation } = hl7<fhir4.Observation>('Observation-example');
  return { ...observation, ...(subject ? { subject } : {}), ...extra };
}

describe('the HL7 R4 core examples', () => {
  const examples = hl7ExampleResources();
  const ofAcceptedTypes = examples.filter((r) => isAcceptedResourceType(r.resourceType));
  const name = (r: Json) => `${String(r.resourceType)}/${String(r.id)}`;
  // Its subject is `{ display: "Jane Doe" }`: valid R4, but it names no Patient the store could file it under.
  const withoutPatientReference = 'Procedure/education';

  it.each(ofAcceptedTypes.filter((r) => name(r) !== withoutPatientReference).map((r) => [name(r), r] as const))(
    'accepts %s',
    (_name, resource) => {
      const change = accepted(validateFhirChange(update(resource), LIMITS));

      expect(change).toMatchObject({ resourceType: resource.resourceType, resourceId: resource.id, deleted: false });
    },
  );

  it('rejects Procedure/education, whose subject is only a display name, as unresolvable-patient-reference', () => {
    const rejection = rejected(validateFhirChange(update(hl7('Procedure-education')), LIMITS));

    expect(rejection).toEqual({
      code: 'unresolvable-patient-reference',
      message: 'Procedure.subject must reference a Patient as Patient/<id>',
      issues: [{ path: '/subject', message: 'no literal reference to a Patient' }],
    });
  });

  it('rejects every example of a type outside the accepted list as unsupported-resource-type', () => {
    const others = examples.filter((r) => !isAcceptedResourceType(r.resourceType));

    const codes = others.map((r) => [name(r), rejected(validateFhirChange(update(r), LIMITS)).code]);

    expect(others.length).toBeGreaterThan(0);
    expect(codes).toEqual(others.map((r) => [name(r), 'unsupported-resource-type']));
  });

  it.each([
    ['Patient-f001', ['f001']],
    ['Observation-f204', ['f201']],
    ['AllergyIntolerance-nka', ['mom']],
    ['Immunization-example', ['example']],
    ['Consent-consent-example-signature', ['72']],
    ['EpisodeOfCare-example', ['example']],
    ['ServiceRequest-di', ['dicom']],
    ['Appointment-2docs', ['example']],
  ])('reads the patients of %s from the field its type uses', (file, patientIds) => {
    expect(accepted(validateFhirChange(update(hl7(file)), LIMITS)).patientIds).toEqual(patientIds);
  });
});

describe('validateFhirChange', () => {
  it('takes the version stamp from meta.versionId, meta.lastUpdated and occurredAt', () => {
    const change = accepted(validateFhirChange(update(hl7('Patient-ch-example')), LIMITS));

    expect(change.stamp).toEqual({ versionId: '1', lastUpdated: '2016-05-16T00:55:52Z', occurredAt: OCCURRED_AT });
  });

  it('rejects a resource type outside the accepted list, naming the type', () => {
    const claim = { resourceType: 'Claim', id: 'c1', status: 'active', patient: { reference: 'Patient/p1' } };

    const rejection = rejected(validateFhirChange(update(claim), LIMITS));

    expect(rejection.code).toBe('unsupported-resource-type');
    expect(rejection.message).toMatch(/^resourceType 'Claim' is not accepted/);
  });

  it('cuts a long unsupported resourceType to 64 characters in the message', () => {
    const longType = `${'A'.repeat(64)}${'B'.repeat(200)}`;

    const rejection = rejected(validateFhirChange(update({ resourceType: longType, id: 'x1' }), LIMITS));

    expect(rejection.code).toBe('unsupported-resource-type');
    expect(rejection.message).toMatch(new RegExp(`^resourceType '${'A'.repeat(64)}' is not accepted`));
  });

  it.each([
    ['a number', 5],
    ['null', null],
  ])('rejects a resourceType that is %s, not a string, as malformed-event', (_case, resourceType) => {
    const rejection = rejected(validateFhirChange(update({ resourceType, id: 'x1' }), LIMITS));

    expect(rejection.code).toBe('malformed-event');
    expect(rejection.issues).toContainEqual({ path: '/resource/resourceType', message: 'must be string' });
  });

  describe('rejects a detail that breaks the FHIR Resource Changed contract as malformed-event', () => {
    const patient = hl7<fhir4.Patient>('Patient-example');
    const { id: _id, ...patientWithoutId } = patient;

    it.each([
      [
        'without an action',
        { occurredAt: OCCURRED_AT, resource: patient },
        '/',
        "must have required property 'action'",
      ],
      [
        'with an unknown action',
        { ...update(patient), action: 'upsert' },
        '/action',
        'must be equal to one of the allowed values',
      ],
      [
        'with an occurredAt that is not a date-time',
        { ...update(patient), occurredAt: '2025-05-01' },
        '/occurredAt',
        'must match format "date-time"',
      ],
      [
        'with an extra top-level property',
        { ...update(patient), patient: 'p1' },
        '/',
        'must NOT have additional properties',
      ],
      ['with a resource without an id', update(patientWithoutId), '/resource', "must have required property 'id'"],
      [
        'with a resource id that is not a FHIR id',
        update({ ...patient, id: 'p 1' }),
        '/resource/id',
        'must match pattern "^[A-Za-z0-9\\-\\.]{1,64}$"',
      ],
      [
        'with a meta.lastUpdated that is not a date-time',
        update({ ...patient, meta: { lastUpdated: 'today' } }),
        '/resource/meta/lastUpdated',
        'must match format "date-time"',
      ],
      ['that is not an object', 'FHIR Resource Changed', '/', 'must be object'],
    ])('a detail %s', (_case, detail, path, message) => {
      const rejection = rejected(validateFhirChange(detail, LIMITS));

      expect(rejection.code).toBe('malformed-event');
      expect(rejection.issues).toEqual([{ path, message }]);
    });
  });

  describe('the size limit', () => {
    // Multi-byte characters, so a limit counted in characters instead of UTF-8 bytes would let it through.
    const patient = { ...hl7<fhir4.Patient>('Patient-example'), name: [{ family: 'Müller-Łukasiewicz' }] };
    const bytes = Buffer.byteLength(JSON.stringify(patient), 'utf8');

    it('rejects a resource one byte over the limit as resource-too-large', () => {
      const rejection = rejected(validateFhirChange(update(patient), { maxResourceBytes: bytes - 1 }));

      expect(rejection).toEqual({
        code: 'resource-too-large',
        message: `the resource is ${bytes} bytes; the limit is ${bytes - 1}`,
        issues: [],
      });
    });

    it('accepts a resource exactly at the limit', () => {
      expect(validateFhirChange(update(patient), { maxResourceBytes: bytes }).ok).toBe(true);
    });
  });

  describe('stamps from the future', () => {
    const NOW = new Date('2026-12-07T12:00:00Z');
    const limits = { ...LIMITS, futureStamps: { clock: { now: () => NOW }, toleranceSeconds: 300 } };
    const patientUpdated = (lastUpdated: string, occurredAt = OCCURRED_AT) => ({
      ...update({ ...hl7<fhir4.Patient>('Patient-example'), meta: { lastUpdated } }),
      occurredAt,
    });

    it.each([
      ['meta.lastUpdated in 2999', patientUpdated('2999-01-01T00:00:00Z')],
      ['occurredAt a day ahead', patientUpdated('2026-12-07T11:00:00Z', '2026-12-08T12:00:00Z')],
    ])('refuses %s as stamp-in-future, naming the field and the allowance, not the value', (_, detail) => {
      const rejection = rejected(validateFhirChange(detail, limits));

      expect(rejection.code).toBe('stamp-in-future');
      expect(rejection.message).toMatch(/300 seconds/);
      expect(rejection.message).not.toMatch(/2999|2026-12-08/);
    });

    it('accepts a stamp within the clock-skew allowance', () => {
      expect(validateFhirChange(patientUpdated('2026-12-07T12:04:59Z', '2026-12-07T12:04:00Z'), limits).ok).toBe(true);
    });

    it('accepts a delete whose stamp is now, and refuses one from the future', () => {
      const remove = (occurredAt: string) => ({
        action: 'delete',
        occurredAt,
        resource: { resourceType: 'Patient', id: 'p1' },
      });
      expect(validateFhirChange(remove('2026-12-07T12:00:00Z'), limits).ok).toBe(true);
      expect(rejected(validateFhirChange(remove('2999-01-01T00:00:00Z'), limits)).code).toBe('stamp-in-future');
    });
  });

  describe('the nesting limit', () => {
    const nestedExtensions = (depth: number): fhir4.Extension => {
      let extension: fhir4.Extension = { url: 'http://example.org/leaf', valueString: 'x' };
      for (let i = 0; i < depth; i++) extension = { url: 'http://example.org/nested', extension: [extension] };
      return extension;
    };
    const patient = (depth: number) => ({
      ...hl7<fhir4.Patient>('Patient-example'),
      extension: [nestedExtensions(depth)],
    });

    it('rejects a resource nested far deeper than FHIR ever needs as invalid-resource, without a RangeError', () => {
      const rejection = rejected(validateFhirChange(update(patient(10_000)), { maxResourceBytes: 10 * 1024 * 1024 }));

      expect(rejection).toEqual({ code: 'invalid-resource', message: expect.stringMatching(/nest/), issues: [] });
    });

    it('accepts nested extensions of a realistic depth', () => {
      expect(validateFhirChange(update(patient(8)), LIMITS).ok).toBe(true);
    });
  });

  describe('rejects a resource that is not valid R4 as invalid-resource, naming the path', () => {
    const patient = hl7<fhir4.Patient>('Patient-example');

    it.each([
      ['an unknown property', { ...patient, favouriteColour: 'teal' }, '/', "unknown property 'favouriteColour'"],
      [
        'an unknown nested property',
        { ...patient, name: [{ family: 'Chalmers', nickname: 'Jim' }] },
        '/name/0',
        "unknown property 'nickname'",
      ],
      [
        'a gender outside the value set',
        { ...patient, gender: 'F' },
        '/gender',
        'must be one of ["male","female","other","unknown"]',
      ],
      [
        'a birthDate that is not a FHIR date',
        { ...patient, birthDate: '25/12/1974' },
        '/birthDate',
        expect.stringMatching(/^must match pattern/),
      ],
    ])('a Patient with %s', (_case, resource, path, message) => {
      const rejection = rejected(validateFhirChange(update(resource), LIMITS));

      expect(rejection.code).toBe('invalid-resource');
      expect(rejection.message).toBe('the Patient is not valid FHIR R4');
      expect(rejection.issues).toEqual([{ path, message }]);
    });
  });

  describe('rejects a resource without a resolvable patient as unresolvable-patient-reference', () => {
    it.each([
      ['a Group subject', bodyWeightFor({ reference: 'Group/1' })],
      ['a urn:uuid subject', bodyWeightFor({ reference: 'urn:uuid:1d3c2b1a-0f00-4c36-9f1e-9b1f3f4e0c3a' })],
      ['a subject identified only by identifier', bodyWeightFor({ identifier: { system: 'urn:mrn', value: '12345' } })],
      ['no subject', bodyWeightFor(undefined)],
      [
        'a contained patient as subject',
        bodyWeightFor({ reference: '#p' }, { contained: [{ ...patientWithPhi(), id: 'p' }] }),
      ],
    ])('an Observation with %s', (_case, observation) => {
      expect(rejected(validateFhirChange(update(observation), LIMITS))).toEqual({
        code: 'unresolvable-patient-reference',
        message: 'Observation.subject must reference a Patient as Patient/<id>',
        issues: [{ path: '/subject', message: 'no literal reference to a Patient' }],
      });
    });

    it('an Appointment without a Patient participant', () => {
      const appointment = hl7<fhir4.Appointment>('Appointment-example');
      const withoutPatient = {
        ...appointment,
        participant: appointment.participant.filter((p) => !p.actor?.reference?.startsWith('Patient/')),
      };

      expect(rejected(validateFhirChange(update(withoutPatient), LIMITS))).toMatchObject({
        code: 'unresolvable-patient-reference',
        issues: [{ path: '/participant/actor', message: 'no literal reference to a Patient' }],
      });
    });
  });

  it.each([
    ['an absolute URL', 'https://fhir.example.org/r4/Patient/123'],
    ['a versioned reference', 'Patient/123/_history/2'],
  ])('resolves a subject given as %s to the patient id', (_case, reference) => {
    expect(accepted(validateFhirChange(update(bodyWeightFor({ reference })), LIMITS)).patientIds).toEqual(['123']);
  });

  it('accepts a Location as reference data that belongs to no patient', () => {
    const change = accepted(validateFhirChange(update(hl7('Location-1')), LIMITS));

    expect(change).toMatchObject({ resourceType: 'Location', resourceId: '1', patientIds: [] });
    expect(change.facts).toBeUndefined();
  });

  it('files an Appointment with two patient participants under both patients', () => {
    const appointment = hl7<fhir4.Appointment>('Appointment-example');
    const withTwoPatients = {
      ...appointment,
      participant: [...appointment.participant, { actor: { reference: 'Patient/pat2' }, status: 'accepted' }],
    };

    expect(accepted(validateFhirChange(update(withTwoPatients), LIMITS)).patientIds).toEqual(['example', 'pat2']);
  });

  it('accepts a delete that carries only the type and id', () => {
    const detail = { action: 'delete', occurredAt: OCCURRED_AT, resource: { resourceType: 'Observation', id: 'bp-1' } };

    expect(accepted(validateFhirChange(detail, LIMITS))).toEqual({
      action: 'delete',
      resourceType: 'Observation',
      resourceId: 'bp-1',
      stamp: { occurredAt: OCCURRED_AT },
      contentHash: 'deleted',
      deleted: true,
      patientIds: [],
    });
  });

  describe('keeps PHI out of every rejection', () => {
    const patient = patientWithPhi();

    it.each([
      ['malformed-event', { ...update(patient), name: FAMILY_NAME }, LIMITS],
      ['resource-too-large', update(patient), { maxResourceBytes: 100 }],
      ['invalid-resource', update({ ...patient, telecom: [{ system: 'phone', value: 5550142 }], gender: 'F' }), LIMITS],
      ['invalid-resource', update({ ...patient, birthDate: PHONE }), LIMITS],
      [
        'unresolvable-patient-reference',
        update(
          bodyWeightFor(
            { reference: '#p', display: `${FAMILY_NAME}, ${PHONE}` },
            { contained: [{ ...patient, id: 'p' }] },
          ),
        ),
        LIMITS,
      ],
    ])('in a %s rejection', (code, detail, limits) => {
      const rejection = rejected(validateFhirChange(detail, limits));
      const text = JSON.stringify(rejection);

      expect(rejection.code).toBe(code);
      expect(text).not.toContain(FAMILY_NAME);
      expect(text).not.toContain(PHONE);
      expect(text).not.toContain('5550142');
    });
  });
});

describe('the example shipped for `npx outreach emit`', () => {
  const bundle = JSON.parse(
    readFileSync(resolve(__dirname, '../../../examples/fhir/patient-with-hba1c.json'), 'utf8'),
  ) as fhir4.Bundle;

  it.each(bundle.entry?.map((entry) => [entry.resource?.resourceType, entry.resource]) ?? [])(
    'is a valid %s change',
    (_type, resource) => {
      expect(accepted(validateFhirChange(update(resource as object), LIMITS)).resource).toEqual(resource);
    },
  );
});

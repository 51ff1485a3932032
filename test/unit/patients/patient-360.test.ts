import type * as fhir4 from 'fhir/r4';
import { ROLES } from '../../../lambdas/domain/access/roles';
import { type ClinicalFacts, projectFacts, projectPatientFacts } from '../../../lambdas/domain/fhir/facts';
import { CLINICAL_LIST_LIMIT } from '../../../lambdas/domain/patients/clinical-summary';
import { assemblePatient360 } from '../../../lambdas/domain/patients/patient-360';
import { type PatientSummary, searchResultFor } from '../../../lambdas/domain/patients/patient-summary';
import type { PatientRecord, PatientResource } from '../../../lambdas/domain/patients/ports';
import type { PreferenceRecord } from '../../../lambdas/domain/patients/preferences';
import { type PatientSection, visibilityOf } from '../../../lambdas/domain/patients/visibility';

const AS_OF = new Date('2026-11-25T12:00:00Z');
const LOINC = 'http://loinc.org';

const patient: fhir4.Patient = {
  resourceType: 'Patient',
  id: 'p1',
  name: [{ use: 'official', family: 'Nguyễn', given: ['Thị', 'Lan'] }],
  birthDate: '1961-04-02',
  gender: 'female',
  telecom: [
    { system: 'sms', value: '+15550100', use: 'mobile', rank: 2 },
    { system: 'email', value: 'lan@example.org', rank: 1 },
    { system: 'phone', value: '+15550199', period: { end: '2019-01-01' } },
  ],
  address: [{ use: 'home', city: 'Springfield', postalCode: '01101' }],
  communication: [
    { language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'vi', display: 'Vietnamese' }] }, preferred: true },
  ],
  extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/timezone', valueCode: 'America/New_York' }],
};

function projected(resource: fhir4.FhirResource & { id: string }): PatientResource {
  return {
    resourceType: resource.resourceType as PatientResource['resourceType'],
    resourceId: resource.id,
    facts: projectFacts(resource) as ClinicalFacts,
    resource: resource as unknown as Record<string, unknown>,
  };
}

const hba1c = (id: string, date: string, value: number): fhir4.Observation & { id: string } => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  code: { coding: [{ system: LOINC, code: '4548-4', display: 'Hemoglobin A1c' }] },
  subject: { reference: 'Patient/p1' },
  effectiveDateTime: date,
  valueQuantity: { value, unit: '%' },
});

const resources: PatientResource[] = [
  projected({
    resourceType: 'Condition',
    id: 'c1',
    code: { coding: [{ system: 'http://snomed.info/sct', code: '44054006', display: 'Diabetes mellitus type 2' }] },
    clinicalStatus: { coding: [{ code: 'active' }] },
    subject: { reference: 'Patient/p1' },
    onsetDateTime: '2015-06-01',
  }),
  projected(hba1c('o1', '2026-01-10', 8.1)),
  projected(hba1c('o2', '2026-07-10', 7.2)),
  projected({
    resourceType: 'Appointment',
    id: 'a1',
    status: 'booked',
    serviceType: [{ coding: [{ system: 'http://snomed.info/sct', code: '394582007', display: 'Dermatology' }] }],
    start: '2026-12-01T09:00:00Z',
    end: '2026-12-01T09:30:00Z',
    participant: [{ actor: { reference: 'Patient/p1' }, status: 'accepted' }],
  }),
  projected({
    resourceType: 'Consent',
    id: 'k1',
    status: 'active',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
    category: [{ coding: [{ system: LOINC, code: '59284-0' }] }],
    patient: { reference: 'Patient/p1' },
    dateTime: '2026-02-01',
    provision: { type: 'deny' },
  }),
];

const record: PatientRecord = { patient, facts: projectPatientFacts(patient), resources };

const preference: PreferenceRecord = {
  changeId: 'staff-r1',
  patientId: 'p1',
  channel: 'sms',
  topic: 'campaigns',
  status: 'opted-out',
  source: 'staff',
  actor: 'user-1',
  at: '2026-05-01T10:00:00.000Z',
};

const sections = (...names: PatientSection[]) => new Set<PatientSection>(names);
const view = (visibility: ReadonlySet<PatientSection>) =>
  assemblePatient360({
    record,
    preferences: [preference],
    visibility,
    asOf: AS_OF,
    organisationTimeZone: 'America/New_York',
  });

describe('visibilityOf', () => {
  it('derives the sections from the permission matrix, clinical for the healthcare user alone', () => {
    const clinicalRoles = ROLES.filter((role) => visibilityOf([role]).has('clinical'));

    expect(clinicalRoles).toEqual(['healthcare-user']);
    expect([...visibilityOf(['non-clinical-user'])].sort()).toEqual([
      'contact',
      'engagement',
      'identity',
      'preferences',
    ]);
    expect([...visibilityOf(['event-planner'])].sort()).toEqual(['contact', 'identity', 'preferences']);
    expect(visibilityOf(['fhir-sync-admin']).size).toBe(0);
  });

  it('gives a principal with several roles the union of what each shows', () => {
    expect(visibilityOf(['event-planner', 'healthcare-user']).has('clinical')).toBe(true);
  });
});

describe('assemblePatient360', () => {
  it('shows the profile from the facts: language, time zone, deceased', () => {
    expect(view(sections('contact')).profile).toEqual({
      name: [{ use: 'official', family: 'Nguyễn', given: ['Thị', 'Lan'] }],
      birthDate: '1961-04-02',
      gender: 'female',
      active: true,
      deceased: false,
      language: 'vi',
      timeZone: 'America/New_York',
      timeZoneSource: 'extension',
    });
  });

  it('lists current contact points by rank and leaves out ended ones', () => {
    expect(view(sections('contact')).contact?.telecom).toEqual([
      { system: 'email', value: 'lan@example.org', rank: 1 },
      { system: 'sms', value: '+15550100', use: 'mobile', rank: 2 },
    ]);
  });

  it('shows preferences and consents only with the preferences section', () => {
    const without = view(sections('contact'));
    const withPreferences = view(sections('contact', 'preferences'));

    expect(without.preferences).toBeUndefined();
    expect(without.consents).toBeUndefined();
    expect(withPreferences.preferences).toEqual([preference]);
    expect(withPreferences.consents).toEqual([
      {
        id: 'k1',
        status: 'active',
        scope: ['http://terminology.hl7.org/CodeSystem/consentscope|patient-privacy'],
        category: [`${LOINC}|59284-0`],
        provision: 'deny',
        date: '2026-02-01',
      },
    ]);
  });

  it('shows appointment times without service types, and empty engagement lists, with the engagement section', () => {
    const engaged = view(sections('contact', 'engagement'));

    expect(engaged.appointments).toEqual([
      { id: 'a1', status: 'booked', start: '2026-12-01T09:00:00Z', end: '2026-12-01T09:30:00Z' },
    ]);
    expect([engaged.segments, engaged.journeys, engaged.messages, engaged.registrations]).toEqual([[], [], [], []]);
    expect(view(sections('contact')).appointments).toBeUndefined();
  });

  it('leaves the clinical section out entirely without the clinical section', () => {
    const everythingButClinical = view(sections('identity', 'contact', 'preferences', 'engagement'));

    expect(everythingButClinical.clinical).toBeUndefined();
    expect(JSON.stringify(everythingButClinical)).not.toMatch(/44054006|4548-4|394582007|Dermatology|Diabetes/);
  });

  it('summarises clinical facts with displays, newest first, and the latest value of each observation code', () => {
    const clinical = view(sections('contact', 'clinical')).clinical;

    expect(clinical?.conditions.items).toEqual([
      {
        id: 'c1',
        codes: [{ system: 'http://snomed.info/sct', code: '44054006', display: 'Diabetes mellitus type 2' }],
        categories: [],
        status: 'active',
        date: '2015-06-01',
      },
    ]);
    expect(clinical?.observations.items.map((o) => o.id)).toEqual(['o2', 'o1']);
    expect(clinical?.observations.latest).toEqual([
      expect.objectContaining({ id: 'o2', count: 2, value: { quantity: { value: 7.2, unit: '%' } } }),
    ]);
    expect(clinical?.appointments.items[0]?.codes[0]?.display).toBe('Dermatology');
  });

  it(`keeps each clinical list to ${CLINICAL_LIST_LIMIT} items and reports the total`, () => {
    const many = Array.from({ length: CLINICAL_LIST_LIMIT + 5 }, (_, i) =>
      projected(hba1c(`x${i}`, `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, 6)),
    );

    const clinical = assemblePatient360({
      record: { ...record, resources: many },
      preferences: [],
      visibility: sections('clinical'),
      asOf: AS_OF,
      organisationTimeZone: 'America/New_York',
    }).clinical;

    expect(clinical?.observations.total).toBe(CLINICAL_LIST_LIMIT + 5);
    expect(clinical?.observations.items).toHaveLength(CLINICAL_LIST_LIMIT);
  });
});

describe('searchResultFor', () => {
  const summary: PatientSummary = {
    id: 'p1',
    name: [{ family: 'Nguyễn' }],
    birthDate: '1961-04-02',
    gender: 'female',
    telecom: [{ system: 'email', value: 'lan@example.org' }],
    address: [{ city: 'Springfield' }],
  };

  it('shows contact points and addresses only with the contact section', () => {
    expect(searchResultFor(summary, sections('identity'))).toEqual({
      id: 'p1',
      name: [{ family: 'Nguyễn' }],
      birthDate: '1961-04-02',
      gender: 'female',
    });
    expect(searchResultFor(summary, sections('identity', 'contact'))).toEqual(summary);
  });
});

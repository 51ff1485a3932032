import type * as fhir4 from 'fhir/r4';
import { SEGMENT_CATALOG } from '../../../catalog/segments';
import { compileSegment, evaluateSegment } from '../../../lambdas/domain/segments/compile-segment';
import { snapshotFromResources } from '../../../lambdas/domain/segments/snapshot';

/** Raw R4 records of one patient, and the catalog segments evaluated on them as ingestion projects them. */

export const at = (iso: string) => Date.parse(iso);
export const DAY = 86_400_000;
export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
export const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';
export const CPT = 'http://www.ama-assn.org/go/cpt';
export const CVX = 'http://hl7.org/fhir/sid/cvx';
export const UCUM = 'http://unitsofmeasure.org';
export const SUBJECT = { reference: 'Patient/p1' };

export type Patient = fhir4.Patient & { id: string };
export type Code = readonly [system: string, code: string];
export const person = (birthDate: string, extra: Partial<fhir4.Patient> = {}): Patient => ({
  resourceType: 'Patient',
  id: 'p1',
  birthDate,
  gender: 'female',
  ...extra,
});
export const ADULT = person('1962-11-03', { gender: 'male' });
export const DECEASED = person('1962-11-03', { gender: 'male', deceasedBoolean: true });

export interface PatientRecord {
  readonly patient?: Patient;
  readonly resources?: fhir4.FhirResource[];
}

const segments = new Map(SEGMENT_CATALOG.map((definition) => [definition.id, compileSegment(definition)]));
export const evaluate = (id: string, { patient = ADULT, resources = [] }: PatientRecord, now: number) =>
  evaluateSegment(segments.get(id)!, snapshotFromResources(patient, resources), new Date(now));
export const memberAt = (id: string, record: PatientRecord, now: number) => evaluate(id, record, now).member;

/** At `now` the answer is `before` and nextChange is `flipsAt`; it holds 1 ms before that instant and flips at it. */
export function expectFlip(id: string, record: PatientRecord, now: number, flipsAt: number, before: boolean): void {
  expect(evaluate(id, record, now)).toMatchObject({ member: before, nextChange: new Date(flipsAt) });
  expect(memberAt(id, record, flipsAt - 1)).toBe(before);
  expect(memberAt(id, record, flipsAt)).toBe(!before);
}

export const concept = ([system, code]: Code): fhir4.CodeableConcept => ({ coding: [{ system, code }] });

export const condition = (code: Code, clinicalStatus?: string, verificationStatus = 'confirmed'): fhir4.Condition => ({
  resourceType: 'Condition',
  subject: SUBJECT,
  code: concept(code),
  ...(clinicalStatus
    ? { clinicalStatus: concept(['http://terminology.hl7.org/CodeSystem/condition-clinical', clinicalStatus]) }
    : {}),
  verificationStatus: concept(['http://terminology.hl7.org/CodeSystem/condition-ver-status', verificationStatus]),
});

export const observation = (
  code: Code,
  date: number,
  value: Pick<fhir4.Observation, 'valueQuantity' | 'valueCodeableConcept' | 'component'> = {},
  status: fhir4.Observation['status'] = 'final',
): fhir4.Observation => ({
  resourceType: 'Observation',
  status,
  code: concept(code),
  subject: SUBJECT,
  effectiveDateTime: new Date(date).toISOString(),
  ...value,
});

export const procedure = (
  code: Code,
  date: number,
  status: fhir4.Procedure['status'] = 'completed',
): fhir4.Procedure => ({
  resourceType: 'Procedure',
  status,
  code: concept(code),
  subject: SUBJECT,
  performedDateTime: new Date(date).toISOString(),
});

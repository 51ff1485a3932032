import type * as fhir4 from 'fhir/r4';
import type { AcceptedResourceType } from './resource-types';

/**
 * The compact, typed facts segments and templates need, projected once at ingestion so that
 * evaluating a segment never walks raw FHIR. The raw resource is kept beside them for the 360 view.
 */
export interface QuantityFact {
  readonly value: number;
  readonly unit?: string;
  readonly system?: string;
  readonly code?: string;
}

export interface ComponentFact {
  readonly codes: readonly string[];
  readonly quantity?: QuantityFact;
}

export interface PatientFacts {
  readonly kind: 'Patient';
  readonly active: boolean;
  readonly birthDate?: string;
  readonly gender?: string;
  readonly postalCode?: string;
  readonly languages: readonly string[];
  readonly preferredLanguage?: string;
  readonly deceased: boolean;
  readonly deceasedAt?: string;
  readonly timeZone?: string;
}

export interface ClinicalFacts {
  readonly kind: Exclude<AcceptedResourceType, 'Patient' | 'Location'>;
  /** `system|code` of the resource's primary code(s). */
  readonly codes: readonly string[];
  readonly categories: readonly string[];
  readonly status?: string;
  readonly verification?: string;
  /** The clinically relevant start: effective, onset, performed, occurrence, authored, period start. */
  readonly date?: string;
  readonly end?: string;
  readonly quantity?: QuantityFact;
  readonly valueCodes?: readonly string[];
  readonly components?: readonly ComponentFact[];
  readonly classCode?: string;
  readonly provision?: string;
}

export type ResourceFacts = PatientFacts | ClinicalFacts;

export const TIMEZONE_EXTENSION_URL = 'http://hl7.org/fhir/StructureDefinition/timezone';

export function codesOf(...concepts: (fhir4.CodeableConcept | undefined)[]): string[] {
  const codes: string[] = [];
  for (const concept of concepts) {
    for (const coding of concept?.coding ?? []) {
      if (coding.code) codes.push(`${coding.system ?? ''}|${coding.code}`);
    }
  }
  return codes;
}

function quantityOf(quantity: fhir4.Quantity | undefined): QuantityFact | undefined {
  if (quantity?.value === undefined) return undefined;
  return { value: quantity.value, unit: quantity.unit, system: quantity.system, code: quantity.code };
}

function firstCode(concept: fhir4.CodeableConcept | undefined): string | undefined {
  return concept?.coding?.find((coding) => coding.code)?.code;
}

/** Drops undefined fields so stored facts stay small and compare equal however they were built. */
function withoutUndefined<T extends object>(value: T): T {
  const record = value as Record<string, unknown>;
  for (const key in record) if (record[key] === undefined) delete record[key];
  return value;
}

export function projectPatientFacts(patient: fhir4.Patient): PatientFacts {
  const languages = (patient.communication ?? [])
    .map((c) => c.language?.coding?.find((coding) => coding.code)?.code)
    .filter((code): code is string => code !== undefined);
  const preferred = (patient.communication ?? []).find((c) => c.preferred)?.language?.coding?.[0]?.code;
  const address =
    patient.address?.find((a) => a.use === 'home' && a.postalCode) ?? patient.address?.find((a) => a.postalCode);
  const timeZone = patient.extension?.find((e) => e.url === TIMEZONE_EXTENSION_URL)?.valueCode;
  return withoutUndefined<PatientFacts>({
    kind: 'Patient',
    active: patient.active !== false,
    birthDate: patient.birthDate,
    gender: patient.gender,
    postalCode: address?.postalCode,
    languages,
    preferredLanguage: preferred ?? languages[0],
    deceased: patient.deceasedBoolean === true || patient.deceasedDateTime !== undefined,
    deceasedAt: patient.deceasedDateTime,
    timeZone,
  });
}

/** Projects any accepted patient-owned resource into its facts. Location is reference data and has none. */
export function projectFacts(resource: fhir4.FhirResource): ResourceFacts | undefined {
  switch (resource.resourceType) {
    case 'Patient':
      return projectPatientFacts(resource);
    case 'Observation':
      return withoutUndefined<ClinicalFacts>({
        kind: 'Observation',
        codes: codesOf(resource.code),
        categories: codesOf(...(resource.category ?? [])),
        status: resource.status,
        date:
          resource.effectiveDateTime ?? resource.effectivePeriod?.start ?? resource.effectiveInstant ?? resource.issued,
        quantity: quantityOf(resource.valueQuantity),
        valueCodes: resource.valueCodeableConcept ? codesOf(resource.valueCodeableConcept) : undefined,
        components: resource.component?.map((c) =>
          withoutUndefined({ codes: codesOf(c.code), quantity: quantityOf(c.valueQuantity) }),
        ),
      });
    case 'Condition':
      return withoutUndefined<ClinicalFacts>({
        kind: 'Condition',
        codes: codesOf(resource.code),
        categories: codesOf(...(resource.category ?? [])),
        status: firstCode(resource.clinicalStatus),
        verification: firstCode(resource.verificationStatus),
        date: resource.onsetDateTime ?? resource.onsetPeriod?.start ?? resource.recordedDate,
        end: resource.abatementDateTime ?? resource.abatementPeriod?.end,
      });
    case 'Procedure':
      return withoutUndefined<ClinicalFacts>({
        kind: 'Procedure',
        codes: codesOf(resource.code),
        categories: codesOf(resource.category),
        status: resource.status,
        date: resource.performedDateTime ?? resource.performedPeriod?.start,
        end: resource.performedPeriod?.end,
      });
    case 'Immunization':
      return withoutUndefined<ClinicalFacts>({
        kind: 'Immunization',
        codes: codesOf(resource.vaccineCode),
        categories: [],
        status: resource.status,
        date: resource.occurrenceDateTime ?? resource.recorded,
      });
    case 'Appointment':
      return withoutUndefined<ClinicalFacts>({
        kind: 'Appointment',
        codes: codesOf(...(resource.serviceType ?? []), resource.appointmentType),
        categories: codesOf(...(resource.serviceCategory ?? [])),
        status: resource.status,
        date: resource.start,
        end: resource.end,
      });
    case 'Encounter':
      return withoutUndefined<ClinicalFacts>({
        kind: 'Encounter',
        codes: codesOf(...(resource.type ?? [])),
        categories: [],
        status: resource.status,
        classCode: resource.class?.code,
        date: resource.period?.start,
        end: resource.period?.end,
      });
    case 'MedicationRequest':
      return withoutUndefined<ClinicalFacts>({
        kind: 'MedicationRequest',
        codes: codesOf(resource.medicationCodeableConcept),
        categories: codesOf(...(resource.category ?? [])),
        status: resource.status,
        date: resource.authoredOn,
      });
    case 'AllergyIntolerance':
      return withoutUndefined<ClinicalFacts>({
        kind: 'AllergyIntolerance',
        codes: codesOf(resource.code),
        categories: [...(resource.category ?? [])],
        status: firstCode(resource.clinicalStatus),
        verification: firstCode(resource.verificationStatus),
        date: resource.onsetDateTime ?? resource.recordedDate,
      });
    case 'EpisodeOfCare':
      return withoutUndefined<ClinicalFacts>({
        kind: 'EpisodeOfCare',
        codes: codesOf(...(resource.type ?? [])),
        categories: [],
        status: resource.status,
        date: resource.period?.start,
        end: resource.period?.end,
      });
    case 'ServiceRequest':
      return withoutUndefined<ClinicalFacts>({
        kind: 'ServiceRequest',
        codes: codesOf(resource.code),
        categories: codesOf(...(resource.category ?? [])),
        status: resource.status,
        date: resource.occurrenceDateTime ?? resource.occurrencePeriod?.start ?? resource.authoredOn,
      });
    case 'Consent':
      return withoutUndefined<ClinicalFacts>({
        kind: 'Consent',
        codes: codesOf(resource.scope),
        categories: codesOf(...(resource.category ?? [])),
        status: resource.status,
        date: resource.dateTime ?? resource.provision?.period?.start,
        end: resource.provision?.period?.end,
        provision: resource.provision?.type,
      });
    default:
      return undefined;
  }
}

/** The FHIR R4 resource types the platform accepts; anything else is rejected with its reason. */
export const ACCEPTED_RESOURCE_TYPES = [
  'Patient',
  'Appointment',
  'AllergyIntolerance',
  'EpisodeOfCare',
  'Observation',
  'Condition',
  'Procedure',
  'ServiceRequest',
  'Encounter',
  'Immunization',
  'MedicationRequest',
  'Location',
  'Consent',
] as const;

export type AcceptedResourceType = (typeof ACCEPTED_RESOURCE_TYPES)[number];

const accepted: ReadonlySet<string> = new Set(ACCEPTED_RESOURCE_TYPES);

export function isAcceptedResourceType(type: unknown): type is AcceptedResourceType {
  return typeof type === 'string' && accepted.has(type);
}

/** Resource types that belong to no single patient: stored as shared reference data. */
export const REFERENCE_DATA_TYPES: ReadonlySet<AcceptedResourceType> = new Set(['Location']);

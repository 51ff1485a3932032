import type * as fhir4 from 'fhir/r4';
import type { AcceptedResourceType } from './resource-types';

const LOGICAL_ID = '[A-Za-z0-9\\-\\.]{1,64}';
const PATIENT_REFERENCE = new RegExp(`(?:^|/)Patient/(${LOGICAL_ID})(?:/_history/[^/]+)?$`);

/** The logical id in a literal reference to a Patient (`Patient/123`, an absolute URL, or a versioned one). */
export function patientIdFromReference(reference: string | undefined): string | undefined {
  if (!reference) return undefined;
  return PATIENT_REFERENCE.exec(reference)?.[1];
}

export type PatientReferenceResult =
  | { readonly kind: 'patients'; readonly patientIds: readonly string[] }
  | { readonly kind: 'reference-data' }
  | { readonly kind: 'unresolvable'; readonly field: string };

type AnyResource = { resourceType: AcceptedResourceType; id?: string } & Record<string, unknown>;

/**
 * The patients a resource belongs to, read from the field its type uses. Contained (`#x`),
 * `urn:uuid:` and identifier-only references cannot be resolved here and make the resource unresolvable.
 */
export function patientReferencesOf(resource: AnyResource): PatientReferenceResult {
  switch (resource.resourceType) {
    case 'Patient':
      return resource.id ? { kind: 'patients', patientIds: [resource.id] } : { kind: 'unresolvable', field: 'id' };
    case 'Location':
      return { kind: 'reference-data' };
    case 'Appointment':
      return fromReferences(
        ((resource as unknown as fhir4.Appointment).participant ?? []).map((p) => p.actor?.reference),
        'participant.actor',
      );
    case 'AllergyIntolerance':
    case 'EpisodeOfCare':
    case 'Immunization':
    case 'Consent':
      return fromReferences([(resource.patient as fhir4.Reference | undefined)?.reference], 'patient');
    default:
      return fromReferences([(resource.subject as fhir4.Reference | undefined)?.reference], 'subject');
  }
}

function fromReferences(references: readonly (string | undefined)[], field: string): PatientReferenceResult {
  const ids = [...new Set(references.map(patientIdFromReference).filter((id): id is string => id !== undefined))];
  return ids.length > 0 ? { kind: 'patients', patientIds: ids.sort() } : { kind: 'unresolvable', field };
}

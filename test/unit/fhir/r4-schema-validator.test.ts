import type * as fhir4 from 'fhir/r4';
import { validateR4Resource } from '../../../lambdas/domain/fhir/r4-schema-validator';
import { readSample } from '../../support/fhir-samples';

function patientContaining(contained: Record<string, unknown>): fhir4.Patient {
  const patient = readSample<fhir4.Patient>('hl7-examples', 'Patient-example.json');
  return { ...patient, contained: [contained as unknown as fhir4.FhirResource] };
}

describe('validateR4Resource on contained resources', () => {
  it('accepts a Patient that contains an Organization', () => {
    const organization = { resourceType: 'Organization', id: 'org-1', name: 'Good Health Clinic' };

    expect(validateR4Resource(patientContaining(organization))).toEqual([]);
  });

  it('rejects a Patient that contains a resource of an unknown type, at that contained resource', () => {
    const issues = validateR4Resource(patientContaining({ resourceType: 'NotAType', id: 'x1' }));

    expect(issues.map((issue) => issue.path)).toEqual(['/contained/0/resourceType']);
  });

  it('rejects a data type posing as a contained resource, with a short message', () => {
    const issues = validateR4Resource(patientContaining({ resourceType: 'HumanName', id: 'x1' }));

    expect(issues.map((issue) => issue.path)).toEqual(['/contained/0/resourceType']);
    expect(issues[0]?.message.length).toBeLessThan(100);
  });
});

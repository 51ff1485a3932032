import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import {
  fhirResourceChangedEventSchema,
  JSON_SCHEMA_DRAFT_04,
  PUBLISHED_EVENT_SCHEMAS,
} from '../../../lambdas/domain/events/event-schemas';

const schemaFile = (name: string) =>
  JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'schemas', name), 'utf8'));

describe('published event schemas', () => {
  it.each(Object.keys(PUBLISHED_EVENT_SCHEMAS))(
    'schemas/%s is exactly what npm run schemas writes from the source',
    (name) => {
      const source = PUBLISHED_EVENT_SCHEMAS[name as keyof typeof PUBLISHED_EVENT_SCHEMAS];

      expect(schemaFile(name)).toEqual({ $schema: JSON_SCHEMA_DRAFT_04, ...source });
    },
  );

  it('is valid draft-04, the dialect the EventBridge schema registry accepts', () => {
    const ajv = new Ajv04({ strict: false, logger: false });

    for (const name of Object.keys(PUBLISHED_EVENT_SCHEMAS)) {
      expect(() => ajv.compile(schemaFile(name))).not.toThrow();
    }
  });

  it('accepts the README example event and rejects one without an action', () => {
    const validate = new Ajv04({ strict: false, logger: false }).compile(fhirResourceChangedEventSchema);
    const event = {
      source: 'fhir.upstream',
      'detail-type': 'FHIR Resource Changed',
      detail: {
        action: 'update',
        occurredAt: '2026-11-25T09:30:00Z',
        resource: { resourceType: 'Appointment', id: 'apt-1001', status: 'booked' },
      },
    };

    expect(validate(event)).toBe(true);
    expect(validate({ ...event, detail: { ...event.detail, action: undefined } })).toBe(false);
  });
});

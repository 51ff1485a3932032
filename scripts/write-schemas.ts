import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA_DRAFT_04, PUBLISHED_EVENT_SCHEMAS } from '../lambdas/domain/events/event-schemas';

/** Writes the published event schemas to `schemas/`, where the schema registry and upstream teams read them. */
for (const [fileName, schema] of Object.entries(PUBLISHED_EVENT_SCHEMAS)) {
  const path = join(__dirname, '..', 'schemas', fileName);
  writeFileSync(path, `${JSON.stringify({ $schema: JSON_SCHEMA_DRAFT_04, ...schema }, null, 2)}\n`);
  console.log(`wrote ${path}`);
}

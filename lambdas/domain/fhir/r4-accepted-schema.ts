import { ACCEPTED_RESOURCE_TYPES } from './resource-types';

/**
 * The part of the HL7 FHIR R4 JSON schema (fhir.schema.json, draft-06) that the accepted resource types
 * reach: their definitions and the data types they use, about 100 of its 680 definitions. It is cut at
 * build time (`npm run schemas` writes `r4-accepted.generated.json`, a test keeps it current) so that no
 * function bundles the whole 3 MB schema.
 *
 * Two things are left out, neither of which validates anything: `description` annotations, and what
 * `contained` would pull in through `ResourceList` (every resource definition), which is reduced to a check
 * that a contained resource names a known `resourceType`.
 */
export interface AcceptedR4Schema {
  /** Every R4 resource type, for the shallow check of `contained` resources. */
  readonly resourceTypes: readonly string[];
  readonly definitions: Readonly<Record<string, unknown>>;
}

interface FullR4Schema {
  readonly definitions: Readonly<Record<string, unknown>>;
  readonly discriminator: { readonly mapping: Readonly<Record<string, string>> };
}

const DEFINITIONS = '#/definitions/';
const RESOURCE_LIST = `${DEFINITIONS}ResourceList`;

export function cutAcceptedR4Schema(full: FullR4Schema): AcceptedR4Schema {
  const resourceTypes = Object.keys(full.discriminator.mapping);
  const definitions: Record<string, unknown> = {};
  const pending: string[] = [...ACCEPTED_RESOURCE_TYPES];
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      // A property named `description` is an object (its schema); the annotation is a string.
      if (key === 'description' && typeof value === 'string') continue;
      if (key === '$ref' && value === RESOURCE_LIST) {
        Object.assign(copy, {
          type: 'object',
          required: ['resourceType'],
          properties: { resourceType: { enum: resourceTypes } },
        });
      } else if (key === '$ref' && typeof value === 'string') {
        copy.$ref = value;
        pending.push(value.slice(DEFINITIONS.length));
      } else {
        copy[key] = visit(value);
      }
    }
    return copy;
  };
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (name in definitions || !(name in full.definitions)) continue;
    definitions[name] = visit(full.definitions[name]);
  }
  const sorted = Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b)));
  return { resourceTypes, definitions: sorted };
}

/**
 * API Gateway validates request bodies against models written in JSON Schema draft 4; the routes'
 * schemas are the draft 7 that ajv reads in the function. This rewrites one into the other.
 *
 * The gateway is a first, cheaper screen: the function validates every request again with the full
 * schema. So where draft 4 can say the same thing, a keyword is translated (`const` → `enum`, numeric
 * `exclusiveMinimum` → `minimum` with `exclusiveMinimum: true`, boolean schemas); where it cannot, the
 * keyword is dropped. The model may then accept a body the function refuses, but never refuses one the
 * function accepts.
 */
export type Draft04Schema = { readonly [keyword: string]: unknown };

export const DRAFT_04 = 'http://json-schema.org/draft-04/schema#';

/** Keywords that mean the same in draft 4 and draft 7. */
const UNCHANGED = new Set([
  'type',
  'enum',
  'multipleOf',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxProperties',
  'minProperties',
  'title',
  'description',
  'default',
]);

/**
 * Keywords that decide nothing: annotations, and definitions that only `$ref` reaches (`$ref` itself
 * is dropped, as a model can only refer to other models).
 */
const NOT_VALIDATING = new Set([
  '$schema',
  '$id',
  '$comment',
  'examples',
  'example',
  'readOnly',
  'writeOnly',
  'deprecated',
  'contentMediaType',
  'contentEncoding',
  'definitions',
  '$defs',
]);

/** The formats draft 4 defines; API Gateway's validator may read others differently from ajv-formats. */
const DRAFT_04_FORMATS = new Set(['date-time', 'email', 'hostname', 'ipv4', 'ipv6', 'uri']);

/** The draft 4 model of a route's body schema. */
export function toDraft04Model(schema: unknown): Draft04Schema {
  return { $schema: DRAFT_04, ...convert(schema).schema };
}

/** A converted schema, and whether it admits exactly what the original admits (or possibly more). */
interface Conversion {
  readonly schema: Draft04Schema;
  readonly exact: boolean;
}

type Bound =
  | { inclusive: 'minimum'; exclusive: 'exclusiveMinimum' }
  | { inclusive: 'maximum'; exclusive: 'exclusiveMaximum' };
const LOWER: Bound = { inclusive: 'minimum', exclusive: 'exclusiveMinimum' };
const UPPER: Bound = { inclusive: 'maximum', exclusive: 'exclusiveMaximum' };

function convert(schema: unknown): Conversion {
  if (schema === true) return { schema: {}, exact: true };
  if (schema === false) return { schema: { not: {} }, exact: true };
  if (!isObject(schema)) throw new TypeError(`not a JSON Schema: ${JSON.stringify(schema)}`);

  const out: Record<string, unknown> = {};
  let exact = true;
  const sub = (value: unknown): Draft04Schema => {
    const converted = convert(value);
    exact &&= converted.exact;
    return converted.schema;
  };

  for (const [keyword, value] of Object.entries(schema)) {
    if (UNCHANGED.has(keyword)) {
      out[keyword] = value;
      continue;
    }
    if (NOT_VALIDATING.has(keyword)) continue;
    switch (keyword) {
      case 'format':
        if (DRAFT_04_FORMATS.has(value as string)) out.format = value;
        else exact = false;
        break;
      case 'required':
        // Draft 4 requires at least one name.
        if (Array.isArray(value) && value.length > 0) out.required = value;
        break;
      case 'properties':
      case 'patternProperties':
        out[keyword] = mapValues(value, sub);
        break;
      case 'additionalProperties':
      case 'additionalItems':
        out[keyword] = typeof value === 'boolean' ? value : sub(value);
        break;
      case 'items':
        out.items = Array.isArray(value) ? value.map(sub) : sub(value);
        break;
      case 'dependencies':
        out.dependencies = Object.fromEntries(
          Object.entries(value as Record<string, unknown>)
            .filter(([, dependency]) => !Array.isArray(dependency) || dependency.length > 0)
            .map(([name, dependency]) => [name, Array.isArray(dependency) ? dependency : sub(dependency)]),
        );
        break;
      case 'allOf':
      case 'anyOf':
        out[keyword] = (value as unknown[]).map(sub);
        break;
      // `oneOf` counts matching branches and `not` inverts: a looser branch would make either stricter,
      // so they are kept only when converted exactly.
      case 'oneOf': {
        const branches = (value as unknown[]).map(convert);
        if (branches.every((branch) => branch.exact)) out.oneOf = branches.map((branch) => branch.schema);
        else exact = false;
        break;
      }
      case 'not': {
        const negated = convert(value);
        if (negated.exact) out.not = negated.schema;
        else exact = false;
        break;
      }
      case 'const':
        if ('enum' in schema) exact = false;
        else out.enum = [value];
        break;
      case 'minimum':
      case 'exclusiveMinimum':
      case 'maximum':
      case 'exclusiveMaximum':
        // Both bounds of a side are settled together below.
        break;
      default:
        // Nothing in draft 4 says it (`if`, `contains`, `propertyNames`, `$ref`, …): admit more.
        exact = false;
    }
  }
  Object.assign(out, toDraft04Bound(schema, LOWER), toDraft04Bound(schema, UPPER));
  return { schema: out, exact };
}

/**
 * Draft 7 bounds are two independent numbers; draft 4 has one number and a flag saying whether it is
 * exclusive. Both draft 7 bounds apply, so the stricter one is kept.
 */
function toDraft04Bound(schema: Readonly<Record<string, unknown>>, bound: Bound): Record<string, unknown> {
  const inclusive = schema[bound.inclusive] as number | undefined;
  const exclusive = schema[bound.exclusive];
  if (typeof exclusive !== 'number') return inclusive === undefined ? {} : { [bound.inclusive]: inclusive };
  const inclusiveIsStricter =
    inclusive !== undefined && (bound === LOWER ? inclusive > exclusive : inclusive < exclusive);
  return inclusiveIsStricter
    ? { [bound.inclusive]: inclusive }
    : { [bound.inclusive]: exclusive, [bound.exclusive]: true };
}

function mapValues(value: unknown, convertOne: (schema: unknown) => Draft04Schema): Record<string, Draft04Schema> {
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, convertOne(v)]));
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

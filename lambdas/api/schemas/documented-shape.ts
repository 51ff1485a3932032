import type { JSONSchema } from 'json-schema-to-ts';

/**
 * A JSON Schema as OpenAPI 3.0 can hold it, for documenting a response: a list of types becomes `anyOf`, `const`
 * becomes a one-value `enum`, and `$id` (the document holds the schema more than once) and `propertyNames` (3.0
 * has none) are left out. Requests are still checked against the full schema by the domain's validators.
 */
export function documentedShapeOf(schema: unknown): JSONSchema {
  return shape(schema) as JSONSchema;
}

function shape(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(shape);
  if (typeof schema !== 'object' || schema === null) return schema;
  const { $id: _id, propertyNames: _names, type, ...rest } = schema as Record<string, unknown>;
  const shaped = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => (key === 'const' ? ['enum', [value]] : [key, shape(value)])),
  );
  if (Array.isArray(type)) return { ...shaped, anyOf: type.map((one) => ({ type: one })) };
  return type === undefined ? shaped : { type, ...shaped };
}

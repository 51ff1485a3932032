import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { createAjv } from '../../lambdas/domain/validation/ajv';
import { DRAFT_04, toDraft04Model } from '../../lib/api-model-schema';

/** The function's reading of a route schema (draft 7, with the factory's option set, as the dispatcher compiles it). */
const draft07 = createAjv();
/** API Gateway's reading of a model: draft 4; strict, so a keyword draft 4 lacks fails the compile. */
const draft04 = addFormats(new Ajv04({ strict: true, allErrors: true }));

const acceptedByRoute = (schema: object, value: unknown) => draft07.validate(schema, value) as boolean;
const acceptedByModel = (schema: object, value: unknown) => draft04.validate(toDraft04Model(schema), value) as boolean;

describe('toDraft04Model', () => {
  it('keeps a schema draft 4 already understands, and declares draft 4', () => {
    const schema = {
      type: 'object',
      required: ['channel'],
      additionalProperties: false,
      properties: {
        channel: { type: 'string', enum: ['email', 'sms'] },
        at: { type: 'string', format: 'date-time' },
        tags: { type: 'array', items: { type: 'string', maxLength: 40 }, maxItems: 10, uniqueItems: true },
      },
    };
    expect(toDraft04Model(schema)).toEqual({ $schema: DRAFT_04, ...schema });
  });

  it('turns const into a one-value enum', () => {
    expect(toDraft04Model({ const: 'granted' })).toEqual({ $schema: DRAFT_04, enum: ['granted'] });
  });

  it('writes numeric exclusive bounds the draft 4 way', () => {
    expect(toDraft04Model({ type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 })).toEqual({
      $schema: DRAFT_04,
      type: 'number',
      minimum: 0,
      exclusiveMinimum: true,
      maximum: 1,
      exclusiveMaximum: true,
    });
  });

  it('admits exactly the numbers the two draft 7 bounds of a side admit together', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 }), fc.integer(), (a, b, x) => {
        const lower = { type: 'integer', minimum: a, exclusiveMinimum: b };
        const upper = { type: 'integer', maximum: a, exclusiveMaximum: b };
        const value = x % 8;
        expect(acceptedByModel(lower, value)).toBe(acceptedByRoute(lower, value));
        expect(acceptedByModel(upper, value)).toBe(acceptedByRoute(upper, value));
      }),
    );
  });

  it('turns boolean schemas into their draft 4 equivalents', () => {
    expect(toDraft04Model({ properties: { anything: true, nothing: false } })).toEqual({
      $schema: DRAFT_04,
      properties: { anything: {}, nothing: { not: {} } },
    });
  });

  it('drops annotations and an empty required list, which draft 4 refuses', () => {
    const model = toDraft04Model({
      $id: 'https://example.org/consent',
      $comment: 'why',
      type: 'object',
      required: [],
      properties: { note: { type: 'string', examples: ['x'], example: 'x', readOnly: true } },
    });
    expect(model).toEqual({ $schema: DRAFT_04, type: 'object', properties: { note: { type: 'string' } } });
  });

  it('keeps properties whose names are keywords', () => {
    const schema = { type: 'object', properties: { const: { type: 'string' }, examples: { type: 'integer' } } };
    expect(toDraft04Model(schema)).toEqual({ $schema: DRAFT_04, ...schema });
  });

  it.each([
    ['a format draft 4 does not define', { type: 'string', format: 'uuid' }, 'not-a-uuid'],
    ['contains', { type: 'array', contains: { type: 'integer' } }, ['a']],
    ['property names', { type: 'object', propertyNames: { pattern: '^[a-z]+$' } }, { A: 1 }],
    ['a reference', { $ref: '#/definitions/name', definitions: { name: { type: 'string' } } }, 42],
  ])('drops %s, so the model admits more than the route but refuses nothing it accepts', (_, schema, extra) => {
    expect(acceptedByRoute(schema, extra)).toBe(false);
    expect(acceptedByModel(schema, extra)).toBe(true);
  });

  it('drops a not whose schema lost a keyword, which would otherwise refuse what the route accepts', () => {
    const schema = { type: 'object', not: { propertyNames: { pattern: '^a' } } };
    expect(acceptedByRoute(schema, { b: 1 })).toBe(true);
    expect(acceptedByModel(schema, { b: 1 })).toBe(true);
    expect(toDraft04Model(schema)).toEqual({ $schema: DRAFT_04, type: 'object' });
  });

  it('drops a oneOf whose branches lost a keyword, which could otherwise match twice', () => {
    const schema = {
      oneOf: [
        { type: 'string', format: 'uuid' },
        { type: 'string', maxLength: 3 },
      ],
    };
    expect(acceptedByRoute(schema, 'abc')).toBe(true);
    expect(acceptedByModel(schema, 'abc')).toBe(true);
  });

  it('keeps not and oneOf when their schemas convert exactly', () => {
    const schema = { oneOf: [{ const: 'a' }, { type: 'integer' }], not: { const: 3 } };
    expect(toDraft04Model(schema)).toEqual({
      $schema: DRAFT_04,
      oneOf: [{ enum: ['a'] }, { type: 'integer' }],
      not: { enum: [3] },
    });
  });
});

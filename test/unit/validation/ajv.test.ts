import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AJV_OPTIONS, createAjv } from '../../../lambdas/domain/validation/ajv';

const root = join(__dirname, '../../..');
const factory = 'lambdas/domain/validation/ajv.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the Ajv factory', () => {
  it('is the only place in lambdas/ that constructs Ajv', () => {
    const offenders = sourceFiles(join(root, 'lambdas'))
      .map((path) => relative(root, path))
      .filter((path) => path !== factory)
      .filter((path) => /new\s+Ajv\w*\s*\(/.test(readFileSync(join(root, path), 'utf8')));

    expect(offenders).toEqual([]);
  });

  it('reports every problem at once', () => {
    const validate = createAjv().compile({
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'string' } },
    });

    validate({ a: 1, b: 2 });

    expect(validate.errors?.map((error) => error.instancePath)).toEqual(['/a', '/b']);
  });

  it('rejects a schema with an unknown keyword', () => {
    expect(() => createAjv().compile({ type: 'string', minLenght: 1 })).toThrow(/unknown keyword/);
  });

  it('checks formats', () => {
    expect(createAjv().validate({ type: 'string', format: 'date-time' }, 'yesterday')).toBe(false);
  });

  it('leaves the data untouched unless the caller asks for defaults', () => {
    const schema = { type: 'object', properties: { limit: { type: 'integer', default: 50 } } };
    const plain: Record<string, unknown> = {};
    const filled: Record<string, unknown> = {};

    createAjv().validate(schema, plain);
    createAjv({ applyDefaults: true }).validate(schema, filled);

    expect({ plain, filled }).toEqual({ plain: {}, filled: { limit: 50 } });
  });

  it('documents one option set', () => {
    expect(AJV_OPTIONS).toEqual({
      allErrors: true,
      strict: true,
      strictRequired: false,
      allowUnionTypes: true,
      discriminator: true,
    });
  });
});

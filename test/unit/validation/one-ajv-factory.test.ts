import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT as ROOT, typescriptFiles, withoutComments } from '../../support/source-files';

const FACTORY = 'lambdas/domain/validation/ajv.ts';
const THIS_TEST = 'test/unit/validation/one-ajv-factory.test.ts';
const FOLDERS = ['lambdas', 'local', 'lib', 'bin', 'bench', 'scripts', 'catalog', 'test'];

/** Instances of Ajv's draft-07 class (`new Ajv(`); the draft-04 one the API Gateway model tests use is another class. */
function ajvInstances(source: string): string[] {
  return withoutComments(source).match(/new Ajv\s*\(/g) ?? [];
}

describe('the one Ajv factory', () => {
  it('finds an instance, and not one named in a comment', () => {
    expect(ajvInstances('const a = new Ajv({ strict: true });')).toEqual(['new Ajv(']);
    expect(ajvInstances('// new Ajv() in a comment\n/** new Ajv() */\nconst b = new Ajv04();')).toEqual([]);
  });

  it('is the only place that creates an Ajv instance, so every schema is compiled with one option set', () => {
    const offenders = FOLDERS.flatMap((folder) => typescriptFiles(join(ROOT, folder)))
      .map((path) => relative(ROOT, path))
      .filter((path) => path !== FACTORY && path !== THIS_TEST && !path.includes('/generated/'))
      .filter((path) => ajvInstances(readFileSync(join(ROOT, path), 'utf8')).length > 0);

    expect(offenders).toEqual([]);
  });
});

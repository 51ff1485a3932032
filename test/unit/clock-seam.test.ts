import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT as ROOT, typescriptFiles, withoutComments } from '../support/source-files';

const SEAM = 'lambdas/adapters/runtime-clock.ts';

/** Reads of the system time: `new Date()` with no argument, and `Date.now()`. */
function systemTimeReads(source: string): string[] {
  return withoutComments(source).match(/new Date\(\s*\)|Date\.now\(\s*\)/g) ?? [];
}

describe('the clock seam', () => {
  it('finds reads of the system time, and not dates built from a value', () => {
    expect(systemTimeReads('const a = new Date(); const b = Date.now();')).toEqual(['new Date()', 'Date.now()']);
    expect(
      systemTimeReads("const c = new Date('2026-01-01');\n  // Date.now() in a comment\n/** new Date() */"),
    ).toEqual([]);
  });

  it('is the only place in lambdas/ that reads the system time, so the virtual clock reaches everything', () => {
    const offenders = typescriptFiles(join(ROOT, 'lambdas'))
      .map((path) => relative(ROOT, path))
      .filter((path) => path !== SEAM)
      .filter((path) => systemTimeReads(readFileSync(join(ROOT, path), 'utf8')).length > 0);

    expect(offenders).toEqual([]);
  });

  it('reaches the domain as the Clock port only, never as a now() function in a dependency bag', () => {
    const offenders = typescriptFiles(join(ROOT, 'lambdas'))
      .map((path) => relative(ROOT, path))
      .filter((path) => /\bnow\??:\s*\(\)\s*=>\s*Date\b/.test(withoutComments(readFileSync(join(ROOT, path), 'utf8'))));

    expect(offenders).toEqual([]);
  });
});

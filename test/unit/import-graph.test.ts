import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules/.bin/depcruise');

interface Violation {
  readonly rule: { readonly name: string };
  readonly from: string;
  readonly to: string;
}

/** Runs the layer rules of `.dependency-cruiser.cjs` over `folders` of `cwd` and returns the violations. */
function cruise(cwd: string, folders: readonly string[]): Violation[] {
  const run = spawnSync(DEPCRUISE, ['--config', CONFIG, '--output-type', 'json', ...folders], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (!run.stdout) throw new Error(`depcruise failed: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

describe('the import graph', () => {
  it('has no cycle and no arrow the layout forbids', () => {
    const violations = cruise(ROOT, [
      'lambdas',
      'catalog',
      'lib',
      'bin',
      'local',
      'bench',
      'scripts',
      'test',
      'console/src',
    ]);

    expect(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  });

  describe('fails on a deliberate violation', () => {
    let tree: string;
    beforeAll(() => {
      tree = mkdtempSync(join(tmpdir(), 'import-graph-'));
      writeTree(tree, {
        'lambdas/domain/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
        'lambdas/domain/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
        'lambdas/domain/uses-adapter.ts': "import { store } from '../adapters/store';\nexport const x = store;\n",
        'lambdas/domain/uses-catalog.ts':
          "import { segments } from '../../catalog/segments';\nexport const y = segments;\n",
        'lambdas/adapters/store.ts': "import { route } from '../api/route';\nexport const store = route;\n",
        'lambdas/api/route.ts': 'export const route = 1;\n',
        'catalog/segments.ts': 'export const segments = [];\n',
      });
    });
    afterAll(() => rmSync(tree, { recursive: true, force: true }));

    it('names each cycle, and each forbidden arrow with its rule', () => {
      const found = cruise(tree, ['lambdas', 'catalog']).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);

      expect(found).toEqual(
        expect.arrayContaining([
          'no-cycle: lambdas/domain/a.ts → lambdas/domain/b.ts',
          'domain-is-pure: lambdas/domain/uses-adapter.ts → lambdas/adapters/store.ts',
          'domain-is-pure: lambdas/domain/uses-catalog.ts → catalog/segments.ts',
          'adapters-import-domain-only: lambdas/adapters/store.ts → lambdas/api/route.ts',
        ]),
      );
    });
  });
});

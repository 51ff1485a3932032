import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

type Engine = typeof import('../lambdas/domain/segments/compile-segment');

/**
 * The segment engine as Lambda runs it: bundled by esbuild, as CDK's NodejsFunction bundles every handler.
 * Loaded through tsx instead, each call between modules goes through an export getter, which costs the
 * hot loop about a third of its speed and says nothing about the deployed code.
 */
export function loadBundledEngine(): Engine {
  const outfile = join(tmpdir(), `outreach-segment-engine-${process.pid}.cjs`);
  buildSync({
    entryPoints: [join(__dirname, '..', 'lambdas', 'domain', 'segments', 'compile-segment.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  try {
    return require(outfile) as Engine;
  } finally {
    rmSync(outfile, { force: true });
  }
}

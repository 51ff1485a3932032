import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { EnvName } from '../lambdas/config/env-names';
import { FUNCTION_CATALOG } from '../lambdas/function-catalog';

export interface BundleFigure {
  readonly id: string;
  readonly bytes: number;
  readonly loadMs: number;
}

const root = join(__dirname, '..');

/** Plausible values for every variable a function may read at module load; none is a real resource. */
function functionEnvironment(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of Object.values(EnvName) as string[]) values[name] = `bench-${name.toLowerCase()}`;
  return {
    ...values,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    STAGE: 'bench',
    AUDIT_RETENTION_DAYS: '2555',
    DEAD_LETTER_RETENTION_DAYS: '14',
    MAX_RESOURCE_BYTES: '262144',
    CORS_ALLOWED_ORIGINS: 'https://console.example.org',
    LINK_BASE_URL: 'https://links.example.org',
    JOURNEY_FUNCTIONS: '{}',
  };
}

/**
 * Bundles each catalog function as `OutreachFunction` does (esbuild, minified, CJS, node22, the AWS SDK
 * bundled, no source map since it is a separate file), then loads it in a fresh node with the function's
 * environment and times `require` — the module-load share of a cold start.
 */
export function benchBundles(): BundleFigure[] {
  const folder = mkdtempSync(join(tmpdir(), 'outreach-bundles-'));
  const env = { ...process.env, ...functionEnvironment() };
  try {
    return Object.values(FUNCTION_CATALOG).map((spec) => {
      const outfile = join(folder, `${spec.id}.cjs`);
      buildSync({
        entryPoints: [join(root, spec.entry)],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node22',
        minify: true,
        tsconfig: join(root, 'tsconfig.json'),
        outfile,
        logLevel: 'error',
      });
      const probe = `const t=process.hrtime.bigint();require(${JSON.stringify(outfile)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`;
      const samples = [0, 1, 2].map(() => Number(execFileSync(process.execPath, ['-e', probe], { env }).toString()));
      return { id: spec.id, bytes: statSync(outfile).size, loadMs: Math.min(...samples) };
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export function describeBundles(figures: readonly BundleFigure[]): string[] {
  const sorted = [...figures].sort((a, b) => a.bytes - b.bytes);
  const median = sorted[Math.floor(sorted.length / 2)];
  const over = figures.filter((figure) => figure.bytes > 1_000_000 || figure.loadMs > 150);
  return [
    'bundles (minified as deployed; load = best of 3 fresh `require`s):',
    ...figures.map(
      (figure) =>
        `  ${figure.id.padEnd(34)} ${(figure.bytes / 1024).toFixed(0).padStart(6)} KB ${figure.loadMs.toFixed(0).padStart(5)} ms`,
    ),
    `  ${figures.length} functions, median ${((median?.bytes ?? 0) / 1024).toFixed(0)} KB; over 1 MB or 150 ms: ${over.length}`,
  ];
}

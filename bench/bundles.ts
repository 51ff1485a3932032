import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  lambdaRuntimeEnvironment,
  readSynthesisedFunctions,
  type SynthesisedFunction,
} from './bundles/synthesised-functions';

export interface BundleFigure {
  readonly id: string;
  readonly bytes: number;
  /** Median time of `require(index.js)` in a fresh node, the module-load share of a cold start. */
  readonly loadMs: number;
}

/** The targets of issue 12, item 8. */
export const BUNDLE_LIMITS = { bytes: 1_000_000, loadMs: 150 } as const;

const root = join(__dirname, '..');
const LOAD_RUNS = 5;

/**
 * The cloud assembly to measure: BENCH_CDK_OUT names one already synthesised; otherwise `cdk synth` writes a
 * fresh one, bundling every function exactly as a deployment does (NodejsFunction, esbuild, minified).
 */
function synthesise(): { assembly: string; dispose: () => void } {
  const given = process.env.BENCH_CDK_OUT;
  if (given) return { assembly: given, dispose: () => {} };
  const assembly = mkdtempSync(join(tmpdir(), 'outreach-cdk-out-'));
  execFileSync('npx', ['cdk', 'synth', '--quiet', '--output', assembly], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { assembly, dispose: () => rmSync(assembly, { recursive: true, force: true }) };
}

/** One fresh node with only the function's environment (and PATH), as the runtime would start it. */
function timeLoad(fn: SynthesisedFunction): number {
  const env = { PATH: process.env.PATH ?? '', ...lambdaRuntimeEnvironment(fn), ...fn.environment };
  const probe = `const t=performance.now();require(${JSON.stringify(fn.bundle)});process.stdout.write(String(performance.now()-t))`;
  try {
    return Number(execFileSync(process.execPath, ['-e', probe], { env, stdio: ['ignore', 'pipe', 'pipe'] }).toString());
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`${fn.id} failed to load with its environment:\n${stderr.slice(0, 2_000)}`, { cause: error });
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function benchBundles(): BundleFigure[] {
  const { assembly, dispose } = synthesise();
  try {
    const functions = readSynthesisedFunctions(assembly);
    if (functions.length === 0) throw new Error(`no bundled functions in ${assembly}`);
    return functions.map((fn) => ({
      id: fn.id,
      bytes: statSync(fn.bundle).size,
      loadMs: median(Array.from({ length: LOAD_RUNS }, () => timeLoad(fn))),
    }));
  } finally {
    dispose();
  }
}

export function describeBundles(figures: readonly BundleFigure[]): string[] {
  const over = figures.filter((figure) => figure.bytes > BUNDLE_LIMITS.bytes || figure.loadMs > BUNDLE_LIMITS.loadMs);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0).padStart(6)} KB`;
  return [
    `bundles (as synthesised: minified index.js; load = median of ${LOAD_RUNS} fresh requires with the function's environment):`,
    ...figures.map(
      (figure) =>
        `  ${figure.id.padEnd(28)} ${kb(figure.bytes)} ${figure.loadMs.toFixed(0).padStart(5)} ms${over.includes(figure) ? '  over' : ''}`,
    ),
    `  ${figures.length} functions; size min ${kb(Math.min(...figures.map((f) => f.bytes))).trim()}, median ${kb(median(figures.map((f) => f.bytes))).trim()}, max ${kb(Math.max(...figures.map((f) => f.bytes))).trim()}; load median ${median(figures.map((f) => f.loadMs)).toFixed(0)} ms, max ${Math.max(...figures.map((f) => f.loadMs)).toFixed(0)} ms`,
    `  over ${BUNDLE_LIMITS.bytes / 1_000_000} MB or ${BUNDLE_LIMITS.loadMs} ms: ${over.length === 0 ? 'none' : over.map((f) => f.id).join(', ')}`,
  ];
}

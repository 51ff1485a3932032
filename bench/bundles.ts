import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  lambdaRuntimeEnvironment,
  readSynthesisedFunctions,
  type SynthesisedFunction,
} from './bundles/synthesised-functions';

export interface BundleFigure {
  readonly id: string;
  /** The function's own `index.js`, what its deployment package adds to the runtime. */
  readonly bytes: number;
  /**
   * Median time of `require(index.js)` in a fresh node, the module-load share of a cold start: the SDK
   * modules the bundle requires from the runtime load inside it too.
   */
  readonly loadMs: number;
  /** The runtime's SDK files that loading the bundle read (not part of the bundle, but paid for at load). */
  readonly runtimeSdkBytes: number;
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

/** The packages the nodejs22.x runtime provides in /var/runtime/node_modules, which bundles leave out. */
const RUNTIME_PACKAGE_SCOPES = ['@aws-sdk', '@smithy'] as const;

/**
 * The stand-in for the runtime's /var/runtime/node_modules: the project's installed SDK scopes and nothing
 * else, so a bundle that left out any other package fails to load here as it would on Lambda. The links
 * resolve to the project's node_modules, where the SDK's own dependencies (tslib, fast-xml-parser…) are.
 */
function runtimeNodeModules(): { path: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'outreach-runtime-'));
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const scope of RUNTIME_PACKAGE_SCOPES)
    symlinkSync(join(root, 'node_modules', scope), join(modules, scope), 'dir');
  return { path: modules, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

interface LoadSample {
  readonly ms: number;
  readonly runtimeSdkBytes: number;
}

/**
 * One fresh node with only the function's environment (and PATH), as the runtime would start it: NODE_PATH
 * names the runtime's modules, as Lambda's does. The probe times the require and adds up the files it read
 * besides the bundle.
 */
function timeLoad(fn: SynthesisedFunction, runtimeModules: string): LoadSample {
  const env = {
    PATH: process.env.PATH ?? '',
    ...lambdaRuntimeEnvironment(fn),
    NODE_PATH: runtimeModules,
    ...fn.environment,
  };
  const probe = [
    `const t=performance.now();require(${JSON.stringify(fn.bundle)});const ms=performance.now()-t;`,
    `const fs=require('fs');let bytes=0;for(const f of Object.keys(require.cache))if(f!==${JSON.stringify(fn.bundle)})bytes+=fs.statSync(f).size;`,
    'process.stdout.write(JSON.stringify({ms,runtimeSdkBytes:bytes}))',
  ].join('');
  try {
    return JSON.parse(
      execFileSync(process.execPath, ['-e', probe], { env, stdio: ['ignore', 'pipe', 'pipe'] }).toString(),
    );
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
  const runtime = runtimeNodeModules();
  try {
    const functions = readSynthesisedFunctions(assembly);
    if (functions.length === 0) throw new Error(`no bundled functions in ${assembly}`);
    return functions.map((fn) => {
      const samples = Array.from({ length: LOAD_RUNS }, () => timeLoad(fn, runtime.path));
      return {
        id: fn.id,
        bytes: statSync(fn.bundle).size,
        loadMs: median(samples.map((sample) => sample.ms)),
        runtimeSdkBytes: samples[0]?.runtimeSdkBytes ?? 0,
      };
    });
  } finally {
    runtime.dispose();
    dispose();
  }
}

export function describeBundles(figures: readonly BundleFigure[]): string[] {
  const over = figures.filter((figure) => figure.bytes > BUNDLE_LIMITS.bytes || figure.loadMs > BUNDLE_LIMITS.loadMs);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0).padStart(6)} KB`;
  return [
    `bundles (as synthesised: minified index.js; load = median of ${LOAD_RUNS} fresh requires with the function's environment,`,
    "  the AWS SDK required from the runtime's modules (here the installed SDK) and timed with it; sdk = its files read):",
    ...figures.map(
      (figure) =>
        `  ${figure.id.padEnd(28)} ${kb(figure.bytes)} ${figure.loadMs.toFixed(0).padStart(5)} ms  sdk ${kb(figure.runtimeSdkBytes).trim()}${over.includes(figure) ? '  over' : ''}`,
    ),
    `  ${figures.length} functions; size min ${kb(Math.min(...figures.map((f) => f.bytes))).trim()}, median ${kb(median(figures.map((f) => f.bytes))).trim()}, max ${kb(Math.max(...figures.map((f) => f.bytes))).trim()}; load median ${median(figures.map((f) => f.loadMs)).toFixed(0)} ms, max ${Math.max(...figures.map((f) => f.loadMs)).toFixed(0)} ms`,
    `  over ${BUNDLE_LIMITS.bytes / 1_000_000} MB or ${BUNDLE_LIMITS.loadMs} ms: ${over.length === 0 ? 'none' : over.map((f) => f.id).join(', ')}`,
  ];
}

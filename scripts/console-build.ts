import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
const CONSOLE = join(ROOT, 'console');
/** The built console: served by the local API server, uploaded to the console bucket by CDK. */
export const CONSOLE_DIST = join(CONSOLE, 'dist');
const STAMP = join(CONSOLE_DIST, '.source-hash');

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A hash of what the console is built from: its sources, pages, build config and the locked dependencies. */
export function consoleSourceHash(): string {
  const hash = createHash('sha256');
  const inputs = [
    ...filesUnder(join(CONSOLE, 'src')),
    ...['index.html', 'api-docs.html', 'vite.config.mts'].map((f) => join(CONSOLE, f)),
    join(ROOT, 'package-lock.json'),
  ].sort();
  for (const path of inputs) hash.update(relative(ROOT, path)).update(readFileSync(path));
  return hash.digest('hex');
}

/**
 * Builds the console with Vite unless `console/dist` was built from these very sources: `npm start`, the
 * browser tests and `cdk synth` (the console's hosting uploads it) call it, so a fresh clone needs no extra step and an unchanged console costs nothing.
 */
export function ensureConsoleBuilt(log: (line: string) => void = () => undefined): 'built' | 'current' {
  const hash = consoleSourceHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash && existsSync(join(CONSOLE_DIST, 'index.html')))
    return 'current';
  log('Building the staff console (Vite)…');
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(CONSOLE, 'vite.config.mts')],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
  );
  writeFileSync(STAMP, hash);
  return 'built';
}

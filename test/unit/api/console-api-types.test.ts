import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
/** scripts/console-api-types.ts (not imported: openapi-typescript loads ES modules jest cannot). */
const CONSOLE_API_TYPES_FILE = 'console/src/api/openapi.generated.ts';

describe("the console's API types", () => {
  it('are generated from the route table as it is now (run `npm run schemas` after changing a route)', () => {
    // openapi-typescript loads ES modules jest cannot: generate in a plain node process.
    const generated = spawnSync(
      process.execPath,
      [
        '--require',
        'tsx/cjs',
        '-e',
        "require('./scripts/console-api-types').consoleApiTypes().then((s) => process.stdout.write(s))",
      ],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const written = readFileSync(join(ROOT, CONSOLE_API_TYPES_FILE), 'utf8');

    expect(generated.stderr).toBe('');
    expect(generated.stdout.length).toBeGreaterThan(100_000);
    expect(generated.stdout === written).toBe(true);
  });
});

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

it('runs the CLI from its bin entry, as `npx outreach` does', () => {
  const bin = join(__dirname, '..', '..', '..', 'local', 'cli', 'outreach.js');

  const run = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8', timeout: 60_000 });

  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^Usage: outreach /);
  expect(run.stdout).toMatch(/\btoken\b/);
});

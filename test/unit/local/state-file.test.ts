import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeRunningState } from '../../../local/state-file';

/** The running stack's state file is owner-only, however it was left by an earlier start. */
const STATE = {
  pid: 4242,
  endpoints: { dynamodb: 'http://127.0.0.1:8000' },
  tables: {},
  messaging: {},
  upstreamEventSource: 'ehr.example',
} as unknown as Parameters<typeof writeRunningState>[0];

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'state-file-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

it.each([
  ['a new file', false],
  ['a file an earlier start left readable by all', true],
])('writes %s with mode 0600', (_, existing) => {
  const file = join(folder, 'local-stack.json');
  if (existing) writeFileSync(file, '{}\n', { mode: 0o644 });

  writeRunningState(STATE, file);

  expect(statSync(file).mode & 0o777).toBe(0o600);
});

import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LocalEndpoints, LocalMessaging, LocalTables } from './local-environment';

/** What `npm start` leaves for the CLI: where the running local stack answers. */
export interface RunningStackState {
  readonly pid: number;
  readonly endpoints: LocalEndpoints & { readonly api?: string };
  readonly tables: LocalTables;
  readonly messaging: LocalMessaging;
  readonly upstreamEventSource: string;
}

export const DATA_DIR = join(__dirname, '..', '.data');
const STATE_FILE = join(DATA_DIR, 'local-stack.json');
/** The key patient links are signed with locally: links in the outbox keep working across restarts. */
export const LOCAL_LINK_KEY = join(DATA_DIR, 'local-link-key.txt');
/** The local letters "bucket": the day's letters and print manifests. */
export const LOCAL_LETTERS_DIR = join(DATA_DIR, 'letters');
/** The local user pool's signing key, shared by `npm start` and `npx outreach token`. */
export const LOCAL_USER_POOL_KEY = join(DATA_DIR, 'local-user-pool.pem');

/** Owner-only (0600), like the keys beside it: it names the endpoints of a stack holding patient data. */
export function writeRunningState(state: RunningStackState, file: string = STATE_FILE): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  // The mode above applies to a new file only: one a previous version wrote keeps its mode without this.
  chmodSync(file, 0o600);
}

export function clearRunningState(): void {
  rmSync(STATE_FILE, { force: true });
}

export function readRunningState(): RunningStackState {
  if (!existsSync(STATE_FILE)) {
    throw new Error('no local stack is running: start it with `npm start` in another terminal');
  }
  const state = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as RunningStackState;
  try {
    process.kill(state.pid, 0);
  } catch {
    throw new Error(
      `the local stack that wrote ${STATE_FILE} (pid ${state.pid}) is not running: start it with \`npm start\``,
    );
  }
  return state;
}

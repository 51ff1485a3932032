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

/** Where `npm start` keeps what survives a restart, under one data folder. */
export interface DataPaths {
  readonly root: string;
  /** DynamoDB Local's files. */
  readonly dynamodb: string;
  /** The local import bucket. */
  readonly imports: string;
  /** The key patient links are signed with locally: links in the outbox keep working across restarts. */
  readonly linkKey: string;
  /** The secret address keys are an HMAC under: suppressions and opt-outs keep matching across restarts. */
  readonly addressKeySecret: string;
  /** The local letters "bucket": the day's letters and print manifests. */
  readonly letters: string;
  /** The local user pool's signing key, shared by `npm start` and `npx outreach token`. */
  readonly userPoolKey: string;
  /** The journey executions the local Step Functions was running when the stack stopped. */
  readonly executions: string;
  /** Written once the demo population is imported: a restart does not import it again. */
  readonly demoPopulationMarker: string;
}

export function dataPaths(root: string): DataPaths {
  return {
    root,
    dynamodb: join(root, 'dynamodb'),
    imports: join(root, 'imports'),
    linkKey: join(root, 'local-link-key.txt'),
    addressKeySecret: join(root, 'local-address-key-secret.txt'),
    letters: join(root, 'letters'),
    userPoolKey: join(root, 'local-user-pool.pem'),
    executions: join(root, 'journey-executions.json'),
    demoPopulationMarker: join(root, 'demo-population.loaded'),
  };
}

export const LOCAL_USER_POOL_KEY = dataPaths(DATA_DIR).userPoolKey;

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

import { createHash } from 'node:crypto';

/** Step Functions' limit on an execution name, and the characters this module keeps to. */
export const MAX_EXECUTION_NAME_LENGTH = 80;
const HASH_LENGTH = 32;

export interface ExecutionNameParts {
  readonly journeyId: string;
  readonly journeyVersion: number;
  readonly patientId: string;
  readonly entryKey?: string;
  /** The run number for this patient (and key); the first run leaves it out. */
  readonly run?: number;
}

/**
 * The execution name of one run: `<journeyId>-v<version>-<hash>`. The prefix is for people reading the
 * console; the hash of every part makes the name unique to the run and the same on every retry, so a duplicate
 * start is a no-op. Journey ids are `[a-z0-9-]` of at most 40 characters, which leaves room for the hash.
 */
export function executionNameOf(parts: ExecutionNameParts): string {
  const prefix = `${parts.journeyId}-v${parts.journeyVersion}-`;
  const identity = [parts.journeyId, parts.journeyVersion, parts.patientId, parts.entryKey ?? null];
  if (parts.run !== undefined && parts.run > 1) identity.push(parts.run);
  const hash = createHash('sha256').update(JSON.stringify(identity)).digest('hex');
  const room = Math.min(HASH_LENGTH, MAX_EXECUTION_NAME_LENGTH - prefix.length);
  if (room < 16) throw new RangeError(`journey id ${parts.journeyId} leaves no room for an execution name hash`);
  return `${prefix}${hash.slice(0, room)}`;
}

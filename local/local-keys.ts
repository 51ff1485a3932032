import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A key the local stack stands in for a Secrets Manager secret with: 32 random bytes (base64url), kept in `file`
 * (owner-only, 0600) so that it survives restarts, made on the first start. Without a file, a fresh key each call.
 */
export function localKey(file: string | undefined): string {
  if (file && existsSync(file)) {
    // A file an earlier version wrote with the default mode is tightened too.
    chmodSync(file, 0o600);
    return readFileSync(file, 'utf8').trim();
  }
  const key = randomBytes(32).toString('base64url');
  if (file) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${key}\n`, { mode: 0o600 });
  }
  return key;
}

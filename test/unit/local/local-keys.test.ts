import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIN_ADDRESS_KEY_SECRET_LENGTH } from '../../../lambdas/domain/messaging/policy/address-key';
import { localKey } from '../../../local/local-keys';
import { dataPaths } from '../../../local/state-file';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'local-keys-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('the local address key secret', () => {
  it('lives in the data folder, apart from the link signing key', () => {
    const paths = dataPaths(folder);

    expect(paths.addressKeySecret.startsWith(folder)).toBe(true);
    expect(paths.addressKeySecret).not.toBe(paths.linkKey);
  });

  it('is made on the first start, owner-only, long enough to key addresses', () => {
    const file = dataPaths(join(folder, 'new')).addressKeySecret;

    const secret = localKey(file);

    expect(readFileSync(file, 'utf8').trim()).toBe(secret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(secret.length).toBeGreaterThanOrEqual(MIN_ADDRESS_KEY_SECRET_LENGTH);
  });

  it('is the same after a restart, so suppressions and opt-outs keep matching', () => {
    const file = dataPaths(folder).addressKeySecret;

    expect(localKey(file)).toBe(localKey(file));
  });

  it('is tightened to 0600 when an earlier start left it readable by all', () => {
    const file = dataPaths(folder).addressKeySecret;
    writeFileSync(file, 'an-older-secret-of-enough-length-0123456789\n', { mode: 0o644 });

    expect(localKey(file)).toBe('an-older-secret-of-enough-length-0123456789');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('is fresh for each stack that keeps no file (tests)', () => {
    expect(localKey(undefined)).not.toBe(localKey(undefined));
  });
});

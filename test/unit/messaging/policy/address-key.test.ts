import { createHmac, hash } from 'node:crypto';
import {
  addressKeysUnder,
  normaliseEmail,
  normalisePhone,
} from '../../../../lambdas/domain/messaging/policy/address-key';
import { TEST_ADDRESS_KEY_SECRET } from '../../../support/address-keys';

const PHONE = '+16175550123';
const OTHER_SECRET = 'another-address-key-secret-0123456789abcdef';

describe('address keys', () => {
  it('are the channel and 32 hex characters', () => {
    const keyOf = addressKeysUnder(TEST_ADDRESS_KEY_SECRET);

    expect(keyOf('sms', PHONE)).toMatch(/^sms:[0-9a-f]{32}$/);
    expect(keyOf('sms', PHONE)).not.toBe(keyOf('email', PHONE));
  });

  it('are the same under the same secret, wherever it was loaded', () => {
    expect(addressKeysUnder(TEST_ADDRESS_KEY_SECRET)('sms', PHONE)).toBe(
      addressKeysUnder(`${TEST_ADDRESS_KEY_SECRET}`)('sms', PHONE),
    );
  });

  it('differ under another secret: a key cannot be recomputed without the secret', () => {
    expect(addressKeysUnder(TEST_ADDRESS_KEY_SECRET)('sms', PHONE)).not.toBe(
      addressKeysUnder(OTHER_SECRET)('sms', PHONE),
    );
  });

  it('are not the plain SHA-256 of the address (which is reversed by trying every number)', () => {
    const key = addressKeysUnder(TEST_ADDRESS_KEY_SECRET)('sms', PHONE);

    expect(key).not.toBe(`sms:${hash('sha256', PHONE, 'hex').slice(0, 32)}`);
    expect(key).not.toContain(hash('sha256', PHONE, 'hex').slice(0, 16));
  });

  it('are HMAC-SHA-256 of the normalised address under the secret', () => {
    const expected = createHmac('sha256', TEST_ADDRESS_KEY_SECRET).update(PHONE).digest('hex').slice(0, 32);

    expect(addressKeysUnder(TEST_ADDRESS_KEY_SECRET)('sms', PHONE)).toBe(`sms:${expected}`);
  });

  it('are equal for differently written forms of one address once normalised', () => {
    const keyOf = addressKeysUnder(TEST_ADDRESS_KEY_SECRET);

    expect(keyOf('sms', normalisePhone('(617) 555-0123', 'US') as string)).toBe(keyOf('sms', PHONE));
    expect(keyOf('email', normaliseEmail('  Pat.Doe@Example.ORG ') as string)).toBe(
      keyOf('email', normaliseEmail('pat.doe@example.org') as string),
    );
  });

  it('refuse a secret too short to be one', () => {
    expect(() => addressKeysUnder('short')).toThrow(/at least 32 characters/);
  });
});

import { addressKeysUnder } from '../../lambdas/domain/messaging/policy/address-key';

/** Tests use one fixed secret; the platform's is generated (Secrets Manager, or the local data folder). */
export const TEST_ADDRESS_KEY_SECRET = 'test-address-key-secret-0123456789abcdef';

export const testAddressKeyOf = addressKeysUnder(TEST_ADDRESS_KEY_SECRET);

import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { readConfig } from '../../../lambdas/config/config';
import { EnvName } from '../../../lambdas/config/env-names';
import { addressKeysUnder } from '../../../lambdas/domain/messaging/policy/address-key';
import { addressKeysLoader } from '../../../lambdas/handlers/wiring/messaging-wiring';
import { TEST_ADDRESS_KEY_SECRET } from '../../support/address-keys';

const SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:111122223333:secret:address-keys-AbCdEf';
const PHONE = '+16175550123';
const secrets = mockClient(SecretsManagerClient);

beforeEach(() => {
  secrets.reset();
});

describe('addressKeysLoader', () => {
  it('reads the secret once per execution environment, however many messages follow', async () => {
    secrets.on(GetSecretValueCommand).resolves({ SecretString: TEST_ADDRESS_KEY_SECRET });
    const addressKeys = addressKeysLoader(readConfig({ [EnvName.AddressKeySecretArn]: SECRET_ARN }));

    const loaded = await Promise.all([addressKeys(), addressKeys(), addressKeys()]);

    expect(secrets).toHaveReceivedCommandTimes(GetSecretValueCommand, 1);
    expect(secrets).toHaveReceivedCommandWith(GetSecretValueCommand, { SecretId: SECRET_ARN });
    expect(new Set(loaded).size).toBe(1);
    expect(loaded[0]?.('sms', PHONE)).toBe(addressKeysUnder(TEST_ADDRESS_KEY_SECRET)('sms', PHONE));
  });

  it('keeps no failed read: the next invocation reads again', async () => {
    secrets
      .on(GetSecretValueCommand)
      .rejectsOnce(new Error('throttled'))
      .resolves({ SecretString: TEST_ADDRESS_KEY_SECRET });
    const addressKeys = addressKeysLoader(readConfig({ [EnvName.AddressKeySecretArn]: SECRET_ARN }));

    await expect(addressKeys()).rejects.toThrow('throttled');
    const keyOf = await addressKeys();

    expect(keyOf('sms', PHONE)).toMatch(/^sms:[0-9a-f]{32}$/);
    expect(secrets).toHaveReceivedCommandTimes(GetSecretValueCommand, 2);
  });

  it('takes the secret from the environment locally, without calling Secrets Manager', async () => {
    const addressKeys = addressKeysLoader(readConfig({ [EnvName.AddressKeySecret]: TEST_ADDRESS_KEY_SECRET }));

    expect((await addressKeys())('sms', PHONE)).toBe(addressKeysUnder(TEST_ADDRESS_KEY_SECRET)('sms', PHONE));
    expect(secrets).not.toHaveReceivedAnyCommand();
  });

  it('refuses a secret that holds no string', async () => {
    secrets.on(GetSecretValueCommand).resolves({});
    const addressKeys = addressKeysLoader(readConfig({ [EnvName.AddressKeySecretArn]: SECRET_ARN }));

    await expect(addressKeys()).rejects.toThrow('the address key secret holds no string');
  });
});

import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

let secretsClient: SecretsManagerClient | undefined;

export function secretsManager(): SecretsManagerClient {
  secretsClient ??= new SecretsManagerClient({});
  return secretsClient;
}

import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { secretsManager } from '../../adapters/aws-clients/secrets-manager';
import type { KeySource, PlatformConfig } from '../../config/config';
import type { LinkKey } from '../../domain/messaging/links';

/** A load run once and kept for the warm execution environment; a failed one is not kept, so the next call retries. */
export function loadedOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load();
    loaded.catch(() => {
      loaded = undefined;
    });
    return loaded;
  };
}

/** A key given directly (locally), else read from its secret: every read is billed, so callers keep the result. */
export async function readKey(source: KeySource, what: string): Promise<string> {
  if (source.kind === 'value') return source.key;
  const secret = await secretsManager().send(new GetSecretValueCommand({ SecretId: source.arn }));
  if (!secret.SecretString) throw new Error(`the ${what} secret holds no string`);
  return secret.SecretString;
}

/** The link signing key: given directly locally, else read once per execution environment from its secret. */
export function linkKeyLoader(config: PlatformConfig): () => Promise<LinkKey> {
  return loadedOnce(() => readKey(config.linkSigningKeySource, 'link signing'));
}

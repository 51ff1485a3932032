import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import type { Logger } from '../domain/ports';

/** One structured logger per function; it logs the ids it is given and nothing else (no payloads, no PHI). */
export function createLogger(serviceName: string): Logger & { powertools: PowertoolsLogger } {
  const powertools = new PowertoolsLogger({ serviceName });
  return {
    powertools,
    info: (message, ids) => powertools.info(message, ids ?? {}),
    warn: (message, ids) => powertools.warn(message, ids ?? {}),
    error: (message, ids) => powertools.error(message, ids ?? {}),
  };
}

import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { resumeDeferredSends } from '../domain/messaging/deferred-sends';
import type { SendDependencies } from '../domain/messaging/send-ports';
import { messagingStores, sendDependencies } from './wiring/messaging-wiring';

const logger = createLogger('resume-deferred-sends');
const config = readConfig();
const deferred = messagingStores(config).deferred;
let dependencies: Promise<SendDependencies> | undefined;

/** Every minute: sends the staff and campaign messages that quiet hours deferred and that are now due. */
export const handler = middy<unknown>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async () => {
    dependencies ??= sendDependencies(config).catch((error) => {
      dependencies = undefined;
      throw error;
    });
    const result = await resumeDeferredSends({ ...(await dependencies), deferred, logger });
    if (result.resumed > 0) logger.info('Deferred sends resumed', { ...result.outcomes, resumed: result.resumed });
    return result;
  });

import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { resumeDeferredSends } from '../domain/messaging/deferred-sends';
import { lazySendDependencies, messagingStores } from './wiring/messaging-wiring';

const logger = createLogger('resume-deferred-sends');
const config = readConfig();
const deferred = messagingStores(config).deferred;
const dependencies = lazySendDependencies(config);

/** Every minute: sends the staff and campaign messages that quiet hours deferred and that are now due. */
export const handler = middy<unknown>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async () => {
    const result = await resumeDeferredSends({ ...(await dependencies()), deferred, logger });
    if (result.resumed > 0) logger.info('Deferred sends resumed', { ...result.outcomes, resumed: result.resumed });
    return result;
  });

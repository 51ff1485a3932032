import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { resumeDeferredSends } from '../domain/messaging/deferred-sends';
import { sweepExpiredClaims } from '../domain/messaging/send-message';
import { CLAIM_EXPIRED } from '../domain/messaging/send-ports';
import { lazySendDependencies, messagingStores } from './wiring/messaging-wiring';

const logger = createLogger('resume-deferred-sends');
const config = readConfig();
const deferred = messagingStores(config).deferred;
const dependencies = lazySendDependencies(config);

/** Claims swept per run; more wait for the next minute. */
const SWEEP_LIMIT = 100;

/**
 * Every minute: sends the staff and campaign messages that quiet hours or a paused channel deferred and that are
 * now due, then sweeps the claims older than their lease to `in-doubt` (each logged for the in-doubt alarm).
 */
export const handler = middy<unknown>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async () => {
    const sending = await dependencies();
    const result = await resumeDeferredSends({ ...sending, deferred, logger });
    if (result.resumed > 0) logger.info('Deferred sends resumed', { ...result.outcomes, resumed: result.resumed });
    const swept = await sweepExpiredClaims(sending, SWEEP_LIMIT);
    for (const messageId of swept) logger.warn(CLAIM_EXPIRED, { messageId });
    return { ...result, swept: swept.length };
  });

import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { recordProviderEvent } from '../domain/messaging/feedback/record-provider-event';
import { parseSesEvent } from '../domain/messaging/feedback/ses-events';
import { providerEventDependencies } from './wiring/messaging-wiring';

const logger = createLogger('record-email-feedback');
const dependencies = providerEventDependencies(readConfig(), logger);

/**
 * Target of the rule `sesFeedbackPattern()` on the default bus (where SES configuration-set events land):
 * moves the message's status, suppresses bounced and complaining addresses, records engagement.
 */
export const handler = middy<unknown>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async (event) => recordProviderEvent(parseSesEvent(event), event, dependencies));

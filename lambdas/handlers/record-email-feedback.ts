import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { recordProviderEvent } from '../domain/messaging/feedback/record-provider-event';
import { parseSesEvent } from '../domain/messaging/feedback/ses-events';
import { consumeQueuedEvents } from './queued-events';
import { providerEventDependencies } from './wiring/messaging-wiring';

const logger = createLogger('record-email-feedback');
const dependencies = providerEventDependencies(readConfig(), logger);

/**
 * Drains the queue of the rule `sesFeedbackPattern()` on the default bus (where SES configuration-set events
 * land): moves the message's status, suppresses bounced and complaining addresses, records engagement. Its
 * dead letters cannot be put back on a bus (an `aws.ses` source), so the queue's long redelivery matters here.
 */
export const handler = middy<SQSEvent, SQSBatchResponse>()
  .use(injectLambdaContext(logger.powertools))
  .handler(consumeQueuedEvents((event) => recordProviderEvent(parseSesEvent(event), event, dependencies), logger));

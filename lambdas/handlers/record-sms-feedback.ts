import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { SNSEvent } from 'aws-lambda';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { recordProviderEvent } from '../domain/messaging/feedback/record-provider-event';
import { parseSmsEventMessage } from '../domain/messaging/feedback/sms-events';
import { providerEventDependencies } from './wiring/messaging-wiring';

const logger = createLogger('record-sms-feedback');
const dependencies = providerEventDependencies(readConfig(), logger);

/** Subscribed to the SMS configuration set's event topic: delivery receipts move the message's status. */
export const handler = middy<SNSEvent>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async (event) => {
    const outcomes = [];
    for (const record of event.Records) {
      outcomes.push(
        await recordProviderEvent(parseSmsEventMessage(record.Sns.Message), record.Sns.Message, dependencies),
      );
    }
    return outcomes.map((o) => o.outcome);
  });

import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { SNSEvent } from 'aws-lambda';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { receiveInboundSms } from '../domain/messaging/feedback/receive-inbound-sms';
import { inboundSmsReceptionDependencies } from './wiring/messaging-wiring';

const logger = createLogger('receive-inbound-sms');
const deps = inboundSmsReceptionDependencies(readConfig(), logger);

/** Subscribed to the two-way SMS topic: each record is one inbound text, received by the domain. */
export const handler = middy<SNSEvent>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async (event) => {
    const outcomes: string[] = [];
    for (const record of event.Records) {
      outcomes.push(await receiveInboundSms(record.Sns.Message, new Date(record.Sns.Timestamp), deps));
    }
    return outcomes;
  });

import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { parseSendRequest } from '../domain/messaging/parse-send-request';
import { sendMessage } from '../domain/messaging/send-message';
import { MESSAGE_DECIDED, type SendOutcome } from '../domain/messaging/send-ports';
import { detailOf } from './envelope';
import { lazySendDependencies } from './wiring/messaging-wiring';

const logger = createLogger('send-message');
const config = readConfig();
const dependencies = lazySendDependencies(config);

/**
 * A journey's send step invokes the function with the request; the Message Requested rule wraps it in an event.
 * Sends one message through policy, at most once per cause. Returns ids and codes only (a journey's
 * execution history keeps the answer); transient faults throw, so Step Functions or EventBridge retries.
 */
export const handler = middy<unknown, SendOutcome>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async (event) => {
    const request = parseSendRequest(detailOf(event));
    const outcome = await sendMessage(request, await dependencies());
    logger.info(MESSAGE_DECIDED, {
      messageId: outcome.messageId,
      patientId: request.patientId,
      outcome: outcome.outcome,
      channel: outcome.channel,
      reason: outcome.reason,
      duplicate: outcome.duplicate,
    });
    return outcome;
  });

import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { type SendStepAnswer, sendJourneyStep } from '../domain/journeys/steps/send-step';
import { MESSAGE_DECIDED } from '../domain/messaging/send-ports';
import { sendStepExitDependencies } from './wiring/journey-wiring';
import { lazySendDependencies } from './wiring/messaging-wiring';

const logger = createLogger('send-journey-message');
const config = readConfig();
const exitDependencies = sendStepExitDependencies(config, logger);
const sendingDependencies = lazySendDependencies(config);

/**
 * A journey's send step: the exit check, then one message through policy, at most once per (execution, step).
 * Answers a code, an id and an instant (the execution history keeps them); transient faults throw for Retry.
 */
export const handler = middy<unknown, SendStepAnswer>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async (event) => {
    const answer = await sendJourneyStep(event, { ...exitDependencies, sending: sendingDependencies });
    logger.info(MESSAGE_DECIDED, { messageId: answer.messageId, outcome: answer.outcome, reason: answer.reason });
    return answer;
  });

import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { type RegisterWaitResult, registerWait } from '../domain/journeys/waits/register-wait';
import { waitDependencies } from './wiring/journey-wiring';

const logger = createLogger('register-journey-wait');
const dependencies = waitDependencies(readConfig(), logger);

/** A journey's wait-for-event step (`.waitForTaskToken`): stores the token, resumes at once if the event came. */
export const handler = middy<unknown, RegisterWaitResult>()
  .use(injectLambdaContext(logger.powertools))
  .handler((event) => registerWait(event, dependencies));

import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { checkExit } from '../domain/journeys/waits/check-exit';
import { waitDependencies } from './wiring/journey-wiring';

const logger = createLogger('check-journey-exit');
const dependencies = waitDependencies(readConfig(), logger);

/** Before a journey's send: `{ exit }`, whether an exit criterion happened since the patient entered. */
export const handler = middy<unknown, { exit: boolean }>()
  .use(injectLambdaContext(logger.powertools))
  .handler((event) => checkExit(event, dependencies));

import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { evaluateCondition } from '../domain/journeys/steps/evaluate-condition';
import { conditionDependencies } from './wiring/journey-wiring';

const logger = createLogger('evaluate-journey-condition');
const dependencies = conditionDependencies(readConfig(), logger);

/** A journey's branch on the triggering resource: `{ matches }`. */
export const handler = middy<unknown, { matches: boolean }>()
  .use(injectLambdaContext(logger.powertools))
  .handler((event) => evaluateCondition(event, dependencies));

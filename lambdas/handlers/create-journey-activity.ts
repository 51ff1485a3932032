import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { createActivity } from '../domain/journeys/steps/create-activity';
import { activityDependencies } from './wiring/journey-wiring';

const logger = createLogger('create-journey-activity');
const dependencies = activityDependencies(readConfig(), logger);

/** A journey's create-activity step: the staff task, written once per (execution, step), and its event. */
export const handler = middy<unknown, Awaited<ReturnType<typeof createActivity>>>()
  .use(injectLambdaContext(logger.powertools))
  .handler((event) => createActivity(event, dependencies));

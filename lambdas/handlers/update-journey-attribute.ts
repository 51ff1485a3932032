import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { updateAttribute } from '../domain/journeys/steps/update-attribute';
import { attributeDependencies } from './wiring/journey-wiring';

const logger = createLogger('update-journey-attribute');
const dependencies = attributeDependencies(readConfig(), logger);

/** A journey's update-attribute step. */
export const handler = middy<unknown, { updated: true }>()
  .use(injectLambdaContext(logger.powertools))
  .handler((event) => updateAttribute(event, dependencies));

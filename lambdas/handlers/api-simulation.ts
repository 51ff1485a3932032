import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { createLogger } from '../adapters/logger';
import { runtimeClock } from '../adapters/runtime-clock';
import { readConfig } from '../config/config';
import { composeSimulationApi } from './wiring/staff-api-simulation';

const logger = createLogger('api-simulation');
const api = composeSimulationApi({ config: readConfig(), clock: runtimeClock, logger });

/** The staff API's journey simulation (`simulation-group.ts`): the one route that runs the ASL interpreter. */
export const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
  .use(injectLambdaContext(logger.powertools))
  .handler((event) => api(event));

import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { createLogger } from '../adapters/logger';
import { runtimeClock } from '../adapters/runtime-clock';
import { readConfig } from '../config/config';
import { composeSystemApi } from './wiring/staff-api-system';

const logger = createLogger('api-system');
const api = composeSystemApi({ config: readConfig(), clock: runtimeClock, logger });

/** The staff API's public system routes (`system-group.ts`): health, the OpenAPI document, its page. */
export const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
  .use(injectLambdaContext(logger.powertools))
  .handler((event) => api(event));

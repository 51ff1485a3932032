import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { createLogger } from '../adapters/logger';
import { runtimeClock } from '../adapters/runtime-clock';
import { readConfig } from '../config/config';
import { composeCoreApi } from './wiring/staff-api-core';
import { awsStaffApiWorkflows } from './wiring/staff-api-edge';

const config = readConfig();
const logger = createLogger('api');
const api = composeCoreApi({ config, clock: runtimeClock, logger, workflows: awsStaffApiWorkflows(config) });

/** The staff API's core routes (`core-group.ts`), behind API Gateway and its Cognito authorizer. */
export const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
  .use(injectLambdaContext(logger.powertools))
  .handler((event) => api(event));

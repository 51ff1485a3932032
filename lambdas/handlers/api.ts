import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { createLogger } from '../adapters/logger';
import { runtimeClock } from '../adapters/runtime-clock';
import { readConfig } from '../config/config';
import { awsStaffApiWorkflows, composeStaffApi } from './wiring/staff-api';

const config = readConfig();
const logger = createLogger('api');
const api = composeStaffApi({ config, clock: runtimeClock, logger, workflows: awsStaffApiWorkflows(config) });

/** The staff API: every route of the route table, behind API Gateway and its Cognito authorizer. */
export const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
  .use(injectLambdaContext(logger.powertools))
  .handler((event) => api(event));

import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { createLogger } from '../adapters/logger';
import { schedulerJourneySchedules } from '../adapters/scheduler/journey-schedules';
import { sfnBulkImportStarter } from '../adapters/sfn/bulk-import-starter';
import { sfnComputationStarter } from '../adapters/sfn/computation-starter';
import { readConfig } from '../config/config';
import { systemClock } from '../domain/ports';
import { apiServices, createApiHandler } from './wiring/staff-api';

const config = readConfig();
const logger = createLogger('api');
const api = createApiHandler(
  apiServices(
    config,
    sfnBulkImportStarter(config),
    systemClock,
    sfnComputationStarter(config),
    logger,
    schedulerJourneySchedules(config),
  ),
  logger,
  config.corsAllowedOrigins,
);

/** The staff API: every route of the route table, behind API Gateway and its Cognito authorizer. */
export const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
  .use(injectLambdaContext(logger.powertools))
  .handler((event) => api(event));

import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { createLogger } from '../adapters/logger';
import { runtimeClock } from '../adapters/runtime-clock';
import { readConfig } from '../config/config';
import { composeDefinitionsApi } from './wiring/staff-api-definitions';
import { awsStaffApiWorkflows } from './wiring/staff-api-edge';

const config = readConfig();
const logger = createLogger('api-definitions');
const api = composeDefinitionsApi({ config, clock: runtimeClock, logger, workflows: awsStaffApiWorkflows(config) });

/** The staff API's definition routes (`definitions-group.ts`): segments, templates, journeys. */
export const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
  .use(injectLambdaContext(logger.powertools))
  .handler((event) => api(event));

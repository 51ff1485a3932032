import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { createLogger } from '../adapters/logger';
import { runtimeClock } from '../adapters/runtime-clock';
import { readConfig } from '../config/config';
import { composePreviewApi } from './wiring/staff-api-preview';

const logger = createLogger('api-segment-preview');
const api = composePreviewApi({ config: readConfig(), clock: runtimeClock, logger });

/** The staff API's segment preview (`preview-group.ts`): an unsaved definition evaluated over the patients. */
export const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
  .use(injectLambdaContext(logger.powertools))
  .handler((event) => api(event));

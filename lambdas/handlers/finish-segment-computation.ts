import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { dynamoDocumentClient } from '../adapters/aws-clients/dynamodb';
import { DynamoComputationStore } from '../adapters/dynamodb/computation-store';
import { createLogger } from '../adapters/logger';
import { runtimeClock } from '../adapters/runtime-clock';
import { readConfig } from '../config/config';
import { finishComputation } from '../domain/segments/computation';

const config = readConfig();
const logger = createLogger('finish-segment-computation');
const dependencies = {
  computations: new DynamoComputationStore(dynamoDocumentClient(), config.platformTable),
  clock: runtimeClock,
  logger,
};

/** "Finish computation" and "Record failure" states: closes the record with its totals. */
export const handler = middy<unknown>()
  .use(injectLambdaContext(logger.powertools))
  .handler((input) => finishComputation(input, dependencies));

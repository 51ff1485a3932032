import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { dynamoDocumentClient } from '../adapters/aws-clients/dynamodb';
import { DynamoComputationStore } from '../adapters/dynamodb/computation-store';
import { PATIENT_LISTING_SHARDS } from '../adapters/dynamodb/patient-keys';
import { createLogger } from '../adapters/logger';
import { runtimeClock } from '../adapters/runtime-clock';
import { readConfig } from '../config/config';
import { startComputation } from '../domain/segments/computation';

const config = readConfig();
const logger = createLogger('start-segment-computation');
const dependencies = {
  computations: new DynamoComputationStore(dynamoDocumentClient(), config.platformTable),
  // Only the number of shards: this function has no access to the Patients table.
  patients: { shards: PATIENT_LISTING_SHARDS },
  clock: runtimeClock,
  logger,
};

/** "Start computation" state of the segment computation workflow: opens the record, lists the shards. */
export const handler = middy<unknown>()
  .use(injectLambdaContext(logger.powertools))
  .handler((input) => startComputation(input, dependencies));

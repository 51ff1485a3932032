import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { dynamoDocumentClient } from '../adapters/aws-clients/dynamodb';
import { DynamoComputationStore } from '../adapters/dynamodb/computation-store';
import { DynamoPatientListing } from '../adapters/dynamodb/patient-listing';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { computePage } from '../domain/segments/computation';
import { segmentDependencies } from './wiring/segment-wiring';

const config = readConfig();
const logger = createLogger('compute-segment-page');
const dependencies = {
  ...segmentDependencies(config, logger),
  computations: new DynamoComputationStore(dynamoDocumentClient(), config.platformTable),
  patients: new DynamoPatientListing(dynamoDocumentClient(), config.patientsTable),
};

/** "Compute page" state, looped per shard by the Distributed Map: one page of patients re-evaluated. */
export const handler = middy<unknown>()
  .use(injectLambdaContext(logger.powertools))
  .handler((input) => computePage(input, dependencies));

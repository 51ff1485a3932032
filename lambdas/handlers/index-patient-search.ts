import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { dynamoDocumentClient } from '../adapters/aws-clients/dynamodb';
import { DynamoPatientDirectory } from '../adapters/dynamodb/patient-directory';
import { DynamoPatientSearchIndex } from '../adapters/dynamodb/patient-search-index';
import { createLogger } from '../adapters/logger';
import { runtimeClock } from '../adapters/runtime-clock';
import { readConfig } from '../config/config';
import { indexPatientForSearch, patientToIndex } from '../domain/patients/index-patient-search';

const logger = createLogger('index-patient-search');
const config = readConfig();
const dependencies = {
  patients: new DynamoPatientDirectory(dynamoDocumentClient(), config.patientsTable),
  index: new DynamoPatientSearchIndex(dynamoDocumentClient(), config.patientsTable),
  clock: runtimeClock,
  logger,
};

/**
 * Target of the rule `patientResourceChangedPattern()` (Patient Facts Changed whose changes include the
 * Patient). Refreshes that patient's search entries; transient faults and lost races throw, so
 * EventBridge retries and then dead-letters.
 */
export const handler = middy<EventBridgeEvent<string, unknown>>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async (event) => {
    const patientId = patientToIndex(event.detail);
    if (!patientId) return { outcome: 'ignored' };
    return { outcome: await indexPatientForSearch(patientId, dependencies) };
  });

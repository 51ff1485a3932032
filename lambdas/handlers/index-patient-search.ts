import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { dynamoDocumentClient } from '../adapters/aws-clients/dynamodb';
import { DynamoPatientDirectory } from '../adapters/dynamodb/patient-directory';
import { DynamoPatientSearchIndex } from '../adapters/dynamodb/patient-search-index';
import { createLogger } from '../adapters/logger';
import { runtimeClock } from '../adapters/runtime-clock';
import { readConfig } from '../config/config';
import { indexPatientForSearch, patientToIndex } from '../domain/patients/index-patient-search';
import { consumeQueuedEvents } from './queued-events';

const logger = createLogger('index-patient-search');
const config = readConfig();
const dependencies = {
  patients: new DynamoPatientDirectory(dynamoDocumentClient(), config.patientsTable),
  index: new DynamoPatientSearchIndex(dynamoDocumentClient(), config.patientsTable),
  clock: runtimeClock,
  logger,
};

/**
 * Drains the queue of the rule `patientResourceChangedPattern()` (Patient Facts Changed whose changes
 * include the Patient). Refreshes that patient's search entries; transient faults and lost races throw,
 * so the queue delivers the event again with back-off and then dead-letters it.
 */
export const handler = middy<SQSEvent, SQSBatchResponse>()
  .use(injectLambdaContext(logger.powertools))
  .handler(
    consumeQueuedEvents(async (event) => {
      const patientId = patientToIndex(event.detail);
      if (!patientId) return { outcome: 'ignored' };
      return { outcome: await indexPatientForSearch(patientId, dependencies) };
    }, logger),
  );

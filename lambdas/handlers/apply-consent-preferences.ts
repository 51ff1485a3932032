import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { dynamoDocumentClient } from '../adapters/aws-clients/dynamodb';
import { DynamoPatientDirectory } from '../adapters/dynamodb/patient-directory';
import { DynamoPreferenceStore } from '../adapters/dynamodb/preference-store';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { applyConsentPreferences, consentChangesOf } from '../domain/patients/apply-consent-preferences';
import { consumeQueuedEvents } from './queued-events';

const logger = createLogger('apply-consent-preferences');
const config = readConfig();
const dependencies = {
  patients: new DynamoPatientDirectory(dynamoDocumentClient(), config.patientsTable),
  preferences: new DynamoPreferenceStore(dynamoDocumentClient(), config.patientsTable),
  logger,
};

/**
 * Drains the queue of the rule `consentChangedPattern()` (Patient Facts Changed whose changes include a
 * Consent). Records the communication preferences the changed Consents state; transient faults throw, so
 * the queue delivers the event again with back-off and then dead-letters it.
 */
export const handler = middy<SQSEvent, SQSBatchResponse>()
  .use(injectLambdaContext(logger.powertools))
  .handler(
    consumeQueuedEvents(async (event) => {
      const changes = consentChangesOf(event.detail);
      if (!changes) return { outcome: 'ignored' };
      return { outcome: 'applied', ...(await applyConsentPreferences(changes, dependencies)) };
    }, logger),
  );

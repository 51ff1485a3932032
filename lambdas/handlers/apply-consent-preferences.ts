import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { dynamoDocumentClient } from '../adapters/aws-clients/dynamodb';
import { DynamoPatientDirectory } from '../adapters/dynamodb/patient-directory';
import { DynamoPreferenceStore } from '../adapters/dynamodb/preference-store';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { applyConsentPreferences, consentChangesOf } from '../domain/patients/apply-consent-preferences';

const logger = createLogger('apply-consent-preferences');
const config = readConfig();
const dependencies = {
  patients: new DynamoPatientDirectory(dynamoDocumentClient(), config.patientsTable),
  preferences: new DynamoPreferenceStore(dynamoDocumentClient(), config.patientsTable),
  logger,
};

/**
 * Target of the rule `consentChangedPattern()` (Patient Facts Changed whose changes include a Consent).
 * Records the communication preferences the changed Consents state; transient faults throw, so
 * EventBridge retries and then dead-letters.
 */
export const handler = middy<EventBridgeEvent<string, unknown>>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async (event) => {
    const changes = consentChangesOf(event.detail);
    if (!changes) return { outcome: 'ignored' };
    return { outcome: 'applied', ...(await applyConsentPreferences(changes, dependencies)) };
  });

import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { dynamoDocumentClient } from '../adapters/aws-clients/dynamodb';
import { DynamoMessagingSettingsStore } from '../adapters/dynamodb/messaging-settings-store';
import { createLogger } from '../adapters/logger';
import { runtimeClock } from '../adapters/runtime-clock';
import { readConfig } from '../config/config';
import { resolveWaitTime } from '../domain/journeys/steps/resolve-wait-time';
import { journeyPatientDirectory } from './wiring/journey-wiring';

const logger = createLogger('resolve-journey-wait-time');
const config = readConfig();
const patients = journeyPatientDirectory(config);
const settings = new DynamoMessagingSettingsStore(dynamoDocumentClient(), config.platformTable);

/** A journey's wait step: answers `{ at }`, the instant its Wait state waits until. */
export const handler = middy<unknown, { at: string }>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async (event) =>
    resolveWaitTime(event, {
      patients,
      defaultTimeZone: (await settings.get()).settings.policy.defaultTimeZone,
      clock: runtimeClock,
      logger,
    }),
  );

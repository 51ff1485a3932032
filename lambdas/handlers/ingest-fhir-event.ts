import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { dynamoDocumentClient, eventBridge } from '../adapters/aws-clients';
import { DynamoDeadLetterStore } from '../adapters/dynamodb/dead-letter-store';
import { DynamoIngestionStore } from '../adapters/dynamodb/ingestion-store';
import { EventBridgePublisher } from '../adapters/eventbridge/event-publisher';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { type IngestDependencies, ingestFhirEvent } from '../domain/ingestion/ingest-event';
import { systemClock } from '../domain/ports';

const config = readConfig();
const logger = createLogger('ingest-fhir-event');

const dependencies: IngestDependencies = {
  store: new DynamoIngestionStore(dynamoDocumentClient(), config.patientsTable),
  publisher: new EventBridgePublisher(eventBridge(), config.eventBusName),
  deadLetters: new DynamoDeadLetterStore(dynamoDocumentClient(), config.platformTable, config.deadLetterRetentionDays),
  clock: systemClock,
  logger,
  limits: { maxResourceBytes: config.maxResourceBytes },
};

/** Target of the ingestion rule. Transient faults throw, so EventBridge retries and then dead-letters. */
export const handler = middy<EventBridgeEvent<string, unknown>>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async (event) => {
    const result = await ingestFhirEvent(event, dependencies);
    return { outcome: result.outcome };
  });

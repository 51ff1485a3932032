import type { PlatformConfig } from '../config/config';
import type { IngestDependencies } from '../domain/ingestion/ingest-event';
import type { Clock, Logger } from '../domain/ports';
import { dynamoDocumentClient, eventBridge } from './aws-clients';
import { DynamoDeadLetterStore } from './dynamodb/dead-letter-store';
import { DynamoImportJobStore } from './dynamodb/import-job-store';
import { DynamoIngestionStore } from './dynamodb/ingestion-store';
import { EventBridgePublisher } from './eventbridge/event-publisher';
import { runtimeClock } from './runtime-clock';

/** The ingestion dependencies every ingestion handler (live events and bulk import) is built from. */
export function ingestionDependencies(
  config: PlatformConfig,
  logger: Logger,
  clock: Clock = runtimeClock,
): IngestDependencies {
  return {
    store: new DynamoIngestionStore(dynamoDocumentClient(), config.patientsTable),
    publisher: new EventBridgePublisher(eventBridge(), config.eventBusName),
    deadLetters: new DynamoDeadLetterStore(
      dynamoDocumentClient(),
      config.platformTable,
      config.deadLetterRetentionDays,
    ),
    clock,
    logger,
    limits: { maxResourceBytes: config.maxResourceBytes },
  };
}

export function importJobStore(config: PlatformConfig): DynamoImportJobStore {
  return new DynamoImportJobStore(dynamoDocumentClient(), config.platformTable);
}

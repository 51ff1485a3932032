import { dynamoDocumentClient } from '../../adapters/aws-clients/dynamodb';
import { eventBridge } from '../../adapters/aws-clients/eventbridge';
import { DynamoDeadLetterStore } from '../../adapters/dynamodb/dead-letter-store';
import { DynamoImportJobStore } from '../../adapters/dynamodb/import-job-store';
import { DynamoIngestionStore } from '../../adapters/dynamodb/ingestion-store';
import { EventBridgePublisher } from '../../adapters/eventbridge/event-publisher';
import { runtimeClock } from '../../adapters/runtime-clock';
import type { PlatformConfig } from '../../config/config';
import type { IngestDependencies } from '../../domain/ingestion/ingest-event';
import type { Clock, Logger } from '../../domain/ports';

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
    limits: {
      maxResourceBytes: config.maxResourceBytes,
      futureStamps: { clock, toleranceSeconds: config.maxClockSkewSeconds },
    },
  };
}

export function importJobStore(config: PlatformConfig): DynamoImportJobStore {
  return new DynamoImportJobStore(dynamoDocumentClient(), config.platformTable);
}

import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { dynamoDocumentClient } from '../adapters/aws-clients/dynamodb';
import { DynamoDeadLetterStore } from '../adapters/dynamodb/dead-letter-store';
import { createLogger } from '../adapters/logger';
import { runtimeClock } from '../adapters/runtime-clock';
import { readConfig } from '../config/config';
import { deadLetterFromQueueMessage } from '../domain/ingestion/delivery-failure';

const config = readConfig();
const logger = createLogger('collect-dead-letters');
const store = new DynamoDeadLetterStore(dynamoDocumentClient(), config.platformTable, config.deadLetterRetentionDays);

/** Drains the ingestion DLQ into the queryable dead-letter store; a record that cannot be stored stays on the queue. */
export const handler = middy<SQSEvent, SQSBatchResponse>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async (event) => {
    const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
    for (const record of event.Records) {
      const attributes = {
        ...Object.fromEntries(
          Object.entries(record.messageAttributes ?? {}).map(([name, value]) => [name, value.stringValue]),
        ),
        // Set by SQS on a message its redrive policy moved here (a queued consumer kept failing it).
        DeadLetterQueueSourceArn: (record.attributes as { DeadLetterQueueSourceArn?: string } | undefined)
          ?.DeadLetterQueueSourceArn,
      };
      try {
        const entry = deadLetterFromQueueMessage(record.body, attributes, record.messageId, runtimeClock.now());
        await store.record(entry);
        logger.warn('event dead-lettered', {
          deadLetterId: entry.id,
          resourceType: entry.resourceType,
          detailType: entry.detailType,
          consumer: entry.consumer,
        });
      } catch (error) {
        logger.error('could not record dead letter', { messageId: record.messageId, error: (error as Error).name });
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    }
    return { batchItemFailures };
  });

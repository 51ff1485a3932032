import type { EventBridgeEvent, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { Logger } from '../domain/ports';

export type PlatformEvent = EventBridgeEvent<string, unknown>;

/**
 * The consumer of a rule that delivers through a queue (`QueuedConsumer`, lib/constructs/event-delivery.ts):
 * each message's body is the EventBridge event, consumed one at a time in order. A message whose event
 * throws is reported back, so SQS delivers it again once its visibility timeout has passed, until the
 * queue's receive count moves it to the delivery-failure queue. Logs message ids only.
 */
export function consumeQueuedEvents(
  consume: (event: PlatformEvent) => Promise<unknown>,
  logger: Logger,
): (batch: SQSEvent) => Promise<SQSBatchResponse> {
  return async (batch) => {
    const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
    for (const record of batch.Records) {
      try {
        await consume(JSON.parse(record.body) as PlatformEvent);
      } catch (error) {
        logger.warn('queued event failed, SQS delivers it again', {
          messageId: record.messageId,
          receiveCount: record.attributes?.ApproximateReceiveCount,
          error: (error as Error).name,
        });
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    }
    return { batchItemFailures };
  };
}

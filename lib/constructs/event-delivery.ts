import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { LambdaFunction, SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction, Function as LambdaResource } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { IQueue, Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { QUEUED_DELIVERY, queuedVisibilityTimeoutSeconds } from '../../lambdas/domain/events/queued-delivery';
import { encryptedQueue } from './dead-letter-queues';

export interface DeliveryRetries {
  readonly maxEventAge: Duration;
  readonly retryAttempts: number;
}

/**
 * EventBridge retries a delivery the Lambda service refused (throttling, a service fault) with back-off
 * for this long and this often, then writes the event to the dead-letter queue. Errors inside the
 * function are retried by Lambda's asynchronous invocation instead.
 */
export const PLATFORM_EVENT_DELIVERY: DeliveryRetries = { maxEventAge: Duration.hours(6), retryAttempts: 20 };

/**
 * A rule's Lambda target the way the platform delivers events: retried with back-off, then written to a
 * dead-letter queue that the dead-letter collector drains into the queryable store.
 */
export function deliverToFunction(
  target: IFunction,
  deadLetterQueue: IQueue,
  retries: DeliveryRetries = PLATFORM_EVENT_DELIVERY,
): LambdaFunction {
  return new LambdaFunction(target, { deadLetterQueue, ...retries });
}

export interface QueuedConsumerProps {
  readonly consumer: LambdaResource;
  /** Encrypts the queue: its messages are whole events, like the dead-letter queues' (their key). */
  readonly key: IKey;
  /** Where EventBridge writes an event it cannot send, and where the queue moves one its consumer kept failing. */
  readonly deadLetterQueue: IQueue;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * A consumer behind its own SQS queue, for events whose loss would stick (a consent nothing sends again):
 * a direct target gets two asynchronous retries within about three minutes, the queue redelivers a failed
 * message every visibility timeout for `QUEUED_DELIVERY.maxReceiveCount` receives, which outlasts a
 * throttling burst (see `QUEUED_DELIVERY`). The function reports failed messages of a batch on their own.
 */
export class QueuedConsumer extends Construct {
  readonly queue: Queue;
  private readonly deadLetterQueue: IQueue;

  constructor(scope: Construct, id: string, props: QueuedConsumerProps) {
    super(scope, id);
    this.deadLetterQueue = props.deadLetterQueue;
    const functionTimeout = props.consumer.timeout?.toSeconds() ?? 3;
    this.queue = encryptedQueue(this, 'Queue', props.key, {
      removalPolicy: props.removalPolicy,
      visibilityTimeout: Duration.seconds(queuedVisibilityTimeoutSeconds(functionTimeout)),
      deadLetterQueue: { queue: props.deadLetterQueue, maxReceiveCount: QUEUED_DELIVERY.maxReceiveCount },
    });
    props.consumer.addEventSource(
      new SqsEventSource(this.queue, { batchSize: QUEUED_DELIVERY.batchSize, reportBatchItemFailures: true }),
    );
  }

  /** The target of a rule that feeds this consumer: the queue, with the platform's delivery retries. */
  target(): SqsQueue {
    return new SqsQueue(this.queue, { deadLetterQueue: this.deadLetterQueue, ...PLATFORM_EVENT_DELIVERY });
  }
}

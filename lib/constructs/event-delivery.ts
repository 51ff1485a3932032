import { Duration } from 'aws-cdk-lib';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';

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

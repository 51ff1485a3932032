import { randomUUID } from 'node:crypto';
import { VirtualClock } from '../../local/clock';
import { type LocalStack, type LocalStackOptions, startLocalStack } from '../../local/local-stack';

/** A local stack on the run's shared DynamoDB Local, with tables of its own. */
export function startTestStack(options: Partial<LocalStackOptions> = {}): Promise<LocalStack> {
  const endpoint = process.env.TEST_DYNAMODB_ENDPOINT;
  if (!endpoint)
    throw new Error('TEST_DYNAMODB_ENDPOINT is not set: run integration tests through jest (global setup)');
  return startLocalStack({
    dynamoDbEndpoint: endpoint,
    tablePrefix: `t${randomUUID().slice(0, 8)}`,
    clock: new VirtualClock(new Date('2026-11-25T12:00:00Z')),
    ...options,
  });
}

import { VirtualClock } from '../../local/clock';
import { startDynamoCountingProxy } from '../../local/cost/dynamodb-counting-proxy';
import { startDynamoDbLocal } from '../../local/dynamodb/dynamodb-local';
import { startLocalStack } from '../../local/local-stack';
import { StackMeter } from './meter';
import { type MeasuredUnit, type ReferenceWorkOptions, runReferenceWork } from './reference-work';

/**
 * Starts a local stack of its own whose DynamoDB is behind the counting proxy (the bench's shared stack
 * talks to DynamoDB Local directly), runs the reference work and stops everything.
 */
export async function runCost(options: ReferenceWorkOptions & { readonly now: Date }): Promise<MeasuredUnit[]> {
  const dynamo = await startDynamoDbLocal();
  const proxy = await startDynamoCountingProxy(dynamo.endpoint);
  const stack = await startLocalStack({
    clock: new VirtualClock(options.now),
    dynamoDbEndpoint: proxy.endpoint,
    tablePrefix: 'cost',
    withFrontDoors: true,
  });
  try {
    return await runReferenceWork(stack, new StackMeter(stack, proxy), options);
  } finally {
    await stack.stop();
    await proxy.stop();
    await dynamo.stop();
  }
}

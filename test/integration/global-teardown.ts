import type { DynamoDbLocal } from '../../local/dynamodb/dynamodb-local';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __DYNAMO_LOCAL__?: DynamoDbLocal }).__DYNAMO_LOCAL__?.stop();
}

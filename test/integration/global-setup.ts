import { startDynamoDbLocal } from '../../local/dynamodb/dynamodb-local';

/** One DynamoDB Local (in memory) per test run; each suite creates its own tables under a unique prefix. */
export default async function globalSetup(): Promise<void> {
  const dynamo = await startDynamoDbLocal();
  process.env.TEST_DYNAMODB_ENDPOINT = dynamo.endpoint;
  (globalThis as { __DYNAMO_LOCAL__?: typeof dynamo }).__DYNAMO_LOCAL__ = dynamo;
}

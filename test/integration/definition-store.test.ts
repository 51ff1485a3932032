import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDefinitionStore } from '../../lambdas/adapters/dynamodb/definition-store';
import { createPlatformTables, localDynamoClient } from '../../local/dynamodb/dynamodb-local';
import { definitionStoreContract } from '../support/definition-store-contract';

/** `DynamoDefinitionStore` against DynamoDB Local keeps the contract the in-memory fake is held to, for every kind. */
definitionStoreContract(async () => {
  const endpoint = process.env.TEST_DYNAMODB_ENDPOINT;
  if (!endpoint) throw new Error('TEST_DYNAMODB_ENDPOINT is not set: run integration tests through jest');
  const tables = await createPlatformTables(endpoint, `t${randomUUID().slice(0, 8)}`);
  const client = DynamoDBDocumentClient.from(localDynamoClient(endpoint));
  return (kind) => new DynamoDefinitionStore(client, tables.Platform as string, kind);
});

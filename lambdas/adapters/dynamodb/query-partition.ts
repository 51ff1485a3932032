import { type DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { mapFaults } from './faults';
import { cursorAfter, indexStartKey } from './page-cursor';

/** Every item of one partition whose sort key starts with `prefix` (the whole partition for ''), following the pages. */
export async function queryPartition(
  client: DynamoDBDocumentClient,
  tableName: string,
  pk: string,
  prefix: string,
  what: string,
): Promise<Record<string, unknown>[]> {
  return queryAll(
    client,
    {
      TableName: tableName,
      KeyConditionExpression: prefix ? 'pk = :pk AND begins_with(sk, :prefix)' : 'pk = :pk',
      ExpressionAttributeValues: prefix ? { ':pk': pk, ':prefix': prefix } : { ':pk': pk },
    },
    what,
  );
}

/** Every item a query selects, following the pages. */
export async function queryAll(
  client: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey'>,
  what: string,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await mapFaults(client.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey })), what);
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** One page of an index partition, the newest (highest sort key) first, with the opaque cursor to go on. */
export async function newestInIndex(
  client: DynamoDBDocumentClient,
  tableName: string,
  index: { readonly indexName: string; readonly partitionKey: string; readonly sortKey: string },
  partition: string,
  page: { readonly limit: number; readonly cursor?: string },
  what: string,
): Promise<{ readonly items: Record<string, unknown>[]; readonly cursor?: string }> {
  const answer = await mapFaults(
    client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: index.indexName,
        KeyConditionExpression: `${index.partitionKey} = :pk`,
        ExpressionAttributeValues: { ':pk': partition },
        ScanIndexForward: false,
        Limit: page.limit,
        ExclusiveStartKey: indexStartKey(page.cursor, index, partition),
      }),
    ),
    what,
  );
  const next = cursorAfter(answer.LastEvaluatedKey);
  return { items: answer.Items ?? [], ...(next ? { cursor: next } : {}) };
}

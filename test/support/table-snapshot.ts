import { BatchWriteCommand, DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { resourceJsonOf } from '../../lambdas/adapters/dynamodb/resource-content';
import { localDynamoClient } from '../../local/dynamodb/dynamodb-local';

/**
 * History that depends on the order changes arrived in, not on where they converge: the change records of
 * applied revisions (`%previous` for journeys) and the patients' journey event logs.
 */
const HISTORY_SK_PREFIXES = ['CHANGE#', 'JEVENT#'];

/**
 * The state of a table that matters for equivalence: every key with its content hash, deletion flag, facts
 * and resource, leaving out bookkeeping that legitimately differs between runs (times, revisions, announcement
 * flags and the marks of announcement ids, which are fresh on every attempt, the tombstones a resource leaves under the patients it left, which no reader sees and which exist
 * only where a newer revision found the older one applied) and history (`HISTORY_SK_PREFIXES`).
 */
export async function tableSnapshot(endpoint: string, tableName: string): Promise<Map<string, string>> {
  const client = DynamoDBDocumentClient.from(localDynamoClient(endpoint));
  const snapshot = new Map<string, string>();
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: startKey }));
    for (const item of page.Items ?? []) {
      if (HISTORY_SK_PREFIXES.some((prefix) => String(item.sk).startsWith(prefix))) continue;
      if (item.removedAt !== undefined || String(item.pk).startsWith('ANNOUNCEMENT#')) continue;
      snapshot.set(
        `${item.pk}|${item.sk}`,
        `${item.contentHash}|${item.deleted ?? false}|${JSON.stringify(item.facts ?? null)}|${resourceJsonOf(item)}`,
      );
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return snapshot;
}

/** Deletes every item of a table, so a suite can replay into an empty store without a second stack. */
export async function clearTable(endpoint: string, tableName: string): Promise<void> {
  const client = DynamoDBDocumentClient.from(localDynamoClient(endpoint));
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({ TableName: tableName, ExclusiveStartKey: startKey, ProjectionExpression: 'pk, sk' }),
    );
    const keys = page.Items ?? [];
    for (let i = 0; i < keys.length; i += 25) {
      await client.send(
        new BatchWriteCommand({
          RequestItems: { [tableName]: keys.slice(i, i + 25).map((Key) => ({ DeleteRequest: { Key } })) },
        }),
      );
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
}

import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { decodeCursor } from '../../domain/paging';
import { mapFaults } from './faults';
import { cursorAfter } from './page-cursor';
import { PlatformTableDesign } from './table-design';

const INDEX = PlatformTableDesign.indexes[0];

/** The sort-key prefix of a definition's immutable versions (segments, templates, journeys). */
export const VERSION_PREFIX = 'VERSION#';
/** Zero-padded so that versions sort by number. */
export const versionSk = (version: number) => `${VERSION_PREFIX}${String(version).padStart(6, '0')}`;

/**
 * One page of the Platform table's records of a kind (`byKind`: `gsi1pk = <kind>`, `gsi1sk = <status>#<id>`),
 * optionally of one status. The cursor must come from the same kind's listing.
 */
export async function listByKind(
  client: DynamoDBDocumentClient,
  tableName: string,
  request: { readonly kind: string; readonly status?: string; readonly limit: number; readonly cursor?: string },
  what: string,
): Promise<{ items: Record<string, unknown>[]; cursor?: string }> {
  const { kind, status, limit, cursor } = request;
  const page = await mapFaults(
    client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: INDEX.indexName,
        KeyConditionExpression: status
          ? `${INDEX.partitionKey} = :kind AND begins_with(${INDEX.sortKey}, :status)`
          : `${INDEX.partitionKey} = :kind`,
        ExpressionAttributeValues: status ? { ':kind': kind, ':status': `${status}#` } : { ':kind': kind },
        Limit: limit,
        ExclusiveStartKey: decodeCursor(cursor, { [INDEX.partitionKey]: kind }),
      }),
    ),
    what,
  );
  const next = cursorAfter(page.LastEvaluatedKey);
  return { items: page.Items ?? [], ...(next ? { cursor: next } : {}) };
}

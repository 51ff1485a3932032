import { decodeCursor, encodeCursor, InvalidCursorError, type StoreKey } from '../../domain/paging';

type StartKey = Record<string, string>;

/**
 * The start key of a base-table `Query` page, read from a cursor that must belong to the same list:
 * the same partition, a sort key inside the queried range, and nothing else. DynamoDB would answer
 * anything else with a validation error, which callers must see as a 400, not a 500.
 */
export function startKeyWithin(cursor: string | undefined, pk: string, skPrefix: string): StartKey | undefined {
  const key = decodeCursor(cursor, { pk });
  if (!key) return undefined;
  const names = Object.keys(key).sort().join(',');
  if (names !== 'pk,sk' || typeof key.sk !== 'string' || !key.sk.startsWith(skPrefix)) {
    throw new InvalidCursorError();
  }
  return key as StartKey;
}

export function cursorAfter(lastEvaluatedKey: Record<string, unknown> | undefined): string | undefined {
  return encodeCursor(lastEvaluatedKey as StartKey | undefined);
}

/** The start key of an index `Query` page: the table's key and the index's, nothing else, in the same partition. */
export function indexStartKey(
  cursor: string | undefined,
  index: { readonly partitionKey: string; readonly sortKey: string },
  partition: string,
): StoreKey | undefined {
  return decodeCursor(cursor, { [index.partitionKey]: partition }, ['pk', 'sk', index.partitionKey, index.sortKey]);
}

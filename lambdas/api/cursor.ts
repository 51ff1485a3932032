import { decodeCursor, encodeCursor } from '../domain/paging';

/**
 * A store's cursor (itself an encoded key) wrapped with the name of the list it pages, for lists whose
 * store pages several lists through one index (dead letters by status, segments by status): a cursor
 * of one list is then refused for another.
 */
export function wrapListCursor(after: string | undefined, list: string): { cursor?: string } {
  return after === undefined ? {} : { cursor: encodeCursor({ list, after }) as string };
}

/** The store's cursor inside a `wrapListCursor` cursor, checked to belong to `list`. */
export function unwrapListCursor(cursor: string | undefined, list: string): string | undefined {
  const key = decodeCursor(cursor, { list }, ['list', 'after']);
  if (!key) return undefined;
  // A forged inner cursor stops here with the same 400, not in the store. A missing or non-string `after`
  // is checked as the empty cursor, which is invalid.
  const after = typeof key.after === 'string' ? key.after : '';
  decodeCursor(after, {});
  return after;
}

/** Query parameters every list route takes. */
export const pageQuerySchema = {
  limit: { type: 'string', pattern: '^(?:[1-9]|[1-9][0-9]|100)$', description: 'page size, 1 to 100 (default 25)' },
  cursor: { type: 'string', maxLength: 2048, description: 'the `cursor` of the previous page' },
} as const;

export function pageLimit(limit: string | undefined): number {
  return limit === undefined ? 25 : Number(limit);
}

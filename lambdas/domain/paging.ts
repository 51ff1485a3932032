/**
 * Pages of lists and their opaque cursors, shared by the domain's ports, the stores that implement them and
 * the API that hands cursors to callers. A cursor is a store's last evaluated key, base64url-encoded, and is
 * only accepted back for the list it came from (same partition key), so a crafted one cannot page into
 * another patient's or segment's items.
 */
export interface Page<T> {
  readonly items: readonly T[];
  /** Opaque; present when there may be more. */
  readonly cursor?: string;
}

export type StoreKey = Readonly<Record<string, string | number>>;

/** A cursor that does not belong to the list it was sent for; the API answers it with a 400. */
export class InvalidCursorError extends Error {
  constructor(readonly hint = 'use the cursor of the previous page of this same list') {
    super('the cursor is not valid for this list');
    this.name = 'InvalidCursorError';
  }
}

export function encodeCursor(key: StoreKey | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key), 'utf8').toString('base64url') : undefined;
}

/**
 * The key a cursor stands for, checked to belong to its list: the `expected` attributes hold their values, every
 * value is a string (every key attribute of the platform's tables is), and with `attributes` the key has exactly
 * those names, so a crafted key never reaches the store as one it would refuse.
 */
export function decodeCursor(
  cursor: string | undefined,
  expected: Readonly<Record<string, string>>,
  attributes?: readonly string[],
): StoreKey | undefined {
  if (cursor === undefined) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (key === null || typeof key !== 'object' || Array.isArray(key)) throw new InvalidCursorError();
  const record = key as Record<string, unknown>;
  for (const value of Object.values(record)) if (typeof value !== 'string') throw new InvalidCursorError();
  if (attributes && !sameNames(Object.keys(record), attributes)) throw new InvalidCursorError();
  for (const [name, value] of Object.entries(expected)) if (record[name] !== value) throw new InvalidCursorError();
  return record as StoreKey;
}

function sameNames(names: readonly string[], expected: readonly string[]): boolean {
  return names.length === expected.length && expected.every((name) => names.includes(name));
}

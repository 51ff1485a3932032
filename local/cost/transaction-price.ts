/**
 * What AWS bills a successful `TransactWriteItems`, which DynamoDB Local under-reports: it prices a
 * transaction's items of one table as if items of the same size were one (three 300-byte puts come back as 2
 * units, not 6). AWS bills 2 write units for each KB of each item, rounded up item by item.
 */

type AttributeValue = Record<string, unknown>;
type Item = Record<string, AttributeValue>;

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

/** A number's size: about one byte per two significant digits, plus one. */
function numberBytes(text: string): number {
  const digits = text.replace(/^[-+]/, '').replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.ceil(Math.max(digits.length, 1) / 2) + 1;
}

function valueBytes(value: AttributeValue): number {
  if (typeof value.S === 'string') return utf8(value.S);
  if (typeof value.N === 'string') return numberBytes(value.N);
  if (typeof value.B === 'string') return Buffer.from(value.B, 'base64').length;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (Array.isArray(value.SS)) return (value.SS as string[]).reduce((sum, s) => sum + utf8(s), 0);
  if (Array.isArray(value.NS)) return (value.NS as string[]).reduce((sum, n) => sum + numberBytes(n), 0);
  if (Array.isArray(value.BS))
    return (value.BS as string[]).reduce((sum, b) => sum + Buffer.from(b, 'base64').length, 0);
  // A list or a map: 3 bytes, and 1 more for each element.
  if (Array.isArray(value.L)) return 3 + (value.L as AttributeValue[]).reduce((sum, v) => sum + 1 + valueBytes(v), 0);
  if (value.M !== undefined) return 3 + itemBytes(value.M as Item) + Object.keys(value.M as Item).length;
  return 0;
}

/** An item's size as DynamoDB bills it: attribute names and values. */
export function itemBytes(item: Item): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + utf8(name) + valueBytes(value), 0);
}

/**
 * The base-table write units of a transaction, by table: 2 per KB of each put item; 2 for an update, a
 * delete or a condition check, whose item the request does not show (its minimum).
 */
export function transactionWriteUnits(request: Record<string, unknown>): Map<string, number> {
  const units = new Map<string, number>();
  for (const action of (request.TransactItems ?? []) as Record<string, { TableName?: string; Item?: Item }>[]) {
    for (const [kind, target] of Object.entries(action)) {
      if (typeof target?.TableName !== 'string') continue;
      const kilobytes = kind === 'Put' && target.Item ? Math.max(1, Math.ceil(itemBytes(target.Item) / 1024)) : 1;
      units.set(target.TableName, (units.get(target.TableName) ?? 0) + 2 * kilobytes);
    }
  }
  return units;
}

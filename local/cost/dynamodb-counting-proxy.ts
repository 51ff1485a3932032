import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { transactionWriteUnits } from './transaction-price';

/** What one operation did to one table (its indexes included), as DynamoDB would bill it on demand. */
export interface TableUsage {
  calls: number;
  readUnits: number;
  writeUnits: number;
  /** Calls answered with an error (a failed condition is still billed: counted at one unit per item). */
  errors: number;
}

/** `operation → table → usage`, e.g. `TransactWriteItems → bench-Patients`. */
export type DynamoUsage = Record<string, Record<string, TableUsage>>;

/**
 * `operation → key shape → usage`, e.g. `PutItem → PATIENT#/JEVENT#`: the prefixes of the partition and sort
 * keys a call names (a transaction's items joined by `+`), which tells the access patterns apart.
 */
export type DynamoShapeUsage = Record<string, Record<string, TableUsage>>;

interface ConsumedCapacity {
  readonly TableName?: string;
  readonly CapacityUnits?: number;
  readonly Table?: { readonly CapacityUnits?: number };
  readonly ReadCapacityUnits?: number;
  readonly WriteCapacityUnits?: number;
}

/** Operations that accept `ReturnConsumedCapacity` and whether they read or write. */
const METERED: Readonly<Record<string, 'read' | 'write'>> = {
  GetItem: 'read',
  BatchGetItem: 'read',
  Query: 'read',
  Scan: 'read',
  TransactGetItems: 'read',
  PutItem: 'write',
  UpdateItem: 'write',
  DeleteItem: 'write',
  BatchWriteItem: 'write',
  TransactWriteItems: 'write',
};

export interface DynamoCountingProxy {
  readonly endpoint: string;
  /** Usage since the proxy started (a copy). */
  usage(): DynamoUsage;
  /** The same calls and units by key shape instead of table (a copy). */
  shapes(): DynamoShapeUsage;
  stop(): Promise<void>;
}

/**
 * A counting proxy in front of DynamoDB Local: every call the handlers make passes through it, so the count
 * is the wire's, not the code's idea of it. It asks for `ReturnConsumedCapacity: INDEXES` on every metered
 * call (DynamoDB Local computes it with AWS's rules: 1 WCU per KB written, 1 RCU per 4 KB strongly consistent,
 * half that eventually consistent, transactions at double price, index writes included) and reads it from the
 * answer, except for a transaction's base-table units, which DynamoDB Local under-reports and the proxy prices
 * itself (`transaction-price.ts`). The caller's answer gains a `ConsumedCapacity` it did not ask for, which the
 * SDK ignores.
 */
export async function startDynamoCountingProxy(target: string): Promise<DynamoCountingProxy> {
  const upstream = new URL(target);
  const usage: DynamoUsage = {};
  const shapes: DynamoShapeUsage = {};
  const entry = (operation: string, table: string): TableUsage => tallyOf(usage, operation, table);

  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const operation = String(incoming.headers['x-amz-target'] ?? '').split('.')[1] ?? 'unknown';
      let body = Buffer.concat(chunks);
      const kind = METERED[operation];
      let parsed: Record<string, unknown> | undefined;
      if (kind) {
        parsed = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
        // DynamoDB Local does not check signatures, so the body may change under the caller's.
        body = Buffer.from(JSON.stringify({ ...parsed, ReturnConsumedCapacity: 'INDEXES' }), 'utf8');
      }
      const headers = { ...incoming.headers, host: upstream.host, 'content-length': String(body.length) };
      const forwarded = request(
        { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers },
        (answer) => {
          const answerChunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => answerChunks.push(chunk));
          answer.on('end', () => {
            const answerBody = Buffer.concat(answerChunks);
            if (kind && parsed) {
              const status = answer.statusCode ?? 500;
              const text = answerBody.toString('utf8');
              tally(operation, kind, parsed, status, text, entry);
              const shape = tallyOf(shapes, operation, shapeOf(parsed));
              tally(operation, kind, parsed, status, text, () => shape);
            } else {
              entry(operation, tableOf(parsed) ?? '-').calls++;
            }
            outgoing.writeHead(answer.statusCode ?? 500, answer.headers);
            outgoing.end(answerBody);
          });
        },
      );
      forwarded.on('error', (error) => {
        outgoing.writeHead(502);
        outgoing.end(error.message);
      });
      forwarded.end(body);
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    usage: () => JSON.parse(JSON.stringify(usage)) as DynamoUsage,
    shapes: () => JSON.parse(JSON.stringify(shapes)) as DynamoShapeUsage,
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function tallyOf(record: DynamoUsage, operation: string, key: string): TableUsage {
  const byKey = record[operation] ?? {};
  record[operation] = byKey;
  const found = byKey[key] ?? { calls: 0, readUnits: 0, writeUnits: 0, errors: 0 };
  byKey[key] = found;
  return found;
}

function tally(
  operation: string,
  kind: 'read' | 'write',
  request: Record<string, unknown>,
  status: number,
  answer: string,
  entry: (operation: string, table: string) => TableUsage,
): void {
  const tables = tablesOf(request);
  if (status !== 200) {
    // A failed condition or a cancelled transaction is billed for the items it touched; DynamoDB Local
    // reports no capacity on errors, so each item is counted at its minimum (1 unit, 2 in a transaction).
    const price = operation.startsWith('Transact') ? 2 : 1;
    const failed = entry(operation, tables[0]?.[0] ?? '-');
    failed.calls++;
    failed.errors++;
    for (const [table, items] of tables) {
      const usage = entry(operation, table);
      if (kind === 'write') usage.writeUnits += price * items;
      else usage.readUnits += (price * items) / 2;
    }
    return;
  }
  const consumed = (JSON.parse(answer) as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] })
    .ConsumedCapacity;
  const list = consumed === undefined ? [] : Array.isArray(consumed) ? consumed : [consumed];
  // One call, whichever tables it touched: counted once, against its first table.
  const first = list[0]?.TableName ?? tables[0]?.[0] ?? '-';
  entry(operation, first).calls++;
  const priced = operation === 'TransactWriteItems' ? transactionWriteUnits(request) : undefined;
  for (const capacity of list) {
    const table = capacity.TableName ?? '-';
    const usage = entry(operation, table);
    let units = capacity.CapacityUnits ?? 0;
    if (priced) {
      // The table's own units as AWS bills them, its index writes as DynamoDB Local reports them.
      const reported = capacity.Table?.CapacityUnits ?? units;
      units += Math.max(0, (priced.get(table) ?? 0) - reported);
    }
    if (kind === 'write') usage.writeUnits += units;
    else usage.readUnits += units;
  }
}

function tableOf(request: Record<string, unknown> | undefined): string | undefined {
  return typeof request?.TableName === 'string' ? request.TableName : undefined;
}

/** The tables a request names and how many items it names in each. */
function tablesOf(request: Record<string, unknown>): [string, number][] {
  const counts = new Map<string, number>();
  const add = (table: unknown, n = 1) => {
    if (typeof table === 'string') counts.set(table, (counts.get(table) ?? 0) + n);
  };
  add(request.TableName);
  for (const [table, items] of Object.entries((request.RequestItems ?? {}) as Record<string, unknown>)) {
    add(table, Array.isArray(items) ? items.length : 1);
  }
  for (const item of (request.TransactItems ?? []) as Record<string, { TableName?: string } | undefined>[]) {
    for (const action of Object.values(item)) add(action?.TableName);
  }
  return [...counts];
}

/** `PATIENT#12` → `PATIENT#`, `VERSION` → `VERSION`, `smith#…` → `*`: what a key value says about its access pattern. */
function prefixOf(value: unknown): string {
  const text = typeof value === 'object' && value !== null ? (value as { S?: unknown }).S : undefined;
  if (typeof text !== 'string') return '?';
  return /^[A-Z][A-Z0-9_]*(#|$)/.exec(text)?.[0] ?? '*';
}

type AttributeMap = Record<string, unknown>;

function keyShapeOf(key: AttributeMap | undefined): string {
  return key ? `${prefixOf(key.pk)}/${prefixOf(key.sk)}` : '?';
}

/** The key shape of a request: its keys' prefixes, or the prefixes a query's key condition compares with. */
function shapeOf(request: Record<string, unknown>): string {
  if (typeof request.KeyConditionExpression === 'string') {
    const values = (request.ExpressionAttributeValues ?? {}) as AttributeMap;
    const named = request.KeyConditionExpression.match(/:[A-Za-z0-9_]+/g) ?? [];
    const index = typeof request.IndexName === 'string' ? `${request.IndexName} ` : '';
    return `${index}${[...new Set(named.map((name) => prefixOf(values[name])))].join('/')}`;
  }
  const single = (request.Item ?? request.Key) as AttributeMap | undefined;
  if (single) return keyShapeOf(single);
  const shapes: string[] = [];
  for (const item of (request.TransactItems ?? []) as Record<string, { Item?: AttributeMap; Key?: AttributeMap }>[]) {
    for (const action of Object.values(item)) shapes.push(keyShapeOf(action?.Item ?? action?.Key));
  }
  for (const items of Object.values((request.RequestItems ?? {}) as Record<string, unknown>)) {
    const list = Array.isArray(items)
      ? (items as { PutRequest?: { Item?: AttributeMap }; DeleteRequest?: { Key?: AttributeMap } }[]).map(
          (r) => r.PutRequest?.Item ?? r.DeleteRequest?.Key,
        )
      : ((items as { Keys?: AttributeMap[] }).Keys ?? []);
    for (const key of list) shapes.push(keyShapeOf(key));
  }
  return [...new Set(shapes)].sort().join('+') || '?';
}

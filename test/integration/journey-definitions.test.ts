import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { JourneyDefinitions } from '../../lambdas/domain/journeys/journey-definitions';
import type { JourneyPublication, JourneyRecord, JourneyVersion } from '../../lambdas/domain/journeys/ports';
import { dynamoJourneys } from '../../lambdas/handlers/wiring/definition-stores';
import { createPlatformTables, localDynamoClient } from '../../local/dynamodb/dynamodb-local';
import { welcomeJourney } from '../support/in-memory-journeys';

/**
 * Journeys over the DynamoDB definition store, against DynamoDB Local: the journey's view of the shared lifecycle
 * (publication, status moves) and its item layout. The store's own contract is test/integration/definition-store.test.ts.
 */
let store: JourneyDefinitions;

beforeAll(async () => {
  const endpoint = process.env.TEST_DYNAMODB_ENDPOINT;
  if (!endpoint) throw new Error('TEST_DYNAMODB_ENDPOINT is not set: run integration tests through jest');
  const tables = await createPlatformTables(endpoint, `t${randomUUID().slice(0, 8)}`);
  store = dynamoJourneys(DynamoDBDocumentClient.from(localDynamoClient(endpoint)), tables.Platform as string);
});

const version = (journeyId: string, n: number, name = `Journey ${n}`): JourneyVersion => ({
  journeyId,
  version: n,
  definition: welcomeJourney({ id: journeyId, name }),
  createdAt: `2026-03-0${n}T00:00:00.000Z`,
  createdBy: 'tester',
});

const publication = (journeyId: string, n: number): JourneyPublication => ({
  version: n,
  stateMachineArn: `arn:aws:states:eu-west-1:123456789012:stateMachine:dev-journey-${journeyId}`,
  aliasArn: `arn:aws:states:eu-west-1:123456789012:stateMachine:dev-journey-${journeyId}:live`,
  compiled: {
    stateMachineVersionArn: `arn:aws:states:eu-west-1:123456789012:stateMachine:dev-journey-${journeyId}:${n}`,
    templateVersions: { reminder: 1, welcome: 3 },
  },
  at: '2026-03-09T00:00:00.000Z',
});

const recordOf = async (journeyId: string) => (await store.get(journeyId)) as JourneyRecord;

it('creates a journey once, as a draft at version 1', async () => {
  expect(await store.create(version('once', 1))).toBe('created');
  expect(await store.create(version('once', 1))).toBe('exists');

  expect(await store.get('once')).toEqual({
    journeyId: 'once',
    name: 'Journey 1',
    status: 'draft',
    latestVersion: 1,
    updatedAt: '2026-03-01T00:00:00.000Z',
    revision: 1,
  });
  expect(await store.getVersion('once', 1)).toEqual(version('once', 1));
});

it('adds versions at the expected revision and refuses a stale one', async () => {
  await store.create(version('versioned', 1));

  expect(await store.addVersion(version('versioned', 2), 1)).toBe('added');
  expect(await store.addVersion(version('versioned', 3), 1)).toBe('conflict');

  expect(await store.get('versioned')).toMatchObject({ latestVersion: 2, revision: 2, name: 'Journey 2' });
  expect((await store.listVersions('versioned')).map((v) => v.version)).toEqual([2, 1]);
  expect(await store.getVersion('versioned', 3)).toBeUndefined();
});

it('refuses a version for a journey that does not exist', async () => {
  expect(await store.addVersion(version('ghost', 2), 1)).toBe('conflict');
  expect(await store.listVersions('ghost')).toEqual([]);
});

it('records a publication on the record and the version, and refuses it at a stale revision', async () => {
  await store.create(version('published', 1));
  const draft = await recordOf('published');

  expect(await store.recordPublication(draft, publication('published', 1))).toBe('published');
  expect(await store.recordPublication(draft, publication('published', 1))).toBe('conflict');

  expect(await store.get('published')).toEqual({
    ...draft,
    status: 'active',
    publishedVersion: 1,
    stateMachineArn: publication('published', 1).stateMachineArn,
    aliasArn: publication('published', 1).aliasArn,
    publishedAt: '2026-03-09T00:00:00.000Z',
    updatedAt: '2026-03-09T00:00:00.000Z',
    revision: 2,
  });
  expect((await store.getVersion('published', 1))?.compiled).toEqual(publication('published', 1).compiled);
});

it('refuses to publish a version that does not exist, leaving the record as it was', async () => {
  await store.create(version('no-version', 1));
  const draft = await recordOf('no-version');

  expect(await store.recordPublication(draft, publication('no-version', 5))).toBe('conflict');
  expect(await store.get('no-version')).toEqual(draft);
});

it('moves the status under the revision guard, recording when a journey was archived', async () => {
  await store.create(version('lifecycle', 1));
  const draft = await recordOf('lifecycle');

  expect(await store.setStatus(draft, 'archived', '2026-03-10T00:00:00.000Z')).toBe('updated');
  expect(await store.setStatus(draft, 'active', '2026-03-11T00:00:00.000Z')).toBe('conflict');

  expect(await store.get('lifecycle')).toMatchObject({
    status: 'archived',
    archivedAt: '2026-03-10T00:00:00.000Z',
    revision: 2,
  });
});

it('lists journeys by status through byKind, a page at a time', async () => {
  for (const id of ['list-a', 'list-b', 'list-c']) await store.create(version(id, 1));
  await store.recordPublication(await recordOf('list-b'), publication('list-b', 1));

  const active = await store.list('active', 10);
  const first = await store.list('draft', 1);
  const second = await store.list('draft', 100, first.cursor);

  expect(active.items.map((r) => r.journeyId)).toContain('list-b');
  expect(active.items.every((r) => r.status === 'active')).toBe(true);
  expect(first.items).toHaveLength(1);
  expect(first.cursor).toBeDefined();
  const drafts = [...first.items, ...second.items].map((r) => r.journeyId);
  expect(drafts).toEqual(expect.arrayContaining(['list-a', 'list-c']));
  expect(drafts).not.toContain('list-b');
});

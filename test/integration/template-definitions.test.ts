import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TemplateDefinitions } from '../../lambdas/domain/messaging/templates/template-definitions';
import type { MessageTemplateVersion } from '../../lambdas/domain/messaging/templates/template-schema';
import { dynamoTemplates } from '../../lambdas/handlers/wiring/definition-stores';
import { createPlatformTables, localDynamoClient } from '../../local/dynamodb/dynamodb-local';

/**
 * Templates over the DynamoDB definition store, against DynamoDB Local: the template's view of the shared lifecycle
 * and its item layout. The store's own contract is test/integration/definition-store.test.ts.
 */
let store: TemplateDefinitions;

beforeAll(async () => {
  const endpoint = process.env.TEST_DYNAMODB_ENDPOINT;
  if (!endpoint) throw new Error('TEST_DYNAMODB_ENDPOINT is not set: run integration tests through jest');
  const tables = await createPlatformTables(endpoint, `t${randomUUID().slice(0, 8)}`);
  store = dynamoTemplates(DynamoDBDocumentClient.from(localDynamoClient(endpoint)), tables.Platform as string);
});

const version = (templateId: string, n: number, name = `Template ${n}`): MessageTemplateVersion => ({
  templateId,
  version: n,
  definition: {
    schemaVersion: 1,
    name,
    topic: 'appointment-reminders',
    defaultLanguage: 'en',
    content: { en: { sms: { text: 'Hi {{ patient.givenName }}' } }, 'es-MX': { sms: { text: 'Hola' } } },
  },
  createdAt: `2026-03-0${n}T00:00:00.000Z`,
  createdBy: 'tester',
});

it('creates a template once: the second create of the id finds it exists', async () => {
  expect(await store.create(version('once', 1))).toBe('created');
  expect(await store.create(version('once', 1))).toBe('exists');
  expect(await store.get('once')).toEqual({
    templateId: 'once',
    name: 'Template 1',
    latestVersion: 1,
    updatedAt: '2026-03-01T00:00:00.000Z',
    revision: 1,
  });
});

it('adds versions at the expected revision and refuses a stale one', async () => {
  await store.create(version('versioned', 1));

  expect(await store.addVersion(version('versioned', 2), 1)).toBe('added');
  expect(await store.addVersion(version('versioned', 3), 1)).toBe('conflict');

  expect(await store.get('versioned')).toMatchObject({ latestVersion: 2, revision: 2, name: 'Template 2' });
  expect((await store.latest('versioned'))?.version).toBe(2);
  expect((await store.versions('versioned')).map((v) => v.version)).toEqual([2, 1]);
  expect(await store.version('versioned', 1)).toEqual(version('versioned', 1));
  expect(await store.version('versioned', 3)).toBeUndefined();
});

it('refuses a version for a template that does not exist', async () => {
  expect(await store.addVersion(version('ghost', 2), 1)).toBe('conflict');
  expect(await store.latest('ghost')).toBeUndefined();
});

it('lists templates by id, page by page', async () => {
  for (const id of ['list-a', 'list-b', 'list-c']) await store.create(version(id, 1));
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(2, cursor);
    ids.push(...page.items.map((r) => r.templateId));
    cursor = page.cursor;
  } while (cursor);
  expect(ids.filter((id) => id.startsWith('list-'))).toEqual(['list-a', 'list-b', 'list-c']);
});

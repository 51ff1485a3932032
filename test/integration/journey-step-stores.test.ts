import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoActivityStore } from '../../lambdas/adapters/dynamodb/activity-store';
import { DynamoAttributeStore } from '../../lambdas/adapters/dynamodb/attribute-store';
import { type Activity, activityIdOf } from '../../lambdas/domain/journeys/activities';
import { InvalidCursorError } from '../../lambdas/domain/paging';
import { createPlatformTables, localDynamoClient } from '../../local/dynamodb/dynamodb-local';
import { attributeBranchRule } from '../unit/journeys/steps/fakes';

/** The activity and attribute stores against DynamoDB Local: conditional create, listings, completion, typed values. */
let activities: DynamoActivityStore;
let attributes: DynamoAttributeStore;
let rawClient: ReturnType<typeof localDynamoClient>;
let patientsTable: string;

beforeAll(async () => {
  const endpoint = process.env.TEST_DYNAMODB_ENDPOINT;
  if (!endpoint) throw new Error('TEST_DYNAMODB_ENDPOINT is not set: run integration tests through jest');
  const tables = await createPlatformTables(endpoint, `t${randomUUID().slice(0, 8)}`);
  patientsTable = tables.Patients as string;
  rawClient = localDynamoClient(endpoint);
  const client = DynamoDBDocumentClient.from(rawClient);
  activities = new DynamoActivityStore(client, patientsTable);
  attributes = new DynamoAttributeStore(client, patientsTable);
});

function activity(patientId: string, stepId: string, createdAt: string, assignTo?: Activity['assignTo']): Activity {
  return {
    activityId: activityIdOf(`exec-${patientId}`, stepId),
    patientId,
    journeyId: 'post-discharge',
    journeyVersion: 2,
    executionId: `exec-${patientId}`,
    stepId,
    kind: 'follow-up-call',
    title: 'Call to book a follow-up',
    ...(assignTo ? { assignTo } : {}),
    status: 'open',
    createdAt,
    dueAt: '2026-03-10T00:00:00.000Z',
  };
}

describe('activity store', () => {
  it('creates an activity once: a retried create finds it exists', async () => {
    const a = activity('p-once', 'call', '2026-03-01T00:00:00.000Z', 'care-team');

    expect(await activities.create(a)).toBe('created');
    expect(await activities.create({ ...a, createdAt: '2026-03-01T00:05:00.000Z' })).toBe('exists');

    expect((await activities.byPatient('p-once', 10)).items).toEqual([a]);
  });

  it("lists a team's open activities newest first, page by page, apart from other teams'", async () => {
    const team = 'front-desk';
    const made = ['01', '02', '03'].map((day) =>
      activity(`p-queue-${day}`, 'call', `2026-04-${day}T00:00:00.000Z`, team),
    );
    for (const a of made) await activities.create(a);
    await activities.create(activity('p-queue-other', 'call', '2026-04-04T00:00:00.000Z', 'outreach-team'));

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await activities.listOpen(team, 2, cursor);
      seen.push(...page.items.map((a) => a.patientId));
      cursor = page.cursor;
    } while (cursor);

    expect(seen).toEqual(['p-queue-03', 'p-queue-02', 'p-queue-01']);
  });

  it('queues an activity without a team as unassigned', async () => {
    const a = activity('p-unassigned', 'review', '2026-05-01T00:00:00.000Z');
    await activities.create(a);

    expect((await activities.listOpen(undefined, 10)).items.map((x) => x.activityId)).toContain(a.activityId);
  });

  it("lists a patient's activities newest first", async () => {
    await activities.create(activity('p-many', 'first', '2026-06-01T00:00:00.000Z', 'care-team'));
    await activities.create(activity('p-many', 'second', '2026-06-02T00:00:00.000Z', 'front-desk'));

    expect((await activities.byPatient('p-many', 10)).items.map((a) => a.stepId)).toEqual(['second', 'first']);
  });

  it('completes an open activity once, takes it off the queue, and refuses a stale or unknown one', async () => {
    const a = activity('p-done', 'call', '2026-07-01T00:00:00.000Z', 'outreach-team');
    await activities.create(a);
    const key = { patientId: 'p-done', activityId: a.activityId };

    expect(await activities.complete(key, 'staff-1', '2026-07-02T00:00:00.000Z', 'open')).toBe('completed');
    expect(await activities.complete(key, 'staff-2', '2026-07-02T00:01:00.000Z', 'open')).toBe('conflict');
    expect(await activities.complete({ ...key, activityId: 'act-missing' }, 'staff-1', 'x', 'open')).toBe('not-found');

    expect((await activities.listOpen('outreach-team', 50)).items.map((x) => x.activityId)).not.toContain(a.activityId);
    expect((await activities.byPatient('p-done', 10)).items).toEqual([
      { ...a, status: 'done', completedAt: '2026-07-02T00:00:00.000Z', completedBy: 'staff-1' },
    ]);
  });

  it('refuses a cursor from another list', async () => {
    await activities.create(activity('p-cursor', 'a', '2026-08-01T00:00:00.000Z', 'care-team'));
    await activities.create(activity('p-cursor', 'b', '2026-08-02T00:00:00.000Z', 'care-team'));
    const { cursor } = await activities.byPatient('p-cursor', 1);

    await expect(activities.byPatient('p-other', 1, cursor)).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it.each([
    ['an attribute the key does not have', (key: Record<string, unknown>) => ({ ...key, extra: 'x' })],
    ['without its sort key', ({ sk: _sk, ...key }: Record<string, unknown>) => key],
    ['with a number where the key holds a string', (key: Record<string, unknown>) => ({ ...key, sk: 7 })],
  ])(
    'refuses a crafted cursor of the same list (%s) with InvalidCursorError, not a DynamoDB error',
    async (_, craft) => {
      await activities.create(activity('p-crafted', 'a', '2026-08-01T00:00:00.000Z', 'care-team'));
      await activities.create(activity('p-crafted', 'b', '2026-08-02T00:00:00.000Z', 'care-team'));
      const { cursor } = await activities.byPatient('p-crafted', 1);
      const key = JSON.parse(Buffer.from(cursor ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
      const crafted = Buffer.from(JSON.stringify(craft(key))).toString('base64url');

      await expect(activities.byPatient('p-crafted', 1, crafted)).rejects.toBeInstanceOf(InvalidCursorError);
    },
  );
});

describe('attribute store', () => {
  it.each([
    ['a number', 42],
    ['a decimal', 2.5],
    ['a boolean', false],
    ['a string', 'fr'],
  ])('writes %s where and as the compiled branch reads it', async (_, value) => {
    const patientId = `p-attr-${randomUUID().slice(0, 6)}`;
    await attributes.put({
      patientId,
      name: 'score',
      value,
      updatedAt: '2026-03-01T00:00:00.000Z',
      journeyId: 'j',
      stepId: 's',
    });

    // The branch's own query, as Step Functions' SDK integration sends it: the value arrives as an AttributeValue.
    const page = await rawClient.send(
      new QueryCommand({
        TableName: patientsTable,
        KeyConditionExpression: 'pk = :pk AND sk = :sk',
        ExpressionAttributeValues: { ':pk': { S: `PATIENT#${patientId}` }, ':sk': { S: 'ATTRIBUTE#score' } },
        ConsistentRead: true,
        ProjectionExpression: '#value',
        ExpressionAttributeNames: { '#value': 'value' },
      }),
    );
    const rule = attributeBranchRule(value);
    const type = String(rule.Variable).split('.').pop() as 'S' | 'N' | 'BOOL';
    const read = page.Items?.[0]?.value?.[type];

    expect(read).toBe('BooleanEquals' in rule ? rule.BooleanEquals : rule.StringEquals);
    expect((await attributes.get(patientId, 'score'))?.value).toBe(value);
  });

  it('overwrites the previous value', async () => {
    const base = {
      patientId: 'p-over',
      name: 'visits',
      updatedAt: '2026-03-01T00:00:00.000Z',
      journeyId: 'j',
      stepId: 's',
    };
    await attributes.put({ ...base, value: 1 });
    await attributes.put({ ...base, value: 2, updatedAt: '2026-03-02T00:00:00.000Z' });

    expect(await attributes.get('p-over', 'visits')).toEqual({
      ...base,
      value: 2,
      updatedAt: '2026-03-02T00:00:00.000Z',
    });
  });
});

import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  InternalServerError,
  ProvisionedThroughputExceededException,
} from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { DynamoIngestionStore } from '../../../lambdas/adapters/dynamodb/ingestion-store';
import { resourceContent, resourceOf } from '../../../lambdas/adapters/dynamodb/resource-content';
import { TransientStoreError } from '../../../lambdas/adapters/errors';
import type { ValidChange } from '../../../lambdas/domain/ingestion/validate-change';
import type { AppliedVersion } from '../../../lambdas/domain/ingestion/version-stamp';

const TABLE = 'outreach-patients';
const APPLIED_AT = new Date('2025-06-01T12:00:00.000Z');
const KEY = { resourceType: 'Observation', resourceId: 'weight-1' } as const;

const documentClient = DynamoDBDocumentClient.from(
  new DynamoDBClient({ region: 'eu-west-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } }),
);
const dynamo = mockClient(documentClient);
const store = new DynamoIngestionStore(documentClient, TABLE);

const observation = {
  resourceType: 'Observation' as const,
  id: 'weight-1',
  status: 'final' as const,
  code: { text: 'Body weight' },
  subject: { reference: 'Patient/p2' },
};

function update(patientIds: string[]): ValidChange {
  return {
    ...KEY,
    action: 'update',
    stamp: { versionId: '3', lastUpdated: '2025-06-01T11:00:00Z', occurredAt: '2025-06-01T11:00:01Z' },
    contentHash: 'hash-3',
    deleted: false,
    patientIds,
    resource: observation,
    facts: { kind: 'Observation', codes: [], categories: [], status: 'final' },
  };
}

const deletion: ValidChange = {
  ...KEY,
  action: 'delete',
  stamp: { occurredAt: '2025-06-01T11:00:01Z' },
  contentHash: 'deleted',
  deleted: true,
  patientIds: [],
};

function existing(patientIds: string[], overrides: Partial<AppliedVersion> = {}): AppliedVersion {
  return {
    stamp: { versionId: '2', occurredAt: '2025-05-01T00:00:00Z' },
    contentHash: 'hash-2',
    deleted: false,
    patientIds,
    revision: 7,
    announced: true,
    pendingPatientIds: [],
    ...overrides,
  };
}

/** The items written, in the order they were written. */
function puts() {
  return dynamo.commandCalls(PutCommand).map((call) => call.args[0].input);
}

/** Writes under patients fail with `error`; every other write succeeds. */
function refuseUnderPatients(error: Error) {
  dynamo.on(PutCommand).callsFake((input: { Item?: Record<string, unknown> }) => {
    if (String(input.Item?.pk).startsWith('PATIENT#')) throw error;
    return {};
  });
}

const versionPut = () => puts().find((put) => put.Item?.sk === 'VERSION');
const projectionPuts = () => puts().filter((put) => String(put.Item?.pk).startsWith('PATIENT#'));
const changeRecords = () =>
  puts()
    .filter((put) => String(put.Item?.sk).startsWith('CHANGE#'))
    .map((put) => put.Item);

const faults: [string, Error][] = [
  ['throttling', new ProvisionedThroughputExceededException({ message: 'Rate exceeded', $metadata: {} })],
  ['an internal server error', new InternalServerError({ message: 'Internal server error', $metadata: {} })],
  ['a time-out', Object.assign(new Error('Socket timed out'), { name: 'TimeoutError' })],
  [
    'a 503 without a known name',
    Object.assign(new Error('Service Unavailable'), { name: 'Unknown', $metadata: { httpStatusCode: 503 } }),
  ],
];

beforeEach(() => {
  dynamo.reset();
});

describe('DynamoIngestionStore.getAppliedVersion', () => {
  it('reads the version record consistently by its key', async () => {
    dynamo.on(GetCommand).resolves({});

    await store.getAppliedVersion(KEY);

    expect(dynamo).toHaveReceivedCommandWith(GetCommand, {
      TableName: TABLE,
      Key: { pk: 'RESOURCE#Observation/weight-1', sk: 'VERSION' },
      ConsistentRead: true,
    });
  });

  it('returns nothing for a resource never applied', async () => {
    dynamo.on(GetCommand).resolves({});

    expect(await store.getAppliedVersion(KEY)).toBeUndefined();
  });

  it('returns the stamp, hash, patients, revision, announcement state and patients to announce of the record', async () => {
    dynamo.on(GetCommand).resolves({
      Item: {
        pk: 'RESOURCE#Observation/weight-1',
        sk: 'VERSION',
        versionId: '2',
        occurredAt: '2025-05-01T00:00:00Z',
        contentHash: 'hash-2',
        deleted: false,
        patientIds: ['p1'],
        revision: 7,
        announced: false,
        pendingPatientIds: ['p0', 'p1'],
        appliedAt: '2025-05-01T00:00:02Z',
      },
    });

    expect(await store.getAppliedVersion(KEY)).toEqual({
      stamp: { versionId: '2', lastUpdated: undefined, occurredAt: '2025-05-01T00:00:00Z' },
      contentHash: 'hash-2',
      deleted: false,
      patientIds: ['p1'],
      revision: 7,
      announced: false,
      pendingPatientIds: ['p0', 'p1'],
    });
  });
});

describe('DynamoIngestionStore.applyChange', () => {
  it('creates the version record only if none exists, with the resource, then puts the resource under its patient', async () => {
    dynamo.on(PutCommand).resolves({});

    expect(await store.applyChange(update(['p2']), undefined, ['p2'], APPLIED_AT)).toBe('applied');

    expect(puts()).toEqual([
      {
        TableName: TABLE,
        Item: {
          pk: 'RESOURCE#Observation/weight-1',
          sk: 'VERSION',
          resourceType: 'Observation',
          resourceId: 'weight-1',
          versionId: '3',
          lastUpdated: '2025-06-01T11:00:00Z',
          occurredAt: '2025-06-01T11:00:01Z',
          contentHash: 'hash-3',
          deleted: false,
          patientIds: ['p2'],
          revision: 1,
          announced: false,
          pendingPatientIds: ['p2'],
          appliedAt: '2025-06-01T12:00:00.000Z',
          resourceZ: expect.any(Uint8Array),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
      {
        TableName: TABLE,
        Item: {
          pk: 'PATIENT#p2',
          sk: 'RESOURCE#Observation#weight-1',
          resourceType: 'Observation',
          resourceId: 'weight-1',
          facts: update(['p2']).facts,
          resourceZ: expect.any(Uint8Array),
          revision: 1,
          appliedAt: '2025-06-01T12:00:00.000Z',
        },
        ConditionExpression: 'attribute_not_exists(revision) OR revision < :revision',
        ExpressionAttributeValues: { ':revision': 1 },
      },
    ]);
    expect(puts().map((put) => resourceOf(put.Item))).toEqual([observation, observation]);
  });

  it('replaces a version on condition that its revision is unchanged, and bumps the revision', async () => {
    dynamo.on(PutCommand).resolves({});

    await store.applyChange(update(['p2']), existing(['p2']), ['p2'], APPLIED_AT);

    expect(versionPut()).toMatchObject({
      Item: { revision: 8, announced: false },
      ConditionExpression: 'revision = :revision',
      ExpressionAttributeValues: { ':revision': 7 },
    });
    expect(projectionPuts().map((put) => put.Item?.revision)).toEqual([8]);
  });

  it('writes no change record for a create: the version record holds what the resource became', async () => {
    dynamo.on(PutCommand).resolves({});

    await store.applyChange(update(['p2']), undefined, ['p2'], APPLIED_AT);

    expect(changeRecords()).toEqual([]);
  });

  it('moves what the replaced revision was into its change record, before the version record, expiring after seven days', async () => {
    const before = { ...observation, status: 'preliminary' as const };
    dynamo.on(GetCommand).resolves({
      Item: {
        pk: 'RESOURCE#Observation/weight-1',
        sk: 'VERSION',
        resourceType: 'Observation',
        resourceId: 'weight-1',
        versionId: '2',
        occurredAt: '2025-05-01T00:00:00Z',
        contentHash: 'hash-2',
        deleted: false,
        patientIds: ['p2'],
        revision: 7,
        announced: true,
        pendingPatientIds: [],
        appliedAt: '2025-05-01T00:00:02Z',
        ...resourceContent(before),
      },
    });
    dynamo.on(PutCommand).resolves({});
    const read = await store.getAppliedVersion(KEY);

    await store.applyChange(update(['p2']), read, ['p2'], APPLIED_AT);

    expect(changeRecords()).toEqual([
      {
        pk: 'RESOURCE#Observation/weight-1',
        sk: 'CHANGE#0000000007',
        revision: 7,
        deleted: false,
        resourceZ: expect.any(Uint8Array),
        appliedAt: '2025-05-01T00:00:02Z',
        expiresAt: Math.floor(APPLIED_AT.getTime() / 1000) + 7 * 86_400,
      },
    ]);
    expect(resourceOf(changeRecords()[0])).toEqual(before);
    expect(puts().map((put) => put.Item?.sk)).toEqual([
      'CHANGE#0000000007',
      'VERSION',
      'RESOURCE#Observation#weight-1',
    ]);
  });

  it('puts the resource under its current patients and a tombstone under the patients it no longer names', async () => {
    dynamo.on(PutCommand).resolves({});

    await store.applyChange(update(['p2', 'p3']), existing(['p1', 'p2']), ['p1', 'p2', 'p3'], APPLIED_AT);

    expect(projectionPuts().map((put) => [put.Item?.pk, put.Item?.facts !== undefined])).toEqual([
      ['PATIENT#p2', true],
      ['PATIENT#p3', true],
      ['PATIENT#p1', false],
    ]);
    expect(projectionPuts()[2]).toEqual({
      TableName: TABLE,
      Item: {
        pk: 'PATIENT#p1',
        sk: 'RESOURCE#Observation#weight-1',
        revision: 8,
        removedAt: '2025-06-01T12:00:00.000Z',
        expiresAt: Math.floor(APPLIED_AT.getTime() / 1000) + 7 * 86_400,
      },
      ConditionExpression: 'attribute_not_exists(revision) OR revision < :revision',
      ExpressionAttributeValues: { ':revision': 8 },
    });
    expect(versionPut()?.Item?.patientIds).toEqual(['p2', 'p3']);
  });

  it('writes a delete as a tombstone that keeps the patients it removes the resource from', async () => {
    dynamo.on(PutCommand).resolves({});

    await store.applyChange(deletion, existing(['p1', 'p2']), ['p1', 'p2'], APPLIED_AT);

    expect(versionPut()?.Item).toMatchObject({ deleted: true, contentHash: 'deleted', patientIds: ['p1', 'p2'] });
    expect(versionPut()?.Item).not.toHaveProperty('resourceZ');
    expect(projectionPuts().map((put) => [put.Item?.pk, put.Item?.removedAt])).toEqual([
      ['PATIENT#p1', '2025-06-01T12:00:00.000Z'],
      ['PATIENT#p2', '2025-06-01T12:00:00.000Z'],
    ]);
  });

  it('records the patients to announce on the version and leaves it unannounced', async () => {
    dynamo.on(PutCommand).resolves({});

    await store.applyChange(update(['p2']), existing(['p1']), ['p1', 'p2'], APPLIED_AT);

    expect(versionPut()?.Item).toMatchObject({
      patientIds: ['p2'],
      pendingPatientIds: ['p1', 'p2'],
      announced: false,
    });
  });

  it('writes a version with nobody to announce as already announced', async () => {
    dynamo.on(PutCommand).resolves({});

    await store.applyChange(update(['p2']), existing(['p2']), [], APPLIED_AT);

    expect(versionPut()?.Item).toMatchObject({ pendingPatientIds: [], announced: true });
  });

  it('keeps reference data on the version record, under no patient', async () => {
    dynamo.on(PutCommand).resolves({});
    const location = { resourceType: 'Location' as const, id: 'loc-1', name: 'South Wing' };
    const change: ValidChange = {
      ...update([]),
      resourceType: 'Location',
      resourceId: 'loc-1',
      resource: location,
      facts: undefined,
    };

    await store.applyChange(change, undefined, [], APPLIED_AT);

    expect(puts()).toHaveLength(1);
    expect(versionPut()?.Item).toMatchObject({ pk: 'RESOURCE#Location/loc-1' });
    expect(resourceOf(versionPut()?.Item)).toEqual(location);
  });

  it('answers conflict, writing nothing under the patient, when the version condition fails', async () => {
    dynamo
      .on(PutCommand)
      .rejects(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }));

    expect(await store.applyChange(update(['p2']), existing(['p2']), ['p2'], APPLIED_AT)).toBe('conflict');
    expect(puts()).toHaveLength(1);
  });

  it('leaves a newer revision under a patient in place: the projection is refused, the change still applied', async () => {
    refuseUnderPatients(
      new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }),
    );

    expect(await store.applyChange(update(['p2']), existing(['p2']), ['p2'], APPLIED_AT)).toBe('applied');
    expect(projectionPuts()).toHaveLength(1);
  });

  it.each(faults)('throws TransientStoreError on %s, keeping the fault as its cause', async (_fault, error) => {
    dynamo.on(PutCommand).rejects(error);

    const failure = store.applyChange(update(['p2']), undefined, ['p2'], APPLIED_AT);

    await expect(failure).rejects.toBeInstanceOf(TransientStoreError);
    await expect(failure).rejects.toHaveProperty('cause', error);
  });

  it('throws TransientStoreError when the projection meets a fault after the version record was written', async () => {
    const [, throttling] = faults[0]!;
    refuseUnderPatients(throttling);

    await expect(store.applyChange(update(['p2']), undefined, ['p2'], APPLIED_AT)).rejects.toBeInstanceOf(
      TransientStoreError,
    );
    expect(versionPut()).toBeDefined();
  });

  it('passes on a fault a retry cannot cure unchanged', async () => {
    const invalid = Object.assign(new Error('Item size has exceeded the maximum allowed size'), {
      name: 'ValidationException',
      $metadata: { httpStatusCode: 400 },
    });
    dynamo.on(PutCommand).rejects(invalid);

    await expect(store.applyChange(update(['p2']), undefined, ['p2'], APPLIED_AT)).rejects.toBe(invalid);
  });
});

describe('DynamoIngestionStore.completeProjection', () => {
  it('writes the version under its patients again and a tombstone under each patient it was announced for and left', async () => {
    dynamo.on(PutCommand).resolves({});

    await store.completeProjection(
      update(['p2']),
      existing(['p2'], { revision: 8, announced: false, pendingPatientIds: ['p1', 'p2'] }),
      APPLIED_AT,
    );

    expect(puts().map((put) => [put.Item?.pk, put.Item?.revision, put.Item?.removedAt !== undefined])).toEqual([
      ['PATIENT#p2', 8, false],
      ['PATIENT#p1', 8, true],
    ]);
    expect(
      puts().every((put) => put.ConditionExpression === 'attribute_not_exists(revision) OR revision < :revision'),
    ).toBe(true);
  });
});

describe('DynamoIngestionStore reads and announcement marks', () => {
  it.each(faults)('getAppliedVersion throws TransientStoreError on %s', async (_fault, error) => {
    dynamo.on(GetCommand).rejects(error);

    await expect(store.getAppliedVersion(KEY)).rejects.toBeInstanceOf(TransientStoreError);
  });

  it.each(faults)('markAnnounced throws TransientStoreError on %s', async (_fault, error) => {
    dynamo.on(UpdateCommand).rejects(error);

    await expect(store.markAnnounced(KEY, 8)).rejects.toBeInstanceOf(TransientStoreError);
  });

  it('marks a version announced on condition that its revision is unchanged', async () => {
    dynamo.on(UpdateCommand).resolves({});

    await store.markAnnounced(KEY, 8);

    expect(dynamo).toHaveReceivedCommandWith(UpdateCommand, {
      TableName: TABLE,
      Key: { pk: 'RESOURCE#Observation/weight-1', sk: 'VERSION' },
      UpdateExpression: 'SET announced = :true',
      ConditionExpression: 'revision = :revision',
      ExpressionAttributeValues: { ':true': true, ':revision': 8 },
    });
  });

  it('lets markAnnounced succeed when a newer revision replaced the version meanwhile', async () => {
    dynamo
      .on(UpdateCommand)
      .rejects(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }));

    await expect(store.markAnnounced(KEY, 8)).resolves.toBeUndefined();
  });
});

describe('DynamoIngestionStore announcement ids', () => {
  const versionItem = (announcement?: string) => ({
    pk: 'RESOURCE#Observation/weight-1',
    sk: 'VERSION',
    resourceType: 'Observation',
    resourceId: 'weight-1',
    occurredAt: '2025-05-01T00:00:00Z',
    contentHash: 'hash-2',
    deleted: false,
    patientIds: ['p1'],
    revision: 7,
    announced: false,
    pendingPatientIds: ['p1'],
    ...(announcement ? { announcement } : {}),
  });

  it('writes the version under its announcement id while it has patients to announce', async () => {
    dynamo.on(PutCommand).resolves({});

    await store.applyChange(update(['p2']), undefined, ['p2'], APPLIED_AT, 'batch-1');

    expect(versionPut()?.Item).toMatchObject({ announced: false, announcement: 'batch-1' });
  });

  it('reads a version as announced once the mark of its announcement id is written, in one more read', async () => {
    dynamo
      .on(BatchGetCommand)
      .resolvesOnce({ Responses: { [TABLE]: [versionItem('batch-1')] } })
      .resolvesOnce({
        Responses: { [TABLE]: [{ pk: 'ANNOUNCEMENT#batch-1', sk: 'ANNOUNCED', announcementId: 'batch-1' }] },
      });

    const versions = await store.getAppliedVersions([KEY]);

    expect(versions.get('Observation/weight-1')?.announced).toBe(true);
    expect(dynamo.commandCalls(BatchGetCommand)[1]?.args[0].input.RequestItems?.[TABLE]?.Keys).toEqual([
      { pk: 'ANNOUNCEMENT#batch-1', sk: 'ANNOUNCED' },
    ]);
  });

  it('reads a version under an announcement id without a mark as unannounced', async () => {
    dynamo.on(GetCommand).resolvesOnce({ Item: versionItem('batch-2') });
    dynamo.on(BatchGetCommand).resolves({ Responses: { [TABLE]: [] } });

    expect((await store.getAppliedVersion(KEY))?.announced).toBe(false);
  });

  it('asks for no mark when no version read waits for one', async () => {
    dynamo.on(BatchGetCommand).resolves({ Responses: { [TABLE]: [{ ...versionItem(), announced: true }] } });

    await store.getAppliedVersions([KEY]);

    expect(dynamo.commandCalls(BatchGetCommand)).toHaveLength(1);
  });

  it('writes one mark per announcement id, expiring after 400 days', async () => {
    dynamo.on(PutCommand).resolves({});

    await store.markAnnouncementsPublished(['batch-1', 'batch-1'], APPLIED_AT);

    expect(dynamo.commandCalls(PutCommand)).toHaveLength(1);
    expect(dynamo).toHaveReceivedCommandWith(PutCommand, {
      TableName: TABLE,
      Item: {
        pk: 'ANNOUNCEMENT#batch-1',
        sk: 'ANNOUNCED',
        announcementId: 'batch-1',
        announcedAt: APPLIED_AT.toISOString(),
        expiresAt: APPLIED_AT.getTime() / 1000 + 400 * 86_400,
      },
    });
  });
});

import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  InternalServerError,
  ProvisionedThroughputExceededException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { DynamoIngestionStore } from '../../../lambdas/adapters/dynamodb/ingestion-store';
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

function allTransactItems() {
  return dynamo.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems ?? [];
}

const isChangeRecord = (item: { Put?: { Item?: Record<string, unknown> } }) =>
  String(item.Put?.Item?.sk ?? '').startsWith('CHANGE#');

/** The writes of the projection itself; the change record is checked on its own. */
function transactItems() {
  return allTransactItems().filter((item) => !isChangeRecord(item));
}

function changeRecords() {
  return allTransactItems()
    .filter(isChangeRecord)
    .map((item) => item.Put?.Item);
}

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
  it('creates the version record only if none exists, and puts the resource under its patient', async () => {
    dynamo.on(TransactWriteCommand).resolves({});

    expect(await store.applyChange(update(['p2']), undefined, ['p2'], APPLIED_AT)).toBe('applied');

    expect(transactItems()).toEqual([
      {
        Put: {
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
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: TABLE,
          Item: {
            pk: 'PATIENT#p2',
            sk: 'RESOURCE#Observation#weight-1',
            resourceType: 'Observation',
            resourceId: 'weight-1',
            facts: update(['p2']).facts,
            resourceJson: JSON.stringify(observation),
            contentHash: 'hash-3',
            appliedAt: '2025-06-01T12:00:00.000Z',
          },
        },
      },
    ]);
  });

  it('replaces a version on condition that its revision is unchanged, and bumps the revision', async () => {
    dynamo.on(TransactWriteCommand).resolves({});

    await store.applyChange(update(['p2']), existing(['p2']), ['p2'], APPLIED_AT);

    expect(transactItems()[0]?.Put).toMatchObject({
      Item: { revision: 8, announced: false },
      ConditionExpression: 'revision = :revision',
      ExpressionAttributeValues: { ':revision': 7 },
    });
  });

  it('keeps a change record of what the resource became at the revision, expiring after seven days', async () => {
    dynamo.on(TransactWriteCommand).resolves({});

    await store.applyChange(update(['p2']), undefined, ['p2'], APPLIED_AT);

    expect(changeRecords()).toEqual([
      {
        pk: 'RESOURCE#Observation/weight-1',
        sk: 'CHANGE#0000000001',
        revision: 1,
        deleted: false,
        resourceJson: JSON.stringify(observation),
        appliedAt: '2025-06-01T12:00:00.000Z',
        expiresAt: Math.floor(APPLIED_AT.getTime() / 1000) + 7 * 86_400,
      },
    ]);
  });

  it('puts the resource under its current patients and deletes it from the patients it no longer names', async () => {
    dynamo.on(TransactWriteCommand).resolves({});

    await store.applyChange(update(['p2', 'p3']), existing(['p1', 'p2']), ['p1', 'p2', 'p3'], APPLIED_AT);

    const items = transactItems();
    expect(
      items.slice(1).map((item) => (item.Put ? ['Put', item.Put.Item?.pk] : ['Delete', item.Delete?.Key])),
    ).toEqual([
      ['Put', 'PATIENT#p2'],
      ['Put', 'PATIENT#p3'],
      ['Delete', { pk: 'PATIENT#p1', sk: 'RESOURCE#Observation#weight-1' }],
    ]);
    expect(items[0]?.Put?.Item?.patientIds).toEqual(['p2', 'p3']);
  });

  it('writes a delete as a tombstone that keeps the patients it removes the resource from', async () => {
    dynamo.on(TransactWriteCommand).resolves({});

    await store.applyChange(deletion, existing(['p1', 'p2']), ['p1', 'p2'], APPLIED_AT);

    const items = transactItems();
    expect(items[0]?.Put?.Item).toMatchObject({ deleted: true, contentHash: 'deleted', patientIds: ['p1', 'p2'] });
    expect(items.slice(1)).toEqual([
      { Delete: { TableName: TABLE, Key: { pk: 'PATIENT#p1', sk: 'RESOURCE#Observation#weight-1' } } },
      { Delete: { TableName: TABLE, Key: { pk: 'PATIENT#p2', sk: 'RESOURCE#Observation#weight-1' } } },
    ]);
  });

  it('records the patients to announce on the version and leaves it unannounced', async () => {
    dynamo.on(TransactWriteCommand).resolves({});

    await store.applyChange(update(['p2']), existing(['p1']), ['p1', 'p2'], APPLIED_AT);

    expect(transactItems()[0]?.Put?.Item).toMatchObject({
      patientIds: ['p2'],
      pendingPatientIds: ['p1', 'p2'],
      announced: false,
    });
  });

  it('writes a version with nobody to announce as already announced', async () => {
    dynamo.on(TransactWriteCommand).resolves({});

    await store.applyChange(update(['p2']), existing(['p2']), [], APPLIED_AT);

    expect(transactItems()[0]?.Put?.Item).toMatchObject({ pendingPatientIds: [], announced: true });
  });

  it('keeps reference data on the version record, under no patient', async () => {
    dynamo.on(TransactWriteCommand).resolves({});
    const location = { resourceType: 'Location' as const, id: 'loc-1', name: 'South Wing' };
    const change: ValidChange = {
      ...update([]),
      resourceType: 'Location',
      resourceId: 'loc-1',
      resource: location,
      facts: undefined,
    };

    await store.applyChange(change, undefined, [], APPLIED_AT);

    const items = transactItems();
    expect(items).toHaveLength(1);
    expect(items[0]?.Put?.Item).toMatchObject({
      pk: 'RESOURCE#Location/loc-1',
      resourceJson: JSON.stringify(location),
    });
  });

  it('answers conflict when the transaction is cancelled by the version condition', async () => {
    dynamo.on(TransactWriteCommand).rejects(
      new TransactionCanceledException({
        message: 'Transaction cancelled',
        $metadata: {},
        CancellationReasons: [{ Code: 'ConditionalCheckFailed' }, { Code: 'None' }],
      }),
    );

    expect(await store.applyChange(update(['p2']), existing(['p2']), ['p2'], APPLIED_AT)).toBe('conflict');
  });

  it('throws TransientStoreError when the transaction is cancelled by a conflicting transaction', async () => {
    dynamo.on(TransactWriteCommand).rejects(
      new TransactionCanceledException({
        message: 'Transaction cancelled',
        $metadata: {},
        CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }],
      }),
    );

    await expect(store.applyChange(update(['p2']), existing(['p2']), ['p2'], APPLIED_AT)).rejects.toBeInstanceOf(
      TransientStoreError,
    );
  });

  it.each(faults)('throws TransientStoreError on %s, keeping the fault as its cause', async (_fault, error) => {
    dynamo.on(TransactWriteCommand).rejects(error);

    const failure = store.applyChange(update(['p2']), undefined, ['p2'], APPLIED_AT);

    await expect(failure).rejects.toBeInstanceOf(TransientStoreError);
    await expect(failure).rejects.toHaveProperty('cause', error);
  });

  it('passes on a fault a retry cannot cure unchanged', async () => {
    const invalid = Object.assign(new Error('Item size has exceeded the maximum allowed size'), {
      name: 'ValidationException',
      $metadata: { httpStatusCode: 400 },
    });
    dynamo.on(TransactWriteCommand).rejects(invalid);

    await expect(store.applyChange(update(['p2']), undefined, ['p2'], APPLIED_AT)).rejects.toBe(invalid);
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
    dynamo.on(TransactWriteCommand).resolves({});

    await store.applyChange(update(['p2']), undefined, ['p2'], APPLIED_AT, 'batch-1');

    expect(transactItems()[0]?.Put?.Item).toMatchObject({ announced: false, announcement: 'batch-1' });
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

import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  ProvisionedThroughputExceededException,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { DynamoDeadLetterStore } from '../../../lambdas/adapters/dynamodb/dead-letter-store';
import { TransientStoreError } from '../../../lambdas/adapters/errors';
import type { DeadLetterEntry } from '../../../lambdas/domain/ingestion/ports';

const TABLE = 'outreach-platform';
const RETENTION_DAYS = 30;

const documentClient = DynamoDBDocumentClient.from(
  new DynamoDBClient({ region: 'eu-west-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } }),
);
const dynamo = mockClient(documentClient);
const store = new DynamoDeadLetterStore(documentClient, TABLE, RETENTION_DAYS);

const payload = {
  id: 'e9',
  detail: { action: 'update', occurredAt: '2025-06-01T11:59:00Z', resource: { resourceType: 'Patient', id: 'p1' } },
};
const entry: DeadLetterEntry = {
  id: 'event-abc',
  receivedAt: '2025-06-01T12:00:00.000Z',
  origin: 'event',
  rejection: { code: 'invalid-resource', message: 'the Patient is not valid FHIR R4', issues: [] },
  resourceType: 'Patient',
  resourceId: 'p1',
  payload,
};

beforeEach(() => {
  dynamo.reset();
});

describe('DynamoDeadLetterStore.record', () => {
  it('puts an open entry, once per id, expiring after the retention period', async () => {
    dynamo.on(PutCommand).resolves({});

    await store.record(entry);

    expect(dynamo).toHaveReceivedCommandWith(PutCommand, {
      TableName: TABLE,
      Item: {
        pk: 'DEADLETTER#event-abc',
        sk: 'ENTRY',
        gsi1pk: 'DEADLETTER#open',
        gsi1sk: '2025-06-01T12:00:00.000Z#event-abc',
        id: 'event-abc',
        receivedAt: '2025-06-01T12:00:00.000Z',
        origin: 'event',
        rejection: entry.rejection,
        resourceType: 'Patient',
        resourceId: 'p1',
        payload: JSON.stringify(payload),
        status: 'open',
        expiresAt: Date.parse('2025-07-01T12:00:00.000Z') / 1000,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it('succeeds when the same entry was recorded before and is still open', async () => {
    const alreadyThere = new ConditionalCheckFailedException({
      message: 'The conditional request failed',
      $metadata: {},
    });
    dynamo.on(PutCommand).rejects(alreadyThere);
    dynamo.on(UpdateCommand).rejects(alreadyThere);

    await expect(store.record(entry)).resolves.toBeUndefined();
  });

  it('reopens an entry that was replayed and rejected again, so it does not drop out of view', async () => {
    dynamo
      .on(PutCommand)
      .rejects(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }));
    dynamo.on(UpdateCommand).resolves({});

    await store.record(entry);

    expect(dynamo).toHaveReceivedCommandWith(UpdateCommand, {
      Key: { pk: 'DEADLETTER#event-abc', sk: 'ENTRY' },
      ConditionExpression: '#status = :replayed',
      ExpressionAttributeValues: expect.objectContaining({ ':open': 'open', ':kind': 'DEADLETTER#open' }),
    });
  });

  it('throws TransientStoreError when throttled', async () => {
    dynamo
      .on(PutCommand)
      .rejects(new ProvisionedThroughputExceededException({ message: 'Rate exceeded', $metadata: {} }));

    await expect(store.record(entry)).rejects.toBeInstanceOf(TransientStoreError);
  });

  it('passes on any other failure unchanged', async () => {
    const accessDenied = Object.assign(new Error('not authorized to perform: dynamodb:PutItem'), {
      name: 'AccessDeniedException',
      $metadata: { httpStatusCode: 400 },
    });
    dynamo.on(PutCommand).rejects(accessDenied);

    await expect(store.record(entry)).rejects.toBe(accessDenied);
  });
});

import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { DynamoResourceChanges } from '../../../lambdas/adapters/dynamodb/resource-changes';
import { resourceContent } from '../../../lambdas/adapters/dynamodb/resource-content';

const TABLE = 'outreach-patients';
const PK = 'RESOURCE#Appointment/appt-1';
const documentClient = DynamoDBDocumentClient.from(
  new DynamoDBClient({ region: 'eu-west-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } }),
);
const dynamo = mockClient(documentClient);
const changes = new DynamoResourceChanges(documentClient, TABLE);

const appointment = (status: string) => ({ resourceType: 'Appointment', id: 'appt-1', status });
const changeRecord = (revision: number, status: string) => ({
  pk: PK,
  sk: `CHANGE#${String(revision).padStart(10, '0')}`,
  revision,
  deleted: false,
  ...resourceContent(appointment(status)),
});
const versionRecord = (revision: number, status: string) => ({
  pk: PK,
  sk: 'VERSION',
  revision,
  deleted: false,
  ...resourceContent(appointment(status)),
});

beforeEach(() => {
  dynamo.reset();
});

describe('DynamoResourceChanges', () => {
  it('reads the revision before and everything after it up to the version record in one consistent query', async () => {
    dynamo.on(QueryCommand).resolves({ Items: [] });

    await changes.change('Appointment', 'appt-1', 3);

    expect(dynamo).toHaveReceivedCommandWith(QueryCommand, {
      TableName: TABLE,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :before AND :version',
      ExpressionAttributeValues: { ':pk': PK, ':before': 'CHANGE#0000000002', ':version': 'VERSION' },
      ConsistentRead: true,
    });
  });

  it('takes the latest revision from the version record and the one before from its change record', async () => {
    dynamo.on(QueryCommand).resolves({ Items: [changeRecord(2, 'proposed'), versionRecord(3, 'booked')] });

    expect(await changes.change('Appointment', 'appt-1', 3)).toEqual({
      current: appointment('booked'),
      previous: appointment('proposed'),
    });
  });

  it('takes a revision since replaced from its own change record, not from the version record', async () => {
    dynamo
      .on(QueryCommand)
      .resolves({ Items: [changeRecord(2, 'proposed'), changeRecord(3, 'booked'), versionRecord(4, 'cancelled')] });

    expect(await changes.change('Appointment', 'appt-1', 3)).toEqual({
      current: appointment('booked'),
      previous: appointment('proposed'),
    });
  });

  it('answers a created resource with nothing before it', async () => {
    dynamo.on(QueryCommand).resolves({ Items: [versionRecord(1, 'booked')] });

    expect(await changes.change('Appointment', 'appt-1', 1)).toEqual({ current: appointment('booked') });
  });

  it('answers unknown when neither a change record nor the version record holds the revision', async () => {
    dynamo.on(QueryCommand).resolves({ Items: [versionRecord(5, 'booked')] });

    expect(await changes.change('Appointment', 'appt-1', 3)).toBeUndefined();
  });

  it('reads change records written before the version record kept the content (text, not compressed)', async () => {
    dynamo.on(QueryCommand).resolves({
      Items: [
        {
          pk: PK,
          sk: 'CHANGE#0000000001',
          revision: 1,
          deleted: false,
          resourceJson: JSON.stringify(appointment('proposed')),
        },
        {
          pk: PK,
          sk: 'CHANGE#0000000002',
          revision: 2,
          deleted: false,
          resourceJson: JSON.stringify(appointment('booked')),
        },
        { pk: PK, sk: 'VERSION', revision: 2, deleted: false },
      ],
    });

    expect(await changes.change('Appointment', 'appt-1', 2)).toEqual({
      current: appointment('booked'),
      previous: appointment('proposed'),
    });
  });
});

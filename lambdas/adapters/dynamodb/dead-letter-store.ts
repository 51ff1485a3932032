import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type {
  DeadLetterInbox,
  DeadLetterPage,
  DeadLetterStatus,
  StoredDeadLetter,
} from '../../domain/ingestion/operations';
import type { DeadLetterEntry, DeadLetterStore } from '../../domain/ingestion/ports';
import { isConditionFailure, mapFaults } from './faults';

const pk = (id: string) => `DEADLETTER#${id}`;
const SK = 'ENTRY';
const kindKey = (status: DeadLetterStatus) => `DEADLETTER#${status}`;
const DAY_SECONDS = 86_400;

/** Rejected events in the Platform table, queryable by status and time, kept for the configured retention. */
export class DynamoDeadLetterStore implements DeadLetterStore, DeadLetterInbox {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly retentionDays: number,
  ) {}

  async record(entry: DeadLetterEntry): Promise<void> {
    const expiresAt = Math.floor(Date.parse(entry.receivedAt) / 1000) + this.retentionDays * DAY_SECONDS;
    try {
      await mapFaults(
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: {
              pk: pk(entry.id),
              sk: SK,
              gsi1pk: kindKey('open'),
              gsi1sk: `${entry.receivedAt}#${entry.id}`,
              ...entry,
              payload: JSON.stringify(entry.payload),
              status: 'open',
              expiresAt,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
        'dead-letter store',
      );
    } catch (error) {
      // The same event was already dead-lettered: recording it once is the point. But if it was
      // replayed and failed again, it is open again, or it would drop out of view.
      if (!isConditionFailure(error)) throw error;
      await this.reopenIfReplayed(entry);
    }
  }

  private async reopenIfReplayed(entry: DeadLetterEntry): Promise<void> {
    try {
      await mapFaults(
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { pk: pk(entry.id), sk: SK },
            UpdateExpression:
              'SET #status = :open, gsi1pk = :kind, gsi1sk = :sort, receivedAt = :at, rejection = :why REMOVE replayedAt',
            ConditionExpression: '#status = :replayed',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':open': 'open',
              ':replayed': 'replayed',
              ':kind': kindKey('open'),
              ':sort': `${entry.receivedAt}#${entry.id}`,
              ':at': entry.receivedAt,
              ':why': entry.rejection,
            },
          }),
        ),
        'dead-letter store',
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async get(id: string): Promise<StoredDeadLetter | undefined> {
    const { Item } = await mapFaults(
      this.client.send(new GetCommand({ TableName: this.tableName, Key: { pk: pk(id), sk: SK } })),
      'dead-letter store',
    );
    return Item ? toEntry(Item) : undefined;
  }

  /** Newest first, one page at a time; the cursor is opaque to callers. */
  async list(status: DeadLetterStatus, limit = 50, cursor?: string): Promise<DeadLetterPage> {
    const page = await mapFaults(
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: 'byKind',
          KeyConditionExpression: 'gsi1pk = :kind',
          ExpressionAttributeValues: { ':kind': kindKey(status) },
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: cursor ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined,
        }),
      ),
      'dead-letter store',
    );
    return {
      items: (page.Items ?? []).map(toEntry),
      cursor: page.LastEvaluatedKey
        ? Buffer.from(JSON.stringify(page.LastEvaluatedKey), 'utf8').toString('base64url')
        : undefined,
    };
  }

  async markReplayed(id: string, at: Date): Promise<void> {
    const replayedAt = at.toISOString();
    await mapFaults(
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: pk(id), sk: SK },
          UpdateExpression: 'SET #status = :replayed, gsi1pk = :kind, replayedAt = :at',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':replayed': 'replayed', ':kind': kindKey('replayed'), ':at': replayedAt },
        }),
      ),
      'dead-letter store',
    );
  }
}

function toEntry(item: Record<string, unknown>): StoredDeadLetter {
  const { pk: _pk, sk: _sk, gsi1pk: _k, gsi1sk: _s, expiresAt: _e, payload, ...rest } = item;
  return { ...(rest as unknown as StoredDeadLetter), payload: JSON.parse(String(payload)) };
}

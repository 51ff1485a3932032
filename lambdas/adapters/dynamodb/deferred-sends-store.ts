import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DeferredSend, DeferredSends } from '../../domain/messaging/send-ports';
import { mapFaults } from './faults';
import { shardOf } from './patient-keys';

const WHAT = 'deferred sends';
/** Spread over shards so that a campaign deferred at once does not make one hot partition. */
const SHARDS = 10;
const deferredPk = (shard: number) => `DEFERRED#${shard}`;
const deferredSk = (deferred: Pick<DeferredSend, 'until' | 'messageId'>) => `${deferred.until}#${deferred.messageId}`;

/** Deferred staff and campaign sends in the Messages table, by shard and due instant (`DEFERRED#<n>` / `<until>#<id>`). */
export class DynamoDeferredSends implements DeferredSends {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async schedule(deferred: DeferredSend): Promise<void> {
    await mapFaults(
      this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: deferredPk(shardOf(deferred.messageId, SHARDS)), sk: deferredSk(deferred), ...deferred },
        }),
      ),
      WHAT,
    );
  }

  async due(now: Date, limit: number): Promise<DeferredSend[]> {
    const perShard = await Promise.all(
      Array.from({ length: SHARDS }, (_, shard) =>
        mapFaults(
          this.client.send(
            new QueryCommand({
              TableName: this.tableName,
              KeyConditionExpression: 'pk = :pk AND sk <= :upTo',
              // `~` sorts after every character of a message id: everything due at or before now.
              ExpressionAttributeValues: { ':pk': deferredPk(shard), ':upTo': `${now.toISOString()}#~` },
              Limit: limit,
            }),
          ),
          WHAT,
        ),
      ),
    );
    return perShard
      .flatMap((page) => page.Items ?? [])
      .map((item) => ({
        messageId: String(item.messageId),
        until: String(item.until),
        request: item.request as DeferredSend['request'],
      }))
      .sort((a, b) => (a.until < b.until ? -1 : a.until > b.until ? 1 : 0))
      .slice(0, limit);
  }

  async done(deferred: DeferredSend): Promise<void> {
    await mapFaults(
      this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: { pk: deferredPk(shardOf(deferred.messageId, SHARDS)), sk: deferredSk(deferred) },
        }),
      ),
      WHAT,
    );
  }
}

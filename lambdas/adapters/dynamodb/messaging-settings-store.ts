import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_MESSAGING_SETTINGS, type MessagingSettings } from '../../domain/messaging/settings';
import { isConditionFailure, mapFaults } from './faults';

const WHAT = 'messaging settings';
const KEY = { pk: 'SETTINGS#messaging', sk: 'CURRENT' };

export interface StoredMessagingSettings {
  readonly settings: MessagingSettings;
  /** 0 while the defaults apply (nothing stored yet). */
  readonly revision: number;
  readonly updatedAt?: string;
  readonly updatedBy?: string;
}

/** The organisation's messaging settings in the Platform table, one item, changed under optimistic locking. */
export class DynamoMessagingSettingsStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(): Promise<StoredMessagingSettings> {
    const { Item } = await mapFaults(
      this.client.send(new GetCommand({ TableName: this.tableName, Key: KEY, ConsistentRead: true })),
      WHAT,
    );
    if (!Item) return { settings: DEFAULT_MESSAGING_SETTINGS, revision: 0 };
    return {
      settings: Item.settings as MessagingSettings,
      revision: Number(Item.revision),
      updatedAt: String(Item.updatedAt),
      updatedBy: String(Item.updatedBy),
    };
  }

  /** `conflict` when the stored revision is not `expectedRevision`. */
  async put(
    settings: MessagingSettings,
    expectedRevision: number,
    updatedBy: string,
    at: string,
  ): Promise<'saved' | 'conflict'> {
    try {
      await mapFaults(
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { ...KEY, settings, revision: expectedRevision + 1, updatedAt: at, updatedBy },
            ...(expectedRevision === 0
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : {
                  ConditionExpression: 'revision = :revision',
                  ExpressionAttributeValues: { ':revision': expectedRevision },
                }),
          }),
        ),
        WHAT,
      );
      return 'saved';
    } catch (error) {
      if (isConditionFailure(error)) return 'conflict';
      throw error;
    }
  }
}

/** Settings read at most once a minute per warm Lambda: they change rarely and every send needs them. */
export function cachedSettings(store: Pick<DynamoMessagingSettingsStore, 'get'>, now: () => number, ttlMs = 60_000) {
  let cached: { at: number; value: Promise<MessagingSettings> } | undefined;
  return (): Promise<MessagingSettings> => {
    if (!cached || now() - cached.at > ttlMs) {
      const value = store.get().then((stored) => stored.settings);
      value.catch(() => {
        cached = undefined;
      });
      cached = { at: now(), value };
    }
    return cached.value;
  };
}

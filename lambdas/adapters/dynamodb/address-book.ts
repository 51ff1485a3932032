import { BatchGetCommand, DeleteCommand, type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AddressBook, AddressOptOutSource, AddressStatus, SuppressionReason } from '../../domain/messaging/ports';
import { isConditionFailure, mapFaults } from './faults';

const WHAT = 'address book';
const addressKey = (key: string) => ({ pk: `ADDRESS#${key}`, sk: 'STATUS' });
const BATCH_GET_LIMIT = 100;
const MAX_UNPROCESSED_ROUNDS = 5;

/**
 * Per-address state in the Messages table (`ADDRESS#<address key>` / `STATUS`): suppression, an
 * address-level opt-out and the last message sent there. Keyed by an HMAC of the address, so the table's
 * keys hold no contact details. Later events win: each field is written only when newer than what it holds.
 */
export class DynamoAddressBook implements AddressBook {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async statusOf(addressKeys: readonly string[]): Promise<ReadonlyMap<string, AddressStatus>> {
    const statuses = new Map<string, AddressStatus>();
    const unique = [...new Set(addressKeys)];
    for (let start = 0; start < unique.length; start += BATCH_GET_LIMIT) {
      let keys: Record<string, unknown>[] = unique.slice(start, start + BATCH_GET_LIMIT).map(addressKey);
      for (let round = 0; keys.length > 0; round++) {
        if (round === MAX_UNPROCESSED_ROUNDS) throw new Error(`${WHAT}: reads kept being throttled`);
        const answer = await mapFaults(
          this.client.send(
            new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: keys, ConsistentRead: true } } }),
          ),
          WHAT,
        );
        for (const item of answer.Responses?.[this.tableName] ?? []) {
          const key = String(item.pk).slice('ADDRESS#'.length);
          statuses.set(key, {
            ...(item.suppressed ? { suppressed: item.suppressed as AddressStatus['suppressed'] } : {}),
            ...(item.optedOut ? { optedOut: item.optedOut as AddressStatus['optedOut'] } : {}),
            ...(item.lastMessage ? { lastMessage: item.lastMessage as AddressStatus['lastMessage'] } : {}),
          });
        }
        keys = (answer.UnprocessedKeys?.[this.tableName]?.Keys ?? []) as Record<string, unknown>[];
      }
    }
    return statuses;
  }

  suppress(key: string, reason: SuppressionReason, at: string, messageId?: string): Promise<void> {
    return this.setIfNewer(key, 'suppressed', { reason, at, ...(messageId ? { messageId } : {}) }, at);
  }

  /**
   * Ignored when a later opt-in is recorded: a STOP redelivered after the START must not undo it. A STOP and
   * a START at the same instant leave the address opted out: when the order is unknown, not sending is safe.
   */
  async optOut(key: string, source: AddressOptOutSource, at: string, keyword?: string): Promise<void> {
    try {
      await mapFaults(
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: addressKey(key),
            UpdateExpression: 'SET optedOut = :value',
            ConditionExpression:
              '(attribute_not_exists(optedOut) OR optedOut.#at <= :at) AND (attribute_not_exists(optedInAt) OR optedInAt <= :at)',
            ExpressionAttributeNames: { '#at': 'at' },
            ExpressionAttributeValues: { ':value': { source, at, ...(keyword ? { keyword } : {}) }, ':at': at },
          }),
        ),
        WHAT,
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async optIn(key: string, at: string): Promise<void> {
    try {
      await mapFaults(
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: addressKey(key),
            UpdateExpression: 'SET optedInAt = :at REMOVE optedOut',
            ConditionExpression:
              '(attribute_not_exists(optedOut) OR optedOut.#at < :at) AND (attribute_not_exists(optedInAt) OR optedInAt <= :at)',
            ExpressionAttributeNames: { '#at': 'at' },
            ExpressionAttributeValues: { ':at': at },
          }),
        ),
        WHAT,
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  noteSent(key: string, messageId: string, patientId: string, at: string): Promise<void> {
    return this.setIfNewer(key, 'lastMessage', { messageId, patientId, at }, at);
  }

  /** Deletes an address's entry: the re-keying migration drops the entry under its old key once it is copied. */
  async forget(key: string): Promise<void> {
    await mapFaults(this.client.send(new DeleteCommand({ TableName: this.tableName, Key: addressKey(key) })), WHAT);
  }

  private async setIfNewer(key: string, field: string, value: Record<string, unknown>, at: string): Promise<void> {
    try {
      await mapFaults(
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: addressKey(key),
            UpdateExpression: 'SET #field = :value',
            ConditionExpression: 'attribute_not_exists(#field) OR #field.#at <= :at',
            ExpressionAttributeNames: { '#field': field, '#at': 'at' },
            ExpressionAttributeValues: { ':value': value, ':at': at },
          }),
        ),
        WHAT,
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
}

import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { nextStatus } from '../../domain/messaging/feedback/message-status';
import { causeKeyOf } from '../../domain/messaging/message';
import type { FeedbackOutcome, MessageFeedback, MessageRecord } from '../../domain/messaging/ports';
import {
  type AttentionStatus,
  type ClaimOutcome,
  type MessageOutbox,
  type MessageQueries,
  needsAttention,
  type SendLedger,
} from '../../domain/messaging/send-ports';
import type { Page } from '../../domain/paging';
import { encodeCursor } from '../../domain/paging';
import type { Channel } from '../../domain/patients/preferences';
import { isConditionFailure, mapFaults } from './faults';
import { indexStartKey } from './page-cursor';
import { shardOf } from './patient-keys';
import { MessagesTableDesign } from './table-design';

const WHAT = 'message log';
export const messagePk = (messageId: string) => `MESSAGE#${messageId}`;
const MESSAGE_SK = 'MESSAGE';
const ledgerKey = (patientId: string, channel: Channel) => ({ pk: `LEDGER#${patientId}`, sk: `CHANNEL#${channel}` });
const byPatientPk = (patientId: string) => `PATIENT#${patientId}`;
const [BY_PATIENT, BY_CAUSE, BY_OPEN_CLAIM, BY_ATTENTION] = MessagesTableDesign.indexes;
const attentionPk = (status: AttentionStatus) => `ATTENTION#${status}`;
const attentionSk = (at: string, messageId: string) => `${at}#${messageId}`;
/** Open claims are spread over shards so that a campaign's burst of claims does not make one hot index partition. */
const CLAIM_SHARDS = 10;
const openClaimPk = (messageId: string) => `CLAIM#${shardOf(messageId, CLAIM_SHARDS)}`;
/** A record may be (re)written while nothing is decided yet, or after a deferral or a released claim. */
const OPEN = 'attribute_not_exists(pk) OR #status IN (:deferred, :retrying)';
const OPEN_VALUES = { ':deferred': 'deferred', ':retrying': 'retrying' };
const MAX_FEEDBACK_RACES = 5;

type Item = Record<string, unknown>;

/**
 * The message log in the Messages table: one item per message (`MESSAGE#<id>`), listed per patient
 * (`byPatient`) and per journey or campaign (`byCause`), newest last; and per patient and channel a
 * ledger of recent sends (`LEDGER#<patient>` / `CHANNEL#<channel>`) that frequency caps read and the
 * claim updates in the same transaction, so two concurrent sends cannot both pass a cap.
 */
export class DynamoMessageStore implements MessageOutbox, MessageQueries {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(messageId: string): Promise<MessageRecord | undefined> {
    const { Item } = await mapFaults(
      this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: messagePk(messageId), sk: MESSAGE_SK },
          ConsistentRead: true,
        }),
      ),
      WHAT,
    );
    return Item ? recordOf(Item) : undefined;
  }

  async ledger(patientId: string, channel: Channel): Promise<SendLedger> {
    const { Item } = await mapFaults(
      this.client.send(
        new GetCommand({ TableName: this.tableName, Key: ledgerKey(patientId, channel), ConsistentRead: true }),
      ),
      WHAT,
    );
    if (!Item) return { sends: {} };
    return { sends: Item.sends as Record<string, number>, revision: Number(Item.revision) };
  }

  async recordDecision(record: MessageRecord): Promise<'written' | 'exists'> {
    try {
      await mapFaults(
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: itemOf({ ...record, revision: record.revision + 1 }),
            ConditionExpression: OPEN,
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: OPEN_VALUES,
          }),
        ),
        WHAT,
      );
      return 'written';
    } catch (error) {
      if (isConditionFailure(error)) return 'exists';
      throw error;
    }
  }

  async claim(record: MessageRecord, channel: Channel, ledger: SendLedger): Promise<ClaimOutcome> {
    const ledgerItem = {
      ...ledgerKey(record.patientId, channel),
      sends: ledger.sends,
      revision: (ledger.revision ?? 0) + 1,
    };
    try {
      await mapFaults(
        this.client.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: this.tableName,
                  Item: itemOf({ ...record, revision: record.revision + 1 }),
                  ConditionExpression: OPEN,
                  ExpressionAttributeNames: { '#status': 'status' },
                  ExpressionAttributeValues: OPEN_VALUES,
                },
              },
              {
                Put: {
                  TableName: this.tableName,
                  Item: ledgerItem,
                  ...(ledger.revision === undefined
                    ? { ConditionExpression: 'attribute_not_exists(pk)' }
                    : {
                        ConditionExpression: 'revision = :revision',
                        ExpressionAttributeValues: { ':revision': ledger.revision },
                      }),
                },
              },
            ],
          }),
        ),
        WHAT,
      );
      return 'claimed';
    } catch (error) {
      if (!(error instanceof TransactionCanceledException) || !isConditionFailure(error)) throw error;
      const [message] = error.CancellationReasons ?? [];
      return message?.Code === 'ConditionalCheckFailed' ? 'exists' : 'ledger-changed';
    }
  }

  async settle(messageId: string, update: Parameters<MessageOutbox['settle']>[1]): Promise<'settled' | 'not-claimed'> {
    const sets = [
      '#status = :status',
      'updatedAt = :at',
      'revision = revision + :one',
      'events = list_append(events, :event)',
    ];
    const values: Item = {
      ':status': update.status,
      ':at': update.at,
      ':one': 1,
      ':claimed': 'claimed',
      ':event': [{ status: update.status, at: update.at, ...(update.detail ? { detail: update.detail } : {}) }],
    };
    if (update.providerMessageId) {
      sets.push('providerMessageId = :provider');
      values[':provider'] = update.providerMessageId;
    }
    if (update.reason) {
      sets.push('reason = :reason');
      values[':reason'] = update.reason;
    }
    if (update.deferredUntil) {
      sets.push('deferredUntil = :until');
      values[':until'] = update.deferredUntil;
    }
    const attention = attentionUpdate(update.status, update.at, messageId);
    sets.push(...attention.sets);
    Object.assign(values, attention.values);
    try {
      await mapFaults(
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { pk: messagePk(messageId), sk: MESSAGE_SK },
            // Settled: out of the open-claims index; into the attention index when a person has to look at it.
            UpdateExpression: `SET ${sets.join(', ')} REMOVE ${['gsi3pk', 'gsi3sk', ...attention.removes].join(', ')}`,
            ConditionExpression: '#status = :claimed',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: values,
          }),
        ),
        WHAT,
      );
      return 'settled';
    } catch (error) {
      if (isConditionFailure(error)) return 'not-claimed';
      throw error;
    }
  }

  async expiredClaims(claimedBefore: Date, limit: number): Promise<MessageRecord[]> {
    const perShard = await Promise.all(
      Array.from({ length: CLAIM_SHARDS }, (_, shard) =>
        mapFaults(
          this.client.send(
            new QueryCommand({
              TableName: this.tableName,
              IndexName: BY_OPEN_CLAIM.indexName,
              KeyConditionExpression: '#pk = :pk AND #sk < :before',
              ExpressionAttributeNames: { '#pk': BY_OPEN_CLAIM.partitionKey, '#sk': BY_OPEN_CLAIM.sortKey },
              ExpressionAttributeValues: { ':pk': `CLAIM#${shard}`, ':before': claimedBefore.toISOString() },
              Limit: limit,
            }),
          ),
          WHAT,
        ),
      ),
    );
    return perShard
      .flatMap((page) => (page.Items ?? []).map(recordOf))
      .filter((record) => record.status === 'claimed')
      .sort((a, b) => ((a.claimedAt ?? '') < (b.claimedAt ?? '') ? -1 : 1))
      .slice(0, limit);
  }

  async recordFeedback(messageId: string, feedback: MessageFeedback): Promise<FeedbackOutcome> {
    for (let race = 0; race < MAX_FEEDBACK_RACES; race++) {
      const record = await this.get(messageId);
      if (!record) return 'unknown-message';
      const seen = record.events.some(
        (event) => event.status === feedback.status && event.at === feedback.at && event.detail === feedback.detail,
      );
      if (seen) return 'duplicate';
      const status = nextStatus(record.status, feedback.status);
      const event = {
        status: feedback.status,
        at: feedback.at,
        ...(feedback.detail ? { detail: feedback.detail } : {}),
      };
      // Feedback can settle a doubt (a delivery proves the send) or make a message fail: the attention index follows.
      const attention = attentionUpdate(status, feedback.at, messageId);
      try {
        await mapFaults(
          this.client.send(
            new UpdateCommand({
              TableName: this.tableName,
              Key: { pk: messagePk(messageId), sk: MESSAGE_SK },
              UpdateExpression: [
                `SET ${['#status = :status', 'events = list_append(events, :event)', 'revision = revision + :one', 'feedbackAt = :at', ...attention.sets].join(', ')}`,
                ...(attention.removes.length > 0 ? [`REMOVE ${attention.removes.join(', ')}`] : []),
              ].join(' '),
              ConditionExpression: 'revision = :revision',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: {
                ':status': status,
                ':event': [event],
                ':one': 1,
                ':at': feedback.at,
                ':revision': record.revision,
                ...attention.values,
              },
            }),
          ),
          WHAT,
        );
        return 'applied';
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    }
    throw new Error(`message ${messageId}: feedback kept racing with other writers`);
  }

  byPatient(patientId: string, limit: number, cursor?: string): Promise<Page<MessageRecord>> {
    return this.listIndex(BY_PATIENT, byPatientPk(patientId), limit, cursor);
  }

  byCause(causeKey: string, limit: number, cursor?: string): Promise<Page<MessageRecord>> {
    return this.listIndex(BY_CAUSE, causeKey, limit, cursor);
  }

  /** One `Query` of the sparse attention index: only in-doubt or failed messages are in it. */
  byAttentionStatus(status: AttentionStatus, limit: number, cursor?: string): Promise<Page<MessageRecord>> {
    return this.listIndex(BY_ATTENTION, attentionPk(status), limit, cursor);
  }

  /** Newest first. The cursor must come from the same list: it names the partition it belongs to. */
  private async listIndex(
    index: (typeof MessagesTableDesign.indexes)[number],
    partition: string,
    limit: number,
    cursor: string | undefined,
  ): Promise<Page<MessageRecord>> {
    const start = indexStartKey(cursor, index, partition);
    const page = await mapFaults(
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index.indexName,
          KeyConditionExpression: `${index.partitionKey} = :pk`,
          ExpressionAttributeValues: { ':pk': partition },
          ScanIndexForward: false,
          Limit: limit,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      ),
      WHAT,
    );
    const next = encodeCursor(page.LastEvaluatedKey as Record<string, string> | undefined);
    return { items: (page.Items ?? []).map(recordOf), ...(next ? { cursor: next } : {}) };
  }
}

/** The part of an update that puts a message into the attention index, or takes it out. */
function attentionUpdate(status: string, at: string, messageId: string) {
  if (!needsAttention(status)) return { sets: [], removes: ['gsi4pk', 'gsi4sk'], values: {} };
  return {
    sets: ['gsi4pk = :attentionPk', 'gsi4sk = :attentionSk'],
    removes: [],
    values: { ':attentionPk': attentionPk(status), ':attentionSk': attentionSk(at, messageId) },
  };
}

function itemOf(record: MessageRecord): Item {
  const causeKey = causeKeyOf(record.cause);
  const sortKey = `${record.createdAt}#${record.messageId}`;
  const claimedAt = record.status === 'claimed' ? (record.claimedAt ?? record.updatedAt) : undefined;
  return {
    pk: messagePk(record.messageId),
    sk: MESSAGE_SK,
    gsi1pk: byPatientPk(record.patientId),
    gsi1sk: sortKey,
    ...(causeKey ? { gsi2pk: causeKey, gsi2sk: sortKey } : {}),
    ...(claimedAt ? { gsi3pk: openClaimPk(record.messageId), gsi3sk: `${claimedAt}#${record.messageId}` } : {}),
    ...(needsAttention(record.status)
      ? { gsi4pk: attentionPk(record.status), gsi4sk: attentionSk(record.updatedAt, record.messageId) }
      : {}),
    ...record,
  };
}

function recordOf(item: Item): MessageRecord {
  const {
    pk: _pk,
    sk: _sk,
    gsi1pk: _a,
    gsi1sk: _b,
    gsi2pk: _c,
    gsi2sk: _d,
    gsi3pk: _f,
    gsi3sk: _g,
    gsi4pk: _h,
    gsi4sk: _i,
    feedbackAt: _e,
    ...record
  } = item;
  return record as unknown as MessageRecord;
}

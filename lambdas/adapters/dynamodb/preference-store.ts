import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../../domain/paging';
import type { PreferenceStore } from '../../domain/patients/ports';
import type { PreferenceChange, PreferenceRecord, RecordOutcome } from '../../domain/patients/preferences';
import { isConditionFailure, mapFaults } from './faults';
import { cursorAfter, startKeyWithin } from './page-cursor';
import { patientPk } from './patient-keys';
import { queryPartition } from './query-partition';

const WHAT = 'preference store';
const CURRENT_PREFIX = 'PREF#';
const HISTORY_PREFIX = 'PREFHIST#';
const currentSk = (c: PreferenceChange) => `${CURRENT_PREFIX}${c.channel}#${c.topic}`;
/** The change id ends the key: two changes of one channel and topic in the same millisecond both stay. */
const historySk = (c: PreferenceChange) => `${HISTORY_PREFIX}${c.at}#${c.channel}#${c.topic}#${c.changeId}`;

/** Later by time, then by change id: the same order as `isLaterChange`. */
const IS_LATER = 'attribute_not_exists(pk) OR #at < :at OR (#at = :at AND changeId < :changeId)';

/**
 * Preferences under the patient's partition: `PREF#<channel>#<topic>` holds the current state,
 * `PREFHIST#<at>#<channel>#<topic>#<changeId>` every change (append-only: written once, never updated).
 */
export class DynamoPreferenceStore implements PreferenceStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async current(patientId: string): Promise<PreferenceRecord[]> {
    const items = await queryPartition(this.client, this.tableName, patientPk(patientId), CURRENT_PREFIX, WHAT);
    return items.map(toChange);
  }

  async history(patientId: string, limit: number, cursor?: string): Promise<Page<PreferenceChange>> {
    const pk = patientPk(patientId);
    const page = await mapFaults(
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': pk, ':prefix': HISTORY_PREFIX },
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: startKeyWithin(cursor, pk, HISTORY_PREFIX),
        }),
      ),
      WHAT,
    );
    const next = cursorAfter(page.LastEvaluatedKey);
    return { items: (page.Items ?? []).map(toChange), ...(next ? { cursor: next } : {}) };
  }

  async record(change: PreferenceChange): Promise<RecordOutcome> {
    const pk = patientPk(change.patientId);
    const historyPut = {
      TableName: this.tableName,
      Item: { pk, sk: historySk(change), ...change },
      ConditionExpression: 'attribute_not_exists(pk)',
    };
    try {
      await mapFaults(
        this.client.send(
          new TransactWriteCommand({
            TransactItems: [
              { Put: historyPut },
              {
                Put: {
                  TableName: this.tableName,
                  Item: { pk, sk: currentSk(change), ...change },
                  ConditionExpression: IS_LATER,
                  ExpressionAttributeNames: { '#at': 'at' },
                  ExpressionAttributeValues: { ':at': change.at, ':changeId': change.changeId },
                },
              },
            ],
          }),
        ),
        WHAT,
      );
      return 'applied';
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const [history] = error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : [];
      if (history?.Code === 'ConditionalCheckFailed') return 'duplicate';
    }
    // A later change is current: this one still belongs in the history.
    try {
      await mapFaults(this.client.send(new PutCommand(historyPut)), WHAT);
      return 'superseded';
    } catch (error) {
      if (isConditionFailure(error)) return 'duplicate';
      throw error;
    }
  }
}

function toChange(item: Record<string, unknown>): PreferenceChange {
  const { pk: _pk, sk: _sk, ...change } = item;
  return change as unknown as PreferenceChange;
}

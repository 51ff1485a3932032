import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry, AuditLog, AuditPage } from '../../domain/access/audit-trail';
import { decodeCursor, encodeCursor, InvalidCursorError, type StoreKey } from '../../domain/paging';
import { isConditionFailure, mapFaults } from './faults';
import { AuditTableDesign } from './table-design';

const ENTRY_SK = 'ENTRY';
const entryKey = (id: string) => `AUDIT#${id}`;
const patientKey = (patientId: string) => `PATIENT#${patientId}`;
const actorKey = (actor: string) => `ACTOR#${actor}`;
const DAY_SECONDS = 86_400;
// Sorts after every entry id, so the upper bound of a window includes the entries of its last instant.
const AFTER_ANY_ID = '\uffff';

const [byPatientIndex, byActorIndex] = AuditTableDesign.indexes;
type AuditIndex = typeof byPatientIndex | typeof byActorIndex;

/**
 * The audit trail in the Audit table. Entries are only ever added (a conditional `PutItem`; IAM grants
 * nothing else) and expire through TTL after the retention period; the two indexes answer "who saw
 * this patient" and "what did this person do", newest first within a time window.
 */
export class DynamoAuditLog implements AuditLog {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly retentionDays: number,
  ) {}

  async record(entry: AuditEntry): Promise<void> {
    const sortKey = `${entry.at}#${entry.id}`;
    try {
      await mapFaults(
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: {
              pk: entryKey(entry.id),
              sk: ENTRY_SK,
              ...(entry.patientId ? { gsi1pk: patientKey(entry.patientId), gsi1sk: sortKey } : {}),
              gsi2pk: actorKey(entry.actor),
              gsi2sk: sortKey,
              ...entry,
              expiresAt: Math.floor(Date.parse(entry.at) / 1000) + this.retentionDays * DAY_SECONDS,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
        'audit log',
      );
    } catch (error) {
      // Entry ids are random: an existing item is this same entry, written by a retried request.
      if (!isConditionFailure(error)) throw error;
    }
  }

  byPatient(patientId: string, from: string, to: string, limit: number, cursor?: string): Promise<AuditPage> {
    return this.query(byPatientIndex, patientKey(patientId), from, to, limit, cursor);
  }

  byActor(actor: string, from: string, to: string, limit: number, cursor?: string): Promise<AuditPage> {
    return this.query(byActorIndex, actorKey(actor), from, to, limit, cursor);
  }

  private async query(
    index: AuditIndex,
    partition: string,
    from: string,
    to: string,
    limit: number,
    cursor: string | undefined,
  ): Promise<AuditPage> {
    // Sort keys start with `toISOString()` instants; bounds in any other notation would compare wrongly.
    const lower = new Date(from).toISOString();
    const upper = `${new Date(to).toISOString()}#${AFTER_ANY_ID}`;
    const start = startKey(index, partition, cursor);
    const startSort = start?.[index.sortKey] as string | undefined;
    // The window moved past the cursor (a default "last 30 days" asked again later): nothing older is in it.
    if (startSort !== undefined && startSort < lower) return { items: [] };
    if (startSort !== undefined && startSort > upper) throw cursorOutsideWindow();
    const page = await mapFaults(
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index.indexName,
          KeyConditionExpression: '#pk = :partition AND #sk BETWEEN :lower AND :upper',
          ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey },
          ExpressionAttributeValues: { ':partition': partition, ':lower': lower, ':upper': upper },
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: start,
        }),
      ),
      'audit log',
    );
    const cursorOut = encodeCursor(page.LastEvaluatedKey as StoreKey | undefined);
    return { items: (page.Items ?? []).map(toEntry), ...(cursorOut ? { cursor: cursorOut } : {}) };
  }
}

/**
 * The index key a cursor stands for, accepted only for the partition it was issued for. It is rebuilt
 * from its four attributes, so nothing else a caller puts in a cursor reaches DynamoDB.
 */
function startKey(index: AuditIndex, partition: string, cursor: string | undefined): StoreKey | undefined {
  const key = decodeCursor(cursor, { [index.partitionKey]: partition, sk: ENTRY_SK });
  if (!key) return undefined;
  const { pk } = key;
  const sortKey = key[index.sortKey];
  if (typeof pk !== 'string' || !pk.startsWith('AUDIT#') || typeof sortKey !== 'string') throw cursorOutsideWindow();
  return { pk, sk: ENTRY_SK, [index.partitionKey]: partition, [index.sortKey]: sortKey };
}

function cursorOutsideWindow() {
  return new InvalidCursorError('use the cursor of the previous page of this same list and window');
}

function toEntry(item: Record<string, unknown>): AuditEntry {
  const {
    pk: _pk,
    sk: _sk,
    gsi1pk: _gsi1pk,
    gsi1sk: _gsi1sk,
    gsi2pk: _gsi2pk,
    gsi2sk: _gsi2sk,
    expiresAt: _expiresAt,
    ...entry
  } = item;
  return entry as unknown as AuditEntry;
}

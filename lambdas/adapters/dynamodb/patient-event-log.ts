import { type DynamoDBDocumentClient, PutCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { LoggedEvent, PatientEventLog } from '../../domain/journeys/waits/ports';
import { isConditionFailure, mapFaults } from './faults';
import { patientPk } from './patient-keys';
import { queryAll } from './query-partition';

const WHAT = 'patient event log';
const DAY_SECONDS = 86_400;
/** Longer than any journey's waits and exit checks can look back. */
const RETENTION_DAYS = 400;
const SK_PREFIX = 'JEVENT#';
/** Sorts after every ISO instant: the upper bound of a `since` query. */
const SK_END = `${SK_PREFIX}~`;

/**
 * Every item a key condition selects, with strongly consistent reads: a wait registered just now must see an
 * event appended just before (see `register-wait.ts`).
 */
export function queryConsistently(
  client: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'ConsistentRead' | 'ExclusiveStartKey'>,
  what: string,
): Promise<Record<string, unknown>[]> {
  return queryAll(client, { ...input, ConsistentRead: true }, what);
}

/**
 * A patient's events as waits and exit checks read them, in the Patients table (`PATIENT#<id>` /
 * `JEVENT#<at>#<id>`), ids only, expiring after 400 days. The write is conditional, so an event redelivered
 * with the same id and time is logged once; `at` must be the event's own time, not its delivery's.
 */
export class DynamoPatientEventLog implements PatientEventLog {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async append(patientId: string, event: LoggedEvent): Promise<void> {
    try {
      await mapFaults(
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: {
              pk: patientPk(patientId),
              sk: `${SK_PREFIX}${event.at}#${event.id}`,
              ...definedFields(event),
              expiresAt: Math.floor(Date.parse(event.at) / 1000) + RETENTION_DAYS * DAY_SECONDS,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
        WHAT,
      );
    } catch (error) {
      if (isConditionFailure(error)) return;
      throw error;
    }
  }

  async since(patientId: string, fromIso: string): Promise<readonly LoggedEvent[]> {
    const items = await queryConsistently(
      this.client,
      {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': patientPk(patientId), ':from': `${SK_PREFIX}${fromIso}`, ':to': SK_END },
      },
      WHAT,
    );
    return items.map(loggedEventOf);
  }
}

function definedFields(event: LoggedEvent): Record<string, string> {
  return Object.fromEntries(Object.entries(event).filter(([, value]) => value !== undefined));
}

function loggedEventOf(item: Record<string, unknown>): LoggedEvent {
  const { pk: _pk, sk: _sk, expiresAt: _expiresAt, ...event } = item;
  return event as unknown as LoggedEvent;
}

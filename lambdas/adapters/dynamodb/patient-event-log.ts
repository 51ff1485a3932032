import { createHash } from 'node:crypto';
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
 * with the same id and time is logged once; `at` must be the event's own time, not its delivery's. Events of
 * one time logged together (the changes of one `Patient Facts Changed`) share one item, `JEVENT#<at>#group-…`
 * named after their ids, which lists them in `events`: one write instead of one per event. An event logged
 * both alone and in a group (an announcement finished on a redelivery) is read once.
 */
export class DynamoPatientEventLog implements PatientEventLog {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async append(patientId: string, event: LoggedEvent): Promise<void> {
    await this.putOnce(patientPk(patientId), event.at, event.id, definedFields(event));
  }

  async appendAll(patientId: string, events: readonly LoggedEvent[]): Promise<void> {
    const byTime = new Map<string, LoggedEvent[]>();
    for (const event of events) byTime.set(event.at, [...(byTime.get(event.at) ?? []), event]);
    await Promise.all(
      [...byTime].map(([at, group]) => {
        if (group.length === 1) return this.append(patientId, group[0] as LoggedEvent);
        const unique = [...new Map(group.map((event) => [event.id, event])).values()];
        const id = `group-${createHash('sha256')
          .update(unique.map((event) => event.id).join('|'))
          .digest('hex')
          .slice(0, 24)}`;
        return this.putOnce(patientPk(patientId), at, id, {
          at,
          events: unique.map(({ at: _at, ...event }) => definedFields(event as LoggedEvent)),
        });
      }),
    );
  }

  private async putOnce(pk: string, at: string, id: string, fields: Record<string, unknown>): Promise<void> {
    try {
      await mapFaults(
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: {
              pk,
              sk: `${SK_PREFIX}${at}#${id}`,
              ...fields,
              expiresAt: Math.floor(Date.parse(at) / 1000) + RETENTION_DAYS * DAY_SECONDS,
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
    const byId = new Map<string, LoggedEvent>();
    for (const event of items.flatMap(loggedEventsOf)) if (!byId.has(event.id)) byId.set(event.id, event);
    return [...byId.values()];
  }
}

function definedFields(event: Partial<LoggedEvent>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(event).filter(([, value]) => value !== undefined));
}

/** An item's events: itself, or the events of a group item (in the order they were logged). */
function loggedEventsOf(item: Record<string, unknown>): LoggedEvent[] {
  const { pk: _pk, sk: _sk, expiresAt: _expiresAt, events, ...event } = item;
  if (!Array.isArray(events)) return [event as unknown as LoggedEvent];
  return (events as Record<string, unknown>[]).map(
    (grouped) => ({ ...grouped, at: item.at }) as unknown as LoggedEvent,
  );
}

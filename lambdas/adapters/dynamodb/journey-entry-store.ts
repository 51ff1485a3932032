import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { JourneyEntryRecord, JourneyEntryStore } from '../../domain/journeys/enrolment/ports';
import type { Page } from '../../domain/paging';
import { isConditionFailure, mapFaults } from './faults';
import { patientPk } from './patient-keys';
import { newestInIndex, queryPartition } from './query-partition';
import { PatientsTableDesign } from './table-design';

const WHAT = 'journey entries';
const ENTRY_SK_PREFIX = 'JOURNEYENTRY#';
const journeyEntrySk = (journeyId: string, key: string) => `${ENTRY_SK_PREFIX}${journeyId}#${key}`;
const journeyEntriesPk = (journeyId: string) => `JOURNEYENTRIES#${journeyId}`;

/**
 * A patient's entry records in the Patients table (`PATIENT#<id>` / `JOURNEYENTRY#<journeyId>#<key>`): what the
 * re-entry policy reads. Writes are conditional on the revision read, so racing enrolments serialise. Also
 * listed per journey, newest entry first, in gsi1 (`bySegment`): `JOURNEYENTRIES#<journeyId>` /
 * `<lastEnteredAt>#<patientId>#<key>`.
 */
export class DynamoJourneyEntryStore implements JourneyEntryStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(patientId: string, journeyId: string, key: string): Promise<JourneyEntryRecord | undefined> {
    const { Item } = await mapFaults(
      this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: patientPk(patientId), sk: journeyEntrySk(journeyId, key) },
          ConsistentRead: true,
        }),
      ),
      WHAT,
    );
    return Item ? entryOf(Item) : undefined;
  }

  /** A journey's entries, the newest first. */
  async byJourney(journeyId: string, limit: number, cursor?: string): Promise<Page<JourneyEntryRecord>> {
    const page = await newestInIndex(
      this.client,
      this.tableName,
      PatientsTableDesign.indexes[0],
      journeyEntriesPk(journeyId),
      { limit, ...(cursor ? { cursor } : {}) },
      WHAT,
    );
    return { items: page.items.map(entryOf), ...(page.cursor ? { cursor: page.cursor } : {}) };
  }

  /** A patient's entries in every journey. */
  async byPatient(patientId: string): Promise<JourneyEntryRecord[]> {
    const items = await queryPartition(this.client, this.tableName, patientPk(patientId), ENTRY_SK_PREFIX, WHAT);
    return items.map(entryOf);
  }

  async record(entry: JourneyEntryRecord, expectedRevision: number | undefined): Promise<'recorded' | 'conflict'> {
    try {
      await mapFaults(
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: {
              pk: patientPk(entry.patientId),
              sk: journeyEntrySk(entry.journeyId, entry.key),
              journeyId: entry.journeyId,
              key: entry.key,
              lastEnteredAt: entry.lastEnteredAt,
              executionName: entry.executionName,
              journeyVersion: entry.journeyVersion,
              entries: entry.entries,
              revision: entry.revision,
              gsi1pk: journeyEntriesPk(entry.journeyId),
              gsi1sk: `${entry.lastEnteredAt}#${entry.patientId}#${entry.key}`,
              ...(entry.lastOccurrence !== undefined ? { lastOccurrence: entry.lastOccurrence } : {}),
            },
            ...(expectedRevision === undefined
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : {
                  ConditionExpression: 'revision = :expected',
                  ExpressionAttributeValues: { ':expected': expectedRevision },
                }),
          }),
        ),
        WHAT,
      );
      return 'recorded';
    } catch (error) {
      if (isConditionFailure(error)) return 'conflict';
      throw error;
    }
  }
}

function entryOf(item: Record<string, unknown>): JourneyEntryRecord {
  return {
    patientId: String(item.pk).slice('PATIENT#'.length),
    journeyId: String(item.journeyId),
    key: String(item.key),
    lastEnteredAt: String(item.lastEnteredAt),
    executionName: String(item.executionName),
    journeyVersion: Number(item.journeyVersion),
    entries: Number(item.entries),
    revision: Number(item.revision),
    ...(typeof item.lastOccurrence === 'string' ? { lastOccurrence: item.lastOccurrence } : {}),
  };
}

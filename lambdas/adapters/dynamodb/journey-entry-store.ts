import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { JourneyEntryRecord, JourneyEntryStore } from '../../domain/journeys/enrolment/ports';
import { isConditionFailure, mapFaults } from './faults';
import { patientPk } from './patient-keys';

const WHAT = 'journey entries';
const journeyEntrySk = (journeyId: string, key: string) => `JOURNEYENTRY#${journeyId}#${key}`;

/**
 * A patient's entry records in the Patients table (`PATIENT#<id>` / `JOURNEYENTRY#<journeyId>#<key>`): what the
 * re-entry policy reads. Writes are conditional on the revision read, so racing enrolments serialise.
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
    if (!Item) return undefined;
    return {
      patientId,
      journeyId,
      key,
      lastEnteredAt: String(Item.lastEnteredAt),
      executionName: String(Item.executionName),
      journeyVersion: Number(Item.journeyVersion),
      entries: Number(Item.entries),
      revision: Number(Item.revision),
      ...(typeof Item.lastOccurrence === 'string' ? { lastOccurrence: Item.lastOccurrence } : {}),
    };
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

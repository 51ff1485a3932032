import { type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Activity, ActivityStatus, ActivityTeam } from '../../domain/journeys/activities';
import type { ActivityPage, ActivityStore, CompleteOutcome } from '../../domain/journeys/steps/ports';
import { isConditionFailure, mapFaults } from './faults';
import { patientPk } from './patient-keys';
import { newestInIndex } from './query-partition';
import { PatientsTableDesign } from './table-design';

const WHAT = 'journey activities';
const ACTIVITY_SK_PREFIX = 'ACTIVITY#';
const activitySk = (activityId: string) => `${ACTIVITY_SK_PREFIX}${activityId}`;
/** A team's open queue; activities assigned to no team queue under `unassigned`. */
const openQueuePk = (assignTo: ActivityTeam | undefined) => `ACTIVITIES#open#${assignTo ?? 'unassigned'}`;
const patientActivitiesPk = (patientId: string) => `ACTIVITIES#${patientId}`;
const newestSk = (activity: Pick<Activity, 'createdAt' | 'activityId'>) =>
  `${activity.createdAt}#${activity.activityId}`;

const [QUEUE_INDEX, PATIENT_INDEX] = PatientsTableDesign.indexes;

const ACTIVITY_FIELDS = [
  'activityId',
  'patientId',
  'journeyId',
  'journeyVersion',
  'executionId',
  'stepId',
  'kind',
  'title',
  'assignTo',
  'status',
  'createdAt',
  'dueAt',
  'completedAt',
  'completedBy',
] as const;

/**
 * Activities in the Patients table, under their patient (`PATIENT#<id>` / `ACTIVITY#<activityId>`), so they go
 * with the patient's other items and the id alone (derived from execution and step) makes the create
 * conditional. Two listings through the table's generic indexes, overloaded as the patient listing does:
 * - gsi1 (`bySegment`): `ACTIVITIES#open#<team>` / `<createdAt>#<activityId>`, a team's open queue newest
 *   first. Sparse: completing an activity removes it from the queue.
 * - gsi2 (`byDueTime`): `ACTIVITIES#<patientId>` / `<createdAt>#<activityId>`, a patient's activities newest first.
 * A team queue is one partition; activities are created at staff-work rates, far below a partition's limits.
 */
export class DynamoActivityStore implements ActivityStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(activity: Activity): Promise<'created' | 'exists'> {
    try {
      await mapFaults(
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: {
              pk: patientPk(activity.patientId),
              sk: activitySk(activity.activityId),
              ...activity,
              ...(activity.status === 'open'
                ? {
                    [QUEUE_INDEX.partitionKey]: openQueuePk(activity.assignTo),
                    [QUEUE_INDEX.sortKey]: newestSk(activity),
                  }
                : {}),
              [PATIENT_INDEX.partitionKey]: patientActivitiesPk(activity.patientId),
              [PATIENT_INDEX.sortKey]: newestSk(activity),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
        WHAT,
      );
      return 'created';
    } catch (error) {
      if (isConditionFailure(error)) return 'exists';
      throw error;
    }
  }

  async listOpen(assignTo: ActivityTeam | undefined, limit: number, cursor?: string): Promise<ActivityPage> {
    return this.listNewest(QUEUE_INDEX, openQueuePk(assignTo), limit, cursor);
  }

  async byPatient(patientId: string, limit: number, cursor?: string): Promise<ActivityPage> {
    return this.listNewest(PATIENT_INDEX, patientActivitiesPk(patientId), limit, cursor);
  }

  async complete(
    key: { readonly patientId: string; readonly activityId: string },
    actor: string,
    at: string,
    expectedStatus: ActivityStatus,
  ): Promise<CompleteOutcome> {
    try {
      await mapFaults(
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { pk: patientPk(key.patientId), sk: activitySk(key.activityId) },
            UpdateExpression: 'SET #status = :done, completedAt = :at, completedBy = :actor REMOVE #qpk, #qsk',
            ConditionExpression: 'attribute_exists(pk) AND #status = :expected',
            ExpressionAttributeNames: {
              '#status': 'status',
              '#qpk': QUEUE_INDEX.partitionKey,
              '#qsk': QUEUE_INDEX.sortKey,
            },
            ExpressionAttributeValues: { ':done': 'done', ':at': at, ':actor': actor, ':expected': expectedStatus },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        ),
        WHAT,
      );
      return 'completed';
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // The failed condition returns the item as it was: none means there is no such activity.
      return (error as { Item?: unknown }).Item === undefined ? 'not-found' : 'conflict';
    }
  }

  private async listNewest(
    index: (typeof PatientsTableDesign.indexes)[number],
    partition: string,
    limit: number,
    cursor: string | undefined,
  ): Promise<ActivityPage> {
    const page = await newestInIndex(
      this.client,
      this.tableName,
      index,
      partition,
      { limit, ...(cursor ? { cursor } : {}) },
      WHAT,
    );
    return { items: page.items.map(activityOf), ...(page.cursor ? { cursor: page.cursor } : {}) };
  }
}

function activityOf(item: Record<string, unknown>): Activity {
  const activity: Record<string, unknown> = {};
  for (const field of ACTIVITY_FIELDS) if (item[field] !== undefined) activity[field] = item[field];
  return activity as unknown as Activity;
}

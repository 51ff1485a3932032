import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { type IngestionStore, type ResourceKey, resourceKeyString } from '../../domain/ingestion/ports';
import type { ValidChange } from '../../domain/ingestion/validate-change';
import type { AppliedVersion } from '../../domain/ingestion/version-stamp';
import { isConditionFailure, mapFaults } from './faults';
import {
  CHANGE_RECORD_DAYS,
  changeSk,
  memberSk,
  PATIENT_LISTING_SHARDS,
  patientListingPk,
  patientPk,
  resourceSk,
  shardOf,
  VERSION_SK,
  versionPk,
} from './patient-keys';

/** The projected Patient item is listed in the sparse all-patients listing (full segment computations). */
function patientListingKeys(patientId: string): { gsi1pk: string; gsi1sk: string } {
  return { gsi1pk: patientListingPk(shardOf(patientId, PATIENT_LISTING_SHARDS)), gsi1sk: memberSk(patientId) };
}

interface VersionItem {
  pk: string;
  sk: string;
  resourceType: string;
  resourceId: string;
  versionId?: string;
  lastUpdated?: string;
  occurredAt: string;
  contentHash: string;
  deleted: boolean;
  patientIds: string[];
  revision: number;
  announced: boolean;
  pendingPatientIds?: string[];
  appliedAt: string;
  resourceJson?: string;
}

/** Keys one BatchGetItem may ask for. */
const BATCH_GET_LIMIT = 100;

/** The Patients table as the ingestion path uses it. */
export class DynamoIngestionStore implements IngestionStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async getAppliedVersion(key: ResourceKey): Promise<AppliedVersion | undefined> {
    const { Item } = await mapFaults(
      this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: versionPk(key.resourceType, key.resourceId), sk: VERSION_SK },
          ConsistentRead: true,
        }),
      ),
      'patient store',
    );
    return Item ? appliedVersionOf(Item as VersionItem) : undefined;
  }

  async getAppliedVersions(keys: readonly ResourceKey[]): Promise<ReadonlyMap<string, AppliedVersion>> {
    const found = new Map<string, AppliedVersion>();
    const unique = [...new Map(keys.map((key) => [resourceKeyString(key), key])).values()];
    for (let i = 0; i < unique.length; i += BATCH_GET_LIMIT) {
      let pending: Record<string, unknown>[] | undefined = unique
        .slice(i, i + BATCH_GET_LIMIT)
        .map((key) => ({ pk: versionPk(key.resourceType, key.resourceId), sk: VERSION_SK }));
      for (let attempt = 0; pending && pending.length > 0; attempt++) {
        // Keys DynamoDB left unprocessed (throttling, the 16 MB limit) are asked again, with back-off.
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** Math.min(attempt, 6)));
        const answer: BatchGetCommandOutput = await mapFaults(
          this.client.send(
            new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: pending, ConsistentRead: true } } }),
          ),
          'patient store',
        );
        for (const item of (answer.Responses?.[this.tableName] ?? []) as VersionItem[]) {
          found.set(resourceKeyString(item as unknown as ResourceKey), appliedVersionOf(item));
        }
        pending = answer.UnprocessedKeys?.[this.tableName]?.Keys;
      }
    }
    return found;
  }

  async applyChange(
    change: ValidChange,
    expected: AppliedVersion | undefined,
    pendingPatientIds: readonly string[],
    appliedAt: Date,
  ): Promise<'applied' | 'conflict'> {
    const at = appliedAt.toISOString();
    const previousPatients = expected && !expected.deleted ? expected.patientIds : [];
    const currentPatients = change.deleted ? [] : change.patientIds;
    const isReferenceData = !change.deleted && change.patientIds.length === 0;
    const versionItem: VersionItem = {
      pk: versionPk(change.resourceType, change.resourceId),
      sk: VERSION_SK,
      resourceType: change.resourceType,
      resourceId: change.resourceId,
      ...(change.stamp.versionId ? { versionId: change.stamp.versionId } : {}),
      ...(change.stamp.lastUpdated ? { lastUpdated: change.stamp.lastUpdated } : {}),
      occurredAt: change.stamp.occurredAt,
      contentHash: change.contentHash,
      deleted: change.deleted,
      // A tombstone keeps the patients it removed the resource from, to announce them after a crash.
      patientIds: [...(change.deleted ? previousPatients : currentPatients)],
      revision: (expected?.revision ?? 0) + 1,
      announced: pendingPatientIds.length === 0,
      pendingPatientIds: [...pendingPatientIds],
      appliedAt: at,
      ...(isReferenceData && change.resource ? { resourceJson: JSON.stringify(change.resource) } : {}),
    };
    const items: NonNullable<TransactWriteCommandInput['TransactItems']> = [
      {
        Put: {
          TableName: this.tableName,
          Item: versionItem,
          ConditionExpression: expected ? 'revision = :revision' : 'attribute_not_exists(pk)',
          ...(expected ? { ExpressionAttributeValues: { ':revision': expected.revision } } : {}),
        },
      },
    ];
    if (!isReferenceData) {
      // What the resource became at this revision: with the one before, `%current` and `%previous` of the change.
      items.push({
        Put: {
          TableName: this.tableName,
          Item: {
            pk: versionItem.pk,
            sk: changeSk(versionItem.revision),
            revision: versionItem.revision,
            deleted: change.deleted,
            ...(!change.deleted && change.resource ? { resourceJson: JSON.stringify(change.resource) } : {}),
            appliedAt: at,
            expiresAt: Math.floor(appliedAt.getTime() / 1000) + CHANGE_RECORD_DAYS * 86_400,
          },
        },
      });
    }
    for (const patientId of currentPatients) {
      items.push({
        Put: {
          TableName: this.tableName,
          Item: {
            pk: patientPk(patientId),
            sk: resourceSk(change.resourceType, change.resourceId),
            resourceType: change.resourceType,
            resourceId: change.resourceId,
            facts: change.facts,
            resourceJson: JSON.stringify(change.resource),
            contentHash: change.contentHash,
            appliedAt: at,
            ...(change.resourceType === 'Patient' ? patientListingKeys(patientId) : {}),
          },
        },
      });
    }
    for (const patientId of previousPatients.filter((id) => !currentPatients.includes(id))) {
      items.push({
        Delete: {
          TableName: this.tableName,
          Key: { pk: patientPk(patientId), sk: resourceSk(change.resourceType, change.resourceId) },
        },
      });
    }
    try {
      await mapFaults(this.client.send(new TransactWriteCommand({ TransactItems: items })), 'patient store');
      return 'applied';
    } catch (error) {
      if (isConditionFailure(error)) return 'conflict';
      throw error;
    }
  }

  async markAnnounced(key: ResourceKey, revision: number): Promise<void> {
    try {
      await mapFaults(
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { pk: versionPk(key.resourceType, key.resourceId), sk: VERSION_SK },
            UpdateExpression: 'SET announced = :true',
            ConditionExpression: 'revision = :revision',
            ExpressionAttributeValues: { ':true': true, ':revision': revision },
          }),
        ),
        'patient store',
      );
    } catch (error) {
      // A newer version was applied meanwhile; it carries its own announcement.
      if (isConditionFailure(error)) return;
      throw error;
    }
  }
}

/** The domain's view of a version record. */
function appliedVersionOf(item: VersionItem): AppliedVersion {
  return {
    stamp: { versionId: item.versionId, lastUpdated: item.lastUpdated, occurredAt: item.occurredAt },
    contentHash: item.contentHash,
    deleted: item.deleted,
    patientIds: item.patientIds,
    revision: item.revision,
    announced: item.announced,
    // Records written before `pendingPatientIds` existed announced their current patients.
    pendingPatientIds: item.pendingPatientIds ?? item.patientIds,
  };
}

import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  IGNORED_CHANGE_DAYS,
  type IgnoredChange,
  type IngestionStore,
  type ResourceKey,
  resourceKeyString,
} from '../../domain/ingestion/ports';
import type { ValidChange } from '../../domain/ingestion/validate-change';
import type { AppliedVersion } from '../../domain/ingestion/version-stamp';
import { isConditionFailure, mapFaults } from './faults';
import {
  ANNOUNCED_SK,
  ANNOUNCEMENT_MARK_DAYS,
  announcementPk,
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
import { resourceContent } from './resource-content';

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
  /** Set while `announced` is false: the announcement id whose mark (`ANNOUNCEMENT#<id>`) settles it. */
  announcement?: string;
  pendingPatientIds?: string[];
  appliedAt: string;
  /** The resource at this revision (`resource-content.ts`): `%current` of its change, `%previous` of the next. */
  resourceZ?: Uint8Array;
  resourceJson?: string;
  writtenBy?: string;
}

/**
 * The version records as this store read them, by the object handed to the domain: the content a new revision
 * moves into the superseded revision's change record. Kept beside the domain's view, which has no use for it.
 */
const readRecords = new WeakMap<AppliedVersion, VersionItem>();

function remembered(item: VersionItem, version: AppliedVersion): AppliedVersion {
  readRecords.set(version, item);
  return version;
}

/**
 * How long the tombstone of a resource that left a patient is kept: far longer than an older revision's write
 * can be on its way (a redelivered one reads the version record first and is dropped as stale).
 */
const TOMBSTONE_DAYS = 7;

/** The traces of a resource's changes dropped as stale, apart from its version partition. */
const ignoredPk = (key: ResourceKey) => `IGNORED#${key.resourceType}/${key.resourceId}`;

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
    if (!Item) return undefined;
    const item = Item as VersionItem;
    const published = await this.publishedAnnouncements(item.announcement ? [item.announcement] : []);
    return remembered(item, appliedVersionOf(item, published));
  }

  async getAppliedVersions(keys: readonly ResourceKey[]): Promise<ReadonlyMap<string, AppliedVersion>> {
    const unique = [...new Map(keys.map((key) => [resourceKeyString(key), key])).values()];
    const items = (await this.batchGet(
      unique.map((key) => ({ pk: versionPk(key.resourceType, key.resourceId), sk: VERSION_SK })),
    )) as unknown as VersionItem[];
    const published = await this.publishedAnnouncements(items.flatMap((item) => item.announcement ?? []));
    return new Map(
      items.map((item) => [
        resourceKeyString(item as unknown as ResourceKey),
        remembered(item, appliedVersionOf(item, published)),
      ]),
    );
  }

  /** The announcement ids among these whose mark is written (one read for all). */
  private async publishedAnnouncements(announcementIds: readonly string[]): Promise<ReadonlySet<string>> {
    const unique = [...new Set(announcementIds)];
    if (unique.length === 0) return new Set();
    const marks = await this.batchGet(unique.map((id) => ({ pk: announcementPk(id), sk: ANNOUNCED_SK })));
    return new Set(marks.map((mark) => String(mark.announcementId)));
  }

  /** Items by key, strongly consistent, in reads of up to 100 keys. */
  private async batchGet(keys: readonly Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
    const found: Record<string, unknown>[] = [];
    for (let i = 0; i < keys.length; i += BATCH_GET_LIMIT) {
      let pending: Record<string, unknown>[] | undefined = keys.slice(i, i + BATCH_GET_LIMIT);
      for (let attempt = 0; pending && pending.length > 0; attempt++) {
        // Keys DynamoDB left unprocessed (throttling, the 16 MB limit) are asked again, with back-off.
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** Math.min(attempt, 6)));
        const answer: BatchGetCommandOutput = await mapFaults(
          this.client.send(
            new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: pending, ConsistentRead: true } } }),
          ),
          'patient store',
        );
        found.push(...(answer.Responses?.[this.tableName] ?? []));
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
    announcementId?: string,
    writtenBy?: string,
  ): Promise<'applied' | 'conflict'> {
    const at = appliedAt.toISOString();
    const previousPatients = expected && !expected.deleted ? expected.patientIds : [];
    const currentPatients = change.deleted ? [] : change.patientIds;
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
      ...(announcementId !== undefined && pendingPatientIds.length > 0 ? { announcement: announcementId } : {}),
      pendingPatientIds: [...pendingPatientIds],
      appliedAt: at,
      ...(writtenBy !== undefined ? { writtenBy } : {}),
      ...(!change.deleted && change.resource ? resourceContent(change.resource) : {}),
    };
    // What the resource was before this revision, kept before the version record that held it is replaced.
    const superseded = expected && supersededChange(readRecords.get(expected), expected, appliedAt);
    if (superseded) await this.put({ TableName: this.tableName, Item: superseded });
    try {
      await this.put({
        TableName: this.tableName,
        Item: versionItem,
        ConditionExpression: expected ? 'revision = :revision' : 'attribute_not_exists(pk)',
        ...(expected ? { ExpressionAttributeValues: { ':revision': expected.revision } } : {}),
      });
    } catch (error) {
      if (isConditionFailure(error)) return 'conflict';
      throw error;
    }
    const removedFrom = previousPatients.filter((id) => !currentPatients.includes(id));
    await this.project(change, versionItem.revision, removedFrom, appliedAt);
    return 'applied';
  }

  async completeProjection(change: ValidChange, version: AppliedVersion, appliedAt: Date): Promise<void> {
    const current = change.deleted ? [] : change.patientIds;
    const named = [...new Set([...version.patientIds, ...version.pendingPatientIds])];
    await this.project(
      change,
      version.revision,
      named.filter((id) => !current.includes(id)),
      appliedAt,
    );
  }

  /**
   * The version's items under its patients, each written only over an older revision: the resource under
   * each current patient, and a tombstone under each patient it left, which stops an older revision's write
   * still on its way from putting the resource back there. Repeating it changes nothing.
   */
  private async project(
    change: ValidChange,
    revision: number,
    removedFrom: readonly string[],
    appliedAt: Date,
  ): Promise<void> {
    const at = appliedAt.toISOString();
    const sk = resourceSk(change.resourceType, change.resourceId);
    const current = change.deleted ? [] : change.patientIds;
    const items: Record<string, unknown>[] = [
      ...current.map((patientId) => ({
        pk: patientPk(patientId),
        sk,
        resourceType: change.resourceType,
        resourceId: change.resourceId,
        facts: change.facts,
        ...resourceContent(change.resource),
        revision,
        appliedAt: at,
        ...(change.resourceType === 'Patient' ? patientListingKeys(patientId) : {}),
      })),
      ...removedFrom.map((patientId) => ({
        pk: patientPk(patientId),
        sk,
        revision,
        removedAt: at,
        expiresAt: Math.floor(appliedAt.getTime() / 1000) + TOMBSTONE_DAYS * 86_400,
      })),
    ];
    await Promise.all(
      items.map(async (Item) => {
        try {
          await this.put({
            TableName: this.tableName,
            Item,
            // Items written before projections carried a revision are older than any.
            ConditionExpression: 'attribute_not_exists(revision) OR revision < :revision',
            ExpressionAttributeValues: { ':revision': revision },
          });
        } catch (error) {
          // A newer revision is there already.
          if (!isConditionFailure(error)) throw error;
        }
      }),
    );
  }

  private async put(input: ConstructorParameters<typeof PutCommand>[0]): Promise<void> {
    await mapFaults(this.client.send(new PutCommand(input)), 'patient store');
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

  async noteIgnored(key: ResourceKey, ignored: IgnoredChange): Promise<void> {
    await mapFaults(
      this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            pk: ignoredPk(key),
            sk: `${ignored.at}#${ignored.eventId ?? ignored.importJobId ?? ''}`,
            ...ignored,
            expiresAt: Math.floor(Date.parse(ignored.at) / 1000) + IGNORED_CHANGE_DAYS * 86_400,
          },
        }),
      ),
      'patient store',
    );
  }

  async ignoredChanges(key: ResourceKey, limit: number): Promise<IgnoredChange[]> {
    const { Items } = await mapFaults(
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': ignoredPk(key) },
          ScanIndexForward: false,
          Limit: limit,
        }),
      ),
      'patient store',
    );
    return (Items ?? []).map(({ pk: _pk, sk: _sk, expiresAt: _e, ...ignored }) => ignored as IgnoredChange);
  }

  async markAnnouncementsPublished(announcementIds: readonly string[], at: Date): Promise<void> {
    const expiresAt = Math.floor(at.getTime() / 1000) + ANNOUNCEMENT_MARK_DAYS * 86_400;
    await Promise.all(
      [...new Set(announcementIds)].map((announcementId) =>
        mapFaults(
          this.client.send(
            new PutCommand({
              TableName: this.tableName,
              Item: {
                pk: announcementPk(announcementId),
                sk: ANNOUNCED_SK,
                announcementId,
                announcedAt: at.toISOString(),
                expiresAt,
              },
            }),
          ),
          'patient store',
        ),
      ),
    );
  }
}

/**
 * The change record of the revision a new one replaces (`CHANGE#<n>`, what the resource was at `n`), taken
 * from its version record: the latest revision's content lives on the version record itself, so a resource
 * that is only created writes no change record at all. Undefined when the record read carries no content
 * (written before it kept one; its own change record exists then) or was not read by this store.
 */
function supersededChange(
  read: VersionItem | undefined,
  expected: AppliedVersion,
  appliedAt: Date,
): Record<string, unknown> | undefined {
  if (read === undefined || read.revision !== expected.revision) return undefined;
  if (!read.deleted && read.resourceZ === undefined) return undefined;
  return {
    pk: read.pk,
    sk: changeSk(read.revision),
    revision: read.revision,
    deleted: read.deleted,
    ...(read.resourceZ !== undefined ? { resourceZ: read.resourceZ } : {}),
    appliedAt: read.appliedAt,
    expiresAt: Math.floor(appliedAt.getTime() / 1000) + CHANGE_RECORD_DAYS * 86_400,
  };
}

/** The domain's view of a version record: announced by its own flag or by its announcement's mark. */
function appliedVersionOf(item: VersionItem, published: ReadonlySet<string>): AppliedVersion {
  return {
    stamp: { versionId: item.versionId, lastUpdated: item.lastUpdated, occurredAt: item.occurredAt },
    contentHash: item.contentHash,
    deleted: item.deleted,
    patientIds: item.patientIds,
    revision: item.revision,
    announced: item.announced || (item.announcement !== undefined && published.has(item.announcement)),
    // Records written before `pendingPatientIds` existed announced their current patients.
    pendingPatientIds: item.pendingPatientIds ?? item.patientIds,
    ...(item.writtenBy !== undefined ? { writtenBy: item.writtenBy } : {}),
  };
}

import { type DynamoDBDocumentClient, GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../../domain/paging';
import { decodeCursor } from '../../domain/paging';
import type { SegmentDefinition } from '../../domain/segments/definition-schema';
import type {
  ActiveSegment,
  SegmentRecord,
  SegmentStatus,
  SegmentStore,
  SegmentVersion,
} from '../../domain/segments/ports';
import { isConditionFailure, mapFaults } from './faults';
import { listByKind, VERSION_PREFIX, versionSk } from './kind-listing';
import { cursorAfter } from './page-cursor';
import { queryPartition } from './query-partition';
import { PlatformTableDesign } from './table-design';

const WHAT = 'segment definitions';
/** The Platform-table partition of a segment: its record, its versions, the pointer to its latest computation. */
export const segmentPk = (segmentId: string) => `SEGMENT#${segmentId}`;
const RECORD_SK = 'SEGMENT';
const KIND = 'SEGMENT';
const INDEX = PlatformTableDesign.indexes[0];

type Item = Record<string, unknown>;

/**
 * Segment definitions in the Platform table: one record per segment (its status, latest and active
 * version, and a copy of the active definition so that evaluation reads every active segment in one
 * query), and one immutable item per version. The record is listed in `byKind` under `<status>#<id>`.
 */
export class DynamoSegmentStore implements SegmentStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(segmentId: string): Promise<SegmentRecord | undefined> {
    const { Item } = await mapFaults(
      this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: segmentPk(segmentId), sk: RECORD_SK },
          ConsistentRead: true,
        }),
      ),
      WHAT,
    );
    return Item ? recordOf(Item) : undefined;
  }

  async getVersion(segmentId: string, version: number): Promise<SegmentVersion | undefined> {
    const { Item } = await mapFaults(
      this.client.send(
        new GetCommand({ TableName: this.tableName, Key: { pk: segmentPk(segmentId), sk: versionSk(version) } }),
      ),
      WHAT,
    );
    return Item ? versionOf(Item) : undefined;
  }

  async listVersions(segmentId: string): Promise<SegmentVersion[]> {
    const items = await queryPartition(this.client, this.tableName, segmentPk(segmentId), VERSION_PREFIX, WHAT);
    return items.map(versionOf).sort((a, b) => b.version - a.version);
  }

  async list(status: SegmentStatus | undefined, limit: number, cursor?: string): Promise<Page<SegmentRecord>> {
    const page = await listByKind(this.client, this.tableName, { kind: KIND, status, limit, cursor }, WHAT);
    return { items: page.items.map(recordOf), ...(page.cursor ? { cursor: page.cursor } : {}) };
  }

  async create(version: SegmentVersion): Promise<'created' | 'exists'> {
    const record: SegmentRecord = {
      segmentId: version.segmentId,
      kind: version.kind,
      name: version.name,
      description: version.description,
      status: 'draft',
      latestVersion: version.version,
      updatedAt: version.createdAt,
      revision: 1,
    };
    try {
      await this.transact([
        {
          Put: { TableName: this.tableName, Item: recordItem(record), ConditionExpression: 'attribute_not_exists(pk)' },
        },
        { Put: { TableName: this.tableName, Item: versionItem(version) } },
      ]);
      return 'created';
    } catch (error) {
      if (isConditionFailure(error)) return 'exists';
      throw error;
    }
  }

  async addVersion(version: SegmentVersion, expected: SegmentRecord): Promise<'added' | 'conflict'> {
    const record: SegmentRecord = {
      ...expected,
      name: version.name,
      description: version.description,
      latestVersion: version.version,
      updatedAt: version.createdAt,
      revision: expected.revision + 1,
    };
    const activeDefinition = expected.activeVersion ? await this.activeDefinitionOf(expected) : undefined;
    try {
      await this.transact([
        {
          Put: {
            TableName: this.tableName,
            Item: recordItem(record, activeDefinition),
            ...guard(expected),
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: versionItem(version),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ]);
      return 'added';
    } catch (error) {
      if (isConditionFailure(error)) return 'conflict';
      throw error;
    }
  }

  async setStatus(
    expected: SegmentRecord,
    status: SegmentStatus,
    activeVersion: number | undefined,
    at: string,
  ): Promise<'updated' | 'conflict'> {
    const record: SegmentRecord = {
      ...expected,
      status,
      ...(activeVersion !== undefined ? { activeVersion } : {}),
      updatedAt: at,
      revision: expected.revision + 1,
    };
    const version = record.activeVersion ? await this.getVersion(record.segmentId, record.activeVersion) : undefined;
    try {
      await this.transact([
        { Put: { TableName: this.tableName, Item: recordItem(record, version?.definition), ...guard(expected) } },
      ]);
      return 'updated';
    } catch (error) {
      if (isConditionFailure(error)) return 'conflict';
      throw error;
    }
  }

  async activeSegments(): Promise<ActiveSegment[]> {
    const active: ActiveSegment[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.listItems('active', cursor);
      for (const item of page.items) {
        if (item.activeVersion === undefined) continue;
        active.push({
          segmentId: String(item.segmentId),
          version: Number(item.activeVersion),
          kind: item.kind === 'static' ? 'static' : 'dynamic',
          ...(item.activeDefinition
            ? { definition: JSON.parse(String(item.activeDefinition)) as SegmentDefinition }
            : {}),
        });
      }
      cursor = page.cursor;
    } while (cursor);
    return active;
  }

  private async listItems(status: SegmentStatus, cursor?: string): Promise<{ items: Item[]; cursor?: string }> {
    const page = await mapFaults(
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: INDEX.indexName,
          KeyConditionExpression: `${INDEX.partitionKey} = :kind AND begins_with(${INDEX.sortKey}, :status)`,
          ExpressionAttributeValues: { ':kind': KIND, ':status': `${status}#` },
          ExclusiveStartKey: decodeCursor(cursor, { [INDEX.partitionKey]: KIND }),
        }),
      ),
      WHAT,
    );
    const next = cursorAfter(page.LastEvaluatedKey);
    return { items: page.Items ?? [], ...(next ? { cursor: next } : {}) };
  }

  private async activeDefinitionOf(record: SegmentRecord): Promise<SegmentDefinition | undefined> {
    return record.activeVersion
      ? (await this.getVersion(record.segmentId, record.activeVersion))?.definition
      : undefined;
  }

  private async transact(actions: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>) {
    await mapFaults(this.client.send(new TransactWriteCommand({ TransactItems: actions })), WHAT);
  }
}

function guard(expected: SegmentRecord) {
  return { ConditionExpression: 'revision = :revision', ExpressionAttributeValues: { ':revision': expected.revision } };
}

function recordItem(record: SegmentRecord, activeDefinition?: SegmentDefinition): Item {
  return {
    pk: segmentPk(record.segmentId),
    sk: RECORD_SK,
    [INDEX.partitionKey]: KIND,
    [INDEX.sortKey]: `${record.status}#${record.segmentId}`,
    ...record,
    ...(activeDefinition ? { activeDefinition: JSON.stringify(activeDefinition) } : {}),
  };
}

function recordOf(item: Item): SegmentRecord {
  return {
    segmentId: String(item.segmentId),
    kind: item.kind === 'static' ? 'static' : 'dynamic',
    name: String(item.name),
    description: String(item.description ?? ''),
    status: item.status as SegmentStatus,
    latestVersion: Number(item.latestVersion),
    ...(item.activeVersion !== undefined ? { activeVersion: Number(item.activeVersion) } : {}),
    updatedAt: String(item.updatedAt),
    revision: Number(item.revision),
  };
}

function versionItem(version: SegmentVersion): Item {
  const { definition, ...rest } = version;
  return {
    pk: segmentPk(version.segmentId),
    sk: versionSk(version.version),
    ...rest,
    ...(definition ? { definitionJson: JSON.stringify(definition) } : {}),
  };
}

function versionOf(item: Item): SegmentVersion {
  return {
    segmentId: String(item.segmentId),
    version: Number(item.version),
    kind: item.kind === 'static' ? 'static' : 'dynamic',
    name: String(item.name),
    description: String(item.description ?? ''),
    ...(item.definitionJson ? { definition: JSON.parse(String(item.definitionJson)) as SegmentDefinition } : {}),
    createdAt: String(item.createdAt),
    createdBy: String(item.createdBy),
  };
}

import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DefinitionKind } from '../../domain/definitions/kinds';
import type {
  DefinitionRecord,
  DefinitionStatus,
  DefinitionStore,
  DefinitionVersion,
} from '../../domain/definitions/records';
import type { Page } from '../../domain/paging';
import { isConditionFailure, mapFaults } from './faults';
import { listByKind, VERSION_PREFIX, versionSk } from './kind-listing';
import { queryPartition } from './query-partition';
import { PlatformTableDesign } from './table-design';

const INDEX = PlatformTableDesign.indexes[0];
type Item = Record<string, unknown>;

/** Where a kind lives in the Platform table: the key layout of docs/storage.md, unchanged per kind. */
interface KindLayout {
  readonly pkPrefix: string;
  readonly recordSk: string;
  /** `gsi1pk` of the record in `byKind`. */
  readonly listing: string;
  /** The attribute holding the id on records and versions (kept so existing items still read). */
  readonly idAttribute: string;
}

export const DEFINITION_LAYOUTS: Readonly<Record<DefinitionKind, KindLayout>> = {
  segment: { pkPrefix: 'SEGMENT#', recordSk: 'SEGMENT', listing: 'SEGMENT', idAttribute: 'segmentId' },
  template: { pkPrefix: 'TEMPLATE#', recordSk: 'RECORD', listing: 'TEMPLATES', idAttribute: 'templateId' },
  journey: { pkPrefix: 'JOURNEY#', recordSk: 'JOURNEY', listing: 'JOURNEY', idAttribute: 'journeyId' },
};

/**
 * Any kind of versioned definition in the Platform table: one record per definition, listed in `byKind`
 * under `<status>#<id>`, and one immutable item per version (`VERSION#<n>`). Record writes touch only the
 * lifecycle attributes (SET), so attributes a kind keeps beside them (a journey's state machine, a
 * segment's copy of its active definition) survive every status change.
 */
export class DynamoDefinitionStore<D> implements DefinitionStore<D> {
  private readonly layout: KindLayout;
  private readonly what: string;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    readonly kind: DefinitionKind,
  ) {
    this.layout = DEFINITION_LAYOUTS[kind];
    this.what = `${kind} definitions`;
  }

  async get(id: string): Promise<DefinitionRecord | undefined> {
    const { Item } = await mapFaults(
      this.client.send(new GetCommand({ TableName: this.tableName, Key: this.recordKey(id), ConsistentRead: true })),
      this.what,
    );
    return Item ? this.recordOf(Item) : undefined;
  }

  async getVersion(id: string, version: number): Promise<DefinitionVersion<D> | undefined> {
    const { Item } = await mapFaults(
      this.client.send(new GetCommand({ TableName: this.tableName, Key: { pk: this.pk(id), sk: versionSk(version) } })),
      this.what,
    );
    return Item ? this.versionOf(Item) : undefined;
  }

  async listVersions(id: string): Promise<DefinitionVersion<D>[]> {
    const items = await queryPartition(this.client, this.tableName, this.pk(id), VERSION_PREFIX, this.what);
    return items.map((item) => this.versionOf(item)).sort((a, b) => b.version - a.version);
  }

  async list(request: {
    readonly status?: DefinitionStatus;
    readonly limit: number;
    readonly cursor?: string;
  }): Promise<Page<DefinitionRecord>> {
    const page = await listByKind(this.client, this.tableName, { kind: this.layout.listing, ...request }, this.what);
    return { items: page.items.map((item) => this.recordOf(item)), ...(page.cursor ? { cursor: page.cursor } : {}) };
  }

  async create(record: DefinitionRecord, version: DefinitionVersion<D>): Promise<'created' | 'exists'> {
    try {
      await this.transact([
        {
          Put: {
            TableName: this.tableName,
            Item: { ...this.recordKey(record.id), ...this.recordAttributes(record) },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        { Put: { TableName: this.tableName, Item: this.versionItem(version) } },
      ]);
      return 'created';
    } catch (error) {
      if (isConditionFailure(error)) return 'exists';
      throw error;
    }
  }

  async addVersion(
    next: DefinitionRecord,
    version: DefinitionVersion<D>,
    expectedRevision: number,
  ): Promise<'added' | 'conflict'> {
    try {
      await this.transact([
        { Update: this.recordUpdate(next, expectedRevision) },
        {
          Put: {
            TableName: this.tableName,
            Item: this.versionItem(version),
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

  async saveRecord(next: DefinitionRecord, expectedRevision: number): Promise<'saved' | 'conflict'> {
    try {
      await mapFaults(this.client.send(new UpdateCommand(this.recordUpdate(next, expectedRevision))), this.what);
      return 'saved';
    } catch (error) {
      if (isConditionFailure(error)) return 'conflict';
      throw error;
    }
  }

  private pk(id: string): string {
    return `${this.layout.pkPrefix}${id}`;
  }

  private recordKey(id: string) {
    return { pk: this.pk(id), sk: this.layout.recordSk };
  }

  private recordAttributes(record: DefinitionRecord): Item {
    return {
      [INDEX.partitionKey]: this.layout.listing,
      [INDEX.sortKey]: `${record.status}#${record.id}`,
      [this.layout.idAttribute]: record.id,
      name: record.name,
      status: record.status,
      latestVersion: record.latestVersion,
      ...(record.activeVersion !== undefined ? { activeVersion: record.activeVersion } : {}),
      ...(record.archivedAt !== undefined ? { archivedAt: record.archivedAt } : {}),
      updatedAt: record.updatedAt,
      revision: record.revision,
    };
  }

  /** SET of the lifecycle attributes under the revision guard; other attributes of the item are kept. */
  private recordUpdate(next: DefinitionRecord, expectedRevision: number) {
    const attributes = this.recordAttributes(next);
    const names = Object.keys(attributes);
    return {
      TableName: this.tableName,
      Key: this.recordKey(next.id),
      UpdateExpression: `SET ${names.map((_, i) => `#a${i} = :a${i}`).join(', ')}`,
      ConditionExpression: 'revision = :expected',
      ExpressionAttributeNames: Object.fromEntries(names.map((name, i) => [`#a${i}`, name])),
      ExpressionAttributeValues: {
        ...Object.fromEntries(names.map((name, i) => [`:a${i}`, attributes[name]])),
        ':expected': expectedRevision,
      },
    };
  }

  private recordOf(item: Item): DefinitionRecord {
    return {
      kind: this.kind,
      id: String(item[this.layout.idAttribute]),
      name: String(item.name),
      // Template records written before the shared lifecycle carry no status: they were usable, so active.
      status: (item.status as DefinitionStatus | undefined) ?? 'active',
      latestVersion: Number(item.latestVersion),
      ...(item.activeVersion !== undefined ? { activeVersion: Number(item.activeVersion) } : {}),
      ...(item.archivedAt !== undefined ? { archivedAt: String(item.archivedAt) } : {}),
      updatedAt: String(item.updatedAt),
      revision: Number(item.revision),
    };
  }

  /** The definition is stored as JSON text, exactly as written (language keys, Liquid, FHIRPath). */
  private versionItem(version: DefinitionVersion<D>): Item {
    return {
      pk: this.pk(version.id),
      sk: versionSk(version.version),
      [this.layout.idAttribute]: version.id,
      version: version.version,
      definitionJson: JSON.stringify(version.definition),
      createdAt: version.createdAt,
      createdBy: version.createdBy,
    };
  }

  private versionOf(item: Item): DefinitionVersion<D> {
    return {
      kind: this.kind,
      id: String(item[this.layout.idAttribute]),
      version: Number(item.version),
      definition: JSON.parse(String(item.definitionJson)) as D,
      createdAt: String(item.createdAt),
      createdBy: String(item.createdBy),
    };
  }

  private async transact(actions: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>) {
    await mapFaults(this.client.send(new TransactWriteCommand({ TransactItems: actions })), this.what);
  }
}

import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { DefinitionKind, DefinitionStatus } from '../../domain/definitions/kinds';
import type {
  ActiveDefinition,
  DefinitionAttributes,
  DefinitionRecord,
  DefinitionStore,
  DefinitionVersion,
  VersionAttachment,
} from '../../domain/definitions/records';
import type { Page } from '../../domain/paging';
import { isConditionFailure, mapFaults } from './faults';
import { cursorAfter, indexStartKey } from './page-cursor';
import { queryAll, queryPartition } from './query-partition';
import { PlatformTableDesign } from './table-design';

const INDEX = PlatformTableDesign.indexes[0];
/** The sort-key prefix of a definition's immutable versions. */
const VERSION_PREFIX = 'VERSION#';
/** The record's copy of its active version's definition (kinds that copy it). */
const ACTIVE_COPY = 'activeDefinition';
/** Zero-padded so that versions sort by number. */
const versionSk = (version: number) => `${VERSION_PREFIX}${String(version).padStart(6, '0')}`;

type Item = Record<string, unknown>;
type TransactItems = NonNullable<TransactWriteCommandInput['TransactItems']>;

/** Where a kind lives in the Platform table: the key layout of docs/storage.md, kept per kind so existing items read. */
interface KindLayout {
  readonly pkPrefix: string;
  readonly recordSk: string;
  /** `gsi1pk` of the kind's records in `byKind`; their `gsi1sk` is `<status>#<id>`. */
  readonly listing: string;
  /** The attribute holding the id on records and versions. */
  readonly idAttribute: string;
  readonly activeVersionAttribute: string;
  /** Keep a copy of the active version's definition on the record, so `listActive` is one query. */
  readonly copiesActiveDefinition: boolean;
}

export const DEFINITION_LAYOUTS: Readonly<Record<DefinitionKind, KindLayout>> = {
  segment: {
    pkPrefix: 'SEGMENT#',
    recordSk: 'SEGMENT',
    listing: 'SEGMENT',
    idAttribute: 'segmentId',
    activeVersionAttribute: 'activeVersion',
    copiesActiveDefinition: true,
  },
  template: {
    pkPrefix: 'TEMPLATE#',
    recordSk: 'RECORD',
    listing: 'TEMPLATES',
    idAttribute: 'templateId',
    activeVersionAttribute: 'activeVersion',
    copiesActiveDefinition: false,
  },
  journey: {
    pkPrefix: 'JOURNEY#',
    recordSk: 'JOURNEY',
    listing: 'JOURNEY',
    idAttribute: 'journeyId',
    activeVersionAttribute: 'publishedVersion',
    copiesActiveDefinition: false,
  },
};

/** The Platform-table partition of a definition: its record, its versions, and whatever the kind keeps beside them. */
export const definitionPk = (kind: DefinitionKind, id: string) => `${DEFINITION_LAYOUTS[kind].pkPrefix}${id}`;

/**
 * Any kind of versioned definition in the Platform table: one record per definition, listed in `byKind`
 * under `<status>#<id>`, and one immutable item per version (`VERSION#<n>`). Record writes SET only the
 * attributes they know, so other items' attributes of the same partition and record attributes written
 * by older code survive every status change.
 */
export class DynamoDefinitionStore<D> implements DefinitionStore<D> {
  private readonly layout: KindLayout;
  private readonly what: string;
  /** The item attributes the store itself writes; every other attribute of an item is the kind's. */
  private readonly recordNames: ReadonlySet<string>;
  private readonly versionNames: ReadonlySet<string>;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    readonly kind: DefinitionKind,
  ) {
    this.layout = DEFINITION_LAYOUTS[kind];
    this.what = `${kind} definitions`;
    const { idAttribute, activeVersionAttribute } = this.layout;
    this.recordNames = new Set([
      ...['pk', 'sk', INDEX.partitionKey, INDEX.sortKey, idAttribute, 'name', 'status', 'latestVersion'],
      ...[activeVersionAttribute, 'archivedAt', 'updatedAt', 'revision', ACTIVE_COPY],
    ]);
    this.versionNames = new Set(['pk', 'sk', idAttribute, 'version', 'definitionJson', 'createdAt', 'createdBy']);
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
      this.client.send(
        new GetCommand({ TableName: this.tableName, Key: this.versionKey(id, version), ConsistentRead: true }),
      ),
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
    const { status, limit, cursor } = request;
    const page = await mapFaults(
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: INDEX.indexName,
          ...this.listingCondition(status),
          Limit: limit,
          ExclusiveStartKey: indexStartKey(cursor, INDEX, this.layout.listing),
        }),
      ),
      this.what,
    );
    const next = cursorAfter(page.LastEvaluatedKey);
    return { items: (page.Items ?? []).map((item) => this.recordOf(item)), ...(next ? { cursor: next } : {}) };
  }

  async listActive(): Promise<ActiveDefinition<D>[]> {
    const items = await queryAll(
      this.client,
      { TableName: this.tableName, IndexName: INDEX.indexName, ...this.listingCondition('active') },
      this.what,
    );
    const active = await Promise.all(
      items.map(async (item): Promise<ActiveDefinition<D> | undefined> => {
        const record = this.recordOf(item);
        if (record.activeVersion === undefined) return undefined;
        if (this.layout.copiesActiveDefinition) return { record, definition: parsed<D>(item[ACTIVE_COPY]) };
        const version = await this.getVersion(record.id, record.activeVersion);
        return version && { record, definition: version.definition };
      }),
    );
    return active.filter((a): a is ActiveDefinition<D> => a !== undefined);
  }

  async create(record: DefinitionRecord, version: DefinitionVersion<D>): Promise<'created' | 'exists'> {
    const copy = record.activeVersion === version.version ? this.activeCopy(version) : {};
    const put = { ...this.recordKey(record.id), ...this.recordAttributes(record), ...copy };
    return this.conditionally('created', 'exists', [
      { Put: { TableName: this.tableName, Item: put, ConditionExpression: 'attribute_not_exists(pk)' } },
      { Put: { TableName: this.tableName, Item: this.versionItem(version) } },
    ]);
  }

  async addVersion(
    next: DefinitionRecord,
    version: DefinitionVersion<D>,
    expectedRevision: number,
  ): Promise<'added' | 'conflict'> {
    const copy = next.activeVersion === version.version ? this.activeCopy(version) : {};
    return this.conditionally('added', 'conflict', [
      { Update: this.recordUpdate(next, expectedRevision, copy) },
      {
        Put: {
          TableName: this.tableName,
          Item: this.versionItem(version),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ]);
  }

  async saveRecord(
    next: DefinitionRecord,
    expectedRevision: number,
    attachment?: VersionAttachment,
  ): Promise<'saved' | 'conflict'> {
    const copy = await this.activeCopyOf(next);
    if (!attachment) {
      try {
        await mapFaults(
          this.client.send(new UpdateCommand(this.recordUpdate(next, expectedRevision, copy))),
          this.what,
        );
        return 'saved';
      } catch (error) {
        if (isConditionFailure(error)) return 'conflict';
        throw error;
      }
    }
    const attached = definedOnly(attachment.attributes);
    const versionTarget = {
      TableName: this.tableName,
      Key: this.versionKey(next.id, attachment.version),
      ConditionExpression: 'attribute_exists(pk)',
    };
    return this.conditionally('saved', 'conflict', [
      { Update: this.recordUpdate(next, expectedRevision, copy) },
      Object.keys(attached).length > 0
        ? { Update: { ...versionTarget, ...setExpression(attached) } }
        : { ConditionCheck: versionTarget },
    ]);
  }

  private pk(id: string): string {
    return definitionPk(this.kind, id);
  }

  private recordKey(id: string) {
    return { pk: this.pk(id), sk: this.layout.recordSk };
  }

  private versionKey(id: string, version: number) {
    return { pk: this.pk(id), sk: versionSk(version) };
  }

  private listingCondition(status: DefinitionStatus | undefined) {
    const kind = this.layout.listing;
    return status
      ? {
          KeyConditionExpression: `${INDEX.partitionKey} = :kind AND begins_with(${INDEX.sortKey}, :status)`,
          ExpressionAttributeValues: { ':kind': kind, ':status': `${status}#` },
        }
      : { KeyConditionExpression: `${INDEX.partitionKey} = :kind`, ExpressionAttributeValues: { ':kind': kind } };
  }

  private recordAttributes(record: DefinitionRecord): Item {
    return {
      [INDEX.partitionKey]: this.layout.listing,
      [INDEX.sortKey]: `${record.status}#${record.id}`,
      [this.layout.idAttribute]: record.id,
      name: record.name,
      status: record.status,
      latestVersion: record.latestVersion,
      ...(record.activeVersion !== undefined ? { [this.layout.activeVersionAttribute]: record.activeVersion } : {}),
      ...(record.archivedAt !== undefined ? { archivedAt: record.archivedAt } : {}),
      updatedAt: record.updatedAt,
      revision: record.revision,
      ...definedOnly(record.attributes),
    };
  }

  /** SET of the record's attributes under the revision guard; attributes it does not name are kept. */
  private recordUpdate(next: DefinitionRecord, expectedRevision: number, extra: Item) {
    const set = setExpression({ ...this.recordAttributes(next), ...extra });
    return {
      TableName: this.tableName,
      Key: this.recordKey(next.id),
      UpdateExpression: set.UpdateExpression,
      ConditionExpression: 'revision = :expected',
      ExpressionAttributeNames: set.ExpressionAttributeNames,
      ExpressionAttributeValues: { ...set.ExpressionAttributeValues, ':expected': expectedRevision },
    };
  }

  /** The copy of the active version's definition the record keeps (versions never change, so a read outside the write is safe). */
  private async activeCopyOf(record: DefinitionRecord): Promise<Item> {
    if (!this.layout.copiesActiveDefinition || record.activeVersion === undefined) return {};
    const version = await this.getVersion(record.id, record.activeVersion);
    return version ? this.activeCopy(version) : {};
  }

  private activeCopy(version: DefinitionVersion<D>): Item {
    if (!this.layout.copiesActiveDefinition || version.definition === undefined) return {};
    return { [ACTIVE_COPY]: JSON.stringify(version.definition) };
  }

  private recordOf(item: Item): DefinitionRecord {
    const activeVersion = item[this.layout.activeVersionAttribute];
    return {
      kind: this.kind,
      id: String(item[this.layout.idAttribute]),
      name: String(item.name),
      // Template records written before the shared lifecycle carry no status: they were usable, so active.
      status: (item.status as DefinitionStatus | undefined) ?? 'active',
      latestVersion: Number(item.latestVersion),
      ...(activeVersion !== undefined ? { activeVersion: Number(activeVersion) } : {}),
      ...(item.archivedAt !== undefined ? { archivedAt: String(item.archivedAt) } : {}),
      updatedAt: String(item.updatedAt),
      revision: Number(item.revision),
      attributes: attributesOf(item, this.recordNames),
    };
  }

  /** The definition is stored as JSON text, exactly as written (language keys, Liquid, FHIRPath, step ids). */
  private versionItem(version: DefinitionVersion<D>): Item {
    return {
      ...this.versionKey(version.id, version.version),
      [this.layout.idAttribute]: version.id,
      version: version.version,
      ...(version.definition !== undefined ? { definitionJson: JSON.stringify(version.definition) } : {}),
      createdAt: version.createdAt,
      createdBy: version.createdBy,
      ...definedOnly(version.attributes),
    };
  }

  private versionOf(item: Item): DefinitionVersion<D> {
    return {
      kind: this.kind,
      id: String(item[this.layout.idAttribute]),
      version: Number(item.version),
      definition: parsed<D>(item.definitionJson),
      createdAt: String(item.createdAt),
      createdBy: String(item.createdBy),
      attributes: attributesOf(item, this.versionNames),
    };
  }

  private async conditionally<Done extends string, Refused extends string>(
    done: Done,
    refused: Refused,
    actions: TransactItems,
  ): Promise<Done | Refused> {
    try {
      await mapFaults(this.client.send(new TransactWriteCommand({ TransactItems: actions })), this.what);
      return done;
    } catch (error) {
      if (isConditionFailure(error)) return refused;
      throw error;
    }
  }
}

/** A definition stored as JSON text; absent for a kind whose version has none (a static segment). */
const parsed = <D>(json: unknown): D => (json === undefined ? undefined : JSON.parse(String(json))) as D;

function attributesOf(item: Item, storeNames: ReadonlySet<string>): DefinitionAttributes {
  return Object.fromEntries(Object.entries(item).filter(([name]) => !storeNames.has(name)));
}

function definedOnly(attributes: DefinitionAttributes): Item {
  return Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined));
}

function setExpression(attributes: Item) {
  const names = Object.keys(attributes);
  return {
    UpdateExpression: `SET ${names.map((_, i) => `#a${i} = :a${i}`).join(', ')}`,
    ExpressionAttributeNames: Object.fromEntries(names.map((name, i) => [`#a${i}`, name])),
    ExpressionAttributeValues: Object.fromEntries(names.map((name, i) => [`:a${i}`, attributes[name]])),
  };
}

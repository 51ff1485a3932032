import { type DynamoDBDocumentClient, GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { TemplateStore } from '../../domain/messaging/templates/ports';
import type {
  MessageTemplateDefinition,
  MessageTemplateVersion,
  TemplateRecord,
} from '../../domain/messaging/templates/template-schema';
import type { Page } from '../../domain/paging';
import { isConditionFailure, mapFaults } from './faults';
import { listByKind, VERSION_PREFIX, versionSk } from './kind-listing';
import { queryPartition } from './query-partition';
import { PlatformTableDesign } from './table-design';

const WHAT = 'message templates';
/** The Platform-table partition of a template: its record and its versions. */
export const templatePk = (templateId: string) => `TEMPLATE#${templateId}`;
const RECORD_SK = 'RECORD';
const KIND = 'TEMPLATES';
const INDEX = PlatformTableDesign.indexes[0];
const MAX_CACHED_VERSIONS = 500;

type Item = Record<string, unknown>;

/**
 * Templates in the Platform table. Versions never change once written, so those read are kept in memory
 * (bounded): a warm send function reads a version from DynamoDB once.
 */
export class DynamoTemplateStore implements TemplateStore {
  private readonly cache = new Map<string, MessageTemplateVersion>();

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async list(limit: number, cursor?: string): Promise<Page<TemplateRecord>> {
    const page = await listByKind(this.client, this.tableName, { kind: KIND, limit, cursor }, WHAT);
    return { items: page.items.map(recordOf), ...(page.cursor ? { cursor: page.cursor } : {}) };
  }

  async get(templateId: string): Promise<TemplateRecord | undefined> {
    const { Item } = await mapFaults(
      this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: templatePk(templateId), sk: RECORD_SK },
          ConsistentRead: true,
        }),
      ),
      WHAT,
    );
    return Item ? recordOf(Item) : undefined;
  }

  async version(templateId: string, version: number): Promise<MessageTemplateVersion | undefined> {
    const cached = this.cache.get(`${templateId}@${version}`);
    if (cached) return cached;
    const { Item } = await mapFaults(
      this.client.send(
        new GetCommand({ TableName: this.tableName, Key: { pk: templatePk(templateId), sk: versionSk(version) } }),
      ),
      WHAT,
    );
    return Item ? this.remember(versionOf(Item)) : undefined;
  }

  async versions(templateId: string): Promise<MessageTemplateVersion[]> {
    const items = await queryPartition(this.client, this.tableName, templatePk(templateId), VERSION_PREFIX, WHAT);
    return items.map((item) => this.remember(versionOf(item))).sort((a, b) => b.version - a.version);
  }

  async latest(templateId: string): Promise<MessageTemplateVersion | undefined> {
    const page = await mapFaults(
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': templatePk(templateId), ':prefix': VERSION_PREFIX },
          ScanIndexForward: false,
          Limit: 1,
          ConsistentRead: true,
        }),
      ),
      WHAT,
    );
    const item = page.Items?.[0];
    return item ? this.remember(versionOf(item)) : undefined;
  }

  async create(version: MessageTemplateVersion): Promise<'created' | 'exists'> {
    try {
      await this.transact([
        {
          Put: {
            TableName: this.tableName,
            Item: recordItem(recordFor(version, 1)),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        { Put: { TableName: this.tableName, Item: versionItem(version) } },
      ]);
      return 'created';
    } catch (error) {
      if (isConditionFailure(error)) return 'exists';
      throw error;
    }
  }

  async addVersion(version: MessageTemplateVersion, expectedRevision: number): Promise<'added' | 'conflict'> {
    try {
      await this.transact([
        {
          Put: {
            TableName: this.tableName,
            Item: recordItem(recordFor(version, expectedRevision + 1)),
            ConditionExpression: 'revision = :revision',
            ExpressionAttributeValues: { ':revision': expectedRevision },
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

  private remember(version: MessageTemplateVersion): MessageTemplateVersion {
    if (this.cache.size >= MAX_CACHED_VERSIONS) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(`${version.templateId}@${version.version}`, version);
    return version;
  }

  private async transact(actions: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>) {
    await mapFaults(this.client.send(new TransactWriteCommand({ TransactItems: actions })), WHAT);
  }
}

function recordFor(version: MessageTemplateVersion, revision: number): TemplateRecord {
  return {
    templateId: version.templateId,
    name: version.definition.name,
    latestVersion: version.version,
    updatedAt: version.createdAt,
    revision,
  };
}

function recordItem(record: TemplateRecord): Item {
  return {
    pk: templatePk(record.templateId),
    sk: RECORD_SK,
    [INDEX.partitionKey]: KIND,
    [INDEX.sortKey]: record.templateId,
    ...record,
  };
}

function recordOf(item: Item): TemplateRecord {
  return {
    templateId: String(item.templateId),
    name: String(item.name),
    latestVersion: Number(item.latestVersion),
    updatedAt: String(item.updatedAt),
    revision: Number(item.revision),
  };
}

/** The definition is stored as JSON text: language keys and Liquid stay exactly as written. */
function versionItem(version: MessageTemplateVersion): Item {
  return {
    pk: templatePk(version.templateId),
    sk: versionSk(version.version),
    templateId: version.templateId,
    version: version.version,
    definitionJson: JSON.stringify(version.definition),
    createdAt: version.createdAt,
    createdBy: version.createdBy,
  };
}

function versionOf(item: Item): MessageTemplateVersion {
  return {
    templateId: String(item.templateId),
    version: Number(item.version),
    definition: JSON.parse(String(item.definitionJson)) as MessageTemplateDefinition,
    createdAt: String(item.createdAt),
    createdBy: String(item.createdBy),
  };
}

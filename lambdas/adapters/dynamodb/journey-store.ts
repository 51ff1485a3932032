import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { JourneyDefinition } from '../../domain/journeys/definition-schema';
import type {
  CompiledJourneyVersion,
  JourneyPublication,
  JourneyRecord,
  JourneyStatus,
  JourneyStore,
  JourneyVersion,
} from '../../domain/journeys/ports';
import type { Page } from '../../domain/paging';
import { isConditionFailure, mapFaults } from './faults';
import { listByKind, VERSION_PREFIX, versionSk } from './kind-listing';
import { queryPartition } from './query-partition';
import { PlatformTableDesign } from './table-design';

const WHAT = 'journey definitions';
/** The Platform-table partition of a journey: its record and its versions. */
export const journeyPk = (journeyId: string) => `JOURNEY#${journeyId}`;
const RECORD_SK = 'JOURNEY';
const KIND = 'JOURNEY';
const INDEX = PlatformTableDesign.indexes[0];

type Item = Record<string, unknown>;
type TransactItems = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>;

/**
 * Journeys in the Platform table: one record per journey, listed in `byKind` under `<status>#<id>`, and one
 * item per version. A version's definition never changes; publishing adds what it was compiled as, once.
 */
export class DynamoJourneyStore implements JourneyStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(journeyId: string): Promise<JourneyRecord | undefined> {
    const { Item } = await mapFaults(
      this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: journeyPk(journeyId), sk: RECORD_SK },
          ConsistentRead: true,
        }),
      ),
      WHAT,
    );
    return Item ? recordOf(Item) : undefined;
  }

  async getVersion(journeyId: string, version: number): Promise<JourneyVersion | undefined> {
    const { Item } = await mapFaults(
      this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: journeyPk(journeyId), sk: versionSk(version) },
          ConsistentRead: true,
        }),
      ),
      WHAT,
    );
    return Item ? versionOf(Item) : undefined;
  }

  async listVersions(journeyId: string): Promise<JourneyVersion[]> {
    const items = await queryPartition(this.client, this.tableName, journeyPk(journeyId), VERSION_PREFIX, WHAT);
    return items.map(versionOf).sort((a, b) => b.version - a.version);
  }

  async list(status: JourneyStatus | undefined, limit: number, cursor?: string): Promise<Page<JourneyRecord>> {
    const page = await listByKind(this.client, this.tableName, { kind: KIND, status, limit, cursor }, WHAT);
    return { items: page.items.map(recordOf), ...(page.cursor ? { cursor: page.cursor } : {}) };
  }

  async create(version: JourneyVersion): Promise<'created' | 'exists'> {
    const record: JourneyRecord = {
      journeyId: version.journeyId,
      name: version.definition.name,
      status: 'draft',
      latestVersion: version.version,
      updatedAt: version.createdAt,
      revision: 1,
    };
    return this.conditionally('created', 'exists', [
      { Put: { TableName: this.tableName, Item: recordItem(record), ConditionExpression: 'attribute_not_exists(pk)' } },
      { Put: { TableName: this.tableName, Item: versionItem(version) } },
    ]);
  }

  async addVersion(version: JourneyVersion, expectedRevision: number): Promise<'added' | 'conflict'> {
    const expected = await this.get(version.journeyId);
    if (!expected || expected.revision !== expectedRevision) return 'conflict';
    const record: JourneyRecord = {
      ...expected,
      name: version.definition.name,
      latestVersion: version.version,
      updatedAt: version.createdAt,
      revision: expectedRevision + 1,
    };
    return this.conditionally('added', 'conflict', [
      { Put: { TableName: this.tableName, Item: recordItem(record), ...guard(expectedRevision) } },
      {
        Put: { TableName: this.tableName, Item: versionItem(version), ConditionExpression: 'attribute_not_exists(pk)' },
      },
    ]);
  }

  async recordPublication(expected: JourneyRecord, publication: JourneyPublication): Promise<'published' | 'conflict'> {
    const record: JourneyRecord = {
      ...expected,
      status: 'active',
      publishedVersion: publication.version,
      stateMachineArn: publication.stateMachineArn,
      aliasArn: publication.aliasArn,
      publishedAt: publication.at,
      updatedAt: publication.at,
      revision: expected.revision + 1,
    };
    return this.conditionally('published', 'conflict', [
      { Put: { TableName: this.tableName, Item: recordItem(record), ...guard(expected.revision) } },
      {
        // Republishing a version writes the same pinned templates again, unless they moved on since.
        Update: {
          TableName: this.tableName,
          Key: { pk: journeyPk(expected.journeyId), sk: versionSk(publication.version) },
          UpdateExpression: 'SET compiled = :compiled',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':compiled': publication.compiled },
        },
      },
    ]);
  }

  async setStatus(expected: JourneyRecord, status: JourneyStatus, at: string): Promise<'updated' | 'conflict'> {
    const record: JourneyRecord = {
      ...expected,
      status,
      ...(status === 'archived' ? { archivedAt: at } : {}),
      updatedAt: at,
      revision: expected.revision + 1,
    };
    return this.conditionally('updated', 'conflict', [
      { Put: { TableName: this.tableName, Item: recordItem(record), ...guard(expected.revision) } },
    ]);
  }

  private async conditionally<Done extends string, Refused extends string>(
    done: Done,
    refused: Refused,
    actions: TransactItems,
  ): Promise<Done | Refused> {
    try {
      await mapFaults(this.client.send(new TransactWriteCommand({ TransactItems: actions })), WHAT);
      return done;
    } catch (error) {
      if (isConditionFailure(error)) return refused;
      throw error;
    }
  }
}

function guard(revision: number) {
  return { ConditionExpression: 'revision = :revision', ExpressionAttributeValues: { ':revision': revision } };
}

function recordItem(record: JourneyRecord): Item {
  return {
    pk: journeyPk(record.journeyId),
    sk: RECORD_SK,
    [INDEX.partitionKey]: KIND,
    [INDEX.sortKey]: `${record.status}#${record.journeyId}`,
    ...record,
  };
}

const optionalString = (item: Item, key: keyof JourneyRecord) =>
  item[key] !== undefined ? { [key]: String(item[key]) } : {};

function recordOf(item: Item): JourneyRecord {
  return {
    journeyId: String(item.journeyId),
    name: String(item.name),
    status: item.status as JourneyStatus,
    latestVersion: Number(item.latestVersion),
    ...(item.publishedVersion !== undefined ? { publishedVersion: Number(item.publishedVersion) } : {}),
    ...optionalString(item, 'stateMachineArn'),
    ...optionalString(item, 'aliasArn'),
    ...optionalString(item, 'publishedAt'),
    ...optionalString(item, 'archivedAt'),
    updatedAt: String(item.updatedAt),
    revision: Number(item.revision),
  };
}

/** The definition is stored as JSON text: step ids and FHIRPath stay exactly as written. */
function versionItem(version: JourneyVersion): Item {
  return {
    pk: journeyPk(version.journeyId),
    sk: versionSk(version.version),
    journeyId: version.journeyId,
    version: version.version,
    definitionJson: JSON.stringify(version.definition),
    createdAt: version.createdAt,
    createdBy: version.createdBy,
    ...(version.compiled ? { compiled: version.compiled } : {}),
  };
}

function versionOf(item: Item): JourneyVersion {
  const compiled = item.compiled as CompiledJourneyVersion | undefined;
  return {
    journeyId: String(item.journeyId),
    version: Number(item.version),
    definition: JSON.parse(String(item.definitionJson)) as JourneyDefinition,
    createdAt: String(item.createdAt),
    createdBy: String(item.createdBy),
    ...(compiled
      ? {
          compiled: {
            stateMachineVersionArn: String(compiled.stateMachineVersionArn),
            templateVersions: Object.fromEntries(
              Object.entries(compiled.templateVersions).map(([id, version]) => [id, Number(version)]),
            ),
          },
        }
      : {}),
  };
}

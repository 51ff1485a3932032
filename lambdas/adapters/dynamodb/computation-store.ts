import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ComputationLedger, PageCounts, ShardPosition } from '../../domain/segments/computation';
import type { ComputationReason, ComputationRecord } from '../../domain/segments/ports';
import { definitionPk } from './definition-store';
import { isConditionFailure, mapFaults } from './faults';

const WHAT = 'segment computations';
const computationPk = (computationId: string) => `COMPUTATION#${computationId}`;
const RECORD_SK = 'COMPUTATION';
/** In the segment's own partition of the Platform table, beside its `SEGMENT` record and `VERSION#` items. */
const LATEST_SK = 'COMPUTATION#latest';
/** A shard position is stored as a listing cursor or one of these (cursors are base64url: never `#…`). */
const NOT_BEGUN = '#start';
const DONE = '#done';

type Item = Record<string, unknown>;

/**
 * Full segment computations in the Platform table: one record per computation, whose counters the page
 * steps of the workflow add to with `ADD` (each shard's position kept in the `positions` map guards
 * against counting a page twice), and a pointer from the segment to its latest computation.
 */
export class DynamoComputationStore implements ComputationLedger {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async open(record: ComputationRecord): Promise<ComputationRecord> {
    const positions = Object.fromEntries(Array.from({ length: record.shards }, (_, shard) => [shard, NOT_BEGUN]));
    let opened = record;
    try {
      await mapFaults(
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { pk: computationPk(record.computationId), sk: RECORD_SK, ...record, positions },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
        WHAT,
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      opened = (await this.get(record.computationId)) ?? record;
    }
    // After the record, so that the pointer never names a computation that has none.
    await this.pointLatestTo(opened);
    return opened;
  }

  async shard(
    computationId: string,
    shard: number,
  ): Promise<{ segmentId: string; running: boolean; position: ShardPosition } | undefined> {
    const { Item } = await mapFaults(
      this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: computationPk(computationId), sk: RECORD_SK },
          ProjectionExpression: 'segmentId, #status, positions.#shard',
          ExpressionAttributeNames: { '#status': 'status', '#shard': String(shard) },
          ConsistentRead: true,
        }),
      ),
      WHAT,
    );
    if (!Item) return undefined;
    const stored = (Item.positions as Record<string, string> | undefined)?.[String(shard)];
    return {
      segmentId: String(Item.segmentId),
      running: Item.status === 'running',
      // A shard the record does not list has nothing to walk.
      position: stored === undefined ? { done: true } : positionOf(stored),
    };
  }

  async recordPage(
    computationId: string,
    shard: number,
    from: ShardPosition,
    to: ShardPosition,
    counts: PageCounts,
  ): Promise<'recorded' | 'stale'> {
    try {
      await mapFaults(
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { pk: computationPk(computationId), sk: RECORD_SK },
            UpdateExpression:
              'SET positions.#shard = :to ADD #evaluated :evaluated, #entered :entered, #exited :exited, #failed :failed, #shardsDone :shardDone',
            ConditionExpression: 'positions.#shard = :from AND #status = :running',
            ExpressionAttributeNames: {
              '#shard': String(shard),
              '#status': 'status',
              '#evaluated': 'patientsEvaluated',
              '#entered': 'entered',
              '#exited': 'exited',
              '#failed': 'failed',
              '#shardsDone': 'shardsDone',
            },
            ExpressionAttributeValues: {
              ':from': storedPosition(from),
              ':to': storedPosition(to),
              ':running': 'running',
              ':evaluated': counts.patientsEvaluated,
              ':entered': counts.entered,
              ':exited': counts.exited,
              ':failed': counts.failed,
              ':shardDone': to.done ? 1 : 0,
            },
          }),
        ),
        WHAT,
      );
      return 'recorded';
    } catch (error) {
      if (isConditionFailure(error)) return 'stale';
      throw error;
    }
  }

  async close(
    computationId: string,
    status: 'completed' | 'failed',
    at: string,
  ): Promise<ComputationRecord | undefined> {
    try {
      const { Attributes } = await mapFaults(
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { pk: computationPk(computationId), sk: RECORD_SK },
            UpdateExpression: 'SET #status = :status, finishedAt = :at',
            ConditionExpression: '#status = :running',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':status': status, ':at': at, ':running': 'running' },
            ReturnValues: 'ALL_NEW',
          }),
        ),
        WHAT,
      );
      return Attributes ? recordOf(Attributes) : undefined;
    } catch (error) {
      // Closed already (a repeated finish), or never opened.
      if (isConditionFailure(error)) return this.get(computationId);
      throw error;
    }
  }

  async get(computationId: string): Promise<ComputationRecord | undefined> {
    const { Item } = await mapFaults(
      this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: computationPk(computationId), sk: RECORD_SK },
          ConsistentRead: true,
        }),
      ),
      WHAT,
    );
    return Item ? recordOf(Item) : undefined;
  }

  async latest(segmentId: string): Promise<ComputationRecord | undefined> {
    const { Item } = await mapFaults(
      this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: definitionPk('segment', segmentId), sk: LATEST_SK },
          ConsistentRead: true,
        }),
      ),
      WHAT,
    );
    return Item ? this.get(String(Item.computationId)) : undefined;
  }

  /** Moves the pointer unless it already names a computation of the segment that started later. */
  private async pointLatestTo(record: ComputationRecord): Promise<void> {
    try {
      await mapFaults(
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: {
              pk: definitionPk('segment', record.segmentId),
              sk: LATEST_SK,
              computationId: record.computationId,
              startedAt: record.startedAt,
            },
            ConditionExpression: 'attribute_not_exists(pk) OR startedAt <= :startedAt',
            ExpressionAttributeValues: { ':startedAt': record.startedAt },
          }),
        ),
        WHAT,
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
}

function storedPosition(position: ShardPosition): string {
  return position.done ? DONE : (position.cursor ?? NOT_BEGUN);
}

function positionOf(stored: string): ShardPosition {
  if (stored === DONE) return { done: true };
  return stored === NOT_BEGUN ? { done: false } : { done: false, cursor: stored };
}

function recordOf(item: Item): ComputationRecord {
  const status = item.status === 'completed' || item.status === 'failed' ? item.status : 'running';
  return {
    computationId: String(item.computationId),
    segmentId: String(item.segmentId),
    reason: item.reason as ComputationReason,
    status,
    startedAt: String(item.startedAt),
    ...(item.finishedAt ? { finishedAt: String(item.finishedAt) } : {}),
    shards: Number(item.shards),
    shardsDone: Number(item.shardsDone ?? 0),
    patientsEvaluated: Number(item.patientsEvaluated ?? 0),
    entered: Number(item.entered ?? 0),
    exited: Number(item.exited ?? 0),
    failed: Number(item.failed ?? 0),
  };
}

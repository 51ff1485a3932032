import {
  type DynamoDBDocumentClient,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { ClinicalFacts, PatientFacts } from '../../domain/fhir/facts';
import type { Page } from '../../domain/paging';
import type {
  Membership,
  MembershipChange,
  MembershipChangedAnnouncement,
  MembershipState,
  MembershipStore,
  PatientSegmentsView,
} from '../../domain/segments/ports';
import { type EngagementFact, indexResources, instantsOf, type SnapshotResource } from '../../domain/segments/snapshot';
import { isConditionFailure, mapFaults } from './faults';
import { cursorAfter, indexStartKey } from './page-cursor';
import {
  DUE_SHARDS,
  DUE_SK,
  duePk,
  dueSk,
  ENGAGEMENT_SK_PREFIX,
  memberSk,
  membershipSk,
  patientPk,
  RESOURCE_SK_PREFIX,
  SEGMENT_SK_PREFIX,
  SEGMENT_STATE_SK,
  segmentMembersPk,
  shardOf,
} from './patient-keys';
import { queryPartition } from './query-partition';
import { PatientsTableDesign } from './table-design';

const WHAT = 'segment memberships';
/** A transaction holds at most 100 actions; one is the membership record. */
const ACTIONS_PER_TRANSACTION = 99;

type Actions = NonNullable<TransactWriteCommandInput['TransactItems']>;
type Item = Record<string, unknown>;

/**
 * Memberships, wake-ups and the membership record in each patient's partition of the Patients table.
 * `load` reads the whole partition in one query (paged); `apply` writes a change in one transaction
 * guarded by the record's revision (several, each guarded, for a change of more than 99 memberships).
 */
export class DynamoMembershipStore implements MembershipStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async state(patientId: string): Promise<MembershipState> {
    // `SEGMENT#<id>` and `SEGMENTSTATE` share the prefix, so one query reads both.
    const items = await queryPartition(this.client, this.tableName, patientPk(patientId), 'SEGMENT', WHAT);
    return this.viewOf(patientId, items).state;
  }

  async load(patientId: string): Promise<PatientSegmentsView> {
    return this.viewOf(patientId, await queryPartition(this.client, this.tableName, patientPk(patientId), '', WHAT));
  }

  private viewOf(patientId: string, items: readonly Record<string, unknown>[]): PatientSegmentsView {
    let patientItem: Item | undefined;
    let stateItem: Item | undefined;
    const resources: SnapshotResource[] = [];
    const engagement: EngagementFact[] = [];
    const memberships: Membership[] = [];
    for (const item of items) {
      const sk = String(item.sk);
      if (sk.startsWith(RESOURCE_SK_PREFIX)) {
        if (item.resourceType === 'Patient') {
          if (item.resourceId === patientId) patientItem = item;
        } else if (item.facts) {
          resources.push(snapshotResourceOf(item));
        }
      } else if (sk.startsWith(SEGMENT_SK_PREFIX)) {
        memberships.push({
          segmentId: String(item.segmentId),
          version: Number(item.version),
          since: String(item.since),
          kind: item.kind === 'static' ? 'static' : 'dynamic',
        });
      } else if (sk.startsWith(ENGAGEMENT_SK_PREFIX)) {
        engagement.push(item.fact as EngagementFact);
      } else if (sk === SEGMENT_STATE_SK) {
        stateItem = item;
      }
    }
    const state: MembershipState = {
      revision: Number(stateItem?.revision ?? 0),
      memberships,
      ...(stateItem?.dueAt ? { dueAt: String(stateItem.dueAt) } : {}),
      ...(stateItem?.unannounced ? { unannounced: stateItem.unannounced as MembershipChangedAnnouncement } : {}),
    };
    if (!patientItem) return { state };
    const rawPatient = String(patientItem.resourceJson);
    return {
      state,
      snapshot: {
        patientId,
        patient: patientItem.facts as PatientFacts,
        get patientResource() {
          return JSON.parse(rawPatient) as unknown;
        },
        resources,
        index: indexResources(resources),
        engagement,
      },
    };
  }

  async apply(patientId: string, change: MembershipChange, expected: MembershipState): Promise<'applied' | 'conflict'> {
    const pk = patientPk(patientId);
    const writes: Actions = [
      ...[...change.entered, ...change.updated].map((membership) => ({
        Put: { TableName: this.tableName, Item: membershipItem(patientId, membership) },
      })),
      ...change.exited.map((segmentId) => ({
        Delete: { TableName: this.tableName, Key: { pk, sk: membershipSk(segmentId) } },
      })),
    ];
    if (change.dueAt !== undefined) {
      writes.push(
        change.dueAt === null
          ? { Delete: { TableName: this.tableName, Key: { pk, sk: DUE_SK } } }
          : {
              Put: {
                TableName: this.tableName,
                Item: {
                  pk,
                  sk: DUE_SK,
                  [PatientsTableDesign.indexes[1].partitionKey]: duePk(shardOf(patientId, DUE_SHARDS)),
                  [PatientsTableDesign.indexes[1].sortKey]: dueSk(change.dueAt, patientId),
                  dueAt: change.dueAt,
                },
              },
            },
      );
    }
    let revision = expected.revision;
    const chunks = Math.max(1, Math.ceil(writes.length / ACTIONS_PER_TRANSACTION));
    for (let chunk = 0; chunk < chunks; chunk++) {
      const last = chunk === chunks - 1;
      const dueAt = change.dueAt === undefined ? expected.dueAt : (change.dueAt ?? undefined);
      const record = {
        pk,
        sk: SEGMENT_STATE_SK,
        revision: revision + 1,
        ...(dueAt ? { dueAt } : {}),
        // The announcement is recorded with the last part, so it is only ever published for a whole change.
        ...(last && change.announcement
          ? { unannounced: change.announcement }
          : expected.unannounced
            ? { unannounced: expected.unannounced }
            : {}),
      };
      const guard =
        revision === 0
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : { ConditionExpression: 'revision = :revision', ExpressionAttributeValues: { ':revision': revision } };
      const actions: Actions = [
        ...writes.slice(chunk * ACTIONS_PER_TRANSACTION, (chunk + 1) * ACTIONS_PER_TRANSACTION),
        { Put: { TableName: this.tableName, Item: record, ...guard } },
      ];
      try {
        await mapFaults(this.client.send(new TransactWriteCommand({ TransactItems: actions })), WHAT);
      } catch (error) {
        if (isConditionFailure(error)) return 'conflict';
        throw error;
      }
      revision += 1;
    }
    return 'applied';
  }

  async markAnnounced(patientId: string, announcement: MembershipChangedAnnouncement): Promise<void> {
    try {
      await mapFaults(
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { pk: patientPk(patientId), sk: SEGMENT_STATE_SK },
            UpdateExpression: 'REMOVE unannounced',
            ConditionExpression: 'unannounced.occurredAt = :at',
            ExpressionAttributeValues: { ':at': announcement.occurredAt },
          }),
        ),
        WHAT,
      );
    } catch (error) {
      // Another re-evaluation replaced or cleared it; that one announces its own change.
      if (!isConditionFailure(error)) throw error;
    }
  }

  async members(segmentId: string, limit: number, cursor?: string): Promise<Page<Membership & { patientId: string }>> {
    const index = PatientsTableDesign.indexes[0];
    const pk = segmentMembersPk(segmentId);
    const page = await mapFaults(
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index.indexName,
          KeyConditionExpression: `${index.partitionKey} = :pk`,
          ExpressionAttributeValues: { ':pk': pk },
          Limit: limit,
          ExclusiveStartKey: indexStartKey(cursor, index, pk),
        }),
      ),
      WHAT,
    );
    const items = (page.Items ?? []).map((item) => ({
      patientId: String(item.patientId),
      segmentId,
      version: Number(item.version),
      since: String(item.since),
      kind: item.kind === 'static' ? ('static' as const) : ('dynamic' as const),
    }));
    const next = cursorAfter(page.LastEvaluatedKey);
    return { items, ...(next ? { cursor: next } : {}) };
  }

  async due(shard: number, now: Date, limit: number, cursor?: string): Promise<Page<string>> {
    const index = PatientsTableDesign.indexes[1];
    const pk = duePk(shard);
    const page = await mapFaults(
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index.indexName,
          // `~` sorts after every character of a patient id, so every wake-up at or before now is included.
          KeyConditionExpression: `${index.partitionKey} = :pk AND ${index.sortKey} <= :upTo`,
          ExpressionAttributeValues: { ':pk': pk, ':upTo': `${now.toISOString()}#~` },
          ProjectionExpression: 'pk',
          Limit: limit,
          ExclusiveStartKey: indexStartKey(cursor, index, pk),
        }),
      ),
      WHAT,
    );
    const items = (page.Items ?? []).map((item) => String(item.pk).slice('PATIENT#'.length));
    const next = cursorAfter(page.LastEvaluatedKey);
    return { items, ...(next ? { cursor: next } : {}) };
  }
}

function membershipItem(patientId: string, membership: Membership): Item {
  const index = PatientsTableDesign.indexes[0];
  return {
    pk: patientPk(patientId),
    sk: membershipSk(membership.segmentId),
    [index.partitionKey]: segmentMembersPk(membership.segmentId),
    [index.sortKey]: memberSk(patientId),
    patientId,
    segmentId: membership.segmentId,
    version: membership.version,
    since: membership.since,
    kind: membership.kind,
  };
}

function snapshotResourceOf(item: Item): SnapshotResource {
  const raw = String(item.resourceJson);
  const facts = item.facts as ClinicalFacts;
  return {
    resourceType: String(item.resourceType),
    resourceId: String(item.resourceId),
    facts,
    ...instantsOf(facts),
    // Parsed only if a FHIRPath criterion looks at it.
    get resource() {
      return JSON.parse(raw) as unknown;
    },
  };
}

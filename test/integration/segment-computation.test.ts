import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type * as fhir4 from 'fhir/r4';
import { DynamoComputationStore } from '../../lambdas/adapters/dynamodb/computation-store';
import { PATIENT_LISTING_SHARDS } from '../../lambdas/adapters/dynamodb/patient-keys';
import { DynamoPatientListing } from '../../lambdas/adapters/dynamodb/patient-listing';
import { DynamoMembershipStore } from '../../lambdas/adapters/dynamodb/segment-membership-store';
import type { SegmentRecord } from '../../lambdas/domain/segments/ports';
import type { SegmentDefinitions } from '../../lambdas/domain/segments/segment-definitions';
import { dynamoSegments } from '../../lambdas/handlers/wiring/definition-stores';
import { localDynamoClient } from '../../local/dynamodb/dynamodb-local';
import type { LocalStack } from '../../local/local-stack';
import { emitFhirChanges } from '../support/emit';
import { startTestStack } from '../support/local-stack-for-tests';

/**
 * The full computation through the local stack: patients ingested before a segment exists join it only
 * when the segment-computation ASL walks the patient listing, with the same handlers as on AWS.
 */
jest.setTimeout(180_000);

const SEGMENT_ID = 'women-50-plus';
const OCCURRED_AT = '2026-11-20T08:00:00Z';

/** 24 patients, so that most listing shards hold some; every third is a woman over 50. */
const PATIENTS: fhir4.Patient[] = Array.from({ length: 24 }, (_, i) => ({
  resourceType: 'Patient',
  id: `computation-p${String(i).padStart(2, '0')}`,
  gender: i % 3 === 0 ? 'female' : i % 3 === 1 ? 'male' : 'female',
  birthDate: i % 3 === 2 ? '1995-03-01' : '1960-03-01',
}));
const MEMBERS = PATIENTS.filter((_, i) => i % 3 === 0)
  .map((p) => p.id as string)
  .sort();

let stack: LocalStack;
let segments: SegmentDefinitions;
let memberships: DynamoMembershipStore;
let computations: DynamoComputationStore;
let listing: DynamoPatientListing;

beforeAll(async () => {
  stack = await startTestStack();
  const client = DynamoDBDocumentClient.from(localDynamoClient(stack.endpoints.dynamodb), {
    marshallOptions: { removeUndefinedValues: true },
  });
  segments = dynamoSegments(client, stack.tables.platform);
  memberships = new DynamoMembershipStore(client, stack.tables.patients);
  computations = new DynamoComputationStore(client, stack.tables.platform);
  listing = new DynamoPatientListing(client, stack.tables.patients);
  await emitFhirChanges(
    stack,
    PATIENTS.map((resource) => ({ action: 'create', resource, occurredAt: OCCURRED_AT })),
  );
});

afterAll(async () => {
  await stack?.stop();
});

async function allMembers(segmentId: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await memberships.members(segmentId, 5, cursor);
    ids.push(...page.items.map((m) => m.patientId));
    cursor = page.cursor;
  } while (cursor);
  return ids.sort();
}

async function activeSegment(): Promise<SegmentRecord> {
  await segments.create({
    segmentId: SEGMENT_ID,
    version: 1,
    kind: 'dynamic',
    name: 'Women over 50',
    description: '',
    definition: {
      schemaVersion: 1,
      id: SEGMENT_ID,
      name: 'Women over 50',
      description: '',
      criteria: { all: [{ gender: ['female'] }, { age: { min: 50 } }] },
    },
    createdAt: stack.clock.now().toISOString(),
    createdBy: 'test-user',
  });
  const draft = (await segments.get(SEGMENT_ID)) as SegmentRecord;
  await segments.setStatus(draft, 'active', 1, stack.clock.now().toISOString());
  return (await segments.get(SEGMENT_ID)) as SegmentRecord;
}

it('lists every ingested patient exactly once across the shards, page by page', async () => {
  const listed: string[] = [];
  for (let shard = 0; shard < PATIENT_LISTING_SHARDS; shard++) {
    let cursor: string | undefined;
    do {
      const page = await listing.page(shard, 1, cursor);
      listed.push(...page.items);
      cursor = page.cursor;
    } while (cursor);
  }

  expect(listed.sort()).toEqual(PATIENTS.map((p) => p.id).sort());
});

it('admits the patients a newly activated segment matches, with progress and totals on the record', async () => {
  await activeSegment();
  // Ingested before the segment existed, nobody is a member yet.
  expect(await allMembers(SEGMENT_ID)).toEqual([]);

  const totals = await stack.computeSegments({
    computationId: 'activate-1',
    segmentId: SEGMENT_ID,
    reason: 'activated',
  });

  expect(await allMembers(SEGMENT_ID)).toEqual(MEMBERS);
  const expected = {
    computationId: 'activate-1',
    segmentId: SEGMENT_ID,
    status: 'completed',
    shards: PATIENT_LISTING_SHARDS,
    shardsDone: PATIENT_LISTING_SHARDS,
    patientsEvaluated: PATIENTS.length,
    entered: MEMBERS.length,
    exited: 0,
    failed: 0,
  };
  expect(totals).toEqual(expected);
  await expect(computations.get('activate-1')).resolves.toEqual({
    ...expected,
    reason: 'activated',
    startedAt: stack.clock.now().toISOString(),
    finishedAt: stack.clock.now().toISOString(),
  });
  await expect(computations.latest(SEGMENT_ID)).resolves.toMatchObject({ computationId: 'activate-1' });
});

it('changes nothing and counts nothing again when the same computation is started twice', async () => {
  const before = await computations.get('activate-1');

  const totals = await stack.computeSegments({
    computationId: 'activate-1',
    segmentId: SEGMENT_ID,
    reason: 'activated',
  });

  expect(totals).toMatchObject({ status: 'completed', patientsEvaluated: PATIENTS.length, entered: MEMBERS.length });
  await expect(computations.get('activate-1')).resolves.toEqual(before);
  expect(await allMembers(SEGMENT_ID)).toEqual(MEMBERS);
});

it('removes every member of an archived segment when started in the background, as the API does', async () => {
  const active = (await segments.get(SEGMENT_ID)) as SegmentRecord;
  await stack.clock.advance(60_000);
  await segments.setStatus(active, 'archived', undefined, stack.clock.now().toISOString());

  await stack.computationStarter.start({ computationId: 'archive-1', segmentId: SEGMENT_ID, reason: 'archived' });
  const totals = await stack.computationStarter.finished('archive-1');
  await stack.bus.drain();

  expect(totals).toMatchObject({ status: 'completed', patientsEvaluated: PATIENTS.length, entered: 0 });
  expect(totals?.exited).toBe(MEMBERS.length);
  expect(await allMembers(SEGMENT_ID)).toEqual([]);
  // The latest computation of the segment is the newer one.
  await expect(computations.latest(SEGMENT_ID)).resolves.toMatchObject({
    computationId: 'archive-1',
    exited: MEMBERS.length,
  });
});

import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDeadLetterStore } from '../../lambdas/adapters/dynamodb/dead-letter-store';
import { DetailType } from '../../lambdas/domain/events/event-names';
import { isAcceptedResourceType } from '../../lambdas/domain/fhir/resource-types';
import { localDynamoClient } from '../../local/dynamodb/dynamodb-local';
import type { LocalStack } from '../../local/local-stack';
import { emitFhirChanges } from '../support/emit';
import { startTestStack } from '../support/local-stack-for-tests';
import { allSampleDetails } from '../support/sample-events';
import { clearTable, tableSnapshot } from '../support/table-snapshot';

/**
 * The whole of ../shared/fhir-samples through the local bus: HL7 examples, Synthea bundles, NDJSON.
 * Slow by nature (about 13,000 events, three times), so it is one suite with shared state.
 */
jest.setTimeout(600_000);

const OCCURRED_AT = '2026-11-25T08:00:00Z';
const details = allSampleDetails(OCCURRED_AT);
const typeOf = (d: Record<string, unknown>) => (d.resource as { resourceType: string }).resourceType;

let inOrder: LocalStack;
let firstPass: Map<string, string>;

async function allDeadLetters(stack: LocalStack) {
  const store = new DynamoDeadLetterStore(
    DynamoDBDocumentClient.from(localDynamoClient(stack.endpoints.dynamodb)),
    stack.tables.platform,
    30,
  );
  const entries = [];
  let cursor: string | undefined;
  do {
    const page = await store.list('open', 500, cursor);
    entries.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return entries;
}

/** The patient store without the traces of dropped stale changes (each delivery of one leaves its own). */
async function projection(stack: LocalStack) {
  const snapshot = await tableSnapshot(stack.endpoints.dynamodb, stack.tables.patients);
  return new Map([...snapshot].filter(([key]) => !key.startsWith('IGNORED#')));
}

const staleTraces = async (stack: LocalStack) =>
  [...(await tableSnapshot(stack.endpoints.dynamodb, stack.tables.patients)).keys()].filter((key) =>
    key.startsWith('IGNORED#'),
  ).length;

beforeAll(async () => {
  inOrder = await startTestStack();
  await emitFhirChanges(inOrder, details);
  firstPass = await projection(inOrder);
});

afterAll(async () => {
  await inOrder?.stop();
});

it('projects every accepted resource and dead-letters every other event with a reason', async () => {
  const deadLetters = await allDeadLetters(inOrder);
  const rejectedKeys = new Set(deadLetters.map((d) => `${d.resourceType}/${d.resourceId}`));
  const accepted = details.filter((d) => isAcceptedResourceType(typeOf(d)));
  const unsupported = details.filter((d) => !isAcceptedResourceType(typeOf(d)));

  expect(details.length).toBeGreaterThan(13_000);
  for (const entry of deadLetters) {
    expect(entry.rejection.code).toMatch(/^[a-z-]+$/);
    expect(entry.rejection.message.length).toBeGreaterThan(10);
  }
  expect(deadLetters.filter((d) => d.rejection.code === 'unsupported-resource-type')).toHaveLength(
    new Set(unsupported.map((d) => JSON.stringify(d))).size,
  );
  const projected = accepted.filter((d) => {
    const r = d.resource as { resourceType: string; id: string };
    return !rejectedKeys.has(`${r.resourceType}/${r.id}`);
  });
  const versionRecords = [...firstPass.keys()].filter((k) => k.endsWith('|VERSION'));
  expect(versionRecords).toHaveLength(
    new Set(projected.map((d) => JSON.stringify([typeOf(d), (d.resource as { id: string }).id]))).size,
  );
  expect(accepted.length - projected.length).toBeLessThan(accepted.length * 0.01);
});

it('announces facts changes with identifiers only', () => {
  const announcements = inOrder.bus.archived().filter((e) => e['detail-type'] === DetailType.PatientFactsChanged);
  expect(announcements.length).toBeGreaterThan(0);
  for (const event of announcements) {
    expect(Object.keys(event.detail as object).sort()).toEqual(['changedTypes', 'changes', 'occurredAt', 'patientId']);
  }
});

it('changes nothing and announces nothing when every event is delivered a second time', async () => {
  const announcedBefore = inOrder.bus
    .archived()
    .filter((e) => e['detail-type'] === DetailType.PatientFactsChanged).length;
  const deadLettersBefore = (await allDeadLetters(inOrder)).length;
  const tracesBefore = await staleTraces(inOrder);

  await emitFhirChanges(inOrder, details);

  expect(await projection(inOrder)).toEqual(firstPass);
  // A sample resource that comes in two versions leaves a trace of its older one on every delivery.
  expect(tracesBefore).toBeGreaterThan(0);
  expect(await staleTraces(inOrder)).toBe(2 * tracesBefore);
  expect(inOrder.bus.archived().filter((e) => e['detail-type'] === DetailType.PatientFactsChanged)).toHaveLength(
    announcedBefore,
  );
  expect(await allDeadLetters(inOrder)).toHaveLength(deadLettersBefore);
});

it('ends in the same state when the events arrive in reverse order', async () => {
  await clearTable(inOrder.endpoints.dynamodb, inOrder.tables.patients);
  expect((await tableSnapshot(inOrder.endpoints.dynamodb, inOrder.tables.patients)).size).toBe(0);

  await emitFhirChanges(inOrder, [...details].reverse());

  expect(await projection(inOrder)).toEqual(firstPass);
});

import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDeadLetterStore } from '../../lambdas/adapters/dynamodb/dead-letter-store';
import { DynamoIngestionStore } from '../../lambdas/adapters/dynamodb/ingestion-store';
import { DetailType } from '../../lambdas/domain/events/event-names';
import { type ReplayableEvent, replayPlan } from '../../lambdas/domain/ingestion/replay';
import { createPlatformTables, localDynamoClient } from '../../local/dynamodb/dynamodb-local';
import type { LocalStack } from '../../local/local-stack';
import { emitFhirChanges } from '../support/emit';
import { readSample } from '../support/fhir-samples';
import { startTestStack } from '../support/local-stack-for-tests';

jest.setTimeout(120_000);

let stack: LocalStack;
let deadLetters: DynamoDeadLetterStore;
let patients: DynamoIngestionStore;

beforeAll(async () => {
  stack = await startTestStack({ tablePrefix: `dl${Date.now()}` });
  const client = DynamoDBDocumentClient.from(localDynamoClient(stack.endpoints.dynamodb));
  deadLetters = new DynamoDeadLetterStore(client, stack.tables.platform, 30);
  patients = new DynamoIngestionStore(client, stack.tables.patients);
});

afterAll(async () => {
  await stack?.stop();
});

it('keeps an invalid event with its reason and the field path, without echoing patient data', async () => {
  const patient = readSample('hl7-examples', 'Patient-example.json');
  await emitFhirChanges(stack, [
    { action: 'update', occurredAt: '2026-11-25T09:00:00Z', resource: { ...patient, gender: 'M' } },
  ]);

  const [entry] = (await deadLetters.list('open')).items;

  expect(entry).toMatchObject({
    origin: 'event',
    resourceType: 'Patient',
    resourceId: 'example',
    rejection: { code: 'invalid-resource', issues: [{ path: '/gender' }] },
  });
  expect(JSON.stringify(entry?.rejection)).not.toContain('Chalmers');
});

it('dead-letters a valid event the platform could not process after retries, and replays it after the fix', async () => {
  const observation = readSample('hl7-examples', 'Observation-f001.json');
  const detail = {
    action: 'create',
    occurredAt: '2026-11-25T10:00:00Z',
    correlationId: 'msg-77',
    resource: observation,
  };
  // Fault: the patient store disappears (a broken deployment), so every attempt fails.
  await localDynamoClient(stack.endpoints.dynamodb).send(new DeleteTableCommand({ TableName: stack.tables.patients }));

  await emitFhirChanges(stack, [detail]);

  const entry = (await deadLetters.list('open')).items.find((e) => e.correlationId === 'msg-77');
  expect(entry).toMatchObject({ origin: 'delivery-failure', rejection: { code: 'processing-failed' } });
  const plan = replayPlan(entry as never, stack.upstreamEventSource) as { event: ReplayableEvent };
  expect(plan.event).toEqual({ source: stack.upstreamEventSource, detailType: DetailType.FhirResourceChanged, detail });

  // Fix: the table is back. Replay puts the original event on the bus again.
  await createPlatformTables(stack.endpoints.dynamodb, stack.tables.patients.replace(/-Patients$/, ''));
  await emitFhirChanges(stack, [plan.event.detail]);
  await deadLetters.markReplayed(entry?.id as string, new Date());

  expect(await patients.getAppliedVersion({ resourceType: 'Observation', resourceId: 'f001' })).toMatchObject({
    deleted: false,
    patientIds: ['f001'],
  });
  expect((await deadLetters.list('replayed')).items.map((e) => e.id)).toContain(entry?.id);
});

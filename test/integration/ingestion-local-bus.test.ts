import { type EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDeadLetterStore } from '../../lambdas/adapters/dynamodb/dead-letter-store';
import { DynamoIngestionStore } from '../../lambdas/adapters/dynamodb/ingestion-store';
import { DetailType } from '../../lambdas/domain/events/event-names';
import { type AcceptedResourceType, isAcceptedResourceType } from '../../lambdas/domain/fhir/resource-types';
import { localDynamoClient } from '../../local/dynamodb/dynamodb-local';
import { LOCAL_INGRESS_BUS_NAME } from '../../local/local-environment';
import type { LocalStack } from '../../local/local-stack';
import { upstreamEventBridge } from '../support/emit';
import { hl7ExampleResources } from '../support/fhir-samples';
import { startTestStack } from '../support/local-stack-for-tests';

let stack: LocalStack;
let client: EventBridgeClient;

beforeAll(async () => {
  stack = await startTestStack();
  client = upstreamEventBridge(stack);
});

afterAll(async () => {
  await stack.stop();
});

async function emit(detail: unknown): Promise<void> {
  const result = await client.send(
    new PutEventsCommand({
      Entries: [
        {
          Source: stack.upstreamEventSource,
          DetailType: DetailType.FhirResourceChanged,
          Detail: JSON.stringify(detail),
          EventBusName: LOCAL_INGRESS_BUS_NAME,
        },
      ],
    }),
  );
  expect(result.FailedEntryCount).toBe(0);
}

it('projects an HL7 example Observation under its patient and announces the change with ids only', async () => {
  const observation = hl7ExampleResources().find((r) => r.resourceType === 'Observation' && r.id === 'f001');
  await emit({ action: 'create', resource: observation, occurredAt: '2026-11-25T10:00:00Z' });
  await stack.bus.drain();

  const announced = stack.bus.archived().filter((e) => e['detail-type'] === DetailType.PatientFactsChanged);
  expect(announced.at(-1)?.detail).toEqual({
    patientId: 'f001',
    changedTypes: ['Observation'],
    changes: [{ resourceType: 'Observation', resourceId: 'f001', action: 'create', revision: 1 }],
    occurredAt: expect.any(String),
  });
});

// Every change also reaches the journey rules (enrolment, the event log): more than jest's default 5 s.
jest.setTimeout(60_000);

it('projects every HL7 example of an accepted type or dead-letters it with a reason, losing none', async () => {
  const examples = hl7ExampleResources().filter((r) => isAcceptedResourceType(r.resourceType));
  for (const resource of examples) await emit({ action: 'update', resource, occurredAt: '2026-11-25T10:00:00Z' });
  await stack.bus.drain();

  const client = DynamoDBDocumentClient.from(localDynamoClient(stack.endpoints.dynamodb));
  const versions = new DynamoIngestionStore(client, stack.tables.patients);
  const deadLetters = (await new DynamoDeadLetterStore(client, stack.tables.platform, 30).list('open', 100)).items;
  const outcome = async (resource: Record<string, unknown>) => {
    const key = { resourceType: resource.resourceType as AcceptedResourceType, resourceId: String(resource.id) };
    if (await versions.getAppliedVersion(key)) return 'projected';
    const rejected = deadLetters.find((d) => d.resourceType === key.resourceType && d.resourceId === key.resourceId);
    return rejected && rejected.rejection.message.length > 0 ? `rejected: ${rejected.rejection.code}` : 'lost';
  };
  const outcomes = await Promise.all(examples.map(outcome));
  expect(outcomes).not.toContain('lost');
  // Procedure/education names its subject by display only: the one example with no patient to link.
  expect(outcomes.filter((o) => o !== 'projected')).toEqual(['rejected: unresolvable-patient-reference']);
});

import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { TransientStoreError } from '../../../lambdas/adapters/errors';
import { EventBridgePublisher } from '../../../lambdas/adapters/eventbridge/event-publisher';
import type { PatientFactsChangedDetail } from '../../../lambdas/domain/events/event-schemas';

const BUS = 'outreach-bus';

const client = new EventBridgeClient({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
});
const eventBridge = mockClient(client);
const sleep = jest.fn(async (_ms: number) => {});
const publisher = new EventBridgePublisher(client, BUS, sleep);

function factsChanged(patientId: string): PatientFactsChangedDetail {
  return {
    patientId,
    changedTypes: ['Observation'],
    changes: [{ resourceType: 'Observation', resourceId: `obs-${patientId}`, action: 'update' }],
    occurredAt: '2025-06-01T12:00:00.000Z',
  };
}

function sentEntries(call: number): PutEventsRequestEntry[] {
  return eventBridge.commandCalls(PutEventsCommand)[call]!.args[0].input.Entries ?? [];
}

beforeEach(() => {
  eventBridge.reset();
  sleep.mockClear();
});

describe('EventBridgePublisher.publishFactsChanged', () => {
  it('puts one Patient Facts Changed event per detail on the platform bus', async () => {
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: '1' }] });

    await publisher.publishFactsChanged([factsChanged('p1')]);

    expect(sentEntries(0)).toEqual([
      {
        EventBusName: BUS,
        Source: 'patient-outreach',
        DetailType: 'Patient Facts Changed',
        Detail: JSON.stringify(factsChanged('p1')),
      },
    ]);
  });

  it('puts at most ten events per call', async () => {
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0 });
    const details = Array.from({ length: 23 }, (_, i) => factsChanged(`p${i}`));

    await publisher.publishFactsChanged(details);

    expect([0, 1, 2].map((call) => sentEntries(call).length)).toEqual([10, 10, 3]);
    expect([0, 1, 2].flatMap(sentEntries).map((e) => JSON.parse(e.Detail!).patientId)).toEqual(
      details.map((d) => d.patientId),
    );
  });

  it('resends only the entries EventBridge reports as failed, after a pause', async () => {
    eventBridge
      .on(PutEventsCommand)
      .resolvesOnce({
        FailedEntryCount: 1,
        Entries: [{ EventId: '1' }, { ErrorCode: 'InternalFailure', ErrorMessage: 'try again' }, { EventId: '3' }],
      })
      .resolves({ FailedEntryCount: 0, Entries: [{ EventId: '2' }] });

    await publisher.publishFactsChanged([factsChanged('p1'), factsChanged('p2'), factsChanged('p3')]);

    expect(eventBridge).toHaveReceivedCommandTimes(PutEventsCommand, 2);
    expect(sentEntries(1).map((e) => JSON.parse(e.Detail!).patientId)).toEqual(['p2']);
    expect(sleep).toHaveBeenCalledTimes(1);
  });

  it('throws TransientStoreError when entries still fail after four attempts', async () => {
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'ThrottlingException' }] });

    await expect(publisher.publishFactsChanged([factsChanged('p1')])).rejects.toBeInstanceOf(TransientStoreError);
    expect(eventBridge).toHaveReceivedCommandTimes(PutEventsCommand, 4);
  });

  it('pauses between the four attempts but not after the last one', async () => {
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'ThrottlingException' }] });

    await publisher.publishFactsChanged([factsChanged('p1')]).catch(() => undefined);

    expect(sleep).toHaveBeenCalledTimes(3);
  });

  it('waits longer before each resend', async () => {
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'ThrottlingException' }] });

    await publisher.publishFactsChanged([factsChanged('p1')]).catch(() => undefined);

    const [first = 0, second = 0, third = 0] = sleep.mock.calls.map(([ms]) => ms);
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(third).toBeGreaterThan(second);
  });
});

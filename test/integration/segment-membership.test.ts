import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type * as fhir4 from 'fhir/r4';
import { DynamoDeadLetterStore } from '../../lambdas/adapters/dynamodb/dead-letter-store';
import { DynamoEngagementStore } from '../../lambdas/adapters/dynamodb/engagement-store';
import { DynamoMembershipStore } from '../../lambdas/adapters/dynamodb/segment-membership-store';
import { DetailType, PLATFORM_EVENT_SOURCE } from '../../lambdas/domain/events/event-names';
import type { SegmentDefinition } from '../../lambdas/domain/segments/definition-schema';
import { dynamoSegments } from '../../lambdas/handlers/wiring/definition-stores';
import { localDynamoClient } from '../../local/dynamodb/dynamodb-local';
import { LOCAL_EVENT_BUS_NAME } from '../../local/local-environment';
import type { LocalStack } from '../../local/local-stack';
import { emitFhirChanges } from '../support/emit';
import { startTestStack } from '../support/local-stack-for-tests';

/**
 * Incremental, time-aware membership through the local stack: the real rules route Patient Facts Changed
 * and Patient Engagement Recorded to the evaluation handler, and each virtual-clock tick runs the due-time
 * waker, so membership flips at the right instant without any rescan.
 */
jest.setTimeout(120_000);

const START = new Date('2026-11-25T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const PATIENT_ID = 'seg-p1';
const APPOINTMENT_START = '2026-12-05T09:00:00.000Z'; // 9 days 21 hours after START

let stack: LocalStack;
let memberships: DynamoMembershipStore;
let engagement: DynamoEngagementStore;
let deadLetters: DynamoDeadLetterStore;

const definitions: SegmentDefinition[] = [
  {
    schemaVersion: 1,
    id: 'upcoming-appointment-7d',
    name: 'Upcoming appointment in 7 days',
    description: '',
    criteria: { resource: { type: 'Appointment', status: ['booked'], within: { next: 'P7D' } } },
  },
  {
    schemaVersion: 1,
    id: 'opened-welcome',
    name: 'Opened the welcome email',
    description: '',
    criteria: { engagement: { kind: 'opened', journeyId: 'welcome', within: { last: 'P90D' } } },
  },
];

const patient: fhir4.Patient = {
  resourceType: 'Patient',
  id: PATIENT_ID,
  name: [{ family: 'Moreau', given: ['Lea'] }],
  birthDate: '1971-03-09',
};

function appointment(status: fhir4.Appointment['status']): fhir4.Appointment {
  return {
    resourceType: 'Appointment',
    id: 'seg-appt-1',
    status,
    start: APPOINTMENT_START,
    end: '2026-12-05T09:30:00.000Z',
    participant: [{ actor: { reference: `Patient/${PATIENT_ID}` }, status: 'accepted' }],
  };
}

async function membersOf(segmentId: string): Promise<string[]> {
  return (await memberships.members(segmentId, 50)).items.map((m) => m.patientId);
}

function membershipEvents(): { patientId: string; entered: string[]; exited: string[] }[] {
  return stack.bus
    .archived()
    .filter((e) => e['detail-type'] === DetailType.SegmentMembershipChanged)
    .map((e) => e.detail as { patientId: string; entered: string[]; exited: string[] });
}

async function putPlatformEvent(detailType: string, detail: unknown): Promise<void> {
  const client = new EventBridgeClient({ endpoint: stack.endpoints.eventBridge });
  await client.send(
    new PutEventsCommand({
      Entries: [
        {
          EventBusName: LOCAL_EVENT_BUS_NAME,
          Source: PLATFORM_EVENT_SOURCE,
          DetailType: detailType,
          Detail: JSON.stringify(detail),
        },
      ],
    }),
  );
  await stack.bus.drain();
}

beforeAll(async () => {
  stack = await startTestStack();
  const client = DynamoDBDocumentClient.from(localDynamoClient(stack.endpoints.dynamodb), {
    marshallOptions: { removeUndefinedValues: true },
  });
  memberships = new DynamoMembershipStore(client, stack.tables.patients);
  engagement = new DynamoEngagementStore(client, stack.tables.patients);
  deadLetters = new DynamoDeadLetterStore(client, stack.tables.platform, 30);
  const segments = dynamoSegments(client, stack.tables.platform);
  for (const definition of definitions) {
    const version = {
      segmentId: definition.id,
      version: 1,
      kind: 'dynamic' as const,
      name: definition.name,
      description: definition.description,
      definition,
      createdAt: START.toISOString(),
      createdBy: 'test',
    };
    expect(await segments.create(version)).toBe('created');
    const record = await segments.get(definition.id);
    expect(await segments.setStatus(record as NonNullable<typeof record>, 'active', 1, START.toISOString())).toBe(
      'updated',
    );
  }
});

afterAll(async () => {
  await stack?.stop();
});

it('enters the 7-day segment exactly when the appointment comes within 7 days, and leaves when it is cancelled', async () => {
  await emitFhirChanges(stack, [
    { action: 'create', occurredAt: START.toISOString(), resource: patient },
    { action: 'create', occurredAt: START.toISOString(), resource: appointment('booked') },
  ]);
  expect(await membersOf('upcoming-appointment-7d')).toEqual([]);
  const entersAt = Date.parse(APPOINTMENT_START) - 7 * DAY + 1;
  expect((await memberships.load(PATIENT_ID)).state.dueAt).toBe(new Date(entersAt).toISOString());

  // A tick one millisecond short of the instant changes nothing; the next one flips membership.
  await stack.clock.advance(entersAt - 1 - stack.clock.now().getTime());
  expect(await membersOf('upcoming-appointment-7d')).toEqual([]);
  await stack.clock.advance(1);
  expect(await membersOf('upcoming-appointment-7d')).toEqual([PATIENT_ID]);
  expect(membershipEvents()).toEqual([
    {
      patientId: PATIENT_ID,
      entered: ['upcoming-appointment-7d'],
      exited: [],
      occurredAt: new Date(entersAt).toISOString(),
    },
  ]);

  await emitFhirChanges(stack, [
    { action: 'update', occurredAt: new Date(entersAt).toISOString(), resource: appointment('cancelled') },
  ]);
  expect(await membersOf('upcoming-appointment-7d')).toEqual([]);
  expect(membershipEvents().at(-1)).toMatchObject({ entered: [], exited: ['upcoming-appointment-7d'] });
  expect((await memberships.load(PATIENT_ID)).state.dueAt).toBeUndefined();
});

it('re-evaluates on engagement: opening the welcome email enters the segment, 90 days later the patient leaves', async () => {
  const openedAt = stack.clock.now().toISOString();
  await engagement.record(PATIENT_ID, 'msg-1-opened', { kind: 'opened', at: openedAt, journeyId: 'welcome' });
  await putPlatformEvent(DetailType.PatientEngagementRecorded, {
    patientId: PATIENT_ID,
    kind: 'opened',
    occurredAt: openedAt,
    journeyId: 'welcome',
  });
  expect(await membersOf('opened-welcome')).toEqual([PATIENT_ID]);

  await stack.clock.advance(90 * DAY);
  expect(await membersOf('opened-welcome')).toEqual([]);
});

it('sends a malformed engagement event to the dead-letter store once its queue stops redelivering, instead of dropping it', async () => {
  await putPlatformEvent(DetailType.PatientEngagementRecorded, { patientId: PATIENT_ID, kind: 'liked' });
  // Its consumers' queues deliver it again every visibility timeout, five receives in all.
  await stack.clock.advance(HOUR);
  await stack.settle();
  const entry = (await deadLetters.list('open')).items.find((e) => e.origin === 'delivery-failure');
  expect(entry).toMatchObject({
    detailType: DetailType.PatientEngagementRecorded,
    rejection: { message: expect.stringMatching(/^processing failed on every receive from queue /) },
  });
});

it('announces membership changes with ids only', () => {
  for (const event of membershipEvents()) {
    expect(Object.keys(event).sort()).toEqual(['entered', 'exited', 'occurredAt', 'patientId']);
  }
  expect(JSON.stringify(membershipEvents())).not.toMatch(/Moreau|Lea|1971/);
});

import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type * as fhir4 from 'fhir/r4';
import { DynamoActivityStore } from '../../../lambdas/adapters/dynamodb/activity-store';
import { DetailType } from '../../../lambdas/domain/events/event-names';
import { localDynamoClient } from '../../../local/dynamodb/dynamodb-local';
import type { LocalStack } from '../../../local/local-stack';
import {
  appointmentResource,
  DAY,
  emit,
  executionsFor,
  fhirChange,
  isoAt,
  messagesOf,
  patientResource,
  startJourneyStack,
} from './journey-scenario-support';

/**
 * The post-discharge journey on the local stack: an inpatient discharge (a finished IMP encounter) enters
 * `discharged-inpatient-7d`; the patient gets a text asking them to book a follow-up. If no appointment is
 * booked within 7 days the care team gets a follow-up call task; a booking within the 7 days ends the journey.
 */
jest.setTimeout(120_000);

// 10:00 in New York: outside SMS quiet hours.
const START = new Date('2026-11-25T15:00:00.000Z');
const SECOND_START = new Date(START.getTime() + 10 * DAY);

let stack: LocalStack;
let activities: DynamoActivityStore;

function inpatientStay(patientId: string, dischargedAt: Date): fhir4.Encounter {
  return {
    resourceType: 'Encounter',
    id: `${patientId}-stay`,
    status: 'finished',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IMP', display: 'inpatient encounter' },
    subject: { reference: `Patient/${patientId}` },
    period: { start: new Date(dischargedAt.getTime() - 3 * DAY).toISOString(), end: dischargedAt.toISOString() },
  };
}

async function discharge(patientId: string): Promise<void> {
  await emit(stack, [
    fhirChange(
      stack,
      'create',
      patientResource({ id: patientId, phone: '+16175550142', email: `${patientId}@example.org` }),
    ),
    fhirChange(stack, 'create', inpatientStay(patientId, stack.clock.now())),
  ]);
}

function activityEvents(): Record<string, unknown>[] {
  return stack.bus
    .archived()
    .filter((event) => event['detail-type'] === DetailType.JourneyActivityCreated)
    .map((event) => event.detail as Record<string, unknown>);
}

beforeAll(async () => {
  stack = await startJourneyStack(START, { journeys: ['post-discharge-follow-up'], withSegments: true });
  const client = DynamoDBDocumentClient.from(localDynamoClient(stack.endpoints.dynamodb), {
    marshallOptions: { removeUndefinedValues: true },
  });
  activities = new DynamoActivityStore(client, stack.tables.patients);
});

afterAll(async () => {
  await stack?.stop();
});

it('texts the patient at discharge and, with no appointment booked in 7 days, creates a care-team call task', async () => {
  await discharge('pd-1');
  expect(await messagesOf(stack, 'pd-1')).toEqual([
    {
      step: 'ask-to-book-follow-up',
      channel: 'sms',
      templateId: 'post-discharge-follow-up',
      status: 'sent',
      at: isoAt(START, 0),
    },
  ]);

  await stack.clock.advance(SECOND_START.getTime() - stack.clock.now().getTime());

  const [execution] = executionsFor(stack, 'post-discharge-follow-up', 'pd-1');
  expect(execution?.status).toBe('SUCCEEDED');
  expect(execution?.history.map((step) => `${step.at} ${step.name}`)).toEqual([
    `${isoAt(START, 0)} Send ask-to-book-follow-up`,
    `${isoAt(START, 0)} Wait for event await-booking`,
    `${isoAt(START, 7 * DAY)} Create activity follow-up-call`,
  ]);
  const { items } = await activities.byPatient('pd-1', 10);
  expect(items).toEqual([
    {
      activityId: expect.stringMatching(/^act-[0-9a-f]{32}$/),
      patientId: 'pd-1',
      journeyId: 'post-discharge-follow-up',
      journeyVersion: 1,
      executionId: execution?.name,
      stepId: 'follow-up-call',
      kind: 'follow-up-call',
      title: 'Call to arrange a post-discharge follow-up appointment',
      assignTo: 'care-team',
      status: 'open',
      createdAt: isoAt(START, 7 * DAY),
      dueAt: isoAt(START, 9 * DAY),
    },
  ]);
  expect((await activities.listOpen('care-team', 10)).items.map((activity) => activity.patientId)).toEqual(['pd-1']);
  expect(await messagesOf(stack, 'pd-1')).toHaveLength(1);
});

it('announces the activity on the bus with ids, kind, team and times only: no name, phone or clinical detail', () => {
  const events = activityEvents();
  expect(events).toEqual([
    {
      activityId: expect.stringMatching(/^act-[0-9a-f]{32}$/),
      patientId: 'pd-1',
      journeyId: 'post-discharge-follow-up',
      journeyVersion: 1,
      executionId: expect.stringContaining('post-discharge-follow-up'),
      stepId: 'follow-up-call',
      kind: 'follow-up-call',
      title: 'Call to arrange a post-discharge follow-up appointment',
      assignTo: 'care-team',
      createdAt: isoAt(START, 7 * DAY),
      dueAt: isoAt(START, 9 * DAY),
    },
  ]);
  expect(JSON.stringify(events)).not.toMatch(/Okafor|Ada|\+1617|example\.org|IMP|Encounter/);
});

it('creates no task when the patient books an appointment within the 7 days', async () => {
  await stack.clock.advance(SECOND_START.getTime() - stack.clock.now().getTime());
  await discharge('pd-2');
  await stack.clock.advance(3 * DAY);
  const booking = appointmentResource({
    id: 'pd-2-follow-up',
    patientId: 'pd-2',
    start: new Date(SECOND_START.getTime() + 12 * DAY),
    status: 'booked',
  });
  await emit(stack, [fhirChange(stack, 'create', booking)]);

  await stack.clock.advance(10 * DAY);

  const [execution] = executionsFor(stack, 'post-discharge-follow-up', 'pd-2');
  expect(execution?.status).toBe('SUCCEEDED');
  // The booking resumes the wait at once: the journey ends then, days before the 7-day time-out.
  expect(execution?.stopDate?.toISOString()).toBe(isoAt(SECOND_START, 3 * DAY));
  expect(execution?.history.map((step) => step.name)).not.toContain('Create activity follow-up-call');
  expect((await activities.byPatient('pd-2', 10)).items).toEqual([]);
  expect(activityEvents().map((event) => event.patientId)).toEqual(['pd-1']);
  expect(await messagesOf(stack, 'pd-2')).toEqual([
    {
      step: 'ask-to-book-follow-up',
      channel: 'sms',
      templateId: 'post-discharge-follow-up',
      status: 'sent',
      at: isoAt(SECOND_START, 0),
    },
  ]);
});

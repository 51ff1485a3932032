import type * as fhir4 from 'fhir/r4';
import { JOURNEY_CATALOG } from '../../../catalog/journeys';
import type { LocalStack } from '../../../local/local-stack';
import {
  api,
  emit,
  executionsOf,
  fhirChange,
  messagesOf,
  patientResource,
  publishCatalogJourney,
  startJourneyStack,
} from './journey-scenario-support';

/**
 * `POST /journeys/{id}/bulk-enrolments` on the local stack: the bulk enrolment workflow
 * (`statemachines/journey-bulk-enrolment.asl.json`) pages through a segment's current members and enrols each
 * once, under the journey's re-entry policy; the same request key is the same run.
 */
jest.setTimeout(120_000);

const START = new Date('2026-11-25T15:00:00.000Z'); // 10:00 in New York
const SEGMENT = 'influenza-vaccine-due-65';

let stack: LocalStack;

const influenza = JOURNEY_CATALOG.find((journey) => journey.id === 'influenza-vaccination');
if (!influenza) throw new Error('the catalog has no influenza-vaccination journey');
const fluBulk = {
  ...influenza,
  id: 'flu-bulk',
  name: 'Flu invitation, sent to the whole segment at once',
  entry: { scheduledEnrolment: { segmentId: SEGMENT, schedule: 'rate(7 days)' } },
  reEntry: { policy: 'once' },
  exitWhen: [],
  start: 'invite',
  steps: {
    invite: { ...(influenza.steps as Record<string, Record<string, unknown>>).invite, next: 'done' },
    done: { type: 'exit' },
  },
};

function senior(id: string): fhir4.Patient {
  return {
    ...patientResource({ id, phone: `+1617555${id.slice(-4)}`, email: `${id}@example.org` }),
    birthDate: '1950-06-01',
  };
}

beforeAll(async () => {
  stack = await startJourneyStack(START, { journeys: [], withSegments: true });
  await emit(stack, [
    fhirChange(stack, 'create', senior('bulk-0101')),
    fhirChange(stack, 'create', senior('bulk-0102')),
    fhirChange(stack, 'create', senior('bulk-0103')),
    fhirChange(stack, 'create', {
      ...patientResource({ id: 'bulk-young', email: 'young@example.org' }),
      birthDate: '1990-01-01',
    }),
  ]);
  const created = await api(stack, 'POST', '/journeys', fluBulk);
  expect(created.status).toBe(201);
  expect((await api(stack, 'POST', '/journeys/flu-bulk/publish')).status).toBe(200);
});

afterAll(async () => {
  await stack?.stop();
});

it('enrols each current member of the segment once, and a repeat of the request key is the same run', async () => {
  const first = await api(stack, 'POST', '/journeys/flu-bulk/bulk-enrolments', { idempotencyKey: 'run-000001' });
  expect(first).toMatchObject({ status: 202, body: { started: true, segmentId: SEGMENT } });
  await stack.settle();

  const enrolled = executionsOf(stack, 'flu-bulk');
  expect(enrolled).toHaveLength(3);
  expect(enrolled.every((execution) => execution.status === 'SUCCEEDED')).toBe(true);
  for (const id of ['bulk-0101', 'bulk-0102', 'bulk-0103']) {
    expect((await messagesOf(stack, id)).map((m) => [m.step, m.status])).toEqual([['invite', 'sent']]);
  }
  expect(await messagesOf(stack, 'bulk-young')).toEqual([]);
  const run = [...stack.stepFunctions.executions.values()].find(
    (execution) => execution.name === 'flu-bulk-run-000001',
  );
  expect(run?.status).toBe('SUCCEEDED');
  expect(JSON.parse(run?.output ?? '{}')).toMatchObject({ enrolled: 3, refused: 0 });

  const again = await api(stack, 'POST', '/journeys/flu-bulk/bulk-enrolments', { idempotencyKey: 'run-000001' });
  expect(again).toMatchObject({ status: 202, body: { started: false } });
  const next = await api(stack, 'POST', '/journeys/flu-bulk/bulk-enrolments', { idempotencyKey: 'run-000002' });
  expect(next).toMatchObject({ status: 202, body: { started: true } });
  await stack.settle();
  // Re-entry `once`: the second run starts nobody (within a day of the entries they count as the runs already under way).
  expect(executionsOf(stack, 'flu-bulk')).toHaveLength(3);
  const second = [...stack.stepFunctions.executions.values()].find(
    (execution) => execution.name === 'flu-bulk-run-000002',
  );
  expect(JSON.parse(second?.output ?? '{}')).toMatchObject({ enrolled: 0, alreadyRunning: 3 });
});

it('refuses a journey started by a FHIR trigger (409), an inactive one (409) and an unknown one (404)', async () => {
  await publishCatalogJourney(stack, 'appointment-reminders');
  const triggered = await api(stack, 'POST', '/journeys/appointment-reminders/bulk-enrolments', {
    segmentId: SEGMENT,
    idempotencyKey: 'run-000003',
  });
  expect(triggered.status).toBe(409);
  expect((await api(stack, 'POST', '/journeys/flu-bulk/pause')).status).toBe(200);
  expect(
    (await api(stack, 'POST', '/journeys/flu-bulk/bulk-enrolments', { idempotencyKey: 'run-000004' })).status,
  ).toBe(409);
  expect((await api(stack, 'POST', '/journeys/nope/bulk-enrolments', { idempotencyKey: 'run-000005' })).status).toBe(
    404,
  );
});

it('a scheduled entry enrols the segment each time its schedule fires on the clock, and not while paused', async () => {
  const weekly = { ...fluBulk, id: 'flu-weekly', name: 'Flu invitation every week' };
  expect((await api(stack, 'POST', '/journeys', weekly)).status).toBe(201);
  expect((await api(stack, 'POST', '/journeys/flu-weekly/publish')).status).toBe(200);
  expect(stack.journeySchedules.list()).toContainEqual({
    journeyId: 'flu-weekly',
    enabled: true,
    next: new Date(stack.clock.now().getTime() + 7 * 86_400_000).toISOString(),
  });
  expect(executionsOf(stack, 'flu-weekly')).toHaveLength(0);

  await stack.clock.advance(7 * 86_400_000);
  expect(executionsOf(stack, 'flu-weekly')).toHaveLength(3);
  const runs = () =>
    [...stack.stepFunctions.executions.values()].filter(
      (execution) =>
        execution.machineName === 'outreach-local-journey-bulk-enrolment' && execution.name.startsWith('flu-weekly-'),
    );
  expect(runs()).toHaveLength(1);

  expect((await api(stack, 'POST', '/journeys/flu-weekly/pause')).status).toBe(200);
  await stack.clock.advance(7 * 86_400_000);
  expect(runs()).toHaveLength(1);
  expect((await api(stack, 'POST', '/journeys/flu-weekly/archive')).status).toBe(200);
  expect(stack.journeySchedules.list().map((schedule) => schedule.journeyId)).not.toContain('flu-weekly');
});

import type { LocalStack } from '../../../local/local-stack';
import {
  api,
  appointmentResource,
  DAY,
  emit,
  fhirChange,
  HOUR,
  messageLog,
  patientResource,
  startJourneyStack,
} from './journey-scenario-support';

/**
 * `POST /journeys/{journeyId}/simulate` on the local stack: a draft or published journey run for one synthetic or
 * real patient on a simulated clock, through the real policy and templates, writing and sending nothing.
 */
jest.setTimeout(120_000);

// 10:00 in New York.
const START = new Date('2026-11-25T15:00:00Z');
const APPOINTMENT_START = new Date(START.getTime() + 5 * DAY + 2 * HOUR); // 12:00 local, five days on
const at = (offsetMs: number) => new Date(APPOINTMENT_START.getTime() + offsetMs).toISOString();

let stack: LocalStack;

interface Entry {
  readonly at: string;
  readonly step: string;
  readonly kind: string;
  readonly outcome?: string;
  readonly channel?: string;
  readonly templateId?: string;
  readonly reason?: string;
  readonly exit?: boolean;
  readonly preview?: { readonly subject?: string; readonly text?: string };
}

interface Simulation {
  readonly outcome: string;
  readonly timeline: readonly Entry[];
  readonly states: readonly string[];
  readonly transitions: number;
  readonly endedAt: string;
}

const patient = patientResource({ id: 'sim-1', phone: '+16175550160', email: 'sim@example.org' });
const appointment = appointmentResource({
  id: 'sim-appt',
  patientId: 'sim-1',
  start: APPOINTMENT_START,
  status: 'booked',
});

async function simulate(body: Record<string, unknown>): Promise<Simulation> {
  const response = await api(stack, 'POST', '/journeys/appointment-reminders/simulate', body);
  if (response.status !== 200) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
  return response.body as unknown as Simulation;
}

const sends = (simulation: Simulation) =>
  simulation.timeline
    .filter((entry) => entry.kind === 'send')
    .map(({ at, step, outcome, channel, templateId, reason }) => ({ at, step, outcome, channel, templateId, reason }));

beforeAll(async () => {
  stack = await startJourneyStack(START, { journeys: ['appointment-reminders'] });
});

afterAll(async () => {
  await stack?.stop();
});

it('runs a synthetic patient through the journey: each send at its time, with the rendered preview', async () => {
  const simulation = await simulate({
    patient,
    resources: [appointment],
    triggeringResource: { resourceType: 'Appointment', id: 'sim-appt' },
    start: START.toISOString(),
  });

  expect(simulation.outcome).toBe('completed');
  expect(sends(simulation)).toEqual([
    {
      at: at(-72 * HOUR),
      step: 'email-72h',
      outcome: 'sent',
      channel: 'email',
      templateId: 'appointment-reminder-email',
      reason: undefined,
    },
    {
      at: at(-24 * HOUR),
      step: 'sms-24h',
      outcome: 'sent',
      channel: 'sms',
      templateId: 'appointment-reminder-sms',
      reason: undefined,
    },
    {
      at: at(-2 * HOUR),
      step: 'sms-2h',
      outcome: 'sent',
      channel: 'sms',
      templateId: 'appointment-reminder-sms',
      reason: undefined,
    },
  ]);
  const email = simulation.timeline.find((entry) => entry.step === 'email-72h' && entry.kind === 'send');
  expect(email?.preview?.subject).toContain('appointment');
  const sms = simulation.timeline.find((entry) => entry.step === 'sms-2h' && entry.kind === 'send');
  expect(sms?.preview?.text).toContain('12:00');
  expect(simulation.timeline).toContainEqual(
    expect.objectContaining({
      kind: 'wait-for-event',
      step: 'await-confirmation',
      outcome: 'timed-out',
      at: at(-48 * HOUR),
    }),
  );
  // The same count the compiler reports for this path (docs/journeys.md): the Step Functions cost driver.
  expect(simulation.transitions).toBe(14);
  expect(simulation.states[0]).toBe('Resolve wait wait-until-72h-before');
});

it('follows scripted events: a confirmation skips the 24 h text, a cancellation ends the journey', async () => {
  const confirmed = await simulate({
    patient,
    resources: [appointment],
    triggeringResource: { resourceType: 'Appointment', id: 'sim-appt' },
    start: START.toISOString(),
    events: [{ after: 'P2DT3H', event: { reply: 'appointment-confirmed' } }],
  });
  expect(sends(confirmed).map((send) => send.step)).toEqual(['email-72h', 'sms-2h']);
  expect(confirmed.timeline).toContainEqual(
    expect.objectContaining({
      kind: 'wait-for-event',
      outcome: 'received',
      at: new Date(START.getTime() + 2 * DAY + 3 * HOUR).toISOString(),
    }),
  );

  const cancelled = await simulate({
    patient,
    resources: [appointment],
    triggeringResource: { resourceType: 'Appointment', id: 'sim-appt' },
    start: START.toISOString(),
    events: [
      {
        after: 'P3D',
        event: { fhirChange: { resourceType: 'Appointment', actions: ['update'] } },
        resource: { ...appointment, status: 'cancelled' },
      },
    ],
  });
  expect(cancelled.outcome).toBe('exited');
  expect(sends(cancelled).map((send) => send.step)).toEqual(['email-72h']);
  expect(cancelled.timeline).toContainEqual(
    expect.objectContaining({ kind: 'exit-check', step: 'sms-24h', exit: true, at: at(-24 * HOUR) }),
  );
});

it('follows a rescheduled appointment: moved a week later on day 1, each reminder goes before the new time', async () => {
  const later = new Date(APPOINTMENT_START.getTime() + 7 * DAY);
  const movedAt = (offsetMs: number) => new Date(later.getTime() + offsetMs).toISOString();

  const simulation = await simulate({
    patient,
    resources: [appointment],
    triggeringResource: { resourceType: 'Appointment', id: 'sim-appt' },
    start: START.toISOString(),
    events: [
      {
        after: 'P1D',
        event: { fhirChange: { resourceType: 'Appointment', actions: ['update'] } },
        resource: { ...appointment, start: later.toISOString(), end: new Date(later.getTime() + HOUR).toISOString() },
      },
    ],
  });

  expect(simulation.outcome).toBe('completed');
  expect(sends(simulation).map(({ at, step }) => ({ at, step }))).toEqual([
    { at: movedAt(-72 * HOUR), step: 'email-72h' },
    { at: movedAt(-24 * HOUR), step: 'sms-24h' },
    { at: movedAt(-2 * HOUR), step: 'sms-2h' },
  ]);
  // The wait resolved again when the change came: two more transitions than the run without it.
  expect(
    simulation.timeline.filter((entry) => entry.kind === 'wait' && entry.step === 'wait-until-72h-before'),
  ).toHaveLength(2);
  expect(simulation.transitions).toBe(16);
});

it('sends nothing for an appointment that had begun when the run started', async () => {
  const begun = appointmentResource({
    id: 'sim-begun',
    patientId: 'sim-1',
    start: new Date(START.getTime() - 3 * HOUR),
    status: 'booked',
  });

  const simulation = await simulate({
    patient,
    resources: [begun],
    triggeringResource: { resourceType: 'Appointment', id: 'sim-begun' },
    start: START.toISOString(),
  });

  expect(simulation.outcome).toBe('completed');
  expect(sends(simulation)).toEqual([]);
});

it('shows the policy decisions: a 2 h reminder in quiet hours is skipped with its reason', async () => {
  const early = appointmentResource({
    id: 'sim-early',
    patientId: 'sim-1',
    start: new Date(START.getTime() + 5 * DAY - 3 * HOUR), // 07:00 local: the 2 h text falls at 05:00
    status: 'booked',
  });
  const simulation = await simulate({
    patient,
    resources: [early],
    triggeringResource: { resourceType: 'Appointment', id: 'sim-early' },
    start: START.toISOString(),
  });
  expect(sends(simulation).at(-1)).toMatchObject({ step: 'sms-2h', outcome: 'skipped', reason: 'quiet-hours' });
});

it('simulates a real patient read-only: nothing is sent, logged or enrolled', async () => {
  const real = patientResource({ id: 'sim-real', phone: '+16175550161' });
  const booked = appointmentResource({
    id: 'sim-real-appt',
    patientId: 'sim-real',
    start: APPOINTMENT_START,
    status: 'proposed',
  });
  await emit(stack, [fhirChange(stack, 'create', real), fhirChange(stack, 'create', booked)]);
  const outboxBefore = stack.smsAndPushOutbox.length;

  const simulation = await simulate({
    patientId: 'sim-real',
    triggeringResource: { resourceType: 'Appointment', id: 'sim-real-appt' },
    start: START.toISOString(),
  });

  expect(sends(simulation).map((send) => [send.step, send.outcome, send.reason])).toEqual([
    ['email-72h', 'skipped', 'no-contact-point'],
    ['sms-24h', 'sent', undefined],
    ['sms-2h', 'sent', undefined],
  ]);
  expect(stack.smsAndPushOutbox).toHaveLength(outboxBefore);
  expect(await messageLog(stack, 'sim-real')).toEqual([]);
  expect([...stack.stepFunctions.executions.values()]).toHaveLength(0);
});

it('answers 404 for an unknown journey or patient, 400 for a body without a patient', async () => {
  expect((await api(stack, 'POST', '/journeys/nope/simulate', { patient })).status).toBe(404);
  expect((await api(stack, 'POST', '/journeys/appointment-reminders/simulate', { patientId: 'nobody' })).status).toBe(
    404,
  );
  expect(
    (await api(stack, 'POST', '/journeys/appointment-reminders/simulate', { start: START.toISOString() })).status,
  ).toBe(400);
});

import type * as fhir4 from 'fhir/r4';
import type { LocalStack } from '../../../local/local-stack';
import type { LocalExecution } from '../../../local/stepfunctions/local-step-functions';
import {
  appointmentResource,
  DAY,
  daysAheadAt,
  emit,
  executionsFor,
  executionsForResource,
  fhirChange,
  HOUR,
  messagesOf,
  patientResource,
  startJourneyStack,
} from './journey-scenario-support';

/**
 * State transitions per run of the catalog journeys, counted by the local Step Functions as every state entered
 * (Choice and Pass states too): Step Functions Standard bills each one. The ceilings are what docs/journeys.md
 * promises per run; a compiler change that adds states to these paths fails here.
 */
jest.setTimeout(120_000);

// 10:00 in New York: outside every quiet period.
const START = new Date('2026-11-25T15:00:00.000Z');
const UNCONFIRMED_CEILING = 14;
const CONFIRMED_CEILING = 10;
const CARE_GAP_CEILING = 8;
/** A reschedule while a wait follows the appointment: the wait resolves again (two transitions). */
const RESCHEDULED_CEILING = UNCONFIRMED_CEILING + 2;

let stack: LocalStack;

beforeAll(async () => {
  stack = await startJourneyStack(START, {
    journeys: ['appointment-reminders', 'diabetes-care-gap'],
    withSegments: true,
  });
});

afterAll(async () => {
  await stack?.stop();
});

/** A patient in New York with an appointment at noon local time five days ahead: no send falls in quiet hours. */
async function bookAppointment(key: string, phone: string) {
  const patient = patientResource({ id: `st-${key}`, phone, email: `${key}@example.org` });
  const start = daysAheadAt(stack, 5, '17:00');
  const appointment = appointmentResource({
    id: `st-appt-${key}`,
    patientId: patient.id as string,
    start,
    status: 'booked',
    versionId: '1',
  });
  await emit(stack, [fhirChange(stack, 'create', patient), fhirChange(stack, 'create', appointment)]);
  return { patientId: patient.id as string, appointmentId: appointment.id as string, start };
}

function onlyExecution(executions: readonly LocalExecution[]): LocalExecution {
  expect(executions).toHaveLength(1);
  return executions[0] as LocalExecution;
}

function reminderRun(appointmentId: string): LocalExecution {
  return onlyExecution(
    executionsForResource(stack, 'appointment-reminders', { resourceType: 'Appointment', id: appointmentId }),
  );
}

it(`runs an unconfirmed appointment reminder (three sends) in at most ${UNCONFIRMED_CEILING} state transitions`, async () => {
  const { patientId, appointmentId, start } = await bookAppointment('unconfirmed', '+16175550171');

  await stack.clock.advance(start.getTime() + HOUR - stack.clock.now().getTime());

  const run = reminderRun(appointmentId);
  expect(run.status).toBe('SUCCEEDED');
  expect((await messagesOf(stack, patientId)).map((message) => [message.step, message.status])).toEqual([
    ['email-72h', 'sent'],
    ['sms-24h', 'sent'],
    ['sms-2h', 'sent'],
  ]);
  expect(run.transitions).toBeLessThanOrEqual(UNCONFIRMED_CEILING);
});

it(`runs a confirmed appointment reminder (two sends) in at most ${CONFIRMED_CEILING} state transitions`, async () => {
  const { patientId, appointmentId, start } = await bookAppointment('confirmed', '+16175550172');
  await stack.clock.advance(start.getTime() - 71 * HOUR - stack.clock.now().getTime());

  // The reply is attributed to the last message sent to the number: the journey's 72 h email is an email, so
  // the patient had a text first.
  await stack.sendMessage({
    patientId,
    cause: { kind: 'staff', requestId: 'st-earlier-text' },
    templateId: 'appointment-reminder-sms',
    intent: { topic: 'appointment-reminders', channels: ['sms'], fallback: false, quietHours: 'skip' },
  });
  expect(await stack.injectInboundSms('+16175550172', 'C')).toEqual(['replied']);
  await stack.settle();
  await stack.clock.advance(start.getTime() + HOUR - stack.clock.now().getTime());

  const run = reminderRun(appointmentId);
  expect(run.status).toBe('SUCCEEDED');
  const journeySends = (await messagesOf(stack, patientId)).filter((message) => message.step !== undefined);
  expect(journeySends.map((message) => [message.step, message.status])).toEqual([
    ['email-72h', 'sent'],
    ['sms-2h', 'sent'],
  ]);
  expect(run.transitions).toBeLessThanOrEqual(CONFIRMED_CEILING);
});

it(`runs an unconfirmed reminder rescheduled once while it waits in at most ${RESCHEDULED_CEILING} state transitions`, async () => {
  const { patientId, appointmentId, start } = await bookAppointment('rescheduled', '+16175550174');
  await stack.clock.advance(DAY);
  const later = new Date(start.getTime() + 3 * DAY);
  await emit(stack, [
    fhirChange(
      stack,
      'update',
      appointmentResource({ id: appointmentId, patientId, start: later, status: 'booked', versionId: '2' }),
    ),
  ]);

  await stack.clock.advance(later.getTime() + HOUR - stack.clock.now().getTime());

  const run = reminderRun(appointmentId);
  expect(run.status).toBe('SUCCEEDED');
  expect((await messagesOf(stack, patientId)).map((message) => message.step)).toEqual([
    'email-72h',
    'sms-24h',
    'sms-2h',
  ]);
  expect(run.transitions).toBeLessThanOrEqual(RESCHEDULED_CEILING);
});

it(`runs the diabetes care gap to its letter (two sends) in at most ${CARE_GAP_CEILING} state transitions`, async () => {
  const patient: fhir4.Patient = {
    ...patientResource({ id: 'st-dm', email: 'st-dm@example.org', phone: '+16175550173' }),
    address: [
      { use: 'home', line: ['12 Elm Street'], city: 'Boston', state: 'MA', postalCode: '02118', country: 'US' },
    ],
  };
  const diabetes: fhir4.Condition = {
    resourceType: 'Condition',
    id: 'st-dm-t2dm',
    clinicalStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
    },
    code: { coding: [{ system: 'http://snomed.info/sct', code: '44054006', display: 'Diabetes mellitus type 2' }] },
    subject: { reference: 'Patient/st-dm' },
    onsetDateTime: '2019-04-02',
  };

  await emit(stack, [fhirChange(stack, 'create', patient), fhirChange(stack, 'create', diabetes)]);
  await stack.clock.advance(15 * DAY);

  const run = onlyExecution(executionsFor(stack, 'diabetes-care-gap', 'st-dm'));
  expect(run.status).toBe('SUCCEEDED');
  expect((await messagesOf(stack, 'st-dm')).map((message) => [message.step, message.channel])).toEqual([
    ['ask-to-book-test', 'email'],
    ['letter', 'letter'],
  ]);
  expect(run.transitions).toBeLessThanOrEqual(CARE_GAP_CEILING);
});

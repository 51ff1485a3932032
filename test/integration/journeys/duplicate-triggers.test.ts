import type { LocalStack } from '../../../local/local-stack';
import {
  advanceTo,
  appointmentResource,
  DAY,
  emit,
  executionsForResource,
  type FhirChange,
  fhirChange,
  HOUR,
  isoAt,
  messageLog,
  messagesOf,
  observationResource,
  patientResource,
  sesEmails,
  startJourneyStack,
  textsTo,
} from './journey-scenario-support';

jest.setTimeout(60_000);

const JOURNEY = 'appointment-reminders';
const START = new Date('2026-11-25T17:00:00Z');
// Noon in New York, five days ahead: every reminder falls outside quiet hours.
const APPOINTMENT_START = new Date(START.getTime() + 5 * DAY);

let stack: LocalStack;

beforeAll(async () => {
  stack = await startJourneyStack(START, { journeys: [JOURNEY] });
});

afterAll(async () => {
  await stack?.stop();
});

/** A fixed-seed Fisher–Yates shuffle, so a failure replays in the same order. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

it('the same booking delivered five times among other events starts one run that sends each reminder once', async () => {
  const booking = appointmentResource({
    id: 'appt-dup',
    patientId: 'dup-a',
    start: APPOINTMENT_START,
    status: 'booked',
    versionId: '1',
  });
  const otherAppointment = appointmentResource({
    id: 'appt-dup-other',
    patientId: 'dup-b',
    start: new Date(APPOINTMENT_START.getTime() + DAY),
    status: 'booked',
    versionId: '1',
  });
  await emit(stack, [
    fhirChange(stack, 'create', patientResource({ id: 'dup-a', phone: '+16175550501', email: 'dup-a@example.org' })),
    fhirChange(stack, 'create', patientResource({ id: 'dup-b', phone: '+16175550502', email: 'dup-b@example.org' })),
    fhirChange(stack, 'create', otherAppointment),
  ]);
  const trigger = fhirChange(stack, 'create', booking);
  const unrelated: FhirChange[] = [
    fhirChange(stack, 'create', patientResource({ id: 'dup-c', phone: '+16175550503' })),
    fhirChange(
      stack,
      'create',
      observationResource({ id: 'obs-dup-c', patientId: 'dup-c', status: 'final', effective: START }),
    ),
    fhirChange(stack, 'update', {
      ...otherAppointment,
      meta: { versionId: '2' },
      start: new Date(APPOINTMENT_START.getTime() + DAY + HOUR).toISOString(),
    }),
    fhirChange(stack, 'update', patientResource({ id: 'dup-b', phone: '+16175550502', email: 'b@example.org' })),
  ];

  await emit(stack, shuffled([trigger, trigger, trigger, trigger, trigger, ...unrelated], 20261125));

  const runs = executionsForResource(stack, JOURNEY, { resourceType: 'Appointment', id: 'appt-dup' });
  expect(runs).toHaveLength(1);
  // The reschedule of the other appointment kept it booked: no second run for it either.
  expect(executionsForResource(stack, JOURNEY, { resourceType: 'Appointment', id: 'appt-dup-other' })).toHaveLength(1);

  // A late redelivery, after the email went, changes nothing.
  await advanceTo(stack, new Date(APPOINTMENT_START.getTime() - 60 * HOUR));
  await emit(stack, [trigger]);
  await advanceTo(stack, new Date(APPOINTMENT_START.getTime() + HOUR));

  expect(executionsForResource(stack, JOURNEY, { resourceType: 'Appointment', id: 'appt-dup' })).toHaveLength(1);
  expect(runs[0]?.status).toBe('SUCCEEDED');
  expect(await messagesOf(stack, 'dup-a')).toEqual([
    {
      step: 'email-72h',
      channel: 'email',
      templateId: 'appointment-reminder-email',
      status: 'sent',
      at: isoAt(APPOINTMENT_START, -72 * HOUR),
    },
    {
      step: 'sms-24h',
      channel: 'sms',
      templateId: 'appointment-reminder-sms',
      status: 'sent',
      at: isoAt(APPOINTMENT_START, -24 * HOUR),
    },
    {
      step: 'sms-2h',
      channel: 'sms',
      templateId: 'appointment-reminder-sms',
      status: 'sent',
      at: isoAt(APPOINTMENT_START, -2 * HOUR),
    },
  ]);
  const log = await messageLog(stack, 'dup-a');
  expect(new Set(log.map((message) => message.cause.executionId))).toEqual(new Set([runs[0]?.name]));
  expect(textsTo(stack, '+16175550501')).toHaveLength(2);
  const emails = await sesEmails(stack);
  expect(emails.filter((email) => email.destination?.to?.includes('dup-a@example.org'))).toHaveLength(1);
});

import type { LocalStack } from '../../../local/local-stack';
import {
  appointmentResource,
  DAY,
  emailFor,
  emit,
  executionsFor,
  fhirChange,
  HOUR,
  messageLog,
  messagesOf,
  patientResource,
  segmentsOf,
  startJourneyStack,
  textsTo,
} from './journey-scenario-support';

jest.setTimeout(60_000);

const JOURNEY = 'missed-appointment-outreach';
const INVITE = { step: 'invite-to-rebook', templateId: 'missed-appointment', status: 'sent' };

let stack: LocalStack;

beforeAll(async () => {
  // Noon in New York.
  stack = await startJourneyStack(new Date('2026-11-25T17:00:00Z'), { journeys: [JOURNEY], withSegments: true });
});

afterAll(async () => {
  await stack?.stop();
});

/** An appointment that started three hours ago, booked, then marked with `status`. */
async function markAppointment(patientId: string, appointmentId: string, status: 'noshow' | 'cancelled' | 'fulfilled') {
  const booked = appointmentResource({
    id: appointmentId,
    patientId,
    start: new Date(stack.clock.now().getTime() - 3 * HOUR),
    status: 'booked',
    versionId: '1',
  });
  await emit(stack, [fhirChange(stack, 'update', { ...booked, meta: { versionId: '2' }, status })]);
}

it('a no-show gets a text inviting to rebook, at once', async () => {
  await emit(stack, [
    fhirChange(stack, 'create', patientResource({ id: 'ma-sms', phone: '+16175550301', email: 'ma-sms@example.org' })),
  ]);
  const now = stack.clock.now().toISOString();

  await markAppointment('ma-sms', 'appt-ma-sms', 'noshow');
  await stack.clock.advance(HOUR);

  expect(await messagesOf(stack, 'ma-sms')).toEqual([{ ...INVITE, channel: 'sms', at: now }]);
  expect(executionsFor(stack, JOURNEY, 'ma-sms').map((execution) => execution.status)).toEqual(['SUCCEEDED']);
  const [text] = textsTo(stack, '+16175550301');
  expect(text?.body).toContain('Hi Ada, we missed you at your appointment');
});

it('a no-show without a mobile number gets the email instead', async () => {
  await emit(stack, [fhirChange(stack, 'create', patientResource({ id: 'ma-email', email: 'ma-email@example.org' }))]);
  const now = stack.clock.now().toISOString();

  await markAppointment('ma-email', 'appt-ma-email', 'noshow');
  await stack.clock.advance(HOUR);

  expect(await messagesOf(stack, 'ma-email')).toEqual([{ ...INVITE, channel: 'email', at: now }]);
  const [message] = await messageLog(stack, 'ma-email');
  expect((await emailFor(stack, message?.messageId as string))?.destination?.to).toEqual(['ma-email@example.org']);
});

it('a second no-show within the cool-down sends nothing more; one after it sends again', async () => {
  await emit(stack, [fhirChange(stack, 'create', patientResource({ id: 'ma-again', phone: '+16175550302' }))]);
  const first = stack.clock.now().toISOString();
  await markAppointment('ma-again', 'appt-ma-again-1', 'noshow');

  await stack.clock.advance(10 * DAY);
  await markAppointment('ma-again', 'appt-ma-again-2', 'noshow');
  expect(executionsFor(stack, JOURNEY, 'ma-again')).toHaveLength(1);

  // Both no-shows age out of the segment (30 days after the second), then a third one re-enters it.
  await stack.clock.advance(31 * DAY);
  expect(await segmentsOf(stack, 'ma-again')).not.toContain('missed-appointment-30d');
  const third = stack.clock.now().toISOString();
  await markAppointment('ma-again', 'appt-ma-again-3', 'noshow');
  await stack.clock.advance(HOUR);

  expect(await messagesOf(stack, 'ma-again')).toEqual([
    { ...INVITE, channel: 'sms', at: first },
    { ...INVITE, channel: 'sms', at: third },
  ]);
  expect(executionsFor(stack, JOURNEY, 'ma-again')).toHaveLength(2);
});

it('a cancelled or fulfilled appointment does not enrol', async () => {
  await emit(stack, [fhirChange(stack, 'create', patientResource({ id: 'ma-kept', phone: '+16175550303' }))]);

  await markAppointment('ma-kept', 'appt-ma-cancelled', 'cancelled');
  await markAppointment('ma-kept', 'appt-ma-fulfilled', 'fulfilled');
  await stack.clock.advance(HOUR);

  expect(executionsFor(stack, JOURNEY, 'ma-kept')).toEqual([]);
  expect(await messagesOf(stack, 'ma-kept')).toEqual([]);
});

import { localMeterReadings } from '../../../local/cost/local-meter';
import type { LocalStack } from '../../../local/local-stack';
import { smsMessages } from '../../../local/outbox/pinpoint-outbox';
import {
  advanceTo,
  appointmentResource,
  DAY,
  daysAheadAt,
  emailFor,
  emit,
  executionsForResource,
  fhirChange,
  HOUR,
  isoAt,
  messageLog,
  messagesOf,
  patientResource,
  startJourneyStack,
  textsTo,
} from './journey-scenario-support';

jest.setTimeout(60_000);

const JOURNEY = 'appointment-reminders';
const EMAIL = { step: 'email-72h', channel: 'email', templateId: 'appointment-reminder-email', status: 'sent' };
const SMS_24H = { step: 'sms-24h', channel: 'sms', templateId: 'appointment-reminder-sms', status: 'sent' };
const SMS_2H = { step: 'sms-2h', channel: 'sms', templateId: 'appointment-reminder-sms', status: 'sent' };

let stack: LocalStack;

beforeAll(async () => {
  stack = await startJourneyStack(new Date('2026-11-25T17:00:00Z'), { journeys: [JOURNEY] });
});

afterAll(async () => {
  await stack?.stop();
});

/**
 * A patient in New York with an appointment booked now for noon (17:00 UTC) five days ahead, so that the
 * email (72 h before), the text 24 h before and the text 2 h before (10:00) all fall outside quiet hours.
 */
async function bookAppointment(key: string, phone: string, utcTime = '17:00') {
  const patient = patientResource({ id: `ar-${key}`, phone, email: `${key}@example.org` });
  const start = daysAheadAt(stack, 5, utcTime);
  const appointment = appointmentResource({
    id: `appt-${key}`,
    patientId: patient.id as string,
    start,
    status: 'booked',
    versionId: '1',
  });
  await emit(stack, [fhirChange(stack, 'create', patient), fhirChange(stack, 'create', appointment)]);
  return { patientId: patient.id as string, appointment, start };
}

function stateNames(key: string): string[] {
  const [execution] = executionsForResource(stack, JOURNEY, { resourceType: 'Appointment', id: `appt-${key}` });
  return execution?.history.map((entry) => entry.name) ?? [];
}

it('without a confirmation, sends the email 72 h before, then texts 24 h and 2 h before, and succeeds', async () => {
  const { patientId, appointment, start } = await bookAppointment('none', '+16175550101');

  await advanceTo(stack, new Date(start.getTime() + HOUR));

  expect(await messagesOf(stack, patientId)).toEqual([
    { ...EMAIL, at: isoAt(start, -72 * HOUR) },
    { ...SMS_24H, at: isoAt(start, -24 * HOUR) },
    { ...SMS_2H, at: isoAt(start, -2 * HOUR) },
  ]);
  const executions = executionsForResource(stack, JOURNEY, {
    resourceType: 'Appointment',
    id: appointment.id as string,
  });
  expect(executions.map((execution) => execution.status)).toEqual(['SUCCEEDED']);
  expect(stateNames('none').at(-1)).toBe('Send sms-2h');
  const texts = smsMessages(stack.smsAndPushOutbox).filter((sms) => sms.to === '+16175550101');
  expect(texts).toHaveLength(2);
  // Noon in New York, in the patient's own time zone; nothing clinical.
  for (const text of texts) expect(text.body).toMatch(/Hi Ada, reminder: appointment .*12:00/);
  const [email] = await messageLog(stack, patientId);
  expect((await emailFor(stack, email?.messageId as string))?.body?.text).toContain('/links/confirm?token=');
});

it('a C reply after the email skips the 24 h text; the 2 h text still goes', async () => {
  const { patientId, start } = await bookAppointment('confirmed', '+16175550102');
  // Replies are attributed to the last message sent to the number: this patient had a text before.
  const earlier = await stack.sendMessage({
    patientId,
    cause: { kind: 'staff', requestId: 'earlier-text' },
    templateId: 'appointment-reminder-sms',
    intent: { topic: 'appointment-reminders', channels: ['sms'], fallback: false, quietHours: 'skip' },
  });
  await advanceTo(stack, new Date(start.getTime() - 71 * HOUR));

  const reply = await stack.injectInboundSms('+16175550102', 'C');
  await stack.settle();
  await advanceTo(stack, new Date(start.getTime() + HOUR));

  const journeyMessages = (await messagesOf(stack, patientId)).filter((message) => message.step !== undefined);
  expect(journeyMessages).toEqual([
    { ...EMAIL, at: isoAt(start, -72 * HOUR) },
    { ...SMS_2H, at: isoAt(start, -2 * HOUR) },
  ]);
  expect(earlier).toMatchObject({ outcome: 'sent' });
  expect(reply).toEqual(['replied']);
  const [execution] = executionsForResource(stack, JOURNEY, { resourceType: 'Appointment', id: 'appt-confirmed' });
  expect(execution?.status).toBe('SUCCEEDED');
  expect(stateNames('confirmed')).not.toContain('Send sms-24h');
  expect(stateNames('confirmed')).not.toContain('Resolve wait wait-until-24h-before');
});

it('confirming through the email link skips the 24 h text; the 2 h text still goes', async () => {
  const { patientId, start } = await bookAppointment('link', '+16175550105');
  await advanceTo(stack, new Date(start.getTime() - 70 * HOUR));
  const [email] = await messageLog(stack, patientId);
  const text = (await emailFor(stack, email?.messageId as string))?.body?.text ?? '';
  const confirm = /http:\/\/127\.0\.0\.1:\d+\/links\/confirm\?token=[A-Za-z0-9_.%-]+/.exec(text)?.[0] as string;

  const answer = await fetch(confirm, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
  });
  await stack.settle();
  await advanceTo(stack, new Date(start.getTime() + HOUR));

  expect(answer.status).toBe(200);
  expect(await messagesOf(stack, patientId)).toEqual([
    { ...EMAIL, at: isoAt(start, -72 * HOUR) },
    { ...SMS_2H, at: isoAt(start, -2 * HOUR) },
  ]);
  expect(stateNames('link')).not.toContain('Send sms-24h');
});

it('a cancellation after the email stops the journey before the 24 h text', async () => {
  const { patientId, appointment, start } = await bookAppointment('cancelled', '+16175550103');
  await advanceTo(stack, new Date(start.getTime() - 48 * HOUR));

  await emit(stack, [fhirChange(stack, 'update', { ...appointment, meta: { versionId: '2' }, status: 'cancelled' })]);
  await advanceTo(stack, new Date(start.getTime() + HOUR));

  expect(await messagesOf(stack, patientId)).toEqual([{ ...EMAIL, at: isoAt(start, -72 * HOUR) }]);
  const [execution] = executionsForResource(stack, JOURNEY, { resourceType: 'Appointment', id: 'appt-cancelled' });
  // The cancellation is an exit criterion: the run is stopped when it arrives, in the wait before the 24 h text.
  expect(execution?.status).toBe('ABORTED');
  expect(execution?.error).toBe('JourneyExited');
  expect(execution?.stopDate?.toISOString()).toBe(isoAt(start, -48 * HOUR));
  expect(stateNames('cancelled').at(-1)).toBe('Wait wait-until-24h-before');
  expect(stateNames('cancelled')).not.toContain('Send sms-24h');
  expect(stateNames('cancelled')).not.toContain('Send sms-2h');
  expect(smsMessages(stack.smsAndPushOutbox).filter((sms) => sms.to === '+16175550103')).toEqual([]);
});

it('an update that leaves the appointment booked is put to the exit check before each text, and both texts go', async () => {
  const { patientId, appointment, start } = await bookAppointment('updated', '+16175550107');
  await advanceTo(stack, new Date(start.getTime() - 48 * HOUR));
  const checksBefore = localMeterReadings().invocations.CheckJourneyExit ?? 0;

  await emit(stack, [
    fhirChange(stack, 'update', { ...appointment, meta: { versionId: '2' }, comment: 'Bring a list' }),
  ]);
  await advanceTo(stack, new Date(start.getTime() + HOUR));

  expect(await messagesOf(stack, patientId)).toEqual([
    { ...EMAIL, at: isoAt(start, -72 * HOUR) },
    { ...SMS_24H, at: isoAt(start, -24 * HOUR) },
    { ...SMS_2H, at: isoAt(start, -2 * HOUR) },
  ]);
  // Only the FHIRPath condition can tell whether the update cancelled it: the sending function asks, per text.
  expect((localMeterReadings().invocations.CheckJourneyExit ?? 0) - checksBefore).toBe(2);
  const [execution] = executionsForResource(stack, JOURNEY, { resourceType: 'Appointment', id: 'appt-updated' });
  expect(execution?.status).toBe('SUCCEEDED');
});

it('for an early appointment the 2 h text, due in quiet hours, is skipped rather than sent late', async () => {
  // 09:00 in New York: 2 h before is 07:00, inside the 20:00–08:00 SMS quiet hours.
  const { patientId, start } = await bookAppointment('early', '+16175550106', '14:00');

  await advanceTo(stack, new Date(start.getTime() + HOUR));

  expect(await messagesOf(stack, patientId)).toEqual([
    { ...EMAIL, at: isoAt(start, -72 * HOUR) },
    { ...SMS_24H, at: isoAt(start, -24 * HOUR) },
    // A skipped message names no channel: none was used.
    { step: 'sms-2h', templateId: 'appointment-reminder-sms', status: 'skipped', at: isoAt(start, -2 * HOUR) },
  ]);
  expect((await messageLog(stack, patientId))[2]?.reason).toBe('quiet-hours');
  expect(textsTo(stack, '+16175550106')).toHaveLength(1);
  const [execution] = executionsForResource(stack, JOURNEY, { resourceType: 'Appointment', id: 'appt-early' });
  expect(execution?.status).toBe('SUCCEEDED');
});

it('an appointment created cancelled, or updated to a status other than booked, does not enrol', async () => {
  const patient = patientResource({ id: 'ar-not-booked', phone: '+16175550104', email: 'not-booked@example.org' });
  const start = daysAheadAt(stack, 5, '17:00');
  const cancelled = appointmentResource({
    id: 'appt-born-cancelled',
    patientId: 'ar-not-booked',
    start,
    status: 'cancelled',
  });
  const proposed = appointmentResource({
    id: 'appt-proposed',
    patientId: 'ar-not-booked',
    start,
    status: 'proposed',
    versionId: '1',
  });

  await emit(stack, [
    fhirChange(stack, 'create', patient),
    fhirChange(stack, 'create', cancelled),
    fhirChange(stack, 'create', proposed),
  ]);
  await emit(stack, [fhirChange(stack, 'update', { ...proposed, meta: { versionId: '2' }, status: 'pending' })]);
  await advanceTo(stack, new Date(start.getTime() + HOUR));

  expect(executionsForResource(stack, JOURNEY, { resourceType: 'Appointment', id: 'appt-born-cancelled' })).toEqual([]);
  expect(executionsForResource(stack, JOURNEY, { resourceType: 'Appointment', id: 'appt-proposed' })).toEqual([]);
  expect(await messagesOf(stack, 'ar-not-booked')).toEqual([]);
});

/** The appointment as upstream sends it after a reschedule: the same id, a new version, a new start. */
function moved(appointment: ReturnType<typeof appointmentResource>, start: Date, versionId: string) {
  return appointmentResource({
    id: appointment.id as string,
    patientId: (appointment.participant[0]?.actor?.reference ?? '').replace('Patient/', ''),
    start,
    status: 'booked',
    versionId,
  });
}

const dayInNewYork = (instant: Date) =>
  new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    timeZone: 'America/New_York',
  }).format(instant);

it('an appointment moved from 6 to 12 days ahead is reminded 72 h before the new time, naming the new time', async () => {
  const patient = patientResource({ id: 'ar-later', phone: '+16175550111', email: 'later@example.org' });
  const oldStart = daysAheadAt(stack, 6, '17:00');
  const newStart = daysAheadAt(stack, 12, '17:00');
  const appointment = appointmentResource({
    id: 'appt-later',
    patientId: 'ar-later',
    start: oldStart,
    status: 'booked',
    versionId: '1',
  });
  await emit(stack, [fhirChange(stack, 'create', patient), fhirChange(stack, 'create', appointment)]);
  await advanceTo(stack, new Date(stack.clock.now().getTime() + 24 * HOUR));

  await emit(stack, [fhirChange(stack, 'update', moved(appointment, newStart, '2'))]);
  await advanceTo(stack, new Date(newStart.getTime() + HOUR));

  expect(await messagesOf(stack, 'ar-later')).toEqual([
    { ...EMAIL, at: isoAt(newStart, -72 * HOUR) },
    { ...SMS_24H, at: isoAt(newStart, -24 * HOUR) },
    { ...SMS_2H, at: isoAt(newStart, -2 * HOUR) },
  ]);
  const [email] = await messageLog(stack, 'ar-later');
  const subject = (await emailFor(stack, email?.messageId as string))?.subject ?? '';
  expect(subject).toContain(dayInNewYork(newStart));
  expect(subject).not.toContain(dayInNewYork(oldStart));
  const [execution] = executionsForResource(stack, JOURNEY, { resourceType: 'Appointment', id: 'appt-later' });
  expect(execution?.status).toBe('SUCCEEDED');
});

it('an appointment moved earlier but still more than 72 h ahead wakes the wait at the new 72 h mark', async () => {
  const patient = patientResource({ id: 'ar-earlier', phone: '+16175550112', email: 'earlier@example.org' });
  const oldStart = daysAheadAt(stack, 8, '17:00');
  const newStart = daysAheadAt(stack, 5, '17:00');
  const appointment = appointmentResource({
    id: 'appt-earlier',
    patientId: 'ar-earlier',
    start: oldStart,
    status: 'booked',
    versionId: '1',
  });
  await emit(stack, [fhirChange(stack, 'create', patient), fhirChange(stack, 'create', appointment)]);
  await advanceTo(stack, new Date(stack.clock.now().getTime() + 12 * HOUR));

  await emit(stack, [fhirChange(stack, 'update', moved(appointment, newStart, '2'))]);
  await advanceTo(stack, new Date(newStart.getTime() + HOUR));

  expect(await messagesOf(stack, 'ar-earlier')).toEqual([
    { ...EMAIL, at: isoAt(newStart, -72 * HOUR) },
    { ...SMS_24H, at: isoAt(newStart, -24 * HOUR) },
    { ...SMS_2H, at: isoAt(newStart, -2 * HOUR) },
  ]);
  const [email] = await messageLog(stack, 'ar-earlier');
  expect((await emailFor(stack, email?.messageId as string))?.subject).toContain(dayInNewYork(newStart));
});

it('an appointment moved to 20 h ahead is emailed at once, and the texts whose moment has passed are skipped', async () => {
  const patient = patientResource({ id: 'ar-soon', phone: '+16175550113', email: 'soon@example.org' });
  const oldStart = daysAheadAt(stack, 6, '17:00');
  const appointment = appointmentResource({
    id: 'appt-soon',
    patientId: 'ar-soon',
    start: oldStart,
    status: 'booked',
    versionId: '1',
  });
  await emit(stack, [fhirChange(stack, 'create', patient), fhirChange(stack, 'create', appointment)]);
  await advanceTo(stack, new Date(stack.clock.now().getTime() + 24 * HOUR));
  const movedAt = stack.clock.now();
  const newStart = new Date(movedAt.getTime() + 20 * HOUR);

  await emit(stack, [fhirChange(stack, 'update', moved(appointment, newStart, '2'))]);
  await advanceTo(stack, new Date(oldStart.getTime() + HOUR));

  // The confirmation window (24 h from the email) ends after the new start: both texts' moments have passed.
  expect(await messagesOf(stack, 'ar-soon')).toEqual([{ ...EMAIL, at: movedAt.toISOString() }]);
  expect(textsTo(stack, '+16175550113')).toEqual([]);
  const [email] = await messageLog(stack, 'ar-soon');
  expect((await emailFor(stack, email?.messageId as string))?.subject).toContain(dayInNewYork(newStart));
  const [execution] = executionsForResource(stack, JOURNEY, { resourceType: 'Appointment', id: 'appt-soon' });
  expect(execution?.status).toBe('SUCCEEDED');
  expect(stateNames('soon')).not.toContain('Send sms-24h');
  expect(stateNames('soon')).not.toContain('Send sms-2h');
});

it('a booking that arrives after the appointment began (a late or replayed event) sends nothing', async () => {
  const patient = patientResource({ id: 'ar-begun', phone: '+16175550114', email: 'begun@example.org' });
  const start = new Date(stack.clock.now().getTime() - 3 * HOUR);
  const appointment = appointmentResource({
    id: 'appt-begun',
    patientId: 'ar-begun',
    start,
    status: 'booked',
    versionId: '1',
  });

  await emit(stack, [fhirChange(stack, 'create', patient), fhirChange(stack, 'create', appointment)]);
  await advanceTo(stack, new Date(stack.clock.now().getTime() + 3 * DAY));

  expect(executionsForResource(stack, JOURNEY, { resourceType: 'Appointment', id: 'appt-begun' })).toHaveLength(1);
  expect(await messagesOf(stack, 'ar-begun')).toEqual([]);
  expect(textsTo(stack, '+16175550114')).toEqual([]);
  expect(stateNames('begun')).not.toContain('Send email-72h');
});

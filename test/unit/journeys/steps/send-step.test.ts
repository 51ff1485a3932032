import type * as fhir4 from 'fhir/r4';
import { TIMEZONE_EXTENSION_URL } from '../../../../lambdas/domain/fhir/facts';
import { sendJourneyStep } from '../../../../lambdas/domain/journeys/steps/send-step';
import { InvalidStepPayloadError } from '../../../../lambdas/domain/journeys/steps/step-input';
import type { CheckExitPayload } from '../../../../lambdas/domain/journeys/waits/wait-input';
import { messageIdOf } from '../../../../lambdas/domain/messaging/message';
import { silentLogger } from '../../../../lambdas/domain/ports';
import { InMemoryPreferenceStore } from '../../../support/in-memory-preferences';
import { InMemoryPatientEventLog } from '../../../support/in-memory-waits';
import { InMemoryAddressBook, InMemoryMessageOutbox, RecordingSender } from '../../../support/messaging-fakes';
import { sendDependencies, TestClock } from '../../../support/send-harness';

// 15:00 in New York: outside every default quiet hour.
const AFTERNOON_NY = Date.parse('2026-03-10T19:00:00Z');
const ENROLLED = '2026-03-08T10:00:00.000Z';

const patient: fhir4.Patient = {
  resourceType: 'Patient',
  id: 'p1',
  name: [{ given: ['Ana'], family: 'Diaz' }],
  telecom: [{ system: 'phone', use: 'mobile', value: '+1 617 555 0101' }],
  extension: [{ url: TIMEZONE_EXTENSION_URL, valueCode: 'America/New_York' }],
};

const request = {
  patientId: 'p1',
  cause: { kind: 'journey', journeyId: 'j1', journeyVersion: 1, executionId: 'exec-1', stepId: 'sms-24h' },
  templateId: 'appointment-reminder-sms',
  intent: { topic: 'appointment-reminders', channels: ['sms'], fallback: false, quietHours: 'defer' },
  triggeringResource: { resourceType: 'Appointment', id: 'appt-1' },
} as const;
const cancelled = { fhirChange: { resourceType: 'Appointment', actions: ['delete'], sameResource: true } };
const statusCancelled = {
  fhirChange: { resourceType: 'Appointment', sameResource: true, condition: "%current.status = 'cancelled'" },
};

function setup(options: { readonly checkAnswers?: boolean } = {}) {
  const sms = new RecordingSender('sms');
  const eventLog = new InMemoryPatientEventLog();
  let built = 0;
  const checks: CheckExitPayload[] = [];
  const deps = {
    exits: { eventLog, logger: silentLogger },
    checkExit: async (payload: CheckExitPayload) => {
      checks.push(payload);
      return { exit: options.checkAnswers ?? true };
    },
    sending: async () => {
      built++;
      return sendDependencies({
        patients: new Map([['p1', patient]]),
        devices: new Map(),
        preferences: new InMemoryPreferenceStore(),
        clock: new TestClock(AFTERNOON_NY),
        outbox: new InMemoryMessageOutbox(),
        addressBook: new InMemoryAddressBook(),
        senders: { sms },
      });
    },
  };
  const cancel = (at: string) =>
    eventLog.append('p1', {
      id: `del-${at}`,
      at,
      kind: 'fhirChange',
      key: 'Appointment',
      resourceType: 'Appointment',
      resourceId: 'appt-1',
      action: 'delete',
    });
  return { deps, sms, cancel, checks, built: () => built };
}

it('sends when no exit criterion happened since enrolment, and answers the outcome, message id and no deferral', async () => {
  const { deps, sms } = setup();

  const answer = await sendJourneyStep({ request, exitWhen: [cancelled], enrolledAt: ENROLLED }, deps);

  expect(answer).toEqual({ outcome: 'sent', messageId: messageIdOf('p1', request.cause), until: null });
  expect(sms.sent).toHaveLength(1);
});

it('answers exited without sending, or building the send path, once an exit criterion happened', async () => {
  const { deps, sms, cancel, built } = setup();
  await cancel('2026-03-09T08:00:00.000Z');

  const answer = await sendJourneyStep({ request, exitWhen: [cancelled], enrolledAt: ENROLLED }, deps);

  expect(answer).toEqual({ outcome: 'exited', messageId: null, until: null });
  expect(sms.sent).toEqual([]);
  expect(built()).toBe(0);
});

it('asks the exit check, with what the step knows, when only a FHIR condition can decide; exits when it says so', async () => {
  const { deps, sms, cancel, checks } = setup({ checkAnswers: true });
  await cancel('2026-03-09T08:00:00.000Z');

  const answer = await sendJourneyStep({ request, exitWhen: [statusCancelled], enrolledAt: ENROLLED }, deps);

  expect(answer.outcome).toBe('exited');
  expect(sms.sent).toEqual([]);
  expect(checks).toEqual([
    {
      patientId: 'p1',
      journeyId: 'j1',
      journeyVersion: 1,
      executionId: 'exec-1',
      stepId: 'sms-24h',
      triggeringResource: request.triggeringResource,
      exitWhen: [statusCancelled],
      enrolledAt: ENROLLED,
    },
  ]);
});

it('sends when the exit check finds the FHIR condition false', async () => {
  const { deps, sms, cancel, checks } = setup({ checkAnswers: false });
  await cancel('2026-03-09T08:00:00.000Z');

  const answer = await sendJourneyStep({ request, exitWhen: [statusCancelled], enrolledAt: ENROLLED }, deps);

  expect(answer.outcome).toBe('sent');
  expect(sms.sent).toHaveLength(1);
  expect(checks).toHaveLength(1);
});

it('asks no exit check when no event could meet a FHIR condition, or a criterion without one is met', async () => {
  const quiet = setup();
  const met = setup();
  await met.cancel('2026-03-09T08:00:00.000Z');

  const sent = await sendJourneyStep({ request, exitWhen: [statusCancelled], enrolledAt: ENROLLED }, quiet.deps);
  const exited = await sendJourneyStep(
    { request, exitWhen: [statusCancelled, cancelled], enrolledAt: ENROLLED },
    met.deps,
  );

  expect([sent.outcome, exited.outcome]).toEqual(['sent', 'exited']);
  expect([...quiet.checks, ...met.checks]).toEqual([]);
});

it('ignores an exit event from before enrolment', async () => {
  const { deps, sms, cancel } = setup();
  await cancel('2026-03-08T09:59:59.999Z');

  await sendJourneyStep({ request, exitWhen: [cancelled], enrolledAt: ENROLLED }, deps);

  expect(sms.sent).toHaveLength(1);
});

it('sends without a check when the journey has no exit criteria', async () => {
  const { deps, sms, cancel } = setup();
  await cancel('2026-03-09T08:00:00.000Z');

  await sendJourneyStep({ request }, deps);

  expect(sms.sent).toHaveLength(1);
});

it('sends the same message once when the step runs again', async () => {
  const { deps, sms } = setup();
  const sending = await deps.sending();
  const once = { ...deps, sending: async () => sending };

  const first = await sendJourneyStep({ request, exitWhen: [cancelled], enrolledAt: ENROLLED }, once);
  const again = await sendJourneyStep({ request, exitWhen: [cancelled], enrolledAt: ENROLLED }, once);

  expect(again.messageId).toBe(first.messageId);
  expect(sms.sent).toHaveLength(1);
});

it.each([
  ['exit criteria without the enrolment instant', { request, exitWhen: [cancelled] }],
  ['a field of its own', { request, extra: true }],
  ['no request', { exitWhen: [], enrolledAt: ENROLLED }],
  [
    'exit criteria for a cause that is not a journey',
    { request: { ...request, cause: { kind: 'staff', requestId: 'r-1' } }, exitWhen: [], enrolledAt: ENROLLED },
  ],
])('refuses a payload with %s', async (_, payload) => {
  const { deps } = setup();

  await expect(sendJourneyStep(payload, deps)).rejects.toThrow(InvalidStepPayloadError);
});

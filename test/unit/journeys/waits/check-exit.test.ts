import { checkExit } from '../../../../lambdas/domain/journeys/waits/check-exit';
import { silentLogger } from '../../../../lambdas/domain/ports';
import { InMemoryPatientEventLog } from '../../../support/in-memory-waits';

const ENROLLED = '2026-11-20T10:00:00.000Z';
let eventLog: InMemoryPatientEventLog;
const deps = () => ({ eventLog, conditions: { matches: async () => true }, logger: silentLogger });

beforeEach(() => {
  eventLog = new InMemoryPatientEventLog();
});

const payload = (exitWhen: unknown[]) => ({
  patientId: 'p-1',
  journeyId: 'appointment-reminders',
  journeyVersion: 3,
  executionId: 'exec-1',
  stepId: 'sms-2h',
  triggeringResource: { resourceType: 'Appointment', id: 'appt-1' },
  exitWhen,
  enrolledAt: ENROLLED,
});
const cancelled = { fhirChange: { resourceType: 'Appointment', actions: ['delete'], sameResource: true } };
const deletion = (at: string, resourceId = 'appt-1') => ({
  id: `del-${at}-${resourceId}`,
  at,
  kind: 'fhirChange' as const,
  key: 'Appointment',
  resourceType: 'Appointment',
  resourceId,
  action: 'delete' as const,
});

it('exits when an exit event was logged since enrolment', async () => {
  await eventLog.append('p-1', deletion('2026-11-21T08:00:00.000Z'));

  expect(await checkExit(payload([{ segmentExited: 'booked' }, cancelled]), deps())).toEqual({ exit: true });
});

it('does not exit on an exit event from before enrolment', async () => {
  await eventLog.append('p-1', deletion('2026-11-20T09:59:59.999Z'));

  expect(await checkExit(payload([cancelled]), deps())).toEqual({ exit: false });
});

it('does not exit on a change of another resource when the exit names the same resource', async () => {
  await eventLog.append('p-1', deletion('2026-11-21T08:00:00.000Z', 'appt-9'));

  expect(await checkExit(payload([cancelled]), deps())).toEqual({ exit: false });
});

it('does not exit without exit criteria', async () => {
  await eventLog.append('p-1', deletion('2026-11-21T08:00:00.000Z'));

  expect(await checkExit(payload([]), deps())).toEqual({ exit: false });
});

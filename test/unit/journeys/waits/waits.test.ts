import { InvalidStepPayloadError } from '../../../../lambdas/domain/journeys/steps/step-input';
import type { PatientEvent, WaitDependencies } from '../../../../lambdas/domain/journeys/waits/ports';
import { registerWait } from '../../../../lambdas/domain/journeys/waits/register-wait';
import { resumeWaiting, resumeWaitingForEvents } from '../../../../lambdas/domain/journeys/waits/resume-waiting';
import { silentLogger } from '../../../../lambdas/domain/ports';
import { InMemoryPatientEventLog, InMemoryTaskResumer, InMemoryWaitStore } from '../../../support/in-memory-waits';

const STEP_STARTED = '2026-11-20T10:00:00.000Z';
let clock: Date;
let waits: InMemoryWaitStore;
let resumer: InMemoryTaskResumer;
let deps: WaitDependencies;

beforeEach(() => {
  clock = new Date('2026-11-20T10:00:01.000Z');
  waits = new InMemoryWaitStore();
  resumer = new InMemoryTaskResumer();
  deps = {
    waits,
    eventLog: new InMemoryPatientEventLog(),
    resumer,
    conditions: { matches: async () => true },
    clock: { now: () => clock },
    logger: silentLogger,
  };
});

const payload = (overrides: Record<string, unknown> = {}) => ({
  taskToken: 'token-1',
  patientId: 'p-1',
  journeyId: 'appointment-reminders',
  journeyVersion: 3,
  executionId: 'exec-1',
  stepId: 'await-confirmation',
  event: { reply: 'appointment-confirmed' },
  expiresInSeconds: 86_400,
  stepStartedAt: STEP_STARTED,
  ...overrides,
});

/** The wait task as Step Functions runs it: the token is open, then the Lambda registers it. */
async function startWait(overrides: Record<string, unknown> = {}) {
  const input = payload(overrides);
  resumer.issue(input.taskToken);
  return registerWait(input, deps);
}

const confirmed = (at: string, id = 'reply-1'): PatientEvent => ({
  patientId: 'p-1',
  id,
  at,
  kind: 'reply',
  key: 'appointment-confirmed',
  messageId: 'm-1',
});

describe('registerWait', () => {
  it('stores the token under the patient and event kind, expiring with the step', async () => {
    const result = await startWait();

    expect(result).toEqual({ registered: true, resumed: false });
    expect(await waits.waitingFor('p-1', 'reply#appointment-confirmed')).toEqual([
      expect.objectContaining({
        taskToken: 'token-1',
        executionId: 'exec-1',
        stepId: 'await-confirmation',
        registeredAt: '2026-11-20T10:00:01.000Z',
        expiresAt: '2026-11-21T10:00:01.000Z',
      }),
    ]);
    expect(resumer.resumed).toEqual([]);
  });

  it('resumes at once when the event was logged between the step start and the registration', async () => {
    await resumeWaiting(confirmed('2026-11-20T10:00:00.500Z'), deps);

    const result = await startWait();

    expect(result.resumed).toBe(true);
    expect(resumer.resumed).toEqual(['token-1']);
    expect(await waits.waitingFor('p-1', 'reply#appointment-confirmed')).toEqual([]);
  });

  it('does not resume on an event from before the step started', async () => {
    await resumeWaiting(confirmed('2026-11-20T09:59:59.999Z'), deps);

    expect((await startWait()).resumed).toBe(false);
    expect(resumer.resumed).toEqual([]);
  });

  it('refuses a payload without the step start time', async () => {
    const { stepStartedAt: _, ...withoutStart } = payload();

    await expect(registerWait(withoutStart, deps)).rejects.toBeInstanceOf(InvalidStepPayloadError);
  });
});

describe('registerWait for a wait until a resource time', () => {
  const moved = (at: string, id = 'change-1'): PatientEvent => ({
    patientId: 'p-1',
    id,
    at,
    kind: 'fhirChange',
    key: 'Appointment',
    resourceType: 'Appointment',
    resourceId: 'appt-1',
    action: 'update',
    revision: 2,
  });
  const resourceWait = (resourceMoment: string) => ({
    stepId: 'wait-until-72h-before',
    event: { fhirChange: { resourceType: 'Appointment', sameResource: true } },
    triggeringResource: { resourceType: 'Appointment', id: 'appt-1' },
    resourceMoment,
  });

  it('waits for a change of the resource when its instant is ahead', async () => {
    const result = await startWait(resourceWait('ahead'));

    expect(result).toEqual({ registered: true, resumed: false });
    expect(await waits.waitingFor('p-1', 'fhirChange#Appointment')).toHaveLength(1);
  });

  it('resumes, to resolve again, on a change of the resource after it was resolved', async () => {
    await startWait(resourceWait('ahead'));

    await resumeWaiting(moved('2026-11-20T12:00:00.000Z'), deps);

    expect(resumer.resumed).toEqual(['token-1']);
  });

  it('does not resume on the change it was resolved with (logged at the instant it was resolved)', async () => {
    await resumeWaiting(moved(STEP_STARTED), deps);

    expect(await startWait(resourceWait('ahead'))).toEqual({ registered: true, resumed: false });
    expect(resumer.resumed).toEqual([]);
  });

  it.each([
    ['due', 'JourneyWaitDue'],
    ['gone', 'JourneyMomentPassed'],
  ])('registers nothing when the moment is %s and ends the task with %s', async (moment, error) => {
    const result = await startWait(resourceWait(moment));

    expect(result).toEqual({ registered: false, resumed: false, answered: error });
    expect(resumer.failed).toEqual([{ taskToken: 'token-1', error }]);
    expect(await waits.waitingFor('p-1', 'fhirChange#Appointment')).toEqual([]);
  });
});

describe('resumeWaiting', () => {
  it('resumes a wait registered before the event, and removes it', async () => {
    await startWait();

    const result = await resumeWaiting(confirmed('2026-11-20T11:00:00.000Z'), deps);

    expect(result).toEqual({ resumed: 1, expired: 0 });
    expect(resumer.resumed).toEqual(['token-1']);
    expect(await waits.waitingFor('p-1', 'reply#appointment-confirmed')).toEqual([]);
  });

  it('resumes each registration once when the event is delivered twice', async () => {
    await startWait();
    await startWait({ taskToken: 'token-2', executionId: 'exec-2' });

    await resumeWaiting(confirmed('2026-11-20T11:00:00.000Z'), deps);
    const second = await resumeWaiting(confirmed('2026-11-20T11:00:00.000Z'), deps);

    expect(second).toEqual({ resumed: 0, expired: 0 });
    expect(resumer.resumed.sort()).toEqual(['token-1', 'token-2']);
  });

  it('resumes once when the event arrives between the registration and the log read: both see it', async () => {
    const racing: WaitDependencies = {
      ...deps,
      waits: {
        register: async (registration) => {
          await waits.register(registration);
          await resumeWaiting(confirmed('2026-11-20T10:00:00.500Z'), deps);
        },
        waitingFor: (patientId, key) => waits.waitingFor(patientId, key),
        waitingForAny: (patientId, keys) => waits.waitingForAny(patientId, keys),
        remove: (registration) => waits.remove(registration),
      },
    };
    resumer.issue('token-1');

    await registerWait(payload(), racing);

    expect(resumer.resumed).toEqual(['token-1']);
    expect(await waits.waitingFor('p-1', 'reply#appointment-confirmed')).toEqual([]);
  });

  it('removes an expired registration without resuming it', async () => {
    await startWait({ expiresInSeconds: 60 });
    clock = new Date('2026-11-20T10:01:01.000Z');

    const result = await resumeWaiting(confirmed('2026-11-20T10:01:01.000Z'), deps);

    expect(result).toEqual({ resumed: 0, expired: 1 });
    expect(resumer.resumed).toEqual([]);
    expect(await waits.waitingFor('p-1', 'reply#appointment-confirmed')).toEqual([]);
  });

  it('leaves a wait for another resource of the same type waiting', async () => {
    await startWait({
      event: { fhirChange: { resourceType: 'Appointment', sameResource: true } },
      triggeringResource: { resourceType: 'Appointment', id: 'appt-1' },
    });
    const changeOf = (resourceId: string, id: string): PatientEvent => ({
      patientId: 'p-1',
      id,
      at: '2026-11-20T11:00:00.000Z',
      kind: 'fhirChange',
      key: 'Appointment',
      resourceType: 'Appointment',
      resourceId,
      action: 'update',
    });

    expect(await resumeWaiting(changeOf('appt-2', 'c-1'), deps)).toEqual({ resumed: 0, expired: 0 });
    expect(await resumeWaiting(changeOf('appt-1', 'c-2'), deps)).toEqual({ resumed: 1, expired: 0 });
    expect(resumer.resumed).toEqual(['token-1']);
  });

  it('leaves waits of other patients and other events alone', async () => {
    await startWait();

    await resumeWaiting({ ...confirmed('2026-11-20T11:00:00.000Z'), patientId: 'p-2' }, deps);
    await resumeWaiting({ ...confirmed('2026-11-20T11:00:00.000Z', 'r-2'), key: 'appointment-cancelled' }, deps);

    expect(resumer.resumed).toEqual([]);
    expect(await waits.waitingFor('p-1', 'reply#appointment-confirmed')).toHaveLength(1);
  });

  it('logs the events of one announcement together and resumes a wait that one of them answers, once', async () => {
    await startWait();
    const appended: number[] = [];
    const eventLog = deps.eventLog;
    const counting: WaitDependencies = {
      ...deps,
      eventLog: {
        append: (patientId, event) => eventLog.append(patientId, event),
        appendAll: async (patientId, events) => {
          appended.push(events.length);
          await eventLog.appendAll(patientId, events);
        },
        since: (patientId, from) => eventLog.since(patientId, from),
      },
    };

    const result = await resumeWaitingForEvents(
      [
        confirmed('2026-11-20T11:00:00.000Z', 'r-1'),
        confirmed('2026-11-20T11:00:00.000Z', 'r-2'),
        { ...confirmed('2026-11-20T11:00:00.000Z', 'r-3'), key: 'appointment-cancelled' },
      ],
      counting,
    );

    expect(result).toEqual({ resumed: 1, expired: 0 });
    expect(resumer.resumed).toEqual(['token-1']);
    expect(appended).toEqual([3]);
    expect(await deps.eventLog.since('p-1', STEP_STARTED)).toHaveLength(3);
  });

  it('refuses events of several patients in one call', async () => {
    await expect(
      resumeWaitingForEvents(
        [confirmed('2026-11-20T11:00:00.000Z'), { ...confirmed('2026-11-20T11:00:00.000Z', 'r-2'), patientId: 'p-2' }],
        deps,
      ),
    ).rejects.toThrow('one patient');
  });
});

import { DetailType } from '../../../../lambdas/domain/events/event-names';
import { followPatientEvent } from '../../../../lambdas/domain/journeys/waits/follow-patient-event';
import type { WaitDependencies } from '../../../../lambdas/domain/journeys/waits/ports';
import { registerWait } from '../../../../lambdas/domain/journeys/waits/register-wait';
import { silentLogger } from '../../../../lambdas/domain/ports';
import { welcomeJourney } from '../../../support/in-memory-journeys';
import { InMemoryPatientEventLog, InMemoryTaskResumer, InMemoryWaitStore } from '../../../support/in-memory-waits';

/** One patient event, followed by the journeys: logged once, waits resumed, exits stopped, in one domain call. */
const NOW = new Date('2026-11-20T10:05:00.000Z');

function setUp(exitOnReply = false) {
  const resumer = new InMemoryTaskResumer();
  const eventLog = new InMemoryPatientEventLog();
  const stopped: string[] = [];
  const waits: WaitDependencies = {
    waits: new InMemoryWaitStore(),
    eventLog,
    resumer,
    conditions: { matches: async () => true },
    clock: { now: () => NOW },
    logger: silentLogger,
  };
  const deps = {
    waits,
    exits: {
      entries: {
        byPatient: async () => [
          {
            patientId: 'p-1',
            journeyId: 'welcome',
            key: 'patient',
            lastEnteredAt: '2026-11-20T09:00:00.000Z',
            executionName: 'welcome-v1-abc',
            journeyVersion: 1,
            entries: 1,
            revision: 1,
          },
        ],
      },
      journeys: { get: async (journeyId: string) => ({ journeyId, stateMachineArn: `arn:sm:${journeyId}` }) as never },
      definitionOf: async () => welcomeJourney(exitOnReply ? { exitWhen: [{ reply: 'stop-reminders' }] as never } : {}),
      stopper: {
        stopIfRunning: async (_arn: string, name: string) => {
          stopped.push(name);
          return true;
        },
      },
      conditions: { matches: async () => true },
      logger: silentLogger,
    },
    causes: {
      journeyRunOf: async (messageId: string) =>
        messageId === 'msg-1' ? { journeyId: 'appointment-reminders', executionId: 'exec-1' } : undefined,
    },
  };
  return { deps, resumer, stopped, eventLog };
}

const replied = (event: string) => ({
  type: DetailType.PatientReplied,
  detail: {
    replyId: 'in-1',
    patientId: 'p-1',
    messageId: 'msg-1',
    keyword: 'C',
    event,
    occurredAt: '2026-11-20T10:04:00.000Z',
  },
});

it('resumes the run waiting for the reply to its own message, and stops nothing else', async () => {
  const { deps, resumer, stopped } = setUp();
  resumer.issue('token-1');
  await registerWait(
    {
      taskToken: 'token-1',
      patientId: 'p-1',
      journeyId: 'appointment-reminders',
      journeyVersion: 3,
      executionId: 'exec-1',
      stepId: 'await-confirmation',
      event: { reply: 'appointment-confirmed' },
      expiresInSeconds: 86_400,
      stepStartedAt: '2026-11-20T10:00:00.000Z',
    },
    deps.waits,
  );

  expect(await followPatientEvent(replied('appointment-confirmed'), deps)).toEqual({
    logged: 1,
    resumed: 1,
    stopped: 0,
  });
  expect(resumer.resumed).toEqual(['token-1']);
  expect(stopped).toEqual([]);
});

it('stops the run a reply is an exit criterion of', async () => {
  const { deps, stopped } = setUp(true);

  expect(await followPatientEvent(replied('stop-reminders'), deps)).toMatchObject({ logged: 1, resumed: 0 });
  expect(stopped).toEqual(['welcome-v1-abc']);
});

it('stops the runs an event ends before it resumes the waits it answers', async () => {
  const { deps, resumer, stopped } = setUp(true);
  const order: string[] = [];
  const stopper = deps.exits.stopper;
  deps.exits.stopper = {
    stopIfRunning: async (arn, name) => {
      order.push('stop');
      return stopper.stopIfRunning(arn, name);
    },
  };
  const succeed = resumer.succeed.bind(resumer);
  resumer.succeed = async (token) => {
    order.push('resume');
    return succeed(token);
  };
  resumer.issue('token-1');
  await registerWait(
    {
      taskToken: 'token-1',
      patientId: 'p-1',
      journeyId: 'welcome',
      journeyVersion: 1,
      executionId: 'welcome-v1-abc',
      stepId: 'await-stop',
      event: { reply: 'stop-reminders' },
      expiresInSeconds: 86_400,
      stepStartedAt: '2026-11-20T10:00:00.000Z',
    },
    deps.waits,
  );

  await followPatientEvent(replied('stop-reminders'), deps);

  expect(order).toEqual(['stop', 'resume']);
  expect(stopped).toEqual(['welcome-v1-abc']);
});

import aslValidator from 'asl-validator';
import { JOURNEY_CATALOG } from '../../../catalog/journeys';
import { membershipSk, patientPk } from '../../../lambdas/adapters/dynamodb/patient-keys';
import { sendRequestSchema } from '../../../lambdas/domain/events/messaging-event-schemas';
import type { AslState, JsonValue, StateMachineDefinition } from '../../../lambdas/domain/journeys/asl-types';
import {
  type CompileTarget,
  compileJourney,
  EXITED_STATE,
  FAILED_STATE,
  happyPath,
  JourneyCompileError,
  SEGMENT_SK_PREFIX,
  stateTransitionsOnHappyPath,
} from '../../../lambdas/domain/journeys/compile-journey';
import type { JourneyDefinition } from '../../../lambdas/domain/journeys/definition-schema';
import { StatesError } from '../../../lambdas/domain/journeys/interpretable-asl';
import { createAjv } from '../../../lambdas/domain/validation/ajv';
import { type LocalTask, runStateMachine } from '../../../local/stepfunctions/local-state-machine';
import { TEST_DEPLOYMENT } from '../../support/in-memory-journeys';

const target: CompileTarget = { journeyVersion: 3, ...TEST_DEPLOYMENT };

const reminders: JourneyDefinition = {
  schemaVersion: 1,
  id: 'appointment-reminders',
  name: 'Appointment reminders',
  entry: { fhirTrigger: { resourceType: 'Appointment', actions: ['create'], keyedBy: 'resource' } },
  reEntry: { policy: 'always' },
  exitWhen: [
    { fhirChange: { resourceType: 'Appointment', condition: "%current.status = 'cancelled'", sameResource: true } },
  ],
  start: 'before-72h',
  steps: {
    'before-72h': { type: 'wait', untilResourceTime: { field: 'start', offset: '-P3D' }, next: 'email-72h' },
    'email-72h': {
      type: 'send',
      template: 'appointment-reminder-confirm',
      topic: 'appointment-reminders',
      channels: ['email'],
      next: 'before-24h',
    },
    'before-24h': { type: 'wait', untilResourceTime: { field: 'start', offset: '-PT24H' }, next: 'sms-24h' },
    'sms-24h': {
      type: 'send',
      template: 'appointment-reminder',
      topic: 'appointment-reminders',
      channels: ['sms', 'email'],
      fallback: true,
      next: 'before-2h',
    },
    'before-2h': { type: 'wait', untilResourceTime: { field: 'start', offset: '-PT2H' }, next: 'sms-2h' },
    'sms-2h': {
      type: 'send',
      template: 'appointment-reminder',
      topic: 'appointment-reminders',
      channels: ['sms'],
      quietHours: 'skip',
      next: 'done',
    },
    done: { type: 'exit' },
  },
};

/** Every step type and every branch kind, entered by staff (no triggering resource, no exit criteria). */
const everyStep: JourneyDefinition = {
  schemaVersion: 1,
  id: 'every-step',
  name: 'Every step',
  entry: { staffRequest: {} },
  reEntry: { policy: 'once' },
  start: 'welcome',
  steps: {
    welcome: { type: 'send', template: 'welcome', topic: 'general', channels: ['email'], next: 'pause' },
    pause: { type: 'wait', duration: 'P1DT2H', next: 'morning' },
    morning: { type: 'wait', untilLocalTime: '09:30', next: 'replied' },
    replied: {
      type: 'wait-for-event',
      event: { reply: 'appointment-confirmed' },
      timeout: 'P7D',
      next: { received: 'in-segment', timedOut: 'call' },
    },
    'in-segment': { type: 'branch', on: { inSegment: 'diabetes-care-gap' }, next: { true: 'prefers', false: 'done' } },
    prefers: {
      type: 'branch',
      on: { attribute: { name: 'preferredLanguage', equals: 'fr' } },
      next: { true: 'visits', false: 'done' },
    },
    visits: {
      type: 'branch',
      on: { attribute: { name: 'visitCount', equals: 3 } },
      next: { true: 'opted', false: 'done' },
    },
    opted: {
      type: 'branch',
      on: { attribute: { name: 'portalUser', equals: true } },
      next: { true: 'still-due', false: 'done' },
    },
    'still-due': {
      type: 'branch',
      on: { triggerCondition: "%current.status = 'booked'" },
      next: { true: 'split', false: 'done' },
    },
    split: {
      type: 'branch',
      on: {
        randomSplit: [
          { percent: 20, next: 'mark' },
          { percent: 30, next: 'call' },
          { percent: 50, next: 'done' },
        ],
      },
    },
    call: {
      type: 'create-activity',
      activity: { kind: 'follow-up-call', title: 'Call the patient', assignTo: 'care-team', dueIn: 'P2D' },
      next: 'mark',
    },
    mark: { type: 'update-attribute', name: 'welcomed', value: true, next: 'done' },
    done: { type: 'exit' },
  },
};

const fixtures: [string, JourneyDefinition][] = [
  ['appointment reminders', reminders],
  ['every step type', everyStep],
];

function tasksOf(asl: StateMachineDefinition): [string, Extract<AslState, { Type: 'Task' }>][] {
  return Object.entries(asl.States).filter(
    (entry): entry is [string, Extract<AslState, { Type: 'Task' }>] => entry[1].Type === 'Task',
  );
}

function state<T extends AslState['Type']>(asl: StateMachineDefinition, name: string, type: T) {
  const found = asl.States[name];
  expect(found?.Type).toBe(type);
  return found as Extract<AslState, { Type: T }>;
}

/** Every `key.$` path of a Parameters tree. */
function dynamicPaths(value: JsonValue | undefined): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => dynamicPaths(item));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key.endsWith('.$') ? [String(inner)] : dynamicPaths(inner as JsonValue),
  );
}

const ALLOWED_INPUT =
  /^(\$\.(patientId|journeyId|journeyVersion|executionId|triggeringResource|entryKey|steps)\b|\$\$\.)/;
function pathIsIdsOnly(path: string): boolean {
  const intrinsic = /^States\.[A-Za-z]+\((.*)\)$/.exec(path);
  if (!intrinsic) return ALLOWED_INPUT.test(path);
  const args = (intrinsic[1] ?? '').match(/\$[^,)\s]*/g) ?? [];
  return args.every((arg) => ALLOWED_INPUT.test(arg));
}

describe('compileJourney', () => {
  it.each(fixtures)('compiles %s to valid Amazon States Language', (_, definition) => {
    const asl = compileJourney(definition, target);

    const { isValid, errors } = aslValidator(asl as never, { checkArn: false, checkPaths: true });

    expect(errors).toEqual([]);
    expect(isValid).toBe(true);
  });

  it.each(fixtures)('compiles %s to the same JSON every time, whatever the order of the steps', (_, definition) => {
    const reordered = { ...definition, steps: Object.fromEntries(Object.entries(definition.steps).reverse()) };

    const first = JSON.stringify(compileJourney(definition, target));
    const again = JSON.stringify(compileJourney(definition, target));
    const fromReordered = JSON.stringify(compileJourney(reordered, target));

    expect(again).toBe(first);
    expect(fromReordered).toBe(first);
  });

  it.each(fixtures)('uses JSONPath only in %s', (_, definition) => {
    const text = JSON.stringify(compileJourney(definition, target));

    expect(text).not.toContain('QueryLanguage');
    expect(text).not.toContain('{%');
  });

  it.each(fixtures)('gives every task of %s retries and a catch to a failure that records no data', (_, definition) => {
    const asl = compileJourney(definition, target);

    for (const [name, task] of tasksOf(asl)) {
      expect([name, task.Retry.length > 0]).toEqual([name, true]);
      expect([name, task.Catch.at(-1)]).toEqual([
        name,
        { ErrorEquals: ['States.ALL'], ResultPath: null, Next: FAILED_STATE },
      ]);
    }
    expect(asl.States[FAILED_STATE]).toEqual({ Type: 'Fail', Error: 'JourneyStepFailed', Cause: expect.any(String) });
  });

  it.each(fixtures)('builds the parameters of %s from ids and static configuration only', (_, definition) => {
    const asl = compileJourney(definition, target);
    const paths = Object.values(asl.States).flatMap((s) => ('Parameters' in s ? dynamicPaths(s.Parameters) : []));

    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((path) => !pathIsIdsOnly(path))).toEqual([]);
  });

  it.each(fixtures)('keeps named fields of each result in %s, a send answer too', (_, definition) => {
    const asl = compileJourney(definition, target);

    for (const [name, task] of tasksOf(asl)) {
      const kept = Object.values(task.ResultSelector ?? {});
      expect([name, task.ResultPath === null || kept.length > 0]).toEqual([name, true]);
      for (const path of kept.filter((value) => typeof value === 'string')) {
        expect([name, path]).toEqual([name, expect.stringMatching(/^\$\.(Payload\.[a-z][A-Za-z]*|Count|Items)$/)]);
      }
    }
  });

  it('rejects a guard that would let the PHI check pass anything', () => {
    expect(pathIsIdsOnly('$.patient.name')).toBe(false);
    expect(pathIsIdsOnly("States.Format('{}', $.contact.email)")).toBe(false);
    expect(pathIsIdsOnly("States.Format('PATIENT#{}', $.patientId)")).toBe(true);
  });

  it('names states after the steps they come from', () => {
    const asl = compileJourney(reminders, target);

    expect(Object.keys(asl.States)).toEqual([
      'Resolve wait before-72h',
      'Wait before-72h',
      'Send email-72h',
      'After email-72h?',
      'Wait deferral email-72h',
      'Resolve wait before-24h',
      'Wait before-24h',
      'Send sms-24h',
      'After sms-24h?',
      'Wait deferral sms-24h',
      'Resolve wait before-2h',
      'Wait before-2h',
      'Send sms-2h',
      'After sms-2h?',
      'Wait deferral sms-2h',
      'Exit done',
      EXITED_STATE,
      FAILED_STATE,
    ]);
    expect(asl.StartAt).toBe('Resolve wait before-72h');
  });

  it('counts the states of each fixture', () => {
    expect(Object.keys(compileJourney(reminders, target).States)).toHaveLength(18);
    expect(Object.keys(compileJourney(everyStep, target).States)).toHaveLength(23);
  });

  it('runs appointment reminders in at most 13 state transitions when nothing is deferred', () => {
    const asl = compileJourney(reminders, target);

    expect(happyPath(asl)).toEqual([
      'Resolve wait before-72h',
      'Wait before-72h',
      'Send email-72h',
      'After email-72h?',
      'Resolve wait before-24h',
      'Wait before-24h',
      'Send sms-24h',
      'After sms-24h?',
      'Resolve wait before-2h',
      'Wait before-2h',
      'Send sms-2h',
      'After sms-2h?',
      'Exit done',
    ]);
    expect(stateTransitionsOnHappyPath(asl)).toBeLessThanOrEqual(13);
  });

  describe('send', () => {
    it('passes a SendRequest naming the execution and the step, with the exit check it runs first', () => {
      const asl = compileJourney(reminders, target);
      const send = state(asl, 'Send sms-24h', 'Task');
      const input = {
        patientId: 'p-1',
        journeyId: 'appointment-reminders',
        journeyVersion: 3,
        executionId: 'ignored',
        triggeringResource: { resourceType: 'Appointment', id: 'a-1' },
      };

      const payload = resolve(send.Parameters.Payload, input, {
        'Execution.Name': 'exec-1',
        'Execution.StartTime': '2026-11-25T17:00:00Z',
      }) as { request: unknown };

      expect(send.Resource).toBe('arn:aws:states:::lambda:invoke');
      expect(send.Parameters.FunctionName).toBe(target.functions.sendMessage);
      expect(payload).toEqual({
        request: expect.any(Object),
        exitWhen: reminders.exitWhen,
        enrolledAt: '2026-11-25T17:00:00Z',
      });
      expect(payload.request).toEqual({
        patientId: 'p-1',
        cause: {
          kind: 'journey',
          journeyId: 'appointment-reminders',
          journeyVersion: 3,
          executionId: 'exec-1',
          stepId: 'sms-24h',
        },
        templateId: 'appointment-reminder',
        intent: { topic: 'appointment-reminders', channels: ['sms', 'email'], fallback: true, quietHours: 'defer' },
        triggeringResource: { resourceType: 'Appointment', id: 'a-1' },
      });
      expect(createAjv().validate(sendRequestSchema, payload.request)).toBe(true);
    });

    it('pins the template version the journey version was published with', () => {
      const asl = compileJourney(reminders, { ...target, templateVersions: { 'appointment-reminder': 4 } });

      expect(state(asl, 'Send sms-2h', 'Task').Parameters.Payload).toMatchObject({ request: { templateVersion: 4 } });
      expect(state(asl, 'Send email-72h', 'Task').Parameters.Payload).not.toHaveProperty('request.templateVersion');
    });

    it('leaves the triggering resource out when the entry has none', () => {
      const asl = compileJourney(everyStep, target);

      expect(JSON.stringify(asl)).not.toContain('triggeringResource');
    });

    it('keeps only the outcome, the message id and the deferral instant of the answer', () => {
      const asl = compileJourney(reminders, target);

      expect(state(asl, 'Send email-72h', 'Task')).toMatchObject({
        ResultSelector: {
          'outcome.$': '$.Payload.outcome',
          'messageId.$': '$.Payload.messageId',
          'until.$': '$.Payload.until',
        },
        ResultPath: '$.steps.email_72h',
        Next: 'After email-72h?',
      });
      expect(state(asl, 'After email-72h?', 'Choice').Default).toBe('Resolve wait before-24h');
    });

    it('retries transient send faults for more than five minutes', () => {
      const send = state(compileJourney(reminders, target), 'Send email-72h', 'Task');
      const retrier = send.Retry.find((r) => r.ErrorEquals.includes('TransientSendError'));

      expect(retrier?.ErrorEquals).toContain('MessageInFlightError');
      const { IntervalSeconds = 0, BackoffRate = 1, MaxAttempts = 0 } = retrier ?? {};
      const spanned = Array.from({ length: MaxAttempts }, (_, i) => IntervalSeconds * BackoffRate ** i);
      expect(spanned.reduce((a, b) => a + b, 0)).toBeGreaterThan(300);
    });

    it('waits until a deferred message is due, then runs the same step again, exit check first', () => {
      const asl = compileJourney(reminders, target);

      expect(state(asl, 'After email-72h?', 'Choice')).toEqual({
        Type: 'Choice',
        Choices: [
          { Variable: '$.steps.email_72h.outcome', StringEquals: 'exited', Next: EXITED_STATE },
          {
            And: [
              { Variable: '$.steps.email_72h.outcome', StringEquals: 'deferred' },
              { Variable: '$.steps.email_72h.until', IsString: true },
            ],
            Next: 'Wait deferral email-72h',
          },
        ],
        Default: 'Resolve wait before-24h',
      });
      expect(state(asl, 'Wait deferral email-72h', 'Wait')).toEqual({
        Type: 'Wait',
        TimestampPath: '$.steps.email_72h.until',
        Next: 'Send email-72h',
      });
      expect(state(asl, 'Send email-72h', 'Task').Parameters.Payload).toMatchObject({ exitWhen: reminders.exitWhen });
    });

    it('checks the exit criteria in each send step and ends the execution when one is met', () => {
      const asl = compileJourney(reminders, target);
      const send = state(asl, 'Send sms-2h', 'Task');

      expect(send.Parameters.FunctionName).toBe(target.functions.sendMessage);
      expect(send.Parameters.Payload).toMatchObject({
        request: { cause: { stepId: 'sms-2h' } },
        exitWhen: reminders.exitWhen,
        'enrolledAt.$': '$$.Execution.StartTime',
      });
      expect(state(asl, 'After sms-2h?', 'Choice').Choices[0]).toEqual({
        Variable: '$.steps.sms_2h.outcome',
        StringEquals: 'exited',
        Next: EXITED_STATE,
      });
      expect(asl.States[EXITED_STATE]).toMatchObject({ Type: 'Succeed' });
    });

    it('sends without an exit check when the journey has no exit criteria', () => {
      const asl = compileJourney(everyStep, target);

      expect(asl.StartAt).toBe('Send welcome');
      expect(Object.keys(asl.States).filter((name) => name.startsWith('Check exit'))).toEqual([]);
      expect(state(asl, 'Send welcome', 'Task').Parameters.Payload).not.toHaveProperty('exitWhen');
      expect(state(asl, 'After welcome?', 'Choice').Choices).toHaveLength(1);
      expect(asl.States[EXITED_STATE]).toBeUndefined();
    });
  });

  describe('run by aws-local-stepfunctions', () => {
    const past = '2020-01-01T00:00:00Z';
    const due = { at: past, seconds: 1, moment: 'due', resolvedAt: past };
    /** Every resource wait resolves to a passed instant and its registration answers `JourneyWaitDue` at once. */
    const resourceWaitsDue = {
      'Resolve wait ': () => async () => due,
      'Wait before-': () => async () => {
        throw new StatesError('JourneyWaitDue', 'due');
      },
    };
    const input = {
      journeyId: 'appointment-reminders',
      journeyVersion: 3,
      patientId: 'p-1',
      executionId: 'e-1',
      triggeringResource: { resourceType: 'Appointment', id: 'a-1' },
    };

    it('sends each reminder once, and a deferred one again with the same request', async () => {
      const sends: unknown[] = [];
      let deferOnce = true;
      const sendStep = async (payload: unknown) => {
        sends.push(payload);
        const stepId = (payload as { request: { cause: { stepId: string } } }).request.cause.stepId;
        if (stepId === 'sms-24h' && deferOnce) {
          deferOnce = false;
          return { messageId: `m-${stepId}`, outcome: 'deferred', until: past };
        }
        return { messageId: `m-${stepId}`, outcome: 'sent', until: null };
      };
      const tasks = tasksByPrefix(compileJourney(reminders, target), {
        'Send ': () => sendStep,
        ...resourceWaitsDue,
      });

      const output = (await run(compileJourney(reminders, target), input, tasks)) as {
        steps: Record<string, unknown>;
      };

      const stepIds = sends.map(
        (payload) => (payload as { request: { cause: { stepId: string } } }).request.cause.stepId,
      );
      expect(stepIds).toEqual(['email-72h', 'sms-24h', 'sms-24h', 'sms-2h']);
      expect(sends[2]).toEqual(sends[1]);
      expect(output.steps.sms_2h).toEqual({ outcome: 'sent', messageId: 'm-sms-2h', until: null });
    });

    it('resolves again when the resource changes while it waits, and sends when the new instant comes', async () => {
      const resolved: string[] = [];
      let changedOnce = false;
      const tasks = tasksByPrefix(compileJourney(reminders, target), {
        'Send ': () => async () => ({ messageId: 'm', outcome: 'sent', until: null }),
        'Resolve wait ': (name) => async () => {
          resolved.push(name);
          return due;
        },
        'Wait before-': (name) => async () => {
          if (name === 'Wait before-72h' && !changedOnce) {
            changedOnce = true;
            return { received: true };
          }
          throw new StatesError('States.Timeout', 'the instant came');
        },
      });

      await run(compileJourney(reminders, target), input, tasks);

      expect(resolved).toEqual([
        'Resolve wait before-72h',
        'Resolve wait before-72h',
        'Resolve wait before-24h',
        'Resolve wait before-2h',
      ]);
    });

    it('skips the send after a wait whose resource time has come, and sends nothing for a begun appointment', async () => {
      const sent: unknown[] = [];
      const tasks = tasksByPrefix(compileJourney(reminders, target), {
        'Send ': () => async (payload: unknown) => {
          sent.push(payload);
          return { messageId: 'm', outcome: 'sent', until: null };
        },
        'Resolve wait ': () => async () => ({ ...due, moment: 'gone' }),
        'Wait before-': () => async () => {
          throw new StatesError('JourneyMomentPassed', 'the appointment has begun');
        },
      });

      const output = (await run(compileJourney(reminders, target), input, tasks)) as { steps: Record<string, unknown> };

      expect(sent).toEqual([]);
      expect(Object.keys(output.steps).sort()).toEqual(['before_24h', 'before_2h', 'before_72h']);
    });

    it('stops at a send step that finds an exit criterion met', async () => {
      const sent: unknown[] = [];
      const send = (name: string) => async (payload: unknown) => {
        if (name.endsWith('sms-24h')) return { messageId: null, outcome: 'exited', until: null };
        sent.push(payload);
        return { messageId: 'm', outcome: 'sent', until: null };
      };
      const tasks = tasksByPrefix(compileJourney(reminders, target), {
        'Send ': send,
        ...resourceWaitsDue,
      });

      const output = (await run(compileJourney(reminders, target), input, tasks)) as {
        steps: Record<string, unknown>;
      };

      expect(sent).toHaveLength(1);
      expect(output.steps.sms_24h).toEqual({ outcome: 'exited', messageId: null, until: null });
      expect(output.steps).not.toHaveProperty('sms_2h');
    });
  });

  describe('wait', () => {
    it('waits a duration in seconds', () => {
      expect(state(compileJourney(everyStep, target), 'Wait pause', 'Wait')).toEqual({
        Type: 'Wait',
        Seconds: 26 * 3600,
        Next: 'Resolve wait morning',
      });
    });

    it('resolves a resource time with its offset, then waits for a change of the resource or the instant', () => {
      const asl = compileJourney(reminders, target);
      const resolveTask = state(asl, 'Resolve wait before-24h', 'Task');
      const waitTask = state(asl, 'Wait before-24h', 'Task');

      expect(resolveTask.Parameters.FunctionName).toBe(target.functions.resolveWaitTime);
      expect(resolveTask.Parameters.Payload).toMatchObject({
        resourceTime: { field: 'start', offsetSeconds: -24 * 3600 },
        'triggeringResource.$': '$.triggeringResource',
      });
      expect(resolveTask.ResultSelector).toEqual({
        'at.$': '$.Payload.at',
        'seconds.$': '$.Payload.seconds',
        'moment.$': '$.Payload.moment',
        'resolvedAt.$': '$.Payload.resolvedAt',
      });
      expect(resolveTask.Next).toBe('Wait before-24h');
      expect(waitTask.Resource).toBe('arn:aws:states:::lambda:invoke.waitForTaskToken');
      expect(waitTask.Parameters.FunctionName).toBe(target.functions.registerWait);
      expect(waitTask.Parameters.Payload).toMatchObject({
        'taskToken.$': '$$.Task.Token',
        event: { fhirChange: { resourceType: 'Appointment', sameResource: true } },
        'expiresInSeconds.$': '$.steps.before_24h.seconds',
        'stepStartedAt.$': '$.steps.before_24h.resolvedAt',
        'resourceMoment.$': '$.steps.before_24h.moment',
      });
      expect(waitTask.TimeoutSecondsPath).toBe('$.steps.before_24h.seconds');
      expect(waitTask.ResultPath).toBeNull();
      // A change of the resource resolves the instant again.
      expect(waitTask.Next).toBe('Resolve wait before-24h');
      expect(waitTask.Catch).toEqual([
        { ErrorEquals: ['States.Timeout', 'JourneyWaitDue'], ResultPath: null, Next: 'Send sms-24h' },
        // The appointment has begun: the text for the moment that has gone is skipped.
        { ErrorEquals: ['JourneyMomentPassed'], ResultPath: null, Next: 'Resolve wait before-2h' },
        { ErrorEquals: ['States.ALL'], ResultPath: null, Next: FAILED_STATE },
      ]);
    });

    it('keeps a plain Wait on the resolved instant for a local time of day', () => {
      const asl = compileJourney(everyStep, target);

      expect(state(asl, 'Wait morning', 'Wait')).toMatchObject({ TimestampPath: '$.steps.morning.at' });
    });

    it('resolves the next local time of day', () => {
      const payload = state(compileJourney(everyStep, target), 'Resolve wait morning', 'Task').Parameters.Payload;

      expect(payload).toMatchObject({ localTime: '09:30', stepId: 'morning' });
    });
  });

  describe('wait for event', () => {
    it('registers a callback token and branches on receipt or time-out', () => {
      const task = state(compileJourney(everyStep, target), 'Wait for event replied', 'Task');

      expect(task.Resource).toBe('arn:aws:states:::lambda:invoke.waitForTaskToken');
      expect(task.Parameters.Payload).toMatchObject({
        'taskToken.$': '$$.Task.Token',
        event: { reply: 'appointment-confirmed' },
        expiresInSeconds: 7 * 86400,
        'stepStartedAt.$': '$$.State.EnteredTime',
      });
      expect(task.TimeoutSeconds).toBe(7 * 86400);
      expect(task.Next).toBe('Read segment in-segment');
      expect(task.Catch[0]).toEqual({
        ErrorEquals: ['States.Timeout'],
        ResultPath: null,
        Next: 'Create activity call',
      });
      expect(task.Retry.flatMap((r) => r.ErrorEquals)).not.toContain('States.Timeout');
    });
  });

  describe('branch', () => {
    it('reads segment membership straight from the patients table', () => {
      const asl = compileJourney(everyStep, target);
      const read = state(asl, 'Read segment in-segment', 'Task');

      expect(read.Resource).toBe('arn:aws:states:::aws-sdk:dynamodb:query');
      expect(read.Parameters).toMatchObject({
        TableName: 'Patients',
        KeyConditionExpression: 'pk = :pk AND sk = :sk',
        ExpressionAttributeValues: {
          ':pk': { 'S.$': "States.Format('PATIENT#{}', $.patientId)" },
          ':sk': { S: 'SEGMENT#diabetes-care-gap' },
        },
        Select: 'COUNT',
      });
      expect(read.ResultSelector).toEqual({ 'members.$': '$.Count' });
      expect(state(asl, 'Branch in-segment?', 'Choice')).toEqual({
        Type: 'Choice',
        Choices: [{ Variable: '$.steps.in_segment.members', NumericGreaterThan: 0, Next: 'Read attribute prefers' }],
        Default: 'Exit done',
      });
    });

    it('uses the key format of the patient store', () => {
      expect(`${SEGMENT_SK_PREFIX}diabetes-care-gap`).toBe(membershipSk('diabetes-care-gap'));
      expect(patientPk('p-1')).toBe('PATIENT#p-1');
    });

    it.each([
      ['prefers', 'preferredLanguage', 'S', { StringEquals: 'fr' }],
      ['visits', 'visitCount', 'N', { StringEquals: '3' }],
      ['opted', 'portalUser', 'BOOL', { BooleanEquals: true }],
    ])('compares the %s attribute by the type of its literal', (id, name, type, test) => {
      const asl = compileJourney(everyStep, target);
      const read = state(asl, `Read attribute ${id}`, 'Task');
      const choice = state(asl, `Branch ${id}?`, 'Choice');

      expect(read.Parameters).toMatchObject({ ExpressionAttributeValues: { ':sk': { S: `ATTRIBUTE#${name}` } } });
      expect(read.ResultSelector).toEqual({ 'count.$': '$.Count', 'items.$': '$.Items' });
      expect(choice.Choices.map((rule) => rule.Next)).toEqual(['Exit done', 'Exit done', expect.any(String)]);
      expect(choice.Choices[1]).toMatchObject({ Not: { Variable: `$.steps.${id}.items[0].value.${type}` } });
      expect(choice.Choices[2]).toMatchObject({ Variable: `$.steps.${id}.items[0].value.${type}`, ...test });
    });

    it('evaluates a condition on the triggering resource with a function', () => {
      const task = state(compileJourney(everyStep, target), 'Evaluate condition still-due', 'Task');

      expect(task.Parameters.FunctionName).toBe(target.functions.evaluateCondition);
      expect(task.Parameters.Payload).toMatchObject({ condition: "%current.status = 'booked'" });
    });

    it('splits at random into consecutive ranges of 0–99', () => {
      const asl = compileJourney(everyStep, target);

      expect(state(asl, 'Roll split', 'Pass').Parameters).toEqual({ 'roll.$': 'States.MathRandom(0, 100)' });
      expect(state(asl, 'Branch split?', 'Choice')).toEqual({
        Type: 'Choice',
        Choices: [
          { Variable: '$.steps.split.roll', NumericLessThan: 20, Next: 'Update attribute mark' },
          { Variable: '$.steps.split.roll', NumericLessThan: 50, Next: 'Create activity call' },
        ],
        Default: 'Exit done',
      });
    });
  });

  it('passes activities and attribute updates as static configuration', () => {
    const asl = compileJourney(everyStep, target);

    expect(state(asl, 'Create activity call', 'Task').Parameters.Payload).toMatchObject({
      activity: { assignTo: 'care-team', dueIn: 'P2D', kind: 'follow-up-call', title: 'Call the patient' },
    });
    expect(state(asl, 'Update attribute mark', 'Task').Parameters.Payload).toMatchObject({
      attribute: { name: 'welcomed', value: true },
    });
  });

  describe.each(JOURNEY_CATALOG.map((journey) => [journey.id, journey] as const))(
    'catalog journey %s',
    (id, journey) => {
      it('compiles to valid ASL whose parameters carry ids and static configuration only', () => {
        const asl = compileJourney(journey, target);

        const { isValid, errors } = aslValidator(asl as never, { checkArn: false, checkPaths: true });
        const paths = Object.values(asl.States).flatMap((s) => ('Parameters' in s ? dynamicPaths(s.Parameters) : []));

        expect(errors).toEqual([]);
        expect(isValid).toBe(true);
        expect(paths.filter((path) => !pathIsIdsOnly(path))).toEqual([]);
      });

      it('has a happy path that ends', () => {
        const transitions = stateTransitionsOnHappyPath(compileJourney(journey, target));

        expect(transitions).toBeGreaterThan(0);
        if (id === 'appointment-reminders') expect(transitions).toBeLessThanOrEqual(10);
      });
    },
  );

  it('refuses a step that points at no step', () => {
    const broken: JourneyDefinition = {
      ...everyStep,
      steps: { ...everyStep.steps, mark: { type: 'update-attribute', name: 'welcomed', value: true, next: 'nowhere' } },
    };

    expect(() => compileJourney(broken, target)).toThrow(JourneyCompileError);
  });
});

/** Fills a Parameters template the way Step Functions does, for the reference paths the compiler writes. */
function resolve(template: JsonValue | undefined, input: unknown, context: Record<string, string>): unknown {
  if (Array.isArray(template)) return template.map((item) => resolve(item, input, context));
  if (template === null || typeof template !== 'object') return template;
  return Object.fromEntries(
    Object.entries(template).map(([key, value]) => {
      if (!key.endsWith('.$')) return [key, resolve(value as JsonValue, input, context)];
      const path = String(value);
      if (path.startsWith('$$.')) return [key.slice(0, -2), context[path.slice(3)]];
      const found = path
        .slice(2)
        .split('.')
        .reduce<unknown>((node, field) => (node as Record<string, unknown>)[field], input);
      return [key.slice(0, -2), found];
    }),
  );
}

/** A local handler for each Task state whose name starts with one of the prefixes. */
function tasksByPrefix(
  asl: StateMachineDefinition,
  byPrefix: Record<string, (stateName: string) => LocalTask>,
): Record<string, LocalTask> {
  const tasks: Record<string, LocalTask> = {};
  for (const name of Object.keys(asl.States)) {
    const prefix = Object.keys(byPrefix).find((p) => name.startsWith(p));
    const make = prefix === undefined ? undefined : byPrefix[prefix];
    if (make) tasks[name] = make(name);
  }
  return tasks;
}

/** Runs compiled ASL with aws-local-stepfunctions, as the local stack does, with `$$.Execution.Name` set. */
function run(asl: StateMachineDefinition, input: unknown, tasks: Record<string, LocalTask>): Promise<unknown> {
  // The interpreter issues no task tokens and times nothing out: a callback task's handler answers for both here.
  const withToken = JSON.stringify(asl)
    .replaceAll('"taskToken.$":"$$.Task.Token"', '"taskToken":"unit-token"')
    .replaceAll(/"TimeoutSecondsPath":"[^"]*"/g, '"TimeoutSeconds":1000000');
  return runStateMachine(JSON.parse(withToken) as Record<string, unknown>, input, tasks, 'exec-1');
}

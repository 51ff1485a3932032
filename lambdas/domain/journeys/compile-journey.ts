import type { AslState, ChoiceRule, JsonObject, StateMachineDefinition } from './asl-types';
import { compileBranch } from './compile-branch';
import { compileResourceWait } from './compile-resource-wait';
import type { JourneyDefinition, JourneyStep, SendStep, WaitForEventStep, WaitStep } from './definition-schema';
import { stepEdges } from './journey-graph';
import {
  type CompileTarget,
  type Context,
  canonical,
  EXITED_STATE,
  entryStateName,
  FAILED_STATE,
  idsPayload,
  JourneyCompileError,
  LAMBDA_CALLBACK,
  LAMBDA_RETRY,
  LAMBDA_SERVICE_ERRORS,
  lambdaTask,
  next,
  requireValue,
  resultPath,
  SEND_RETRY,
  type States,
  seconds,
  stepOf,
  TO_FAILURE,
} from './journey-states';

export { ATTRIBUTE_SK_PREFIX, PATIENT_PK_FORMAT, SEGMENT_SK_PREFIX } from './compile-branch';
export {
  type CompileTarget,
  EXITED_STATE,
  entryStateName,
  FAILED_STATE,
  JourneyCompileError,
  type JourneyFunctions,
  resultPath,
} from './journey-states';

/**
 * Compiles a journey version to Amazon States Language (JSONPath only). The output is a plain JSON object:
 * ARNs and the table name come in through the target (CDK tokens at synth time), so this stays pure.
 *
 * Execution input carries ids only: `{ journeyId, journeyVersion, patientId, executionId, entryKey?,
 * triggeringResource? }`. Journey id and version are compiled in as constants (the state machine version is
 * the journey version), and the execution id is `$$.Execution.Name`, so Parameters read only `$.patientId`
 * and, for FHIR-triggered journeys, `$.triggeringResource`. Every result is narrowed by a `ResultSelector`
 * to ids, booleans, codes and instants under `$.steps.<step>`. The one exception is a send's answer (ids, codes
 * and instants by the `SendOutcome` contract), kept until its deferral is read and then narrowed by a Pass:
 * `until` is present only when deferred, and a ResultSelector path that finds nothing fails the execution.
 *
 * Exit criteria are checked by each send task before it sends (and again after a quiet-hours deferral): it
 * reads the patient's events since enrolment (`send-step.ts`), and a met criterion ends the execution in
 * `Exited`. That is what guarantees no message after an exit event; executions are also stopped when the event
 * arrives (`stop-on-exit.ts`). The check adds no state.
 */
export function compileJourney(definition: JourneyDefinition, target: CompileTarget): StateMachineDefinition {
  const steps = definition.steps as Readonly<Record<string, JourneyStep>>;
  const ctx: Context = {
    definition,
    target,
    steps,
    hasExitCheck: (definition.exitWhen?.length ?? 0) > 0,
    triggered: definition.entry.fhirTrigger !== undefined,
  };
  const states: States = [];
  for (const id of stepsInOrder(definition.start, steps)) states.push(...compileStep(ctx, id, stepOf(steps, id)));

  const referenced = new Set(states.flatMap(([, state]) => targetsOf(state)));
  if (referenced.has(EXITED_STATE)) {
    states.push([EXITED_STATE, { Type: 'Succeed', Comment: 'An exit criterion was met before a send.' }]);
  }
  if (referenced.has(FAILED_STATE)) {
    states.push([
      FAILED_STATE,
      {
        Type: 'Fail',
        Error: 'JourneyStepFailed',
        Cause: 'A step failed after its retries; the execution history names the step.',
      },
    ]);
  }
  return {
    Comment: `Journey ${definition.id} version ${target.journeyVersion} (compiled; ids only in state).`,
    StartAt: entryStateName(definition.start, stepOf(steps, definition.start)),
    States: Object.fromEntries(states),
  };
}

/** Breadth first from start along each step's edges in their fixed order: independent of the key order of `steps`. */
function stepsInOrder(start: string, steps: Readonly<Record<string, JourneyStep>>): string[] {
  const order = [start];
  const seen = new Set(order);
  for (let i = 0; i < order.length; i++) {
    const id = order[i] as string;
    for (const edge of stepEdges(id, stepOf(steps, id))) {
      if (seen.has(edge.to)) continue;
      seen.add(edge.to);
      order.push(edge.to);
    }
  }
  return order;
}

function targetsOf(state: AslState): string[] {
  const targets: string[] = [];
  if ('Next' in state) targets.push(state.Next);
  if (state.Type === 'Choice') targets.push(state.Default, ...state.Choices.map((rule) => String(rule.Next)));
  if (state.Type === 'Task') targets.push(...state.Catch.map((c) => c.Next));
  return targets;
}

function compileStep(ctx: Context, id: string, step: JourneyStep): States {
  switch (step.type) {
    case 'send':
      return compileSend(ctx, id, step);
    case 'wait':
      return compileWait(ctx, id, step);
    case 'wait-for-event':
      return compileWaitForEvent(ctx, id, step);
    case 'branch':
      return compileBranch(ctx, id, step);
    case 'create-activity':
      return [
        [
          entryStateName(id, step),
          lambdaTask(ctx.target.functions.createActivity, {
            payload: { ...idsPayload(ctx, id), activity: canonical(step.activity) },
            resultPath: null,
            next: next(ctx, step.next),
          }),
        ],
      ];
    case 'update-attribute':
      return [
        [
          entryStateName(id, step),
          lambdaTask(ctx.target.functions.updateAttribute, {
            payload: { ...idsPayload(ctx, id), attribute: { name: step.name, value: step.value } },
            resultPath: null,
            next: next(ctx, step.next),
          }),
        ],
      ];
    case 'exit':
      return [[entryStateName(id, step), { Type: 'Succeed' }]];
  }
}

function compileSend(ctx: Context, id: string, step: SendStep): States {
  const send = `Send ${id}`;
  const decided = `After ${id}?`;
  const waitDeferral = `Wait deferral ${id}`;
  const at = resultPath(id);
  const templateVersion = ctx.target.templateVersions?.[step.template];
  const request: JsonObject = {
    'patientId.$': '$.patientId',
    cause: {
      kind: 'journey',
      journeyId: ctx.definition.id,
      journeyVersion: ctx.target.journeyVersion,
      'executionId.$': '$$.Execution.Name',
      stepId: id,
    },
    templateId: step.template,
    ...(templateVersion !== undefined ? { templateVersion } : {}),
    intent: {
      topic: step.topic,
      channels: [...step.channels],
      fallback: step.fallback ?? false,
      quietHours: step.quietHours ?? 'defer',
    },
    ...(ctx.triggered ? { 'triggeringResource.$': '$.triggeringResource' } : {}),
  };
  const exitCheck: JsonObject = ctx.hasExitCheck
    ? { exitWhen: canonical(ctx.definition.exitWhen ?? []), 'enrolledAt.$': '$$.Execution.StartTime' }
    : {};
  const choices: ChoiceRule[] = [
    ...(ctx.hasExitCheck ? [{ Variable: `${at}.outcome`, StringEquals: 'exited', Next: EXITED_STATE }] : []),
    {
      And: [
        { Variable: `${at}.outcome`, StringEquals: 'deferred' },
        { Variable: `${at}.until`, IsString: true },
      ],
      Next: waitDeferral,
    },
  ];
  return [
    [
      send,
      lambdaTask(ctx.target.functions.sendMessage, {
        payload: { request, ...exitCheck },
        // The answer's three fields are always there (null when they do not apply): no Pass needed to narrow it.
        resultSelector: {
          'outcome.$': '$.Payload.outcome',
          'messageId.$': '$.Payload.messageId',
          'until.$': '$.Payload.until',
        },
        resultPath: at,
        next: decided,
        retry: [SEND_RETRY],
      }),
    ],
    [decided, { Type: 'Choice', Choices: choices, Default: next(ctx, step.next) }],
    // The same input again: the message id is derived from (execution, step), so it stays the same message, and
    // the exit criteria are checked again first: the patient may have cancelled while the message waited for morning.
    [waitDeferral, { Type: 'Wait', TimestampPath: `${at}.until`, Next: send }],
  ];
}

function compileWait(ctx: Context, id: string, step: WaitStep): States {
  const after = next(ctx, step.next);
  const wait = `Wait ${id}`;
  if (step.duration !== undefined) {
    return [[wait, { Type: 'Wait', Seconds: seconds(id, step.duration), Next: after }]];
  }
  if (step.untilResourceTime !== undefined) return compileResourceWait(ctx, id, step);
  const at = resultPath(id);
  const until: JsonObject = { localTime: requireValue(id, 'untilLocalTime', step.untilLocalTime) };
  // No Choice on `passed`: a Wait whose timestamp has passed goes on at once, which saves a transition.
  return [
    [
      `Resolve wait ${id}`,
      lambdaTask(ctx.target.functions.resolveWaitTime, {
        payload: { ...idsPayload(ctx, id), ...until },
        resultSelector: { 'at.$': '$.Payload.at' },
        resultPath: at,
        next: wait,
      }),
    ],
    [wait, { Type: 'Wait', TimestampPath: `${at}.at`, Next: after }],
  ];
}

function compileWaitForEvent(ctx: Context, id: string, step: WaitForEventStep): States {
  const timeout = seconds(id, step.timeout);
  return [
    [
      `Wait for event ${id}`,
      {
        Type: 'Task',
        Resource: LAMBDA_CALLBACK,
        Parameters: {
          FunctionName: ctx.target.functions.registerWait,
          Payload: {
            'taskToken.$': '$$.Task.Token',
            ...idsPayload(ctx, id),
            event: canonical(step.event),
            expiresInSeconds: timeout,
            // The event log is read from here: an event between the step's start and the registration still counts.
            'stepStartedAt.$': '$$.State.EnteredTime',
          },
        },
        ResultSelector: { received: true },
        ResultPath: resultPath(id),
        TimeoutSeconds: timeout,
        // Only the registration call is retried: a time-out is the step's answer, not a fault.
        Retry: [{ ...LAMBDA_RETRY, ErrorEquals: LAMBDA_SERVICE_ERRORS }],
        Catch: [{ ErrorEquals: ['States.Timeout'], ResultPath: null, Next: next(ctx, step.next.timedOut) }, TO_FAILURE],
        Next: next(ctx, step.next.received),
      },
    ],
  ];
}

/**
 * The states an execution enters when nothing unusual happens: every Choice takes its Default (not deferred,
 * no exit, the false or last arm of a branch), every Task its Next, except a wait until a resource time, whose
 * resource does not change: its time-out. The count is the cost driver on AWS (state transitions per patient).
 */
export function happyPath(asl: StateMachineDefinition): string[] {
  const path: string[] = [];
  let name: string | undefined = asl.StartAt;
  while (name !== undefined) {
    if (path.includes(name)) throw new JourneyCompileError(`the happy path loops at "${name}"`);
    const state: AslState | undefined = asl.States[name];
    if (state === undefined) throw new JourneyCompileError(`no state "${name}"`);
    path.push(name);
    name = state.Type === 'Choice' ? state.Default : 'Next' in state ? state.Next : undefined;
    if (state.Type === 'Task' && state.TimeoutSecondsPath !== undefined) {
      name = state.Catch.find((c) => c.ErrorEquals.includes('States.Timeout'))?.Next;
    }
  }
  return path;
}

export function stateTransitionsOnHappyPath(asl: StateMachineDefinition): number {
  return happyPath(asl).length;
}

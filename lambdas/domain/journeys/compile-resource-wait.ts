import type { WaitStep } from './definition-schema';
import {
  type Context,
  idsPayload,
  JourneyCompileError,
  LAMBDA_CALLBACK,
  LAMBDA_RETRY,
  LAMBDA_SERVICE_ERRORS,
  lambdaTask,
  next,
  offset,
  resultPath,
  type States,
  stepOf,
  TO_FAILURE,
} from './journey-states';
import { RESOURCE_MOMENT_PASSED, RESOURCE_WAIT_DUE } from './waits/resource-wait-answers';

/**
 * A wait until a resource time that follows the resource while it waits: `Resolve wait <id>` reads the resource as
 * projected now and answers the instant, the seconds until it and its moment; `Wait <id>` is a callback task that
 * registers for a change of the triggering resource with those seconds as its time-out.
 *
 * - time-out: the instant has come → the next step (two transitions, as a plain Wait);
 * - the resource changed (moved, or any other update): the token succeeds → `Resolve wait <id>` again, so a later
 *   time waits longer and an earlier one wakes earlier (two transitions per change while waiting);
 * - `due` (the instant has passed: a late booking, or moved earlier than the mark): `JourneyWaitDue` → the next step
 *   at once;
 * - `gone` (the wait is before the resource's time and that time has come: a booking that arrives after the
 *   appointment began): `JourneyMomentPassed` → the step after the next when the next is a send, so its message
 *   for a moment that has gone is skipped.
 *
 * Waiting through a registration costs a Lambda invocation and a registration write per wait, no state.
 */
export function compileResourceWait(ctx: Context, id: string, step: WaitStep): States {
  const time = step.untilResourceTime;
  const resourceType = ctx.definition.entry.fhirTrigger?.resourceType;
  if (time === undefined || resourceType === undefined) {
    throw new JourneyCompileError(`step "${id}": a wait until a resource time needs a FHIR trigger`);
  }
  const resolve = `Resolve wait ${id}`;
  const at = resultPath(id);
  const after = next(ctx, step.next);
  return [
    [
      resolve,
      lambdaTask(ctx.target.functions.resolveWaitTime, {
        payload: {
          ...idsPayload(ctx, id),
          resourceTime: { field: time.field, offsetSeconds: offset(id, time.offset) },
        },
        resultSelector: {
          'at.$': '$.Payload.at',
          'seconds.$': '$.Payload.seconds',
          'moment.$': '$.Payload.moment',
          'resolvedAt.$': '$.Payload.resolvedAt',
        },
        resultPath: at,
        next: `Wait ${id}`,
      }),
    ],
    [
      `Wait ${id}`,
      {
        Type: 'Task',
        Resource: LAMBDA_CALLBACK,
        Parameters: {
          FunctionName: ctx.target.functions.registerWait,
          Payload: {
            'taskToken.$': '$$.Task.Token',
            ...idsPayload(ctx, id),
            event: { fhirChange: { resourceType, sameResource: true } },
            'expiresInSeconds.$': `${at}.seconds`,
            'stepStartedAt.$': `${at}.resolvedAt`,
            'resourceMoment.$': `${at}.moment`,
          },
        },
        ResultPath: null,
        TimeoutSecondsPath: `${at}.seconds`,
        Retry: [{ ...LAMBDA_RETRY, ErrorEquals: LAMBDA_SERVICE_ERRORS }],
        Catch: [
          { ErrorEquals: ['States.Timeout', RESOURCE_WAIT_DUE], ResultPath: null, Next: after },
          { ErrorEquals: [RESOURCE_MOMENT_PASSED], ResultPath: null, Next: skipTarget(ctx, step.next) },
          TO_FAILURE,
        ],
        Next: resolve,
      },
    ],
  ];
}

/** Where a wait whose moment has gone goes: past the send it leads to; past nothing else. */
function skipTarget(ctx: Context, stepId: string): string {
  const following = stepOf(ctx.steps, stepId);
  return following.type === 'send' ? next(ctx, following.next) : next(ctx, stepId);
}

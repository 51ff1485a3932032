import { stepIdsOf } from '../steps/step-input';
import { anyMatches, kindKeyOf } from './match-event';
import type { WaitDependencies, WaitRegistration } from './ports';
import { immediateResourceWaitAnswer, type ResourceWaitError } from './resource-wait-answers';
import { resumeRegistration } from './resume-registration';
import { parseRegisterWaitPayload } from './wait-input';

export type RegisterWaitResult =
  | { readonly registered: true; readonly resumed: boolean }
  | { readonly registered: false; readonly resumed: false; readonly answered: ResourceWaitError };

/**
 * Stores the step's callback token under the patient and the event kind it waits for, then resumes at once if
 * the event already happened since the step started.
 *
 * Why no event is missed: this function registers first and reads the log second; `resumeWaiting` appends to
 * the log first and reads the registrations second (both with consistent reads). If this log read does not see
 * an event, the event was appended after it, hence after the registration, so `resumeWaiting`'s later read of
 * the registrations finds this one. Both may see it: Step Functions accepts a token's success once and the
 * second answer comes back `closed`.
 *
 * A wait until a resource time (`resourceMoment`) waits the same way for a change of its resource, so that it
 * resolves again; one whose instant has passed (`due`) or whose resource time has come (`gone`) registers nothing
 * and ends its task with the error its Catch routes (go on; skip the next step).
 */
export async function registerWait(input: unknown, deps: WaitDependencies): Promise<RegisterWaitResult> {
  const payload = parseRegisterWaitPayload(input);
  const immediate = immediateResourceWaitAnswer(payload.resourceMoment);
  if (immediate !== null) {
    const outcome = await deps.resumer.fail(payload.taskToken, immediate, 'the resource time needs no wait');
    deps.logger.info('journey resource wait answered at once', { ...stepIdsOf(payload), immediate, outcome });
    return { registered: false, resumed: false, answered: immediate };
  }
  const now = deps.clock.now();
  const registration: WaitRegistration = {
    ...stepIdsOf(payload),
    kindKey: kindKeyOf(payload.event),
    event: payload.event,
    taskToken: payload.taskToken,
    registeredAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + payload.expiresInSeconds * 1000).toISOString(),
    ...(payload.triggeringResource ? { triggeringResource: payload.triggeringResource } : {}),
  };
  await deps.waits.register(registration);
  const ids = { ...stepIdsOf(payload), kindKey: registration.kindKey };
  deps.logger.info('journey wait registered', ids);

  const since = new Date(payload.stepStartedAt).toISOString();
  const read = await deps.eventLog.since(payload.patientId, since);
  // A resource wait resolved at `since` has seen every change logged then; only a later one moves its instant.
  const logged = payload.resourceMoment === undefined ? read : read.filter((event) => event.at > since);
  if (!(await anyMatches([payload.event], logged, registration, deps.conditions))) {
    return { registered: true, resumed: false };
  }
  await resumeRegistration(registration, deps);
  return { registered: true, resumed: true };
}

import { stepIdsOf } from '../steps/step-input';
import { anyMatches, kindKeyOf } from './match-event';
import type { WaitDependencies, WaitRegistration } from './ports';
import { resumeRegistration } from './resume-registration';
import { parseRegisterWaitPayload } from './wait-input';

export type RegisterWaitResult = { readonly registered: true; readonly resumed: boolean };

/**
 * Stores the step's callback token under the patient and the event kind it waits for, then resumes at once if
 * the event already happened since the step started.
 *
 * Why no event is missed: this function registers first and reads the log second; `resumeWaiting` appends to
 * the log first and reads the registrations second (both with consistent reads). If this log read does not see
 * an event, the event was appended after it, hence after the registration, so `resumeWaiting`'s later read of
 * the registrations finds this one. Both may see it: Step Functions accepts a token's success once and the
 * second answer comes back `closed`.
 */
export async function registerWait(input: unknown, deps: WaitDependencies): Promise<RegisterWaitResult> {
  const payload = parseRegisterWaitPayload(input);
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
  const logged = await deps.eventLog.since(payload.patientId, since);
  if (!(await anyMatches([payload.event], logged, registration, deps.conditions))) {
    return { registered: true, resumed: false };
  }
  await resumeRegistration(registration, deps);
  return { registered: true, resumed: true };
}

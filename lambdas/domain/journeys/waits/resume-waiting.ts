import { anyMatches, kindKey } from './match-event';
import type { LoggedEvent, PatientEvent, WaitDependencies } from './ports';
import { idsOf, resumeRegistration } from './resume-registration';

export interface ResumeWaitingResult {
  readonly resumed: number;
  readonly expired: number;
}

/** Logs a patient's event, then resumes every execution waiting for it: `resumeWaitingForEvents` of one. */
export function resumeWaiting(event: PatientEvent, deps: WaitDependencies): Promise<ResumeWaitingResult> {
  return resumeWaitingForEvents([event], deps);
}

/**
 * Logs what happened to one patient (the changes of one `Patient Facts Changed`, the segments of one membership
 * change), then resumes every execution waiting for any of it: one log write and one read of the registrations
 * for all of them. Appending before reading the registrations is what lets `registerWait` (register, then read
 * the log) and this function never both miss an event: see `register-wait.ts`. A registration past its expiry
 * (DynamoDB's TTL deletes lazily) is removed without resuming: its task has timed out.
 */
export async function resumeWaitingForEvents(
  events: readonly PatientEvent[],
  deps: WaitDependencies,
): Promise<ResumeWaitingResult> {
  const patientId = events[0]?.patientId;
  if (patientId === undefined) return { resumed: 0, expired: 0 };
  if (events.some((event) => event.patientId !== patientId)) {
    throw new Error('resumeWaitingForEvents takes the events of one patient');
  }
  const logged = events.map(({ patientId: _patientId, ...event }) => event satisfies LoggedEvent);
  await deps.eventLog.appendAll(patientId, logged);
  const kindKeys = [...new Set(logged.map((event) => kindKey(event.kind, event.key)))];
  const registrations = await deps.waits.waitingForAny(patientId, kindKeys);
  const now = deps.clock.now().toISOString();
  let resumed = 0;
  let expired = 0;
  for (const registration of registrations) {
    if (registration.expiresAt <= now) {
      await deps.waits.remove(registration);
      deps.logger.info('journey wait expired', idsOf(registration));
      expired++;
    } else if (await anyMatches([registration.event], logged, registration, deps.conditions)) {
      await resumeRegistration(registration, deps);
      resumed++;
    }
  }
  return { resumed, expired };
}

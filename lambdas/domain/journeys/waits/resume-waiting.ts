import { kindKey, matchesEvent } from './match-event';
import type { LoggedEvent, PatientEvent, WaitDeps } from './ports';
import { idsOf, resumeRegistration } from './resume-registration';

export interface ResumeWaitingResult {
  readonly resumed: number;
  readonly expired: number;
}

/**
 * Logs a patient's event, then resumes every execution waiting for it. Appending before reading the
 * registrations is what lets `registerWait` (register, then read the log) and this function never both miss
 * an event: see `register-wait.ts`. A registration past its expiry (DynamoDB's TTL deletes lazily) is removed
 * without resuming: its task has timed out.
 */
export async function resumeWaiting(event: PatientEvent, deps: WaitDeps): Promise<ResumeWaitingResult> {
  const { patientId, ...logged } = event;
  await deps.eventLog.append(patientId, logged satisfies LoggedEvent);
  const registrations = await deps.waits.waitingFor(patientId, kindKey(logged.kind, logged.key));
  const now = deps.now().toISOString();
  let resumed = 0;
  let expired = 0;
  for (const registration of registrations) {
    if (registration.expiresAt <= now) {
      await deps.waits.remove(registration);
      deps.logger.info('journey wait expired', idsOf(registration));
      expired++;
    } else if (await matchesEvent(registration.event, logged, registration, deps.conditions)) {
      await resumeRegistration(registration, deps);
      resumed++;
    }
  }
  return { resumed, expired };
}

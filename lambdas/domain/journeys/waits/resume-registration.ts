import type { WaitDependencies, WaitRegistration } from './ports';

/**
 * Sends the token's success, then removes the registration. In this order a failure between the two leaves the
 * registration for a retry, whose second success comes back `closed`: the execution resumes exactly once.
 */
export async function resumeRegistration(
  registration: WaitRegistration,
  deps: Pick<WaitDependencies, 'waits' | 'resumer' | 'logger'>,
): Promise<void> {
  const outcome = await deps.resumer.succeed(registration.taskToken, { received: true });
  await deps.waits.remove(registration);
  deps.logger.info(outcome === 'resumed' ? 'journey wait resumed' : 'journey wait already closed', idsOf(registration));
}

export function idsOf(registration: WaitRegistration) {
  const { patientId, journeyId, journeyVersion, executionId, stepId, kindKey } = registration;
  return { patientId, journeyId, journeyVersion, executionId, stepId, kindKey };
}

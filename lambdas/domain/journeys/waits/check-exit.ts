import { stepIdsOf } from '../steps/step-input';
import { anyMatches } from './match-event';
import type { WaitDependencies } from './ports';
import { parseCheckExitPayload } from './wait-input';

export type CheckExitDependencies = Pick<WaitDependencies, 'eventLog' | 'conditions' | 'logger'>;

/**
 * The exit check the compiled journey runs before each send: has any exit event happened to the patient since
 * the execution started? Exit criteria are checked before sends rather than stopping executions, so an event
 * needs no lookup of the executions it concerns.
 */
export async function checkExit(input: unknown, deps: CheckExitDependencies): Promise<{ exit: boolean }> {
  const payload = parseCheckExitPayload(input);
  if (payload.exitWhen.length === 0) return { exit: false };
  const logged = await deps.eventLog.since(payload.patientId, new Date(payload.enrolledAt).toISOString());
  const exit = await anyMatches(payload.exitWhen, logged, payload, deps.conditions);
  if (exit) deps.logger.info('journey exit criteria met', stepIdsOf(payload));
  return { exit };
}

import { stepIdsOf } from '../steps/step-input';
import { anyMatches } from './match-event';
import type { ChangeConditions, WaitDependencies } from './ports';
import { type CheckExitPayload, parseCheckExitPayload } from './wait-input';

export type CheckExitDependencies = Pick<WaitDependencies, 'eventLog' | 'conditions' | 'logger'>;

/** What the exit check needs when it evaluates no FHIR condition itself. */
export type ExitEventsDependencies = Pick<WaitDependencies, 'eventLog' | 'logger'>;

/**
 * The exit check the compiled journey runs before each send: has any exit event happened to the patient since
 * the execution started? Exit criteria are checked before sends rather than stopping executions, so an event
 * needs no lookup of the executions it concerns.
 */
export async function checkExit(input: unknown, deps: CheckExitDependencies): Promise<{ exit: boolean }> {
  const payload = parseCheckExitPayload(input);
  if (payload.exitWhen.length === 0) return { exit: false };
  const exit = await anyExitSince(payload, deps, deps.conditions);
  return { exit };
}

/**
 * The exit check without FHIRPath, for a function that should not carry it: `true` or `false` when the events
 * decide alone, `undecided` when an event matches a criterion but for its FHIR condition and no other criterion
 * is met, so only `checkExit` with the conditions can tell. A criterion met without a condition decides even
 * then: `checkExit` would answer the same.
 */
export async function checkExitWithoutConditions(
  payload: CheckExitPayload,
  deps: ExitEventsDependencies,
): Promise<boolean | 'undecided'> {
  if (payload.exitWhen.length === 0) return false;
  let conditionAsked = false;
  const unanswered: ChangeConditions = {
    matches: async () => {
      conditionAsked = true;
      return false;
    },
  };
  if (await anyExitSince(payload, deps, unanswered)) return true;
  return conditionAsked ? 'undecided' : false;
}

async function anyExitSince(
  payload: CheckExitPayload,
  deps: ExitEventsDependencies,
  conditions: ChangeConditions,
): Promise<boolean> {
  const logged = await deps.eventLog.since(payload.patientId, new Date(payload.enrolledAt).toISOString());
  const exit = await anyMatches(payload.exitWhen, logged, payload, conditions);
  if (exit) deps.logger.info('journey exit criteria met', stepIdsOf(payload));
  return exit;
}

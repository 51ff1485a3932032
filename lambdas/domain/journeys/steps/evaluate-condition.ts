import type { Logger } from '../../ports';
import { evaluateChangeCondition } from '../conditions';
import type { JourneyPatientReader } from './ports';
import { parseEvaluateConditionPayload, stepIdsOf } from './step-input';

export interface EvaluateConditionDependencies {
  readonly patients: Pick<JourneyPatientReader, 'getResource'>;
  readonly logger: Logger;
}

/**
 * A branch on the triggering event's data: FHIRPath over the triggering resource as `%current` (and as the
 * context). False when there is no resource (deleted, or a journey without a FHIR trigger) or when the
 * expression fails; the log names ids only, never the expression's data.
 */
export async function evaluateCondition(
  input: unknown,
  deps: EvaluateConditionDependencies,
): Promise<{ matches: boolean }> {
  const payload = parseEvaluateConditionPayload(input);
  const ids = stepIdsOf(payload);
  const trigger = payload.triggeringResource;
  const resource =
    trigger === undefined
      ? undefined
      : await deps.patients.getResource(payload.patientId, trigger.resourceType, trigger.id);
  if (resource === undefined) {
    deps.logger.info('no triggering resource for the condition: false', {
      ...ids,
      resourceType: trigger?.resourceType,
    });
    return { matches: false };
  }
  const result = evaluateChangeCondition(payload.condition, { current: resource });
  if (result === 'does-not-compile') deps.logger.warn('the condition does not compile: false', ids);
  if (result === 'failed') deps.logger.warn('the condition failed to evaluate: false', ids);
  return { matches: result === true };
}

import type { Clock, Logger } from '../../ports';
import type { AttributeStore } from './ports';
import { parseUpdateAttributePayload, stepIdsOf } from './step-input';

export interface UpdateAttributeDependencies {
  readonly attributes: AttributeStore;
  readonly clock: Clock;
  readonly logger: Logger;
}

/**
 * Sets a patient attribute. The value keeps its JSON type because the compiled attribute branch reads
 * `value.S`, `value.N` or `value.BOOL` by the type of the literal it compares with (`compile-branch.ts`).
 */
export async function updateAttribute(input: unknown, deps: UpdateAttributeDependencies): Promise<{ updated: true }> {
  const payload = parseUpdateAttributePayload(input);
  const { name, value } = payload.attribute;
  await deps.attributes.put({
    patientId: payload.patientId,
    name,
    value,
    updatedAt: deps.clock.now().toISOString(),
    journeyId: payload.journeyId,
    stepId: payload.stepId,
  });
  deps.logger.info('patient attribute updated', { ...stepIdsOf(payload), attribute: name });
  return { updated: true };
}

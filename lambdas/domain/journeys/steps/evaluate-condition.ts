import fhirpath from 'fhirpath';
import r4Model from 'fhirpath/fhir-context/r4';
import type { Logger } from '../../ports';
import type { JourneyPatientReader } from './ports';
import { parseEvaluateConditionPayload, stepIdsOf } from './step-input';

export interface EvaluateConditionDeps {
  readonly patients: Pick<JourneyPatientReader, 'getResource'>;
  readonly logger: Logger;
}

type Evaluate = (resource: unknown, environment: Record<string, unknown>) => unknown;
type Compiled = { readonly evaluate: Evaluate } | { readonly error: true };

const CACHE_LIMIT = 500;
/** By condition text: a journey has few conditions and each runs once per execution, so compile each once. */
const compiled = new Map<string, Compiled>();

function compile(condition: string): Compiled {
  const known = compiled.get(condition);
  if (known !== undefined) return known;
  let entry: Compiled;
  try {
    entry = { evaluate: fhirpath.compile(condition, r4Model) as Evaluate };
  } catch {
    // A condition that does not compile stays false; it is cached so it is not parsed on every execution.
    entry = { error: true };
  }
  if (compiled.size >= CACHE_LIMIT) compiled.clear();
  compiled.set(condition, entry);
  return entry;
}

/**
 * A branch on the triggering event's data: FHIRPath over the triggering resource as `%current` (and as the
 * context). False when there is no resource (deleted, or a journey without a FHIR trigger) or when the
 * expression fails; the log names ids only, never the expression's data.
 */
export async function evaluateCondition(input: unknown, deps: EvaluateConditionDeps): Promise<{ matches: boolean }> {
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
  const entry = compile(payload.condition);
  if ('error' in entry) {
    deps.logger.warn('the condition does not compile: false', ids);
    return { matches: false };
  }
  let result: unknown;
  try {
    result = entry.evaluate(resource, { current: resource });
  } catch {
    deps.logger.warn('the condition failed to evaluate: false', ids);
    return { matches: false };
  }
  const values = Array.isArray(result) ? result : [];
  return { matches: values.length > 0 && values.some((value) => value !== false) };
}

/** How many compiled conditions are cached (for tests of the cache). */
export function compiledConditionCount(): number {
  return compiled.size;
}

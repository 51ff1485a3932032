import type * as fhir4 from 'fhir/r4';
import { fhirpathEngine } from '../fhir/fhirpath-engine';

/** A resource after and before one applied change; absent sides are absent resources (created, deleted). */
export interface ResourceChange {
  readonly current?: fhir4.FhirResource;
  readonly previous?: fhir4.FhirResource;
}

/** The change records ingestion keeps for a few days (`changeSk` in the Patients table). */
export interface ResourceChangeReader {
  /** The resource at `revision` and at the revision before; undefined when the records have expired. */
  change(resourceType: string, resourceId: string, revision: number): Promise<ResourceChange | undefined>;
}

type Evaluate = (resource: unknown, environment: Record<string, unknown>) => unknown;
type Compiled = { readonly evaluate: Evaluate } | { readonly error: true };

const CACHE_LIMIT = 500;
/** By condition text: journeys have few conditions and each runs often, so each is compiled once. */
const compiled = new Map<string, Compiled>();

function compile(condition: string): Compiled {
  const known = compiled.get(condition);
  if (known !== undefined) return known;
  let entry: Compiled;
  try {
    const { fhirpath, r4Model } = fhirpathEngine();
    entry = { evaluate: fhirpath.compile(condition, r4Model) as Evaluate };
  } catch {
    // A condition that does not compile stays false; cached so it is not parsed again each time.
    entry = { error: true };
  }
  if (compiled.size >= CACHE_LIMIT) compiled.clear();
  compiled.set(condition, entry);
  return entry;
}

export type ConditionResult = boolean | 'does-not-compile' | 'failed';

/**
 * A journey's FHIRPath condition over one change: `%current` is also the context, `%previous` may be absent
 * (the resource was created). True when the result has an item that is not `false`. Validation has compiled
 * every condition of a published journey, so `does-not-compile` and `failed` mean data the expression did not
 * expect; callers treat both as false.
 */
export function evaluateChangeCondition(condition: string, change: ResourceChange): ConditionResult {
  const entry = compile(condition);
  if ('error' in entry) return 'does-not-compile';
  let result: unknown;
  try {
    const environment: Record<string, unknown> = { current: change.current ?? [], previous: change.previous ?? [] };
    result = entry.evaluate(change.current ?? {}, environment);
  } catch {
    return 'failed';
  }
  const values = Array.isArray(result) ? result : [];
  return values.length > 0 && values.some((value) => value !== false);
}

/** How many compiled conditions are cached (for tests of the cache). */
export function compiledConditionCount(): number {
  return compiled.size;
}

import { evaluateChangeCondition } from '../journeys/conditions';
import { fhirpathEngine } from './fhirpath-engine';
import type { FhirPathCompiles, FhirPathContext, FhirPathService } from './fhirpath-port';

/** `%current` and `%previous` are the resource after and before the change; other variables are unknown. */
const CHANGE_ENVIRONMENT = { current: [], previous: [] };
/** A branch looks at the triggering resource as it is when the branch runs: `%current` only. */
const BRANCH_ENVIRONMENT = { current: [] };

const firstLine = (error: unknown) =>
  error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);

/**
 * Whether an expression compiles, in process. A segment criterion is parsed; a journey condition is compiled
 * against the R4 model and evaluated over empty input, which also catches unknown functions and variables.
 */
export const compilesLocally: FhirPathCompiles = (expression: string, context: FhirPathContext) => {
  try {
    const { fhirpath, r4Model } = fhirpathEngine();
    if (context === 'segment') fhirpath.compile(expression);
    else fhirpath.compile(expression, r4Model)({}, context === 'change' ? CHANGE_ENVIRONMENT : BRANCH_ENVIRONMENT);
    return undefined;
  } catch (error) {
    return firstLine(error);
  }
};

/** The FHIRPath service in process: what EvaluateFhirPath answers with, and what tests use. */
export const localFhirPath: FhirPathService = {
  problems: async (checks) => checks.map((check) => compilesLocally(check.expression, check.context)),
  evaluateChanges: async (requests) =>
    requests.map((request) => evaluateChangeCondition(request.condition, request.change)),
};

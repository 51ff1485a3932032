import type { ConditionResult, ResourceChange } from '../journeys/conditions';

/**
 * Where a FHIRPath expression is read: a segment criterion (a Bundle of the patient's resources), a journey
 * condition over a change (`%current`, `%previous`) or a branch over the triggering resource (`%current`).
 */
export type FhirPathContext = 'segment' | 'change' | 'branch';

export interface FhirPathCheck {
  readonly expression: string;
  readonly context: FhirPathContext;
}

/** Why an expression does not compile in its context (the first line of FHIRPath's message), or undefined. */
export type FhirPathCompiles = (expression: string, context: FhirPathContext) => string | undefined;

export interface ChangeConditionRequest {
  readonly condition: string;
  readonly change: ResourceChange;
}

/**
 * FHIRPath for the functions that do not bundle it (about 660 KB with its UCUM tables, ANTLR parser and the R4
 * model): the staff API's functions ask the EvaluateFhirPath function, in batches. Functions that bundle it
 * anyway (segment evaluation, journey tasks) call `local-fhirpath.ts` directly.
 */
export interface FhirPathService {
  /** Each check's problem, in order. */
  problems(checks: readonly FhirPathCheck[]): Promise<readonly (string | undefined)[]>;
  /** Each journey condition over its change (`evaluateChangeCondition`), in order. */
  evaluateChanges(requests: readonly ChangeConditionRequest[]): Promise<readonly ConditionResult[]>;
}

/**
 * Validation that asks FHIRPath synchronously, answered asynchronously: a first pass records every expression
 * it asks about (answering that each compiles), the service checks them in one call, and a second pass answers
 * from the results. The same two passes `validateDefinition` makes for the templates and segments a journey names.
 */
export async function validatedWith<T>(
  validate: (compiles: FhirPathCompiles) => T,
  fhirPath: Pick<FhirPathService, 'problems'>,
): Promise<T> {
  const asked = new Map<string, FhirPathCheck>();
  const keyOf = (expression: string, context: FhirPathContext) => `${context}\n${expression}`;
  const first = validate((expression, context) => {
    asked.set(keyOf(expression, context), { expression, context });
    return undefined;
  });
  if (asked.size === 0) return first;
  const checks = [...asked.values()];
  const problems = await fhirPath.problems(checks);
  const answers = new Map(checks.map((check, index) => [keyOf(check.expression, check.context), problems[index]]));
  return validate((expression, context) => answers.get(keyOf(expression, context)));
}

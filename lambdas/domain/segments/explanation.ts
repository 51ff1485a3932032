import type { PatientSnapshot } from './snapshot';

/** Why one criterion matched or not, mirroring the criteria tree. */
export interface ExplanationNode {
  /** The criterion's kind: `all`, `age`, `latestObservation`, … */
  readonly criterion: string;
  /** JSON pointer of the criterion in the definition, e.g. `/criteria/all/1`. */
  readonly path: string;
  readonly matched: boolean;
  readonly reason?: string;
  readonly children?: readonly ExplanationNode[];
}

/**
 * What one compiled criterion answers at one instant. `nextChange` is epoch milliseconds: NEVER (+∞) when no
 * passage of time can change the answer, UNKNOWN (−∞) when it cannot be known (FHIRPath).
 */
export interface CriterionResult {
  readonly matched: boolean;
  readonly nextChange: number;
  /** Built only when asked for (`explain`): deciding membership in bulk needs no prose. */
  readonly explanation?: ExplanationNode;
}

export type CompiledCriterion = (snapshot: PatientSnapshot, now: number, explain: boolean) => CriterionResult;

/** The answer may change at any moment: min/max treat it as the earliest possible instant. */
export const UNKNOWN = Number.NEGATIVE_INFINITY;

export function leaf(
  criterion: string,
  path: string,
  matched: boolean,
  reason: string,
  nextChange: number,
): CriterionResult {
  return { matched, nextChange, explanation: { criterion, path, matched, reason } };
}

const scratch: { matched: boolean; nextChange: number } = { matched: false, nextChange: 0 };

/**
 * A result without explanation, for evaluations that only decide (`explain` false). It is one shared object,
 * overwritten by the next criterion: callers read it at once and never keep it. Deciding a patient × segment
 * then allocates nothing, which is most of its cost in garbage collection.
 */
export function decided(matched: boolean, nextChange: number): CriterionResult {
  scratch.matched = matched;
  scratch.nextChange = nextChange;
  return scratch;
}

export function codeLabel(codes: readonly { code: string }[]): string {
  const [first] = codes;
  return codes.length > 1 ? `${first?.code} (+${codes.length - 1})` : (first?.code ?? '');
}

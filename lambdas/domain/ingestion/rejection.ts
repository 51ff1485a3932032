/** Why a FHIR change was not ingested. Messages name paths and rules, never the (possibly PHI) values. */
export type RejectionCode =
  | 'malformed-event'
  | 'unsupported-resource-type'
  | 'resource-too-large'
  | 'stamp-in-future'
  | 'invalid-resource'
  | 'unresolvable-patient-reference'
  | 'processing-failed';

export interface Rejection {
  readonly code: RejectionCode;
  readonly message: string;
  /** Field-level issues: JSON pointer + rule. */
  readonly issues: readonly { readonly path: string; readonly message: string }[];
}

export function rejection(code: RejectionCode, message: string, issues: Rejection['issues'] = []): Rejection {
  return { code, message, issues };
}

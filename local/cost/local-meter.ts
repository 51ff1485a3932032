/**
 * Counts, in this process, the billed work the local stack does outside DynamoDB: Lambda invocations (every
 * handler the stack runs in-process) and Step Functions state transitions of the workflows it interprets.
 * DynamoDB is counted at the wire instead (`dynamodb-counting-proxy.ts`). Nothing listens unless a meter is on.
 */
export interface LocalMeterReadings {
  readonly invocations: Readonly<Record<string, number>>;
  readonly transitions: Readonly<Record<string, number>>;
}

const invocations = new Map<string, number>();
const transitions = new Map<string, number>();

export function recordInvocation(functionName: string): void {
  invocations.set(functionName, (invocations.get(functionName) ?? 0) + 1);
}

/** One state entered by a workflow (Choice and Pass states too: Step Functions bills every one). */
export function recordTransition(workflow: string): void {
  transitions.set(workflow, (transitions.get(workflow) ?? 0) + 1);
}

export function localMeterReadings(): LocalMeterReadings {
  return { invocations: Object.fromEntries(invocations), transitions: Object.fromEntries(transitions) };
}

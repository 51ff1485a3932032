import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { polyfillPromiseWithResolvers } from '../../lambdas/adapters/sfn/asl-interpreter';
import { recordTransition } from '../cost/local-meter';

/** A Lambda function as a state calls it: the payload in, the result out. */
export type LocalTask = (payload: unknown) => Promise<unknown>;

export function loadStateMachineDefinition(fileName: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', 'statemachines', fileName), 'utf8'));
}

/**
 * Runs an ASL definition with `aws-local-stepfunctions`, the same file CDK deploys. Task states are
 * mapped to local handlers by state name; `lambda:invoke` semantics (the `Payload` in, `{ Payload }` out)
 * are reproduced so `ResultSelector`s work unchanged.
 */
export async function runStateMachine(
  definition: Record<string, unknown>,
  input: unknown,
  tasksByStateName: Readonly<Record<string, LocalTask>>,
  /** `$$.Execution.Name` (journeys derive message ids from it). */
  executionName?: string,
): Promise<unknown> {
  polyfillPromiseWithResolvers();
  const { StateMachine } = await import('aws-local-stepfunctions');
  const machine = new StateMachine(definition as never, { validationOptions: { checkPaths: true, checkArn: false } });
  const taskResourceLocalHandlers = Object.fromEntries(
    Object.entries(tasksByStateName).map(([stateName, task]) => [
      stateName,
      async (taskInput: { Payload?: unknown }) => ({ StatusCode: 200, Payload: await task(taskInput.Payload) }),
    ]),
  );
  const execution = machine.run(input as never, {
    overrides: { taskResourceLocalHandlers: taskResourceLocalHandlers as never },
    ...(executionName ? { context: { Execution: { Name: executionName } } as never } : {}),
  });
  // Named by its first state: these workflows have no machine name locally.
  const workflow = String(definition.StartAt ?? 'workflow');
  const followed = countTransitions(workflow, execution.eventLogs as AsyncGenerator<{ type: string }>);
  try {
    return await execution.result;
  } finally {
    await followed;
  }
}

async function countTransitions(workflow: string, events: AsyncGenerator<{ type: string }>): Promise<void> {
  for await (const event of events) if (event.type === 'StateEntered') recordTransition(workflow);
}

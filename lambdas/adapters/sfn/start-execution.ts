import { ExecutionAlreadyExists, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { isRetryable } from '../dynamodb/faults';
import { TransientStoreError } from '../errors';

/**
 * `StartExecution` under a deterministic name: an execution of that name that exists (running, or closed
 * within 90 days) means the work was started, and is not an error (`exists`). Throttling and service faults are
 * thrown as `TransientStoreError`, which the callers' retry policies know.
 */
export async function startExecutionOnce(
  client: SFNClient,
  stateMachineArn: string,
  name: string,
  input: unknown,
): Promise<'started' | 'exists'> {
  try {
    await client.send(new StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) }));
    return 'started';
  } catch (error) {
    if (error instanceof ExecutionAlreadyExists) return 'exists';
    if (isRetryable(error)) throw new TransientStoreError('Step Functions temporarily unavailable', { cause: error });
    throw error;
  }
}

let client: SFNClient | undefined;

/** The Step Functions client of this execution environment, built once. */
export function sfnClient(): SFNClient {
  client ??= new SFNClient({});
  return client;
}

import { ExecutionAlreadyExists, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { type PlatformConfig, readConfig } from '../../config/config';
import type { StartComputationInput } from '../../domain/segments/computation';
import type { ComputationStarter } from '../../domain/segments/ports';
import { isRetryable } from '../dynamodb/faults';
import { TransientStoreError } from '../errors';

/**
 * Starts the segment-computation state machine. The execution is named after the computation, so a
 * repeated start (an API retry) starts one workflow; its input is ids only.
 */
export class SfnComputationStarter implements ComputationStarter {
  constructor(
    private readonly client: SFNClient,
    private readonly stateMachineArn: string,
  ) {}

  async start(request: Parameters<ComputationStarter['start']>[0]): Promise<void> {
    const input: StartComputationInput = {
      computationId: request.computationId,
      segmentId: request.segmentId,
      reason: request.reason,
    };
    await startExecutionOnce(this.client, this.stateMachineArn, request.computationId, input);
  }
}

/**
 * `StartExecution` under a deterministic name: an execution of that name that exists (running, or closed
 * within 90 days) means the work was started, and is not an error. Throttling and service faults are
 * thrown as `TransientStoreError`, which the callers' retry policies know.
 */
export async function startExecutionOnce(
  client: SFNClient,
  stateMachineArn: string,
  name: string,
  input: unknown,
): Promise<void> {
  try {
    await client.send(new StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) }));
  } catch (error) {
    if (error instanceof ExecutionAlreadyExists) return;
    if (isRetryable(error)) throw new TransientStoreError('Step Functions temporarily unavailable', { cause: error });
    throw error;
  }
}

let sfnClient: SFNClient | undefined;

/** The starter of a handler: the deployed state machine; the client is built once. */
export function sfnComputationStarter(config: PlatformConfig = readConfig()): SfnComputationStarter {
  sfnClient ??= new SFNClient({});
  return new SfnComputationStarter(sfnClient, config.segmentComputationStateMachineArn);
}

import type { SFNClient } from '@aws-sdk/client-sfn';
import type { StartComputationInput } from '../../domain/segments/computation';
import type { ComputationStarter } from '../../domain/segments/ports';
import { startExecutionOnce } from './start-execution';

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

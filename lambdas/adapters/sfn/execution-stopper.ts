import {
  DescribeExecutionCommand,
  ExecutionDoesNotExist,
  type SFNClient,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import type { ExecutionStopper } from '../../domain/journeys/waits/stop-on-exit';
import { isRetryable } from '../dynamodb/faults';
import { TransientStoreError } from '../errors';

/** Stops a journey's execution by its state machine and name (the execution ARN follows from both). */
export class SfnExecutionStopper implements ExecutionStopper {
  constructor(private readonly client: SFNClient) {}

  async stopIfRunning(stateMachineArn: string, executionName: string, cause: string): Promise<boolean> {
    const executionArn = `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${executionName}`;
    try {
      const described = await this.client.send(new DescribeExecutionCommand({ executionArn }));
      if (described.status !== 'RUNNING') return false;
      await this.client.send(new StopExecutionCommand({ executionArn, error: 'JourneyExited', cause }));
      return true;
    } catch (error) {
      if (error instanceof ExecutionDoesNotExist) return false;
      if (isRetryable(error)) throw new TransientStoreError('Step Functions temporarily unavailable', { cause: error });
      throw error;
    }
  }
}

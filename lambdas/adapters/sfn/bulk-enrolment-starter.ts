import type { SFNClient } from '@aws-sdk/client-sfn';
import { startExecutionOnce } from './start-execution';

/** Starts the journey bulk enrolment workflow once per request name (a repeat is the same run). */
export class SfnBulkEnrolmentStarter {
  constructor(
    private readonly client: SFNClient,
    private readonly stateMachineArn: string,
  ) {}

  async start(
    runName: string,
    input: { readonly journeyId: string; readonly segmentId: string },
  ): Promise<{ readonly executionArn: string; readonly started: boolean }> {
    const outcome = await startExecutionOnce(this.client, this.stateMachineArn, runName, input);
    return {
      executionArn: `${this.stateMachineArn.replace(':stateMachine:', ':execution:')}:${runName}`,
      started: outcome === 'started',
    };
  }
}

import type { SFNClient } from '@aws-sdk/client-sfn';
import type { JourneyExecutionInput, JourneyExecutionStarter } from '../../domain/journeys/enrolment/ports';
import { sfnClient, startExecutionOnce } from './start-execution';

/** Starts journey executions on a journey's alias; enrolment reports `already-running` when the name exists. */
export class SfnJourneyExecutionStarter implements JourneyExecutionStarter {
  constructor(private readonly client: SFNClient = sfnClient()) {}

  start(stateMachineOrAliasArn: string, name: string, input: JourneyExecutionInput): Promise<'started' | 'exists'> {
    return startExecutionOnce(this.client, stateMachineOrAliasArn, name, input);
  }
}

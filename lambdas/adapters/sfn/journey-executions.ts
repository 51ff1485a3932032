import {
  DescribeExecutionCommand,
  ExecutionDoesNotExist,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  type SFNClient,
  StateMachineDoesNotExist,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import type { ExecutionState, FailedRun, JourneyExecutions } from '../../domain/journeys/ports';
import { isRetryable } from '../dynamodb/faults';
import { TransientStoreError } from '../errors';

/** How far back in a running execution's history its current state is looked for (Wait states add two events). */
const HISTORY_EVENTS = 10;

/**
 * Journeys' executions through the Step Functions API. The state machine of a journey is
 * `<stateMachineArnPrefix><prefix>-journey-<journeyId>`; an execution's ARN is the same with `execution` for
 * `stateMachine` and `:<name>` after it. The current state of a running execution is the last
 * `…StateEntered` event of its history (read newest first), so nothing is stored twice.
 */
export class SfnJourneyExecutions implements JourneyExecutions {
  constructor(
    private readonly client: SFNClient,
    private readonly config: { readonly prefix: string; readonly stateMachineArnPrefix: string },
  ) {}

  private stateMachineArn(journeyId: string): string {
    return `${this.config.stateMachineArnPrefix}${this.config.prefix}-journey-${journeyId}`;
  }

  private executionArn(journeyId: string, name: string): string {
    return `${this.stateMachineArn(journeyId).replace(':stateMachine:', ':execution:')}:${name}`;
  }

  async state(journeyId: string, executionName: string): Promise<ExecutionState | undefined> {
    const executionArn = this.executionArn(journeyId, executionName);
    try {
      const described = await this.client.send(new DescribeExecutionCommand({ executionArn }));
      const status = described.status as ExecutionState['status'];
      const patientId = patientOfInput(described.input);
      const base = {
        status,
        startedAt: (described.startDate ?? new Date(0)).toISOString(),
        ...(described.stopDate ? { stoppedAt: described.stopDate.toISOString() } : {}),
        ...(patientId ? { patientId } : {}),
        ...(described.error ? { error: described.error } : {}),
      };
      if (status !== 'RUNNING') return base;
      const history = await this.client.send(
        new GetExecutionHistoryCommand({ executionArn, reverseOrder: true, maxResults: HISTORY_EVENTS }),
      );
      const entered = history.events?.find((event) => event.stateEnteredEventDetails?.name !== undefined);
      return { ...base, ...(entered ? { currentState: entered.stateEnteredEventDetails?.name } : {}) };
    } catch (error) {
      if (error instanceof ExecutionDoesNotExist) return undefined;
      throw transient(error);
    }
  }

  async failedRuns(journeyId: string, limit: number): Promise<{ items: FailedRun[]; more: boolean }> {
    try {
      const page = await this.client.send(
        new ListExecutionsCommand({
          stateMachineArn: this.stateMachineArn(journeyId),
          statusFilter: 'FAILED',
          maxResults: limit,
        }),
      );
      const items = (page.executions ?? []).map((execution) => ({
        journeyId,
        executionName: execution.name ?? '',
        startedAt: (execution.startDate ?? new Date(0)).toISOString(),
        stoppedAt: (execution.stopDate ?? execution.startDate ?? new Date(0)).toISOString(),
      }));
      return { items, more: page.nextToken !== undefined };
    } catch (error) {
      if (error instanceof StateMachineDoesNotExist) return { items: [], more: false };
      throw transient(error);
    }
  }

  async stopRunning(journeyId: string, cause: string): Promise<number> {
    let stopped = 0;
    let nextToken: string | undefined;
    try {
      do {
        const page = await this.client.send(
          new ListExecutionsCommand({
            stateMachineArn: this.stateMachineArn(journeyId),
            statusFilter: 'RUNNING',
            maxResults: 100,
            ...(nextToken ? { nextToken } : {}),
          }),
        );
        for (const execution of page.executions ?? []) {
          await this.client.send(
            new StopExecutionCommand({ executionArn: execution.executionArn, error: 'JourneyArchived', cause }),
          );
          stopped++;
        }
        nextToken = page.nextToken;
      } while (nextToken);
    } catch (error) {
      // Never published: nothing runs.
      if (error instanceof StateMachineDoesNotExist) return stopped;
      throw transient(error);
    }
    return stopped;
  }
}

function patientOfInput(input: string | undefined): string | undefined {
  try {
    const parsed: unknown = input ? JSON.parse(input) : undefined;
    const patientId = (parsed as { patientId?: unknown } | undefined)?.patientId;
    return typeof patientId === 'string' ? patientId : undefined;
  } catch {
    return undefined;
  }
}

function transient(error: unknown): unknown {
  return isRetryable(error)
    ? new TransientStoreError('Step Functions temporarily unavailable', { cause: error })
    : error;
}

import {
  ConflictException,
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  type SchedulerClient,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import type { JourneySchedules, ScheduledEnrolmentSpec } from '../../domain/journeys/ports';
import { isRetryable } from '../dynamodb/faults';
import { TransientStoreError } from '../errors';

export interface SchedulerJourneySchedulesConfig {
  readonly group: string;
  readonly roleArn: string;
  readonly deadLetterArn: string;
  readonly bulkEnrolmentStateMachineArn: string;
}

/** EventBridge Scheduler names schedules `[0-9a-zA-Z-_.]{1,64}`; journey ids are at most 40 characters. */
export const scheduleNameOf = (journeyId: string) => `journey-${journeyId}`;

/**
 * Journeys' scheduled enrolments as EventBridge Scheduler schedules (`journey-<id>` in the journeys' group):
 * each firing starts the bulk enrolment workflow with `{ journeyId, segmentId }` as the scheduler role, with
 * retries and a dead-letter queue for a start that keeps failing. Creating again updates; deleting a schedule
 * that is not there is fine, so every call can be repeated.
 */
export class SchedulerJourneySchedules implements JourneySchedules {
  constructor(
    private readonly client: SchedulerClient,
    private readonly config: SchedulerJourneySchedulesConfig,
  ) {}

  async put(journeyId: string, spec: ScheduledEnrolmentSpec, enabled: boolean): Promise<void> {
    const input: CreateScheduleCommandInput = {
      Name: scheduleNameOf(journeyId),
      GroupName: this.config.group,
      ScheduleExpression: spec.expression,
      ScheduleExpressionTimezone: spec.timeZone,
      FlexibleTimeWindow: { Mode: 'OFF' },
      State: enabled ? 'ENABLED' : 'DISABLED',
      Description: `journey ${journeyId}: enrol the members of segment ${spec.segmentId}`,
      Target: {
        Arn: this.config.bulkEnrolmentStateMachineArn,
        RoleArn: this.config.roleArn,
        Input: JSON.stringify({ journeyId, segmentId: spec.segmentId }),
        RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 3600 },
        DeadLetterConfig: { Arn: this.config.deadLetterArn },
      },
    };
    try {
      await this.client.send(new CreateScheduleCommand(input));
    } catch (error) {
      if (!(error instanceof ConflictException)) throw transient(error);
      try {
        await this.client.send(new UpdateScheduleCommand(input));
      } catch (updateError) {
        throw transient(updateError);
      }
    }
  }

  async remove(journeyId: string): Promise<void> {
    try {
      await this.client.send(
        new DeleteScheduleCommand({ Name: scheduleNameOf(journeyId), GroupName: this.config.group }),
      );
    } catch (error) {
      if (error instanceof ResourceNotFoundException) return;
      throw transient(error);
    }
  }
}

function transient(error: unknown): unknown {
  return isRetryable(error)
    ? new TransientStoreError('EventBridge Scheduler temporarily unavailable', { cause: error })
    : error;
}

import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  SchedulerClient,
  ThrottlingException,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import { mockClient } from 'aws-sdk-client-mock';
import { TransientStoreError } from '../../../lambdas/adapters/errors';
import { SchedulerJourneySchedules } from '../../../lambdas/adapters/scheduler/journey-schedules';

const scheduler = mockClient(SchedulerClient);
const CONFIG = {
  group: 'patient-outreach-dev-journeys',
  roleArn: 'arn:aws:iam::123456789012:role/scheduler',
  deadLetterArn: 'arn:aws:sqs:us-east-1:123456789012:schedules-dlq',
  bulkEnrolmentStateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:bulk',
};
const SPEC = { expression: 'cron(0 9 ? * MON *)', timeZone: 'America/New_York', segmentId: 'seniors' };
const schedules = () => new SchedulerJourneySchedules(new SchedulerClient({}), CONFIG);

beforeEach(() => scheduler.reset());

it('creates the schedule with the bulk workflow as target, its input, role, retries and dead-letter queue', async () => {
  scheduler.on(CreateScheduleCommand).resolves({});
  await schedules().put('flu', SPEC, true);
  expect(scheduler.commandCalls(CreateScheduleCommand)[0]?.args[0].input).toEqual({
    Name: 'journey-flu',
    GroupName: CONFIG.group,
    ScheduleExpression: SPEC.expression,
    ScheduleExpressionTimezone: SPEC.timeZone,
    FlexibleTimeWindow: { Mode: 'OFF' },
    State: 'ENABLED',
    Description: 'journey flu: enrol the members of segment seniors',
    Target: {
      Arn: CONFIG.bulkEnrolmentStateMachineArn,
      RoleArn: CONFIG.roleArn,
      Input: JSON.stringify({ journeyId: 'flu', segmentId: 'seniors' }),
      RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 3600 },
      DeadLetterConfig: { Arn: CONFIG.deadLetterArn },
    },
  });
});

it('updates a schedule that exists (a republished or paused journey)', async () => {
  scheduler
    .on(CreateScheduleCommand)
    .rejects(new ConflictException({ Message: 'exists', message: 'exists', $metadata: {} }));
  scheduler.on(UpdateScheduleCommand).resolves({});
  await schedules().put('flu', SPEC, false);
  expect(scheduler.commandCalls(UpdateScheduleCommand)[0]?.args[0].input).toMatchObject({
    Name: 'journey-flu',
    State: 'DISABLED',
  });
});

it('removing a schedule that is not there is fine; throttling is transient', async () => {
  scheduler
    .on(DeleteScheduleCommand)
    .rejects(new ResourceNotFoundException({ Message: 'none', message: 'none', $metadata: {} }));
  await expect(schedules().remove('flu')).resolves.toBeUndefined();
  scheduler
    .on(CreateScheduleCommand)
    .rejects(new ThrottlingException({ Message: 'slow down', message: 'slow down', $metadata: {} }));
  await expect(schedules().put('flu', SPEC, true)).rejects.toBeInstanceOf(TransientStoreError);
});

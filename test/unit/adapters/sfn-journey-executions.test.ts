import {
  DescribeExecutionCommand,
  ExecutionDoesNotExist,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  SFNClient,
  SFNServiceException,
  StateMachineDoesNotExist,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { TransientStoreError } from '../../../lambdas/adapters/errors';
import { SfnExecutionStopper } from '../../../lambdas/adapters/sfn/execution-stopper';
import { SfnJourneyExecutions } from '../../../lambdas/adapters/sfn/journey-executions';

const sfn = mockClient(SFNClient);
const PREFIX = 'arn:aws:states:us-east-1:123456789012:stateMachine:';
const executions = () =>
  new SfnJourneyExecutions(new SFNClient({}), { prefix: 'patient-outreach-dev', stateMachineArnPrefix: PREFIX });
const EXECUTION_ARN = 'arn:aws:states:us-east-1:123456789012:execution:patient-outreach-dev-journey-welcome:run-1';

beforeEach(() => sfn.reset());

describe('SfnJourneyExecutions', () => {
  it('reads a running execution’s current state from the newest StateEntered event', async () => {
    sfn.on(DescribeExecutionCommand, { executionArn: EXECUTION_ARN }).resolves({
      status: 'RUNNING',
      startDate: new Date('2026-11-25T12:00:00Z'),
    });
    sfn.on(GetExecutionHistoryCommand).resolves({
      events: [
        { id: 9, type: 'TaskScheduled', timestamp: new Date() },
        { id: 8, type: 'TaskStateEntered', timestamp: new Date(), stateEnteredEventDetails: { name: 'Send sms-24h' } },
      ],
    });
    expect(await executions().state('welcome', 'run-1')).toEqual({
      status: 'RUNNING',
      startedAt: '2026-11-25T12:00:00.000Z',
      currentState: 'Send sms-24h',
    });
    expect(sfn.commandCalls(GetExecutionHistoryCommand)[0]?.args[0].input).toMatchObject({ reverseOrder: true });
  });

  it('an ended execution has no current state; an unknown one is undefined', async () => {
    sfn.on(DescribeExecutionCommand).resolvesOnce({
      status: 'SUCCEEDED',
      startDate: new Date('2026-11-25T12:00:00Z'),
      stopDate: new Date('2026-11-28T12:00:00Z'),
    });
    expect(await executions().state('welcome', 'run-1')).toEqual({
      status: 'SUCCEEDED',
      startedAt: '2026-11-25T12:00:00.000Z',
      stoppedAt: '2026-11-28T12:00:00.000Z',
    });
    sfn.on(DescribeExecutionCommand).rejects(new ExecutionDoesNotExist({ message: 'gone', $metadata: {} }));
    expect(await executions().state('welcome', 'run-1')).toBeUndefined();
  });

  it('stops every running execution, page by page; a journey never published has none', async () => {
    sfn
      .on(ListExecutionsCommand)
      .resolvesOnce({ executions: [{ executionArn: 'e-1' } as never], nextToken: 'more' })
      .resolvesOnce({ executions: [{ executionArn: 'e-2' } as never] });
    sfn.on(StopExecutionCommand).resolves({});
    expect(await executions().stopRunning('welcome', 'archived')).toBe(2);
    expect(sfn.commandCalls(ListExecutionsCommand)[0]?.args[0].input).toMatchObject({
      stateMachineArn: `${PREFIX}patient-outreach-dev-journey-welcome`,
      statusFilter: 'RUNNING',
    });
    sfn.reset();
    sfn.on(ListExecutionsCommand).rejects(new StateMachineDoesNotExist({ message: 'none', $metadata: {} }));
    expect(await executions().stopRunning('welcome', 'archived')).toBe(0);
  });

  it('lists a journey’s failed runs newest first, one ListExecutions; a journey never published has none', async () => {
    sfn.on(ListExecutionsCommand).resolvesOnce({
      executions: [
        {
          executionArn: 'e-1',
          stateMachineArn: 'm',
          name: 'welcome-v1-abc',
          status: 'FAILED',
          startDate: new Date('2026-11-25T12:00:00Z'),
          stopDate: new Date('2026-11-25T13:00:00Z'),
        },
      ],
      nextToken: 'more',
    });
    expect(await executions().failedRuns('welcome', 1)).toEqual({
      items: [
        {
          journeyId: 'welcome',
          executionName: 'welcome-v1-abc',
          startedAt: '2026-11-25T12:00:00.000Z',
          stoppedAt: '2026-11-25T13:00:00.000Z',
        },
      ],
      more: true,
    });
    expect(sfn.commandCalls(ListExecutionsCommand)[0]?.args[0].input).toEqual({
      stateMachineArn: `${PREFIX}patient-outreach-dev-journey-welcome`,
      statusFilter: 'FAILED',
      maxResults: 1,
    });
    sfn.on(ListExecutionsCommand).rejects(new StateMachineDoesNotExist({ message: 'none', $metadata: {} }));
    expect(await executions().failedRuns('welcome', 1)).toEqual({ items: [], more: false });
  });

  it('reads whom a run is for from its input, and a failed run’s error name but not its cause', async () => {
    sfn.on(DescribeExecutionCommand).resolves({
      status: 'FAILED',
      startDate: new Date('2026-11-25T12:00:00Z'),
      stopDate: new Date('2026-11-25T13:00:00Z'),
      input: JSON.stringify({ journeyId: 'welcome', patientId: 'p-1', journeyVersion: 1, executionId: 'x' }),
      error: 'States.TaskFailed',
      cause: 'a message that may quote data',
    });
    expect(await executions().state('welcome', 'run-1')).toEqual({
      status: 'FAILED',
      startedAt: '2026-11-25T12:00:00.000Z',
      stoppedAt: '2026-11-25T13:00:00.000Z',
      patientId: 'p-1',
      error: 'States.TaskFailed',
    });
  });

  it('throttling is transient', async () => {
    const throttled = new SFNServiceException({
      name: 'ThrottlingException',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
      message: 'Rate exceeded',
    });
    sfn.on(DescribeExecutionCommand).rejects(throttled);
    await expect(executions().state('welcome', 'run-1')).rejects.toBeInstanceOf(TransientStoreError);
  });
});

describe('SfnExecutionStopper', () => {
  const stopper = () => new SfnExecutionStopper(new SFNClient({}));
  const MACHINE = `${PREFIX}patient-outreach-dev-journey-welcome`;

  it('stops a running execution, named from its state machine', async () => {
    sfn.on(DescribeExecutionCommand, { executionArn: EXECUTION_ARN }).resolves({ status: 'RUNNING' });
    sfn.on(StopExecutionCommand).resolves({});
    expect(await stopper().stopIfRunning(MACHINE, 'run-1', 'exit criterion met (reply)')).toBe(true);
    expect(sfn.commandCalls(StopExecutionCommand)[0]?.args[0].input).toEqual({
      executionArn: EXECUTION_ARN,
      error: 'JourneyExited',
      cause: 'exit criterion met (reply)',
    });
  });

  it('leaves an ended or unknown execution alone', async () => {
    sfn.on(DescribeExecutionCommand).resolvesOnce({ status: 'SUCCEEDED' });
    expect(await stopper().stopIfRunning(MACHINE, 'run-1', 'x')).toBe(false);
    sfn.on(DescribeExecutionCommand).rejects(new ExecutionDoesNotExist({ message: 'gone', $metadata: {} }));
    expect(await stopper().stopIfRunning(MACHINE, 'run-1', 'x')).toBe(false);
    expect(sfn.commandCalls(StopExecutionCommand)).toHaveLength(0);
  });
});

import {
  ExecutionAlreadyExists,
  SFNClient,
  SFNServiceException,
  StartExecutionCommand,
  StateMachineDoesNotExist,
} from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { TransientStoreError } from '../../../../lambdas/adapters/errors';
import { SfnJourneyExecutionStarter } from '../../../../lambdas/adapters/sfn/journey-execution-starter';

const ALIAS = 'arn:aws:states:eu-west-1:123456789012:stateMachine:journey-welcome:live';
const NAME = 'welcome-v1-0123456789abcdef0123456789abcdef';
const INPUT = { journeyId: 'welcome', journeyVersion: 1, patientId: 'p1', executionId: NAME };

const client = new SFNClient({ region: 'eu-west-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const sfn = mockClient(client);
const starter = new SfnJourneyExecutionStarter(client);

beforeEach(() => {
  sfn.reset();
});

describe('SfnJourneyExecutionStarter.start', () => {
  it('starts the alias under the name, with the input as JSON', async () => {
    sfn.on(StartExecutionCommand).resolves({ executionArn: 'arn:execution', startDate: new Date() });

    expect(await starter.start(ALIAS, NAME, INPUT)).toBe('started');

    expect(sfn).toHaveReceivedCommandWith(StartExecutionCommand, { stateMachineArn: ALIAS, name: NAME });
    const input = sfn.commandCalls(StartExecutionCommand)[0]?.args[0].input.input as string;
    expect(JSON.parse(input)).toEqual(INPUT);
  });

  it('answers exists when an execution of the name was already started', async () => {
    sfn.on(StartExecutionCommand).rejects(new ExecutionAlreadyExists({ message: 'exists', $metadata: {} }));

    expect(await starter.start(ALIAS, NAME, INPUT)).toBe('exists');
  });

  it('throws throttling on as a transient error, with the cause', async () => {
    const throttled = new SFNServiceException({
      name: 'ThrottlingException',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
      message: 'Rate exceeded',
    });
    sfn.on(StartExecutionCommand).rejects(throttled);

    const failure = starter.start(ALIAS, NAME, INPUT);

    await expect(failure).rejects.toThrow(TransientStoreError);
    await expect(failure).rejects.toMatchObject({ cause: throttled });
  });

  it('rethrows other failures as they are', async () => {
    const missing = new StateMachineDoesNotExist({ message: 'State Machine Does Not Exist', $metadata: {} });
    sfn.on(StartExecutionCommand).rejects(missing);

    await expect(starter.start(ALIAS, NAME, INPUT)).rejects.toBe(missing);
  });
});

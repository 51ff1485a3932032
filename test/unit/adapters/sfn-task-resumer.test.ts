import {
  InvalidOutput,
  InvalidToken,
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  SFNClient,
  SFNServiceException,
  TaskDoesNotExist,
  TaskTimedOut,
} from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { TransientStoreError } from '../../../lambdas/adapters/errors';
import { SfnTaskResumer } from '../../../lambdas/adapters/sfn/task-resumer';

const client = new SFNClient({ region: 'eu-west-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const sfn = mockClient(client);
const resumer = new SfnTaskResumer(client);

beforeEach(() => {
  sfn.reset();
});

describe('SfnTaskResumer.succeed', () => {
  it('sends the task success with the output as JSON', async () => {
    sfn.on(SendTaskSuccessCommand).resolves({});

    expect(await resumer.succeed('token-1', { received: true })).toBe('resumed');
    expect(sfn).toHaveReceivedCommandWith(SendTaskSuccessCommand, {
      taskToken: 'token-1',
      output: '{"received":true}',
    });
  });

  it.each([
    ['timed out', new TaskTimedOut({ message: 'Task Timed Out', $metadata: {} })],
    ['invalid', new InvalidToken({ message: 'Invalid Token', $metadata: {} })],
    ['gone', new TaskDoesNotExist({ message: 'Task Does Not Exist', $metadata: {} })],
  ])('reports a token that is %s as closed', async (_, error) => {
    sfn.on(SendTaskSuccessCommand).rejects(error);

    expect(await resumer.succeed('token-1', { received: true })).toBe('closed');
  });

  it('throws throttling as a transient error, with the cause', async () => {
    const throttled = new SFNServiceException({
      name: 'ThrottlingException',
      $fault: 'client',
      message: 'Rate exceeded',
      $metadata: { httpStatusCode: 400 },
    });
    sfn.on(SendTaskSuccessCommand).rejects(throttled);

    const error = await resumer.succeed('token-1', { received: true }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TransientStoreError);
    expect((error as TransientStoreError).cause).toBe(throttled);
  });

  it('throws a service fault (5xx) as a transient error', async () => {
    sfn.on(SendTaskSuccessCommand).rejects(
      new SFNServiceException({
        name: 'InternalFailure',
        $fault: 'server',
        message: 'oops',
        $metadata: { httpStatusCode: 500 },
      }),
    );

    await expect(resumer.succeed('token-1', { received: true })).rejects.toBeInstanceOf(TransientStoreError);
  });

  it('lets any other error through unchanged', async () => {
    const invalid = new InvalidOutput({ message: 'Invalid Output', $metadata: {} });
    sfn.on(SendTaskSuccessCommand).rejects(invalid);

    await expect(resumer.succeed('token-1', { received: true })).rejects.toBe(invalid);
  });
});

describe('SfnTaskResumer.fail', () => {
  it('ends the task with the named error, which the state Catch routes', async () => {
    sfn.on(SendTaskFailureCommand).resolves({});

    expect(await resumer.fail('token-1', 'JourneyWaitDue', 'the resource time needs no wait')).toBe('failed');
    expect(sfn).toHaveReceivedCommandWith(SendTaskFailureCommand, {
      taskToken: 'token-1',
      error: 'JourneyWaitDue',
      cause: 'the resource time needs no wait',
    });
  });

  it('reports a closed token as closed', async () => {
    sfn.on(SendTaskFailureCommand).rejects(new TaskTimedOut({ message: 'Task Timed Out', $metadata: {} }));

    expect(await resumer.fail('token-1', 'JourneyMomentPassed', 'gone')).toBe('closed');
  });
});

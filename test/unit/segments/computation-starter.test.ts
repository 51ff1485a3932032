import {
  ExecutionAlreadyExists,
  SFNClient,
  SFNServiceException,
  StartExecutionCommand,
  StateMachineDoesNotExist,
} from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { TransientStoreError } from '../../../lambdas/adapters/errors';
import { SfnComputationStarter } from '../../../lambdas/adapters/sfn/computation-starter';

const STATE_MACHINE = 'arn:aws:states:eu-west-1:123456789012:stateMachine:patient-outreach-dev-segment-computation';
const REQUEST = { computationId: 'c-42', segmentId: 'women-50-74', reason: 'activated' } as const;

const client = new SFNClient({ region: 'eu-west-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const sfn = mockClient(client);
const starter = new SfnComputationStarter(client, STATE_MACHINE);

beforeEach(() => {
  sfn.reset();
});

describe('SfnComputationStarter.start', () => {
  it('starts the state machine named after the computation, with ids only as input', async () => {
    sfn.on(StartExecutionCommand).resolves({ executionArn: 'arn:execution', startDate: new Date() });

    await starter.start({ ...REQUEST, ...({ note: 'not passed on' } as object) });

    expect(sfn).toHaveReceivedCommandWith(StartExecutionCommand, { stateMachineArn: STATE_MACHINE, name: 'c-42' });
    const input = sfn.commandCalls(StartExecutionCommand)[0]!.args[0].input.input as string;
    expect(JSON.parse(input)).toEqual(REQUEST);
  });

  it('treats an execution that already exists as the computation having started', async () => {
    sfn
      .on(StartExecutionCommand)
      .rejects(new ExecutionAlreadyExists({ message: 'Execution Already Exists: c-42', $metadata: {} }));

    await expect(starter.start(REQUEST)).resolves.toBeUndefined();
  });

  it('throws throttling on as a transient error, with the cause', async () => {
    const throttled = new SFNServiceException({
      name: 'ThrottlingException',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
      message: 'Rate exceeded',
    });
    sfn.on(StartExecutionCommand).rejects(throttled);

    const failure = starter.start(REQUEST);

    await expect(failure).rejects.toThrow(TransientStoreError);
    await expect(failure).rejects.toMatchObject({ cause: throttled });
  });

  it('rethrows other failures as they are', async () => {
    const missing = new StateMachineDoesNotExist({ message: 'State Machine Does Not Exist', $metadata: {} });
    sfn.on(StartExecutionCommand).rejects(missing);

    await expect(starter.start(REQUEST)).rejects.toBe(missing);
  });
});

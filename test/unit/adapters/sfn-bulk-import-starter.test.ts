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
import { SfnBulkImportStarter } from '../../../lambdas/adapters/sfn/bulk-import-starter';

const STATE_MACHINE = 'arn:aws:states:eu-west-1:123456789012:stateMachine:outreach-dev-bulk-import';
const BUCKET = 'outreach-dev-imports';

const client = new SFNClient({ region: 'eu-west-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const sfn = mockClient(client);
const starter = new SfnBulkImportStarter(client, STATE_MACHINE, BUCKET);

beforeEach(() => {
  sfn.reset();
});

describe('SfnBulkImportStarter.start', () => {
  it('starts the state machine with the job id as execution name and the S3 source as input', async () => {
    sfn.on(StartExecutionCommand).resolves({ executionArn: 'arn:execution', startDate: new Date() });

    await starter.start({ jobId: 'job-42', prefix: 'exports/2026-11-25/', asOf: '2026-11-25T00:00:00Z' });

    expect(sfn).toHaveReceivedCommandWith(StartExecutionCommand, {
      stateMachineArn: STATE_MACHINE,
      name: 'job-42',
    });
    const input = sfn.commandCalls(StartExecutionCommand)[0]!.args[0].input.input as string;
    expect(JSON.parse(input)).toEqual({
      jobId: 'job-42',
      source: { kind: 's3', bucket: BUCKET, prefix: 'exports/2026-11-25/' },
      options: { asOf: '2026-11-25T00:00:00Z' },
    });
  });

  it('leaves the options out when no asOf is given', async () => {
    sfn.on(StartExecutionCommand).resolves({ executionArn: 'arn:execution', startDate: new Date() });

    await starter.start({ jobId: 'job-42', prefix: 'exports/' });

    const input = sfn.commandCalls(StartExecutionCommand)[0]!.args[0].input.input as string;
    expect(JSON.parse(input)).not.toHaveProperty('options');
  });

  it('treats an execution that already exists as the job having started', async () => {
    sfn
      .on(StartExecutionCommand)
      .rejects(new ExecutionAlreadyExists({ message: 'Execution Already Exists: job-42', $metadata: {} }));

    await expect(starter.start({ jobId: 'job-42', prefix: 'exports/' })).resolves.toBeUndefined();
  });

  it('throws throttling on as a transient error, with the cause', async () => {
    const throttled = new SFNServiceException({
      name: 'ThrottlingException',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
      message: 'Rate exceeded',
    });
    sfn.on(StartExecutionCommand).rejects(throttled);

    const failure = starter.start({ jobId: 'job-42', prefix: 'exports/' });

    await expect(failure).rejects.toThrow(TransientStoreError);
    await expect(failure).rejects.toMatchObject({ cause: throttled });
  });

  it('rethrows other failures as they are', async () => {
    const missing = new StateMachineDoesNotExist({ message: 'State Machine Does Not Exist', $metadata: {} });
    sfn.on(StartExecutionCommand).rejects(missing);

    await expect(starter.start({ jobId: 'job-42', prefix: 'exports/' })).rejects.toBe(missing);
  });
});

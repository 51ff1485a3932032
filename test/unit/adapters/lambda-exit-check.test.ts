import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { TransientStoreError } from '../../../lambdas/adapters/errors';
import { lambdaExitCheck } from '../../../lambdas/adapters/lambda/lambda-exit-check';
import type { CheckExitPayload } from '../../../lambdas/domain/journeys/waits/wait-input';

const client = new LambdaClient({ region: 'eu-west-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const lambda = mockClient(client);
const checkExit = lambdaExitCheck(client, 'outreach-CheckJourneyExit');
const payload: CheckExitPayload = {
  patientId: 'p1',
  journeyId: 'j1',
  journeyVersion: 1,
  executionId: 'exec-1',
  stepId: 'sms-24h',
  exitWhen: [{ fhirChange: { resourceType: 'Appointment', condition: "%current.status = 'cancelled'" } }],
  enrolledAt: '2026-03-08T10:00:00.000Z',
};
const body = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

beforeEach(() => {
  lambda.reset();
});

it('invokes the exit check function with the payload and answers its exit', async () => {
  lambda.on(InvokeCommand).resolves({ StatusCode: 200, Payload: body({ exit: true }) as never });

  expect(await checkExit(payload)).toEqual({ exit: true });
  const sent = lambda.commandCalls(InvokeCommand)[0]?.args[0].input;
  expect(sent?.FunctionName).toBe('outreach-CheckJourneyExit');
  expect(JSON.parse(new TextDecoder().decode(sent?.Payload as Uint8Array))).toEqual(payload);
});

it.each([
  ['a function error', { StatusCode: 200, FunctionError: 'Unhandled', Payload: body({ errorType: 'Error' }) }],
  ['an answer without exit', { StatusCode: 200, Payload: body({ exited: true }) }],
  ['no answer', { StatusCode: 200 }],
])('throws a transient error on %s, so the send step is retried', async (_, output) => {
  lambda.on(InvokeCommand).resolves(output as never);

  await expect(checkExit(payload)).rejects.toThrow(TransientStoreError);
});

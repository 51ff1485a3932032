import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { recordInvocation } from './cost/local-meter';

/** A Lambda context for handlers run in-process by the local stack: one per invocation, so it is also where invocations are counted. */
export function localLambdaContext(functionName: string, timeoutSeconds = 30): Context {
  recordInvocation(functionName);
  const deadline = Date.now() + timeoutSeconds * 1000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

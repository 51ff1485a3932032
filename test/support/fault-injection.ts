import * as dynamoErrors from '@aws-sdk/client-dynamodb';
import * as eventBridgeErrors from '@aws-sdk/client-eventbridge';
import * as smsErrors from '@aws-sdk/client-pinpoint-sms-voice-v2';
import * as sesErrors from '@aws-sdk/client-sesv2';

/** One SDK call as a fault plan sees it: the command's name (`TransactWriteItemsCommand`) and its input. */
export interface SdkCall {
  readonly command: string;
  readonly input: Record<string, unknown>;
}

/**
 * What becomes of a call: it goes through (undefined); it fails before it reaches the service (`before`); or it
 * reaches the service, which acts on it, and only the answer is lost (`after`: a time-out after acceptance).
 */
export type FaultDecision = { readonly fault: Error; readonly when: 'before' | 'after' } | undefined;

export type FaultPlan = (call: SdkCall) => FaultDecision;

type Handler = (args: { input: object }) => Promise<unknown>;

/** Any SDK v3 client, whatever its command types: what adding an initialize-step middleware needs of it. */
interface MiddlewareHost {
  readonly middlewareStack: {
    add(
      middleware: (next: Handler, context: { commandName?: string }) => Handler,
      options: { step: 'initialize'; name: string; priority: 'high' },
    ): void;
    remove(name: string): boolean;
  };
}

/**
 * Puts a fault plan in front of an SDK client's calls (the clients the handlers build once at module scope, so
 * the faults reach the real handlers on the local stack). The middleware sits where the SDK's own retries have
 * already been spent: the fault is what the adapter sees. Returns the function that takes it out again.
 */
export function injectFaults(client: MiddlewareHost, plan: FaultPlan): () => void {
  const name = `fault-injection-${Math.random().toString(36).slice(2)}`;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const decision = plan({
        command: String(context.commandName),
        input: args.input as Record<string, unknown>,
      });
      if (decision?.when === 'before') throw decision.fault;
      const answer = await next(args);
      if (decision?.when === 'after') throw decision.fault;
      return answer;
    },
    { step: 'initialize', name, priority: 'high' },
  );
  return () => {
    client.middlewareStack.remove(name);
  };
}

/**
 * Fails the matching calls after the first `skip` of them, `times` times (every one when absent), then lets them
 * through. `count()` tells how many were faulted, so a test can check that its fault really happened.
 */
export function failMatching(options: {
  readonly matches: (call: SdkCall) => boolean;
  readonly fault: () => Error;
  readonly skip?: number;
  readonly times?: number;
  readonly when?: 'before' | 'after';
}): FaultPlan & { count(): number } {
  let seen = 0;
  let faulted = 0;
  const plan = (call: SdkCall): FaultDecision => {
    if (!options.matches(call)) return undefined;
    seen++;
    if (seen <= (options.skip ?? 0) || faulted >= (options.times ?? Number.POSITIVE_INFINITY)) return undefined;
    faulted++;
    return { fault: options.fault(), when: options.when ?? 'before' };
  };
  return Object.assign(plan, { count: () => faulted });
}

/** The first plan that decides a fault decides it. */
export function anyOf(...plans: readonly FaultPlan[]): FaultPlan {
  return (call) => {
    for (const plan of plans) {
      const decision = plan(call);
      if (decision) return decision;
    }
    return undefined;
  };
}

/** Whether a call names the table (its input, in any shape the command has, mentions it). */
export function touchesTable(call: SdkCall, tableName: string): boolean {
  return JSON.stringify(call.input).includes(`"${tableName}"`);
}

const meta = (httpStatusCode: number) => ({ $metadata: { httpStatusCode, requestId: 'injected-fault' } });

/** The errors the SDK clients throw for each fault class, shaped as the services answer them. */
export const faults = {
  dynamoThroughputExceeded: () =>
    new dynamoErrors.ProvisionedThroughputExceededException({ message: 'throughput exceeded', ...meta(400) }),
  dynamoThrottled: () =>
    new dynamoErrors.DynamoDBServiceException({
      name: 'ThrottlingException',
      $fault: 'client',
      message: 'rate exceeded',
      ...meta(400),
    }),
  dynamoInternalError: () => new dynamoErrors.InternalServerError({ message: 'internal error', ...meta(500) }),
  putEventsUnavailable: () => new eventBridgeErrors.InternalException({ message: 'unavailable', ...meta(503) }),
  sesTooManyRequests: () => new sesErrors.TooManyRequestsException({ message: 'slow down', ...meta(429) }),
  sesUnavailable: () =>
    new sesErrors.SESv2ServiceException({
      name: 'ServiceUnavailable',
      $fault: 'server',
      message: 'unavailable',
      ...meta(503),
    }),
  smsThrottled: () => new smsErrors.ThrottlingException({ message: 'slow down', ...meta(429) }),
  smsInternalError: () => new smsErrors.InternalServerException({ message: 'internal error', ...meta(500) }),
  /** A call whose answer did not come in time: the SDK's `TimeoutError` (the service may have acted on it). */
  timedOut: () => Object.assign(new Error('socket timed out after 5000 ms'), { name: 'TimeoutError' }),
  /** What a Lambda function's death (its time-out) leaves in place of the calls it would still have made. */
  functionTimedOut: () => Object.assign(new Error('Task timed out after 30.00 seconds'), { name: 'Sandbox.Timedout' }),
};

import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransientStoreError } from '../errors';

const RETRYABLE = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TransactionConflictException',
  'TimeoutError',
]);

/** Throttling, time-outs, 5xx and transaction conflicts: worth another attempt. */
export function isRetryable(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  if (e.name && RETRYABLE.has(e.name)) return true;
  if (error instanceof TransactionCanceledException) {
    return (error.CancellationReasons ?? []).some(
      (r) => r.Code === 'TransactionConflict' || r.Code === 'ThrottlingError',
    );
  }
  return (e.$metadata?.httpStatusCode ?? 0) >= 500;
}

export function isConditionFailure(error: unknown): boolean {
  if ((error as { name?: string }).name === 'ConditionalCheckFailedException') return true;
  return (
    error instanceof TransactionCanceledException &&
    (error.CancellationReasons ?? []).some((reason) => reason.Code === 'ConditionalCheckFailed')
  );
}

/** Awaits a DynamoDB call, turning retryable faults into `TransientStoreError` and leaving the rest as they are. */
export async function mapFaults<T>(call: Promise<T>, what: string): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (!isConditionFailure(error) && isRetryable(error)) {
      throw new TransientStoreError(`${what} temporarily unavailable`, { cause: error });
    }
    throw error;
  }
}

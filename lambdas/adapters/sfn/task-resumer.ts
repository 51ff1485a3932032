import { SendTaskFailureCommand, SendTaskSuccessCommand, type SFNClient } from '@aws-sdk/client-sfn';
import type { TaskResumer } from '../../domain/journeys/waits/ports';
import { isRetryable } from '../dynamodb/faults';
import { TransientStoreError } from '../errors';

/** The token was answered, timed out, or its execution ended: nothing is waiting for it any more. */
const CLOSED_TOKEN_ERRORS = new Set(['TaskTimedOut', 'InvalidToken', 'TaskDoesNotExist']);

/**
 * Resumes a `.waitForTaskToken` task with `SendTaskSuccess`, or ends it with `SendTaskFailure` and a named error.
 * A closed token is an expected outcome (an event delivered twice, or after the wait's time-out) and is returned as
 * `closed`; throttling and service faults are thrown as `TransientStoreError` so the caller's retry answers again.
 */
export class SfnTaskResumer implements TaskResumer {
  constructor(private readonly client: SFNClient) {}

  async succeed(taskToken: string, output: { readonly received: true }): Promise<'resumed' | 'closed'> {
    return this.answer(
      () => this.client.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) })),
      'resumed',
    );
  }

  async fail(taskToken: string, error: string, cause: string): Promise<'failed' | 'closed'> {
    return this.answer(() => this.client.send(new SendTaskFailureCommand({ taskToken, error, cause })), 'failed');
  }

  private async answer<T extends string>(send: () => Promise<unknown>, done: T): Promise<T | 'closed'> {
    try {
      await send();
      return done;
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name !== undefined && CLOSED_TOKEN_ERRORS.has(name)) return 'closed';
      if (isRetryable(error)) throw new TransientStoreError('Step Functions temporarily unavailable', { cause: error });
      throw error;
    }
  }
}

import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { ExitCheck } from '../../domain/journeys/steps/send-step';
import { TransientStoreError } from '../errors';

/**
 * The exit check of the function that carries FHIRPath (CheckJourneyExit), invoked and awaited: what a send step
 * asks when only a FHIR exit condition can decide. A failed or malformed answer throws, so the step is retried.
 */
export function lambdaExitCheck(client: LambdaClient, functionName: string): ExitCheck {
  return async (payload) => {
    const output = await client.send(
      new InvokeCommand({ FunctionName: functionName, Payload: new TextEncoder().encode(JSON.stringify(payload)) }),
    );
    if (output.FunctionError !== undefined) {
      throw new TransientStoreError(`the exit check failed (${output.FunctionError})`);
    }
    const answer: unknown = output.Payload ? JSON.parse(new TextDecoder().decode(output.Payload)) : undefined;
    const exit = (answer as { exit?: unknown } | undefined)?.exit;
    if (typeof exit !== 'boolean') throw new TransientStoreError('the exit check answered no { exit }');
    return { exit };
  };
}

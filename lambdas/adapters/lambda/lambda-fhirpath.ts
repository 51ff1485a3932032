import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { FhirPathService } from '../../domain/fhir/fhirpath-port';
import type { FhirPathRequest } from '../../domain/fhir/fhirpath-requests';
import type { ConditionResult } from '../../domain/journeys/conditions';
import { TransientStoreError } from '../errors';

/**
 * FHIRPath through the function that carries it (EvaluateFhirPath), invoked and awaited, one call per batch. A
 * failed or malformed answer throws (a 500 the caller may retry): never an expression taken as valid or a
 * condition as false because the answer was lost.
 */
export function lambdaFhirPath(client: () => LambdaClient, functionName: string): FhirPathService {
  const invoke = async (request: FhirPathRequest, key: string, length: number): Promise<unknown[]> => {
    const output = await client().send(
      new InvokeCommand({ FunctionName: functionName, Payload: new TextEncoder().encode(JSON.stringify(request)) }),
    );
    if (output.FunctionError !== undefined) {
      throw new TransientStoreError(`the FHIRPath function failed (${output.FunctionError})`);
    }
    const answer: unknown = output.Payload ? JSON.parse(new TextDecoder().decode(output.Payload)) : undefined;
    const values = (answer as Record<string, unknown> | undefined)?.[key];
    if (!Array.isArray(values) || values.length !== length) {
      throw new TransientStoreError(`the FHIRPath function answered no ${key} for ${length} requests`);
    }
    return values;
  };
  return {
    problems: async (checks) => {
      if (checks.length === 0) return [];
      const problems = await invoke({ check: [...checks] }, 'problems', checks.length);
      return problems.map((problem) => (typeof problem === 'string' ? problem : undefined));
    },
    evaluateChanges: async (requests) => {
      if (requests.length === 0) return [];
      const results = await invoke({ evaluate: [...requests] } as FhirPathRequest, 'results', requests.length);
      if (!results.every(isConditionResult)) throw new TransientStoreError('the FHIRPath function answered no result');
      return results;
    },
  };
}

const isConditionResult = (value: unknown): value is ConditionResult =>
  typeof value === 'boolean' || value === 'does-not-compile' || value === 'failed';

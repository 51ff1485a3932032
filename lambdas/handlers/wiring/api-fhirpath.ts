import { lambda } from '../../adapters/aws-clients/lambda';
import { lambdaFhirPath } from '../../adapters/lambda/lambda-fhirpath';
import type { PlatformConfig } from '../../config/config';
import type { FhirPathService } from '../../domain/fhir/fhirpath-port';
import type { ChangeEvaluation } from './journey-stores-wiring';

/**
 * FHIRPath for the staff API's functions, through EvaluateFhirPath: bundled, it would be 660 KB of each of them,
 * and only saving a definition with a condition or a view of a journey with a FHIR goal needs it.
 */
export function apiFhirPath(config: PlatformConfig): FhirPathService {
  return lambdaFhirPath(lambda, config.evaluateFhirPathFunction);
}

/** One condition over one change, as journeys' evaluators ask, answered by the FHIRPath function. */
export function evaluatedBy(fhirPath: FhirPathService): ChangeEvaluation {
  return async (condition, change) => {
    const [result] = await fhirPath.evaluateChanges([{ condition, change }]);
    return result ?? 'failed';
  };
}

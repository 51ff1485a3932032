import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { createLogger } from '../adapters/logger';
import { answerFhirPathRequest, type FhirPathAnswer } from '../domain/fhir/fhirpath-requests';
import { localFhirPath } from '../domain/fhir/local-fhirpath';

const logger = createLogger('evaluate-fhirpath');

/**
 * For the staff API's functions, which do not bundle FHIRPath: whether expressions compile (a definition being
 * saved), and journeys' conditions over changes (goals in enrolment views, a simulation's conditions).
 */
export const handler = middy<unknown, FhirPathAnswer>()
  .use(injectLambdaContext(logger.powertools))
  .handler((event) => answerFhirPathRequest(event, localFhirPath));

import { dynamoDocumentClient } from '../../adapters/aws-clients/dynamodb';
import { DynamoJourneyEntryStore } from '../../adapters/dynamodb/journey-entry-store';
import { DynamoPatientDirectory } from '../../adapters/dynamodb/patient-directory';
import { DynamoResourceChanges } from '../../adapters/dynamodb/resource-changes';
import { runtimeClock } from '../../adapters/runtime-clock';
import { SfnJourneyExecutionStarter } from '../../adapters/sfn/journey-execution-starter';
import { sfnClient } from '../../adapters/sfn/start-execution';
import type { PlatformConfig } from '../../config/config';
import { ChangeConditionEvaluator } from '../../domain/journeys/change-condition-evaluator';
import type { ConditionResult, ResourceChange } from '../../domain/journeys/conditions';
import { cachedActiveJourneys, type EnrolOnEventDependencies } from '../../domain/journeys/enrolment/enrol-on-event';
import type { Logger } from '../../domain/ports';
import { dynamoJourneys } from './definition-stores';

/** How a journey condition over a change is evaluated: in process, or by the FHIRPath function. */
export type ChangeEvaluation = (condition: string, change: ResourceChange) => Promise<ConditionResult>;

/**
 * What journeys read, without FHIRPath: `journey-wiring.ts` passes the in-process evaluation, the staff API's
 * functions the FHIRPath function's, so that they do not bundle it.
 */
export function journeyPatientDirectory(config: PlatformConfig): DynamoPatientDirectory {
  return new DynamoPatientDirectory(dynamoDocumentClient(), config.patientsTable);
}

/** The patient store as journeys read it, and the conditions over FHIR changes (`%current`, `%previous`). */
export function journeyPatientsWith(config: PlatformConfig, evaluate: ChangeEvaluation) {
  const patients = journeyPatientDirectory(config);
  const conditions = new ChangeConditionEvaluator(
    patients,
    new DynamoResourceChanges(dynamoDocumentClient(), config.patientsTable),
    evaluate,
  );
  return { patients, conditions };
}

/** Journeys, entry records and the execution starter: what enrolment uses. */
export function enrolmentDependenciesWith(
  config: PlatformConfig,
  logger: Logger,
  evaluate: ChangeEvaluation,
): EnrolOnEventDependencies {
  const journeys = dynamoJourneys(dynamoDocumentClient(), config.platformTable);
  return {
    journeys,
    activeJourneys: cachedActiveJourneys(journeys),
    entries: new DynamoJourneyEntryStore(dynamoDocumentClient(), config.patientsTable),
    starter: new SfnJourneyExecutionStarter(sfnClient()),
    conditions: journeyPatientsWith(config, evaluate).conditions.triggers,
    clock: runtimeClock,
    logger,
  };
}

import { dynamoDocumentClient } from '../../adapters/aws-clients/dynamodb';
import { eventBridge } from '../../adapters/aws-clients/eventbridge';
import { DynamoActivityStore } from '../../adapters/dynamodb/activity-store';
import { DynamoAttributeStore } from '../../adapters/dynamodb/attribute-store';
import { DynamoJourneyEntryStore } from '../../adapters/dynamodb/journey-entry-store';
import { DynamoJourneyWaitStore } from '../../adapters/dynamodb/journey-wait-store';
import { DynamoMessageStore } from '../../adapters/dynamodb/message-store';
import { DynamoPatientEventLog } from '../../adapters/dynamodb/patient-event-log';
import { EventBridgePublisher } from '../../adapters/eventbridge/event-publisher';
import { runtimeClock } from '../../adapters/runtime-clock';
import { SfnExecutionStopper } from '../../adapters/sfn/execution-stopper';
import { sfnClient } from '../../adapters/sfn/start-execution';
import { SfnTaskResumer } from '../../adapters/sfn/task-resumer';
import type { PlatformConfig } from '../../config/config';
import { evaluateChangeCondition, type ResourceChange } from '../../domain/journeys/conditions';
import type { EnrolOnEventDependencies } from '../../domain/journeys/enrolment/enrol-on-event';
import type { MessageCauses } from '../../domain/journeys/journey-events';
import type { CreateActivityDependencies } from '../../domain/journeys/steps/create-activity';
import type { EvaluateConditionDependencies } from '../../domain/journeys/steps/evaluate-condition';
import type { ExitCheck, SendStepDependencies } from '../../domain/journeys/steps/send-step';
import type { UpdateAttributeDependencies } from '../../domain/journeys/steps/update-attribute';
import type { WaitDependencies } from '../../domain/journeys/waits/ports';
import { cachedDefinitions, type StopOnExitDependencies } from '../../domain/journeys/waits/stop-on-exit';
import type { Logger } from '../../domain/ports';
import { dynamoJourneys } from './definition-stores';
import { enrolmentDependenciesWith, journeyPatientDirectory, journeyPatientsWith } from './journey-stores-wiring';

export { journeyPatientDirectory };

/** `evaluateChangeCondition` in process: these functions bundle FHIRPath (the staff API's ask EvaluateFhirPath). */
const inProcess = async (condition: string, change: ResourceChange) => evaluateChangeCondition(condition, change);

/** The patient store as journeys read it, and the conditions over FHIR changes (`%current`, `%previous`). */
export function journeyPatients(config: PlatformConfig) {
  return journeyPatientsWith(config, inProcess);
}

/** Wait registrations, the patient event log and the resumer: what waits, resumes and exit checks use. */
export function waitDependencies(config: PlatformConfig, logger: Logger): WaitDependencies {
  return {
    waits: new DynamoJourneyWaitStore(dynamoDocumentClient(), config.patientsTable),
    eventLog: new DynamoPatientEventLog(dynamoDocumentClient(), config.patientsTable),
    resumer: new SfnTaskResumer(sfnClient()),
    conditions: journeyPatients(config).conditions.changeConditions,
    clock: runtimeClock,
    logger,
  };
}

/**
 * A send step's exit check: the patient event log read here, and CheckJourneyExit asked when a FHIR condition
 * decides, so the sending function bundles no FHIRPath.
 */
export function sendStepExitDependencies(
  config: PlatformConfig,
  logger: Logger,
): Pick<SendStepDependencies, 'exits' | 'checkExit'> {
  return {
    exits: { eventLog: new DynamoPatientEventLog(dynamoDocumentClient(), config.patientsTable), logger },
    checkExit: invokedExitCheck(config.checkJourneyExitFunction),
  };
}

/**
 * CheckJourneyExit through Lambda Invoke, its SDK client read from the runtime on the first check that needs it:
 * most sends never do, and an imported client module is read on every cold start. A failed build is not kept.
 */
function invokedExitCheck(functionName: string): ExitCheck {
  let built: Promise<ExitCheck> | undefined;
  return async (payload) => {
    built ??= Promise.all([
      import('../../adapters/aws-clients/lambda'),
      import('../../adapters/lambda/lambda-exit-check'),
    ])
      .then(([client, adapter]) => adapter.lambdaExitCheck(client.lambda(), functionName))
      .catch((error: unknown) => {
        built = undefined;
        throw error;
      });
    return (await built)(payload);
  };
}

/** Journeys, entry records and the execution starter: what enrolment uses. */
export function enrolmentDependencies(config: PlatformConfig, logger: Logger): EnrolOnEventDependencies {
  return enrolmentDependenciesWith(config, logger, inProcess);
}

export function activityDependencies(config: PlatformConfig, logger: Logger): CreateActivityDependencies {
  return {
    activities: new DynamoActivityStore(dynamoDocumentClient(), config.patientsTable),
    publisher: new EventBridgePublisher(eventBridge(), config.eventBusName),
    clock: runtimeClock,
    logger,
  };
}

export function attributeDependencies(config: PlatformConfig, logger: Logger): UpdateAttributeDependencies {
  return {
    attributes: new DynamoAttributeStore(dynamoDocumentClient(), config.patientsTable),
    clock: runtimeClock,
    logger,
  };
}

export function conditionDependencies(config: PlatformConfig, logger: Logger): EvaluateConditionDependencies {
  return { patients: journeyPatientDirectory(config), logger };
}

/** The journey run behind a message, from the message log (a reply names the message it answers). */
export function messageCauses(config: PlatformConfig): MessageCauses {
  const messages = new DynamoMessageStore(dynamoDocumentClient(), config.messagesTable);
  return {
    async journeyRunOf(messageId) {
      const cause = (await messages.get(messageId))?.cause;
      return cause?.kind === 'journey' ? { journeyId: cause.journeyId, executionId: cause.executionId } : undefined;
    },
  };
}

/** What stopping runs on their exit events needs: entries, journeys, their versions (cached) and Step Functions. */
export function stopOnExitDependencies(config: PlatformConfig, logger: Logger): StopOnExitDependencies {
  const journeys = dynamoJourneys(dynamoDocumentClient(), config.platformTable);
  return {
    entries: new DynamoJourneyEntryStore(dynamoDocumentClient(), config.patientsTable),
    journeys,
    definitionOf: cachedDefinitions((journeyId, version) => journeys.getVersion(journeyId, version)),
    stopper: new SfnExecutionStopper(sfnClient()),
    conditions: journeyPatients(config).conditions.changeConditions,
    logger,
  };
}

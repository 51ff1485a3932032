import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { parseJourneyTriggerEvent } from '../domain/journeys/journey-events';
import { followPatientEvent } from '../domain/journeys/waits/follow-patient-event';
import { messageCauses, stopOnExitDependencies, waitDependencies } from './wiring/journey-wiring';

const logger = createLogger('resume-journey-waits');
const config = readConfig();
const dependencies = {
  waits: waitDependencies(config, logger),
  exits: stopOnExitDependencies(config, logger),
  causes: messageCauses(config),
};

/**
 * Target of the rules for Patient Facts Changed, Segment Membership Changed, Patient Replied and Patient
 * Engagement Recorded: one event, followed by the journeys (see `followPatientEvent`). Faults throw, so
 * EventBridge retries and then dead-letters.
 */
export const handler = middy<EventBridgeEvent<string, unknown>>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async (event) =>
    followPatientEvent(parseJourneyTriggerEvent(event['detail-type'], event.detail), dependencies),
  );

import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { parseJourneyTriggerEvent } from '../domain/journeys/journey-events';
import { followPatientEvent } from '../domain/journeys/waits/follow-patient-event';
import { consumeQueuedEvents } from './queued-events';
import { messageCauses, stopOnExitDependencies, waitDependencies } from './wiring/journey-wiring';

const logger = createLogger('resume-journey-waits');
const config = readConfig();
const dependencies = {
  waits: waitDependencies(config, logger),
  exits: stopOnExitDependencies(config, logger),
  causes: messageCauses(config),
};

/**
 * Drains the queue of the rules for Patient Facts Changed, Segment Membership Changed, Patient Replied and
 * Patient Engagement Recorded: one event at a time, followed by the journeys (see `followPatientEvent`).
 * Faults throw, so the queue delivers the event again with back-off, then dead-letters it.
 */
export const handler = middy<SQSEvent, SQSBatchResponse>()
  .use(injectLambdaContext(logger.powertools))
  .handler(
    consumeQueuedEvents(
      (event) => followPatientEvent(parseJourneyTriggerEvent(event['detail-type'], event.detail), dependencies),
      logger,
    ),
  );

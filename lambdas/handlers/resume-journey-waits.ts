import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { parseJourneyTriggerEvent, patientEventsOf, withJourneyRun } from '../domain/journeys/journey-events';
import { resumeWaitingForEvents } from '../domain/journeys/waits/resume-waiting';
import { stopOnExitEvents } from '../domain/journeys/waits/stop-on-exit';
import { messageCauses, stopOnExitDependencies, waitDependencies } from './wiring/journey-wiring';

const logger = createLogger('resume-journey-waits');
const config = readConfig();
const dependencies = waitDependencies(config, logger);
const exits = stopOnExitDependencies(config, logger);
const causes = messageCauses(config);

/**
 * Target of the rules for Patient Facts Changed, Segment Membership Changed, Patient Replied and Patient
 * Engagement Recorded: logs what happened to the patient (ids only), resumes the executions waiting for it and
 * stops the runs it is an exit criterion of, once for all the changes the event lists.
 * Faults throw, so EventBridge retries (the log write is idempotent) and then dead-letters.
 */
export const handler = middy<EventBridgeEvent<string, unknown>>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async (event) => {
    const parsed = patientEventsOf(parseJourneyTriggerEvent(event['detail-type'], event.detail));
    const events = await Promise.all(parsed.map((patientEvent) => withJourneyRun(patientEvent, causes)));
    // One event names one patient: its changes are logged and matched together.
    const { resumed } = await resumeWaitingForEvents(events, dependencies);
    const stopped = await stopOnExitEvents(events, exits);
    return { logged: events.length, resumed, stopped };
  });

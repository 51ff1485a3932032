import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { waitDependencies } from '../adapters/journey-wiring';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { parseJourneyTriggerEvent, patientEventsOf } from '../domain/journeys/journey-events';
import { resumeWaiting } from '../domain/journeys/waits/resume-waiting';

const logger = createLogger('resume-journey-waits');
const dependencies = waitDependencies(readConfig(), logger);

/**
 * Target of the rules for Patient Facts Changed, Segment Membership Changed, Patient Replied and Patient
 * Engagement Recorded: logs what happened to the patient (ids only) and resumes the executions waiting for it.
 * Faults throw, so EventBridge retries (the log write is idempotent) and then dead-letters.
 */
export const handler = middy<EventBridgeEvent<string, unknown>>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async (event) => {
    const events = patientEventsOf(parseJourneyTriggerEvent(event['detail-type'], event.detail));
    let resumed = 0;
    for (const patientEvent of events) resumed += (await resumeWaiting(patientEvent, dependencies)).resumed;
    return { logged: events.length, resumed };
  });

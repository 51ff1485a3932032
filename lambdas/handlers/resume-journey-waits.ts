import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { parseJourneyTriggerEvent, patientEventsOf, withJourneyRun } from '../domain/journeys/journey-events';
import { resumeWaiting } from '../domain/journeys/waits/resume-waiting';
import { stopOnExit } from '../domain/journeys/waits/stop-on-exit';
import { messageCauses, stopOnExitDependencies, waitDependencies } from './wiring/journey-wiring';

const logger = createLogger('resume-journey-waits');
const config = readConfig();
const dependencies = waitDependencies(config, logger);
const exits = stopOnExitDependencies(config, logger);
const causes = messageCauses(config);

/**
 * Target of the rules for Patient Facts Changed, Segment Membership Changed, Patient Replied and Patient
 * Engagement Recorded: logs what happened to the patient (ids only), resumes the executions waiting for it and
 * stops the runs it is an exit criterion of.
 * Faults throw, so EventBridge retries (the log write is idempotent) and then dead-letters.
 */
export const handler = middy<EventBridgeEvent<string, unknown>>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async (event) => {
    const events = patientEventsOf(parseJourneyTriggerEvent(event['detail-type'], event.detail));
    let resumed = 0;
    let stopped = 0;
    for (const parsed of events) {
      const patientEvent = await withJourneyRun(parsed, causes);
      resumed += (await resumeWaiting(patientEvent, dependencies)).resumed;
      stopped += await stopOnExit(patientEvent, exits);
    }
    return { logged: events.length, resumed, stopped };
  });

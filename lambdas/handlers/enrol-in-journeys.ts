import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { enrolPage, parseBulkEnrolmentPage } from '../domain/journeys/enrolment/bulk-enrolment';
import { enrolOnEvent } from '../domain/journeys/enrolment/enrol-on-event';
import { parseJourneyTriggerEvent } from '../domain/journeys/journey-events';
import { invocationOf } from './envelope';
import { enrolmentDependencies } from './wiring/journey-wiring';

const logger = createLogger('enrol-in-journeys');
const dependencies = enrolmentDependencies(readConfig(), logger);

/**
 * Two callers: the rules for Segment Membership Changed and Patient Facts Changed (segment entries and FHIR
 * triggers of every active journey), and the bulk enrolment workflow (a page of a segment's members, one
 * journey). Counts and ids out; faults throw so the rule or the workflow retries (enrolment is idempotent).
 */
export const handler = middy<unknown>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async (event) => {
    const invocation = invocationOf(event);
    if (invocation.kind === 'event') {
      const trigger = parseJourneyTriggerEvent(invocation.detailType, invocation.detail);
      return { enrolments: (await enrolOnEvent(trigger, dependencies)).length };
    }
    return enrolPage(parseBulkEnrolmentPage(invocation.payload), dependencies);
  });

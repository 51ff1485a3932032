import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { patientToReevaluate } from '../domain/segments/parse-trigger';
import { reevaluatePatient } from '../domain/segments/reevaluate-patient';
import { consumeQueuedEvents } from './queued-events';
import { segmentDependencies } from './wiring/segment-wiring';

const logger = createLogger('evaluate-patient-segments');
const dependencies = segmentDependencies(readConfig(), logger);

/**
 * Drains the queue of the rules for Patient Facts Changed and Patient Engagement Recorded: re-evaluates
 * that one patient against every active segment, writes the differences and announces them. Transient
 * faults and lost races throw, so the queue delivers the event again with back-off, then dead-letters it.
 */
export const handler = middy<SQSEvent, SQSBatchResponse>()
  .use(injectLambdaContext(logger.powertools))
  .handler(
    consumeQueuedEvents(
      (event) => reevaluatePatient(patientToReevaluate(event['detail-type'], event.detail), dependencies),
      logger,
    ),
  );

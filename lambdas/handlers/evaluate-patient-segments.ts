import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { patientToReevaluate } from '../domain/segments/parse-trigger';
import { reevaluatePatient } from '../domain/segments/reevaluate-patient';
import { segmentDependencies } from './wiring/segment-wiring';

const logger = createLogger('evaluate-patient-segments');
const dependencies = segmentDependencies(readConfig(), logger);

/**
 * Target of the rules for Patient Facts Changed and Patient Engagement Recorded: re-evaluates that one
 * patient against every active segment, writes the differences and announces them. Transient faults and
 * lost races throw, so EventBridge retries and then dead-letters.
 */
export const handler = middy<EventBridgeEvent<string, unknown>>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async (event) => reevaluatePatient(patientToReevaluate(event['detail-type'], event.detail), dependencies));

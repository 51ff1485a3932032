import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { DUE_SHARDS } from '../adapters/dynamodb/patient-keys';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { wakeDuePatients } from '../domain/segments/reevaluate-patient';
import { segmentDependencies } from './wiring/segment-wiring';

const logger = createLogger('wake-due-segments');
const dependencies = { ...segmentDependencies(readConfig(), logger), shards: DUE_SHARDS };
/** Leaves time to finish the patients in hand; the rest stay due for the next minute's run. */
const SAFETY_MARGIN_MS = 10_000;

/**
 * Runs every minute (an EventBridge schedule; each virtual-clock tick locally) and re-evaluates exactly
 * the patients whose membership can change by now with no new facts.
 */
export const handler = middy<unknown, unknown, Error, Context>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async (_event, context) => {
    const outOfTime = () => context.getRemainingTimeInMillis() < SAFETY_MARGIN_MS;
    const result = await wakeDuePatients(dependencies, { outOfTime });
    if (result.woken + result.failed > 0) logger.info('due patients re-evaluated', result);
    return result;
  });

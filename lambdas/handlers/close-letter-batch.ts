import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { createLogger } from '../adapters/logger';
import { runtimeClock } from '../adapters/runtime-clock';
import { readConfig } from '../config/config';
import { closeLetterBatch, letterDate } from '../domain/messaging/letter-batch';
import { letterStorage } from './wiring/channels/letter';

const logger = createLogger('close-letter-batch');
const storage = letterStorage(readConfig());
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Every evening (and on request with `{ "date": "YYYY-MM-DD" }` to redo a day): writes the day's print
 * manifest from the letters sent that day. Idempotent: a rerun rewrites the same manifest.
 */
export const handler = middy<{ date?: unknown }>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async (event) => {
    const date = typeof event?.date === 'string' && DATE.test(event.date) ? event.date : letterDate(runtimeClock.now());
    const closed = await closeLetterBatch(storage, date);
    logger.info('Letter batch closed', { date, letters: closed.letters });
    return { date, ...closed };
  });

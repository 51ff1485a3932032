import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { ingestFhirEvent } from '../domain/ingestion/ingest-event';
import { ingestionDependencies } from './wiring/ingestion-wiring';

const logger = createLogger('ingest-fhir-event');
const dependencies = ingestionDependencies(readConfig(), logger);

/** Target of the ingestion rule. Transient faults throw, so EventBridge retries and then dead-letters. */
export const handler = middy<EventBridgeEvent<string, unknown>>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async (event) => {
    const result = await ingestFhirEvent(event, dependencies);
    return { outcome: result.outcome };
  });

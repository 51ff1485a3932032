import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { EventBridgeEvent, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { type IncomingEvent, ingestFhirEvent, ingestFhirEvents } from '../domain/ingestion/ingest-event';
import { queuedEventOf } from './envelope';
import { ingestionDependencies } from './wiring/ingestion-wiring';

const logger = createLogger('ingest-fhir-event');
const dependencies = ingestionDependencies(readConfig(), logger);

/**
 * Target of the ingestion queue, which the ingestion rule fills: a delivery batch of `FHIR Resource Changed`
 * events (each message body is the EventBridge event), announced once per patient. The events that met a
 * transient fault are reported as batch item failures, so SQS delivers them again and then dead-letters them.
 * A direct invocation with one EventBridge event (replays, tests) ingests that event.
 */
export const handler = middy<SQSEvent | EventBridgeEvent<string, unknown>>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async (event): Promise<SQSBatchResponse | { outcome: string }> => {
    if (!('Records' in event)) return { outcome: (await ingestFhirEvent(event, dependencies)).outcome };
    const events = event.Records.map((record) => eventOf(record.messageId, record.body));
    const result = await ingestFhirEvents(events, dependencies);
    return { batchItemFailures: result.failed.map(({ eventId }) => ({ itemIdentifier: eventId })) };
  });

/** The EventBridge event a message carries, identified by the message (the batch reports failures by it). */
function eventOf(messageId: string, body: string): IncomingEvent {
  const { kind: _kind, id: _id, detailType, ...event } = queuedEventOf(body);
  return { ...event, id: messageId, ...(detailType !== undefined ? { 'detail-type': detailType } : {}) };
}

import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { eventBridge } from '../adapters/aws-clients';
import { EventBridgePublisher } from '../adapters/eventbridge/event-publisher';
import { importJobStore } from '../adapters/ingestion-wiring';
import { createLogger } from '../adapters/logger';
import { readConfig } from '../config/config';
import { DetailType, PLATFORM_EVENT_SOURCE } from '../domain/events/event-names';
import { systemClock } from '../domain/ports';

const config = readConfig();
const logger = createLogger('summarize-import');
const jobs = importJobStore(config);
const publisher = new EventBridgePublisher(eventBridge(), config.eventBusName);

/** Last state of the workflow: close the job with its totals and announce it (counts only, no PHI). */
export const handler = middy<{ jobId: string }>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async ({ jobId }) => {
    const summary = await jobs.complete(jobId, systemClock.now());
    await publisher.put([
      {
        EventBusName: config.eventBusName,
        Source: PLATFORM_EVENT_SOURCE,
        DetailType: DetailType.BulkImportCompleted,
        Detail: JSON.stringify(summary),
      },
    ]);
    logger.info('bulk import completed', { jobId, status: summary.status, accepted: summary.accepted });
    return summary;
  });

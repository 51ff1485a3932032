import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { eventBridge } from '../adapters/aws-clients/eventbridge';
import { EventBridgePublisher } from '../adapters/eventbridge/event-publisher';
import { createLogger } from '../adapters/logger';
import { runtimeClock } from '../adapters/runtime-clock';
import { readConfig } from '../config/config';
import { completeImportJob } from '../domain/ingestion/import-job';
import { importJobStore } from './wiring/ingestion-wiring';

const config = readConfig();
const logger = createLogger('summarize-import');
const jobs = importJobStore(config);
const publisher = new EventBridgePublisher(eventBridge(), config.eventBusName);

/** "Summarize import" state of the bulk import workflow. */
export const handler = middy<{ jobId: string }>()
  .use(injectLambdaContext(logger.powertools))
  .handler((input) => completeImportJob(input, jobs, publisher, runtimeClock));

import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { S3Client } from '@aws-sdk/client-s3';
import middy from '@middy/core';
import { createLogger } from '../adapters/logger';
import { runtimeClock } from '../adapters/runtime-clock';
import { s3ImportSources } from '../adapters/s3/s3-import-source';
import { readConfig } from '../config/config';
import { startImportJob } from '../domain/ingestion/import-job';
import { importJobStore } from './wiring/ingestion-wiring';

const config = readConfig();
const logger = createLogger('list-import-files');
const openSource = s3ImportSources(new S3Client({}), config.importBucket);
const jobs = importJobStore(config);

/** "List import files" state of the bulk import workflow. */
export const handler = middy<Parameters<typeof startImportJob>[0]>()
  .use(injectLambdaContext(logger.powertools))
  .handler((input) => startImportJob(input, openSource, jobs, runtimeClock));

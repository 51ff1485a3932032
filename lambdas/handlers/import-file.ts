import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { S3Client } from '@aws-sdk/client-s3';
import middy from '@middy/core';
import { createLogger } from '../adapters/logger';
import { s3ImportSources } from '../adapters/s3/s3-import-source';
import { readConfig } from '../config/config';
import { importJobFile } from '../domain/ingestion/import-job';
import { importJobStore, ingestionDependencies } from './wiring/ingestion-wiring';

const config = readConfig();
const logger = createLogger('import-file');
const openSource = s3ImportSources(new S3Client({}), config.importBucket);
const jobs = importJobStore(config);
const dependencies = ingestionDependencies(config, logger);

/** "Import file" state, run once per file by the Distributed Map. */
export const handler = middy<Parameters<typeof importJobFile>[0]>()
  .use(injectLambdaContext(logger.powertools))
  .handler((input) => importJobFile(input, openSource, jobs, dependencies));

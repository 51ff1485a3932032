import { eventBridge } from '../../lambdas/adapters/aws-clients/eventbridge';
import { EventBridgePublisher } from '../../lambdas/adapters/eventbridge/event-publisher';
import { createLogger } from '../../lambdas/adapters/logger';
import { readConfig } from '../../lambdas/config/config';
import {
  completeImportJob,
  type ImportJobTotals,
  importJobFile,
  startImportJob,
} from '../../lambdas/domain/ingestion/import-job';
import type { Clock } from '../../lambdas/domain/ports';
import { importJobStore, ingestionDependencies } from '../../lambdas/handlers/wiring/ingestion-wiring';
import { recordInvocation } from '../cost/local-meter';
import { openFolderImportSource } from '../import/folder-import-source';
import { loadStateMachineDefinition, runStateMachine } from './local-state-machine';

/**
 * Runs the deployed bulk-import ASL locally. The tasks are the same domain calls and DynamoDB /
 * EventBridge adapters the Lambda handlers make; only the file source is a folder instead of S3.
 */
export async function runBulkImportWorkflow(input: {
  jobId: string;
  folder: string;
  asOf?: string;
  clock: Clock;
  onProgress?: (done: number) => void;
}): Promise<ImportJobTotals> {
  const config = readConfig();
  const logger = createLogger('bulk-import');
  const jobs = importJobStore(config);
  const deps = ingestionDependencies(config, logger, input.clock);
  const publisher = new EventBridgePublisher(eventBridge(), config.eventBusName);
  let done = 0;
  const result = (await runStateMachine(
    loadStateMachineDefinition('bulk-import.asl.json'),
    {
      jobId: input.jobId,
      source: { kind: 'folder', path: input.folder },
      options: input.asOf ? { asOf: input.asOf } : {},
    },
    {
      'List import files': (payload) =>
        invoked('ListImportFiles') &&
        startImportJob(payload as Parameters<typeof startImportJob>[0], openFolderImportSource, jobs, input.clock),
      'Import file': async (payload) => {
        invoked('ImportFile');
        let reported = 0;
        const fileResult = await importJobFile(
          payload as Parameters<typeof importJobFile>[0],
          openFolderImportSource,
          jobs,
          deps,
          (itemsDone) => {
            done += itemsDone - reported;
            reported = itemsDone;
            input.onProgress?.(done);
          },
        );
        return fileResult;
      },
      'Summarize import': (payload) =>
        invoked('SummarizeImport') && completeImportJob(payload as { jobId: string }, jobs, publisher, input.clock),
    },
  )) as { summary: ImportJobTotals };
  return result.summary;
}

/** These tasks call the domain directly, without a Lambda context: each call is still one invocation on AWS. */
function invoked(functionName: string): true {
  recordInvocation(functionName);
  return true;
}

import type { SFNClient } from '@aws-sdk/client-sfn';
import type { ImportJobOptions, ImportSourceSpec } from '../../domain/ingestion/import-job';
import type { BulkImportRequest, BulkImportStarter } from '../../domain/ingestion/operations';
import { startExecutionOnce } from './start-execution';

/** The execution input `statemachines/bulk-import.asl.json` takes. */
export interface BulkImportExecutionInput {
  readonly jobId: string;
  readonly source: Extract<ImportSourceSpec, { kind: 's3' }>;
  readonly options?: ImportJobOptions;
}

/**
 * Starts the bulk-import state machine over a prefix of the import bucket. The execution is named
 * after the job, so starting the same job twice starts one workflow.
 */
export class SfnBulkImportStarter implements BulkImportStarter {
  constructor(
    private readonly client: SFNClient,
    private readonly stateMachineArn: string,
    private readonly importBucket: string,
  ) {}

  async start(request: BulkImportRequest): Promise<void> {
    const input: BulkImportExecutionInput = {
      jobId: request.jobId,
      source: { kind: 's3', bucket: this.importBucket, prefix: request.prefix },
      ...(request.asOf ? { options: { asOf: request.asOf } } : {}),
    };
    await startExecutionOnce(this.client, this.stateMachineArn, request.jobId, input);
  }
}

import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ImportJobTotals } from '../../lambdas/domain/ingestion/import-job';
import type { BulkImportRequest, BulkImportStarter } from '../../lambdas/domain/ingestion/operations';
import type { Clock, Logger } from '../../lambdas/domain/ports';
import { runBulkImportWorkflow } from '../stepfunctions/bulk-import-runner';

/**
 * The local stand-in for `StartExecution`: runs the bulk-import ASL over a folder under `importRoot`
 * (the local import bucket) in the background, once per job id, as Step Functions would.
 */
export class LocalBulkImportStarter implements BulkImportStarter {
  private readonly runs = new Map<string, Promise<ImportJobTotals | undefined>>();

  constructor(
    private readonly importRoot: string,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async start(request: BulkImportRequest): Promise<void> {
    if (this.runs.has(request.jobId)) return;
    const folder = resolve(this.importRoot, request.prefix);
    const inside = relative(resolve(this.importRoot), folder);
    if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      throw new Error(`import prefix ${request.prefix} is outside the import folder`);
    }
    const run = runBulkImportWorkflow({ jobId: request.jobId, folder, asOf: request.asOf, clock: this.clock }).catch(
      (error: Error) => {
        // As in Step Functions, a failed execution is seen in the job record, not by whoever started it.
        this.logger.error('bulk import failed', { jobId: request.jobId, error: error.name });
        return undefined;
      },
    );
    this.runs.set(request.jobId, run);
  }

  /** Resolves when the job's workflow has finished (its summary, or undefined if it failed or never started). */
  finished(jobId: string): Promise<ImportJobTotals | undefined> {
    return this.runs.get(jobId) ?? Promise.resolve(undefined);
  }
}

import type { Logger } from '../../lambdas/domain/ports';
import type { ComputationStarter } from '../../lambdas/domain/segments/ports';
import {
  type ComputationRequest,
  type ComputationTotals,
  runSegmentComputationWorkflow,
} from './segment-computation-runner';

/**
 * The local stand-in for `StartExecution` of the segment computation: runs the ASL in the background,
 * once per computation id, as Step Functions does with a named execution.
 */
export class LocalComputationStarter implements ComputationStarter {
  private readonly runs = new Map<string, Promise<ComputationTotals | undefined>>();

  constructor(
    private readonly logger: Logger,
    private readonly run: (request: ComputationRequest) => Promise<ComputationTotals> = runSegmentComputationWorkflow,
  ) {}

  async start(request: ComputationRequest): Promise<void> {
    if (this.runs.has(request.computationId)) return;
    const run = this.run(request).catch((error: Error) => {
      // As in Step Functions, a failed execution is seen in the computation record, not by whoever started it.
      this.logger.error('segment computation failed', { computationId: request.computationId, error: error.name });
      return undefined;
    });
    this.runs.set(request.computationId, run);
  }

  /** Resolves when the computation's workflow has finished (its totals, or undefined if it failed or never started). */
  finished(computationId: string): Promise<ComputationTotals | undefined> {
    return this.runs.get(computationId) ?? Promise.resolve(undefined);
  }
}

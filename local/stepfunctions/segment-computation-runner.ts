import type { ComputationRecord, ComputationStarter } from '../../lambdas/domain/segments/ports';
import { localLambdaContext } from '../lambda-context';
import { type LocalTask, loadStateMachineDefinition, runStateMachine } from './local-state-machine';

export type ComputationRequest = Parameters<ComputationStarter['start']>[0];

/** What the workflow's last state outputs: the computation's counts (ids and numbers only). */
export type ComputationTotals = Pick<
  ComputationRecord,
  | 'computationId'
  | 'segmentId'
  | 'status'
  | 'shards'
  | 'shardsDone'
  | 'patientsEvaluated'
  | 'entered'
  | 'exited'
  | 'failed'
>;

type Handler = (event: unknown, context: unknown) => Promise<unknown>;

/** A deployed handler as a state's task: loaded on first use, after the local stack has set the environment. */
function handlerTask(module: string, functionId: string, timeoutSeconds: number): LocalTask {
  return (payload) => {
    const { handler } = require(`../../lambdas/handlers/${module}`) as { handler: Handler };
    return handler(payload, localLambdaContext(functionId, timeoutSeconds));
  };
}

/**
 * Runs `statemachines/segment-computation.asl.json` locally with the same handlers the state machine
 * invokes on AWS. Rejects, as the execution fails, when the computation could not walk every shard; the
 * record then says so.
 */
export async function runSegmentComputationWorkflow(request: ComputationRequest): Promise<ComputationTotals> {
  const finish = handlerTask('finish-segment-computation', 'FinishSegmentComputation', 30);
  const output = await runStateMachine(
    loadStateMachineDefinition('segment-computation.asl.json'),
    { computationId: request.computationId, segmentId: request.segmentId, reason: request.reason },
    {
      'Start computation': handlerTask('start-segment-computation', 'StartSegmentComputation', 30),
      'Compute page': handlerTask('compute-segment-page', 'ComputeSegmentPage', 300),
      'Finish computation': finish,
      'Record failure': finish,
    },
  );
  return output as ComputationTotals;
}

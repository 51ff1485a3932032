import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LocalExecution } from './local-step-functions';

/** A journey execution that was running when the local stack stopped: ids and a state name, never PHI. */
export interface InterruptedExecution {
  readonly executionArn: string;
  readonly stateMachine: string;
  readonly name: string;
  readonly startDate: string;
  readonly currentState?: string;
  readonly stoppedAt: string;
}

/**
 * The local Step Functions runs executions in memory, so a stop ends them. What was running is written down
 * at the stop and read at the next start, which reports it: on AWS they would have carried on.
 */
export function writeInterruptedExecutions(file: string, executions: readonly LocalExecution[], at: Date): void {
  const interrupted: InterruptedExecution[] = executions.map((execution) => ({
    executionArn: execution.executionArn,
    stateMachine: execution.machineName,
    name: execution.name,
    startDate: execution.startDate.toISOString(),
    ...(execution.currentState !== undefined ? { currentState: execution.currentState } : {}),
    stoppedAt: at.toISOString(),
  }));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(interrupted, null, 2)}\n`, { mode: 0o600 });
}

export function readInterruptedExecutions(file: string | undefined): InterruptedExecution[] {
  if (file === undefined || !existsSync(file)) return [];
  return JSON.parse(readFileSync(file, 'utf8')) as InterruptedExecution[];
}

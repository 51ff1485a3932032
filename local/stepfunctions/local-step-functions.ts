import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { StateMachine } from 'aws-local-stepfunctions';
import { polyfillPromiseWithResolvers } from '../../lambdas/adapters/sfn/asl-interpreter';
import { type LocalAsl, localAsl, StatesError, taskHandlersOf } from '../../lambdas/domain/journeys/interpretable-asl';
import type { VirtualClock } from '../clock';
import { recordTransition } from '../cost/local-meter';
import { listenOn } from '../ports';

const REGION = 'us-east-1';
const ACCOUNT = '000000000000';
export const LOCAL_STATE_MACHINE_ARN_PREFIX = `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:`;
const EXECUTION_ARN_PREFIX = `arn:aws:states:${REGION}:${ACCOUNT}:execution:`;

/** A function a Task state invokes: the `Payload` in, the function's answer out (errors thrown by name). */
export type LocalFunction = (payload: unknown) => Promise<unknown>;
/** An AWS SDK integration (`arn:aws:states:::aws-sdk:<service>:<action>`): the parameters in, the response out. */
export type LocalIntegration = (parameters: Record<string, unknown>) => Promise<unknown>;

export interface LocalStepFunctionsOptions {
  readonly clock: VirtualClock;
  /** By the `FunctionName` a Task's parameters name. */
  readonly functions: (functionName: string) => LocalFunction | undefined;
  /** By resource ARN. */
  readonly integrations?: Readonly<Record<string, LocalIntegration>>;
  /** Keep every Task state entered with its time (simulations); else only the current state and the count. */
  readonly recordHistory?: boolean;
}

type Status = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED' | 'TIMED_OUT';

export interface StateEntry {
  readonly name: string;
  readonly type: string;
  readonly at: string;
}

export interface LocalExecution {
  readonly executionArn: string;
  readonly stateMachineArn: string;
  readonly machineName: string;
  readonly name: string;
  readonly input: string;
  readonly startDate: Date;
  readonly versionArn?: string;
  readonly aliasArn?: string;
  status: Status;
  stopDate?: Date;
  output?: string;
  error?: string;
  cause?: string;
  currentState?: string;
  /** Every state entered: the state transitions Step Functions bills. */
  transitions: number;
  readonly history: StateEntry[];
  abort?: () => void;
  /** Waiting for the clock or a token: not counted as running. */
  blocked: boolean;
}

interface Machine {
  readonly arn: string;
  readonly name: string;
  definition: string;
  roleArn: string;
  revision: number;
  readonly versions: { readonly arn: string; readonly definition: string; readonly revision: number }[];
  readonly aliases: Map<string, string>;
  readonly createdAt: Date;
}

interface ClockWait {
  readonly at: number;
  readonly execution: LocalExecution;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

interface OpenToken {
  readonly execution: LocalExecution;
  readonly timeoutAt?: number;
  readonly resolve: (output: unknown) => void;
  readonly reject: (error: Error) => void;
}

/** An API error as the SDK reads it from a JSON 1.0 response (`__type`). */
class ApiError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/**
 * Step Functions, locally, behind the same JSON API the SDK speaks (`AWS_ENDPOINT_URL_SFN`): the journey
 * publisher creates state machines, versions and the `live` alias; enrolment starts executions by name (an
 * existing name is `ExecutionAlreadyExists`, as on AWS); the resume function answers callback tokens; the API
 * describes, lists and stops executions. Executions run the published ASL in `aws-local-stepfunctions` (see
 * `local-asl.ts` for the little it changes), their waits and time-outs on the virtual clock.
 *
 * `advanceTo` moves the clock from one due instant to the next, letting everything run in between, so a
 * message a journey sends three days in is sent at that virtual instant, not at the end of the jump.
 */
export class LocalStepFunctions {
  private readonly machines = new Map<string, Machine>();
  readonly executions = new Map<string, LocalExecution>();
  private readonly clockWaits = new Set<ClockWait>();
  private readonly tokens = new Map<string, OpenToken>();
  private busy = 0;
  private idleWaiters: (() => void)[] = [];
  private readonly byMachine = new Map<string, Map<string, LocalExecution>>();
  private readonly preparedMachines = new Map<string, PreparedMachine>();

  constructor(private readonly options: LocalStepFunctionsOptions) {
    polyfillPromiseWithResolvers();
  }

  /** Serves the Step Functions JSON API on a port. */
  listen(port: number): Promise<Server> {
    const server = createServer((request, response) => void this.serve(request, response));
    return listenOn(server, port);
  }

  /** Resolves once no execution is running a state: each is waiting for the clock or a token, or has ended. */
  async idle(): Promise<void> {
    while (this.busy > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  isIdle(): boolean {
    return this.busy === 0;
  }

  /** The earliest instant a wait or a callback time-out is due, if any. */
  nextDue(): number | undefined {
    let next: number | undefined;
    for (const wait of this.clockWaits) next = next === undefined ? wait.at : Math.min(next, wait.at);
    for (const token of this.tokens.values()) {
      if (token.timeoutAt !== undefined) next = next === undefined ? token.timeoutAt : Math.min(next, token.timeoutAt);
    }
    return next;
  }

  /** Ends the waits and callback time-outs due at the clock's current time. */
  fireDue(): number {
    const now = this.options.clock.now().getTime();
    let fired = 0;
    for (const wait of [...this.clockWaits]) {
      if (wait.at > now) continue;
      this.clockWaits.delete(wait);
      this.unblock(wait.execution);
      wait.resolve();
      fired++;
    }
    for (const [token, open] of [...this.tokens]) {
      if (open.timeoutAt === undefined || open.timeoutAt > now) continue;
      this.tokens.delete(token);
      this.unblock(open.execution);
      open.reject(new StatesError('States.Timeout', 'the callback task timed out'));
      fired++;
    }
    return fired;
  }

  /** Aborts every running execution (the stack stops); answers those it aborted. */
  stopAll(): LocalExecution[] {
    const running = [...this.executions.values()].filter((execution) => execution.status === 'RUNNING');
    for (const execution of running) this.stop(execution, 'ABORTED');
    return running;
  }

  /**
   * Takes back executions a previous run of the local stack ended when it stopped, as ABORTED with the reason:
   * describing and listing them tells what happened, and their names stay taken, as closed executions' names
   * are on AWS. Their machines must exist (restored first); those of machines that do not are skipped.
   */
  recordInterrupted(
    interrupted: readonly {
      executionArn: string;
      stateMachine: string;
      name: string;
      startDate: string;
      stoppedAt: string;
      currentState?: string;
    }[],
  ): number {
    let recorded = 0;
    for (const entry of interrupted) {
      const machine = this.machines.get(entry.stateMachine);
      if (!machine || this.executions.has(entry.executionArn)) continue;
      const execution: LocalExecution = {
        executionArn: entry.executionArn,
        stateMachineArn: machine.arn,
        machineName: machine.name,
        name: entry.name,
        input: '{}',
        startDate: new Date(entry.startDate),
        status: 'ABORTED',
        stopDate: new Date(entry.stoppedAt),
        error: 'Local.StackStopped',
        cause: `the local stack stopped while the execution was in ${entry.currentState ?? 'its first state'}`,
        ...(entry.currentState !== undefined ? { currentState: entry.currentState } : {}),
        transitions: 0,
        history: [],
        blocked: false,
      };
      const executions = this.byMachine.get(machine.name) ?? new Map<string, LocalExecution>();
      this.byMachine.set(machine.name, executions);
      executions.set(entry.name, execution);
      this.executions.set(execution.executionArn, execution);
      recorded++;
    }
    return recorded;
  }

  // ---- the API ----

  private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const target = String(request.headers['x-amz-target'] ?? '');
    const operation = target.replace(/^AWSStepFunctions\./, '');
    let status = 200;
    let body: unknown;
    try {
      const input = chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      body = this.call(operation, input);
    } catch (error) {
      const apiError =
        error instanceof ApiError ? error : new ApiError('InternalFailure', (error as Error).message, 500);
      status = apiError.status;
      body = { __type: apiError.type, message: apiError.message };
    }
    response.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
    response.end(JSON.stringify(body));
  }

  /** One API call (also used in-process by tests). */
  call(operation: string, input: Record<string, unknown>): unknown {
    switch (operation) {
      case 'CreateStateMachine':
        return this.createStateMachine(input);
      case 'UpdateStateMachine':
        return this.updateStateMachine(input);
      case 'PublishStateMachineVersion':
        return this.publishVersion(input);
      case 'CreateStateMachineAlias':
        return this.createAlias(input);
      case 'UpdateStateMachineAlias':
        return this.updateAlias(input);
      case 'DescribeStateMachine':
        return this.describeStateMachine(input);
      case 'StartExecution':
        return this.startExecution(input);
      case 'DescribeExecution':
        return this.describeExecution(input);
      case 'ListExecutions':
        return this.listExecutions(input);
      case 'GetExecutionHistory':
        return this.executionHistory(input);
      case 'StopExecution':
        return this.stopExecution(input);
      case 'SendTaskSuccess':
        return this.answerToken(input, true);
      case 'SendTaskFailure':
        return this.answerToken(input, false);
      case 'SendTaskHeartbeat':
        if (!this.tokens.has(String(input.taskToken))) throw new ApiError('TaskTimedOut', 'the task is not open');
        return {};
      case 'TagResource':
        return {};
      default:
        throw new ApiError('UnknownOperationException', `the local Step Functions does not implement ${operation}`);
    }
  }

  private seconds(date: Date | undefined): number | undefined {
    return date === undefined ? undefined : date.getTime() / 1000;
  }

  private createStateMachine(input: Record<string, unknown>) {
    const name = String(input.name ?? '');
    if (!/^[A-Za-z0-9_-]{1,80}$/.test(name)) throw new ApiError('InvalidName', `bad state machine name "${name}"`);
    const definition = String(input.definition ?? '');
    this.checkDefinition(definition);
    const existing = this.machines.get(name);
    if (existing) {
      if (existing.definition === definition && existing.roleArn === input.roleArn) {
        return { stateMachineArn: existing.arn, creationDate: this.seconds(existing.createdAt) };
      }
      throw new ApiError('StateMachineAlreadyExists', `State Machine Already Exists: '${existing.arn}'`);
    }
    const machine: Machine = {
      arn: `${LOCAL_STATE_MACHINE_ARN_PREFIX}${name}`,
      name,
      definition,
      roleArn: String(input.roleArn ?? ''),
      revision: 1,
      versions: [],
      aliases: new Map(),
      createdAt: this.options.clock.now(),
    };
    this.machines.set(name, machine);
    if (input.publish === true) this.publish(machine);
    return { stateMachineArn: machine.arn, creationDate: this.seconds(machine.createdAt) };
  }

  private checkDefinition(definition: string): void {
    let parsed: { StartAt?: unknown; States?: unknown };
    try {
      parsed = JSON.parse(definition);
    } catch {
      throw new ApiError('InvalidDefinition', 'the definition is not JSON');
    }
    if (typeof parsed.StartAt !== 'string' || typeof parsed.States !== 'object' || parsed.States === null) {
      throw new ApiError('InvalidDefinition', 'the definition needs StartAt and States');
    }
  }

  private machineOf(arn: unknown): Machine {
    const name = String(arn ?? '')
      .replace(LOCAL_STATE_MACHINE_ARN_PREFIX, '')
      .split(':')[0] as string;
    const machine = this.machines.get(name);
    if (!machine) throw new ApiError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${String(arn)}'`);
    return machine;
  }

  private updateStateMachine(input: Record<string, unknown>) {
    const machine = this.machineOf(input.stateMachineArn);
    if (typeof input.definition === 'string') {
      this.checkDefinition(input.definition);
      if (input.definition !== machine.definition) machine.revision++;
      machine.definition = input.definition;
    }
    if (typeof input.roleArn === 'string') machine.roleArn = input.roleArn;
    const version = input.publish === true ? this.publish(machine) : undefined;
    return {
      updateDate: this.seconds(this.options.clock.now()),
      revisionId: String(machine.revision),
      ...(version ? { stateMachineVersionArn: version } : {}),
    };
  }

  /** A new version unless the latest has the same definition (as Step Functions does). */
  private publish(machine: Machine): string {
    const latest = machine.versions.at(-1);
    if (latest && latest.definition === machine.definition) return latest.arn;
    const arn = `${machine.arn}:${machine.versions.length + 1}`;
    machine.versions.push({ arn, definition: machine.definition, revision: machine.revision });
    return arn;
  }

  private publishVersion(input: Record<string, unknown>) {
    const machine = this.machineOf(input.stateMachineArn);
    if (input.revisionId !== undefined && String(input.revisionId) !== String(machine.revision)) {
      throw new ApiError('ConflictException', 'the state machine changed since that revision');
    }
    return { stateMachineVersionArn: this.publish(machine), creationDate: this.seconds(this.options.clock.now()) };
  }

  private routedVersion(input: Record<string, unknown>): { machine: Machine; versionArn: string } {
    const routes = input.routingConfiguration as { stateMachineVersionArn?: string }[] | undefined;
    const versionArn = routes?.[0]?.stateMachineVersionArn;
    if (!versionArn) throw new ApiError('ValidationException', 'routingConfiguration needs a version');
    const machine = this.machineOf(versionArn);
    if (!machine.versions.some((version) => version.arn === versionArn)) {
      throw new ApiError('ResourceNotFound', `no version ${versionArn}`);
    }
    return { machine, versionArn };
  }

  private createAlias(input: Record<string, unknown>) {
    const { machine, versionArn } = this.routedVersion(input);
    const name = String(input.name ?? '');
    const existing = machine.aliases.get(name);
    if (existing !== undefined && existing !== versionArn) {
      throw new ApiError('ConflictException', `alias ${name} exists with another routing`);
    }
    machine.aliases.set(name, versionArn);
    return { stateMachineAliasArn: `${machine.arn}:${name}`, creationDate: this.seconds(this.options.clock.now()) };
  }

  private updateAlias(input: Record<string, unknown>) {
    const aliasArn = String(input.stateMachineAliasArn ?? '');
    const machine = this.machineOf(aliasArn);
    const name = aliasArn.split(':').at(-1) as string;
    if (!machine.aliases.has(name)) throw new ApiError('ResourceNotFound', `no alias ${aliasArn}`);
    const { versionArn } = this.routedVersion(input);
    machine.aliases.set(name, versionArn);
    return { updateDate: this.seconds(this.options.clock.now()) };
  }

  private describeStateMachine(input: Record<string, unknown>) {
    const machine = this.machineOf(input.stateMachineArn);
    return {
      stateMachineArn: machine.arn,
      name: machine.name,
      definition: machine.definition,
      roleArn: machine.roleArn,
      type: 'STANDARD',
      status: 'ACTIVE',
      revisionId: String(machine.revision),
      creationDate: this.seconds(machine.createdAt),
    };
  }

  /** The version an ARN (state machine, version or alias) starts. */
  private resolveStart(arn: string): { machine: Machine; definition: string; versionArn?: string; aliasArn?: string } {
    const machine = this.machineOf(arn);
    const qualifier = arn.replace(LOCAL_STATE_MACHINE_ARN_PREFIX, '').split(':')[1];
    if (qualifier === undefined) return { machine, definition: machine.definition };
    const versionArn = /^\d+$/.test(qualifier) ? arn : machine.aliases.get(qualifier);
    const version = machine.versions.find((candidate) => candidate.arn === versionArn);
    if (!version) throw new ApiError('StateMachineDoesNotExist', `no version or alias ${arn}`);
    return {
      machine,
      definition: version.definition,
      versionArn: version.arn,
      ...(versionArn !== arn ? { aliasArn: arn } : {}),
    };
  }

  private startExecution(input: Record<string, unknown>) {
    const target = this.resolveStart(String(input.stateMachineArn ?? ''));
    const name = String(input.name ?? randomUUID());
    if (!/^[A-Za-z0-9_-]{1,80}$/.test(name)) throw new ApiError('InvalidName', `bad execution name "${name}"`);
    const inputText = typeof input.input === 'string' ? input.input : '{}';
    const executions = this.byMachine.get(target.machine.name) ?? new Map<string, LocalExecution>();
    this.byMachine.set(target.machine.name, executions);
    const existing = executions.get(name);
    if (existing) {
      // As Step Functions: the same name and input while running answers the same execution.
      if (existing.status === 'RUNNING' && existing.input === inputText) {
        return { executionArn: existing.executionArn, startDate: this.seconds(existing.startDate) };
      }
      throw new ApiError('ExecutionAlreadyExists', `Execution Already Exists: '${existing.executionArn}'`);
    }
    const execution: LocalExecution = {
      executionArn: `${EXECUTION_ARN_PREFIX}${target.machine.name}:${name}`,
      stateMachineArn: target.machine.arn,
      machineName: target.machine.name,
      name,
      input: inputText,
      startDate: this.options.clock.now(),
      ...(target.versionArn ? { versionArn: target.versionArn } : {}),
      ...(target.aliasArn ? { aliasArn: target.aliasArn } : {}),
      status: 'RUNNING',
      transitions: 0,
      history: [],
      blocked: false,
    };
    executions.set(name, execution);
    this.executions.set(execution.executionArn, execution);
    this.run(execution, target.definition, JSON.parse(inputText));
    return { executionArn: execution.executionArn, startDate: this.seconds(execution.startDate) };
  }

  private executionOf(arn: unknown): LocalExecution {
    const execution = this.executions.get(String(arn ?? ''));
    if (!execution) throw new ApiError('ExecutionDoesNotExist', `Execution Does Not Exist: '${String(arn)}'`);
    return execution;
  }

  private describe(execution: LocalExecution) {
    return {
      executionArn: execution.executionArn,
      stateMachineArn: execution.stateMachineArn,
      name: execution.name,
      status: execution.status,
      startDate: this.seconds(execution.startDate),
      ...(execution.stopDate ? { stopDate: this.seconds(execution.stopDate) } : {}),
      ...(execution.versionArn ? { stateMachineVersionArn: execution.versionArn } : {}),
      ...(execution.aliasArn ? { stateMachineAliasArn: execution.aliasArn } : {}),
    };
  }

  private describeExecution(input: Record<string, unknown>) {
    const execution = this.executionOf(input.executionArn);
    return {
      ...this.describe(execution),
      input: execution.input,
      ...(execution.output !== undefined ? { output: execution.output } : {}),
      ...(execution.error !== undefined ? { error: execution.error, cause: execution.cause } : {}),
    };
  }

  private listExecutions(input: Record<string, unknown>) {
    const arn = String(input.stateMachineArn ?? input.stateMachineVersionArn ?? input.stateMachineAliasArn ?? '');
    const machine = this.machineOf(arn);
    const all = [...(this.byMachine.get(machine.name)?.values() ?? [])]
      .filter((execution) => input.statusFilter === undefined || execution.status === input.statusFilter)
      .sort((a, b) => b.startDate.getTime() - a.startDate.getTime() || a.name.localeCompare(b.name));
    const start = Number(input.nextToken ?? 0);
    const size = Number(input.maxResults ?? 100) || 100;
    const page = all.slice(start, start + size);
    return {
      executions: page.map((execution) => this.describe(execution)),
      ...(start + size < all.length ? { nextToken: String(start + size) } : {}),
    };
  }

  private executionHistory(input: Record<string, unknown>) {
    const execution = this.executionOf(input.executionArn);
    const entries = execution.history.length
      ? execution.history
      : execution.currentState
        ? [{ name: execution.currentState, type: 'Task', at: this.options.clock.now().toISOString() }]
        : [];
    const events = entries.map((entry, index) => ({
      id: index + 2,
      timestamp: Date.parse(entry.at) / 1000,
      type: `${entry.type}StateEntered`,
      stateEnteredEventDetails: { name: entry.name },
    }));
    if (input.reverseOrder === true) events.reverse();
    return { events: events.slice(0, Number(input.maxResults ?? 1000) || 1000) };
  }

  private stopExecution(input: Record<string, unknown>) {
    const execution = this.executionOf(input.executionArn);
    if (execution.status === 'RUNNING') {
      execution.error = typeof input.error === 'string' ? input.error : undefined;
      execution.cause = typeof input.cause === 'string' ? input.cause : undefined;
      this.stop(execution, 'ABORTED');
    }
    return { stopDate: this.seconds(execution.stopDate ?? this.options.clock.now()) };
  }

  private answerToken(input: Record<string, unknown>, success: boolean) {
    const token = String(input.taskToken ?? '');
    const open = this.tokens.get(token);
    if (!open) throw new ApiError('TaskTimedOut', 'Task Timed Out: the token is closed or unknown');
    this.tokens.delete(token);
    this.unblock(open.execution);
    if (success) {
      let output: unknown;
      try {
        output = JSON.parse(String(input.output ?? 'null'));
      } catch {
        throw new ApiError('InvalidOutput', 'the output is not JSON');
      }
      open.resolve(output);
    } else {
      open.reject(new StatesError(String(input.error ?? 'States.TaskFailed'), String(input.cause ?? '')));
    }
    return {};
  }

  // ---- running executions ----

  private markBusy(): void {
    this.busy++;
  }

  private block(execution: LocalExecution): void {
    if (execution.blocked) return;
    execution.blocked = true;
    this.markIdle();
  }

  private unblock(execution: LocalExecution): void {
    if (!execution.blocked) return;
    execution.blocked = false;
    this.markBusy();
  }

  private markIdle(): void {
    this.busy--;
    if (this.busy === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  private stop(execution: LocalExecution, status: Exclude<Status, 'RUNNING'>): void {
    if (execution.status !== 'RUNNING') return;
    execution.status = status;
    execution.stopDate = this.options.clock.now();
    execution.abort?.();
    // Unwind whatever the execution waits for, so its tasks and timers end.
    for (const wait of [...this.clockWaits]) {
      if (wait.execution !== execution) continue;
      this.clockWaits.delete(wait);
      this.unblock(execution);
      wait.reject(new StatesError('States.Aborted', 'the execution was stopped'));
    }
    for (const [token, open] of [...this.tokens]) {
      if (open.execution !== execution) continue;
      this.tokens.delete(token);
      this.unblock(execution);
      open.reject(new StatesError('States.Aborted', 'the execution was stopped'));
    }
  }

  /**
   * The runnable form of a published definition and its interpreter, made once per definition: the interpreter
   * validates the ASL when it is constructed (most of an execution's CPU time if done per execution), and a
   * constructed machine runs any number of executions, each with its own handlers and abort signal.
   */
  private prepared(definitionText: string): PreparedMachine {
    let prepared = this.preparedMachines.get(definitionText);
    if (!prepared) {
      const { definition, callbackTimeouts } = localAsl(JSON.parse(definitionText));
      const interpreter = import('aws-local-stepfunctions').then(
        ({ StateMachine }) =>
          new StateMachine(definition as never, { validationOptions: { checkPaths: false, checkArn: false } }),
      );
      prepared = { definition, callbackTimeouts, interpreter };
      this.preparedMachines.set(definitionText, prepared);
    }
    return prepared;
  }

  private run(execution: LocalExecution, definitionText: string, input: unknown): void {
    const prepared = this.prepared(definitionText);
    const handlers = taskHandlersOf(
      prepared,
      {
        now: () => this.options.clock.now(),
        // Recorded here, where the virtual time is exact (the event log is read later).
        entered: (stateName, at) => {
          execution.currentState = stateName;
          if (this.options.recordHistory)
            execution.history.push({ name: stateName, type: 'Task', at: at.toISOString() });
        },
        wait: (_stateName, parameters) => this.waitOnClock(execution, parameters),
        invoke: (functionName, payload) => this.invoke(functionName, payload),
        callback: async (stateName, functionName, payloadWith, timeoutSeconds) => {
          const taskToken = `local-${createHash('sha256').update(`${execution.executionArn}:${stateName}:${randomUUID()}`).digest('hex')}`;
          const answer = this.openToken(execution, taskToken, timeoutSeconds);
          // The function may fail its own token before it returns (a wait that is already due): the rejection
          // is handled below once the invocation is back, not left unhandled meanwhile (which ends the process).
          answer.catch(() => undefined);
          await this.invoke(functionName, payloadWith(taskToken));
          // Idle until the token is answered or times out, unless the function answered it already.
          if (this.tokens.has(taskToken)) this.block(execution);
          return answer;
        },
        integration: (resource, parameters) => {
          const integration = this.options.integrations?.[resource];
          if (!integration) throw new StatesError('States.Runtime', `no local integration for ${resource}`);
          return integration(parameters);
        },
      },
      execution.startDate.toISOString(),
    );
    void this.execute(execution, prepared.interpreter, input, handlers);
  }

  private async execute(
    execution: LocalExecution,
    interpreter: Promise<StateMachine>,
    input: unknown,
    handlers: Record<string, (taskInput: unknown) => Promise<unknown>>,
  ): Promise<void> {
    this.markBusy();
    const retryIntervalOverrides = Object.fromEntries(Object.keys(handlers).map((name) => [name, 0]));
    const machine = await interpreter;
    // Stopped before its interpreter was ready: it never runs (a run would hold a task timer nobody ends).
    if (execution.status !== 'RUNNING') {
      this.markIdle();
      return;
    }
    const run = machine.run(input as never, {
      overrides: { taskResourceLocalHandlers: handlers as never, retryIntervalOverrides },
      context: { Execution: { Name: execution.name, Id: execution.executionArn } } as never,
    });
    execution.abort = () => run.abort();
    const followed = this.follow(execution, run.eventLogs as AsyncGenerator<{ type: string }>);
    try {
      const output = await run.result;
      if (execution.status === 'RUNNING') {
        execution.output = JSON.stringify(output ?? null);
        execution.status = 'SUCCEEDED';
        execution.stopDate = this.options.clock.now();
      }
    } catch (error) {
      if (execution.status === 'RUNNING') {
        const failure = (error as { cause?: { name?: string; message?: string } }).cause ?? (error as Error);
        execution.error = failure.name ?? 'States.Runtime';
        execution.cause = failure.message;
        execution.status = 'FAILED';
        execution.stopDate = this.options.clock.now();
      }
    } finally {
      // The event log closes with the execution: its count is complete before the execution counts as ended.
      await followed;
      this.markIdle();
    }
  }

  private async follow(execution: LocalExecution, events: AsyncGenerator<{ type: string }>): Promise<void> {
    // Counts every state entered (Choice states too): the transitions Step Functions bills.
    for await (const event of events) {
      if (event.type === 'StateEntered') {
        execution.transitions++;
        recordTransition(execution.machineName);
      }
    }
  }

  private async invoke(functionName: string, payload: unknown): Promise<unknown> {
    const fn = this.options.functions(functionName);
    if (!fn) throw new StatesError('Lambda.ResourceNotFoundException', `no local function ${functionName}`);
    return fn(payload);
  }

  private waitOnClock(execution: LocalExecution, parameters: WaitParameters): Promise<unknown> {
    const now = this.options.clock.now().getTime();
    const at =
      parameters.until !== undefined ? Date.parse(parameters.until) : now + Number(parameters.seconds ?? 0) * 1000;
    if (Number.isNaN(at)) throw new StatesError('States.Runtime', 'the wait has no valid timestamp');
    if (at <= now) return Promise.resolve(null);
    return new Promise((resolve, reject) => {
      this.clockWaits.add({
        at,
        execution,
        resolve: () => resolve(null),
        reject,
      });
      this.block(execution);
    });
  }

  private openToken(
    execution: LocalExecution,
    taskToken: string,
    timeoutSeconds: number | undefined,
  ): Promise<unknown> {
    const timeoutAt =
      timeoutSeconds === undefined ? undefined : this.options.clock.now().getTime() + timeoutSeconds * 1000;
    return new Promise<unknown>((resolve, reject) => {
      this.tokens.set(taskToken, { execution, ...(timeoutAt !== undefined ? { timeoutAt } : {}), resolve, reject });
    });
  }
}

interface PreparedMachine {
  readonly definition: LocalAsl['definition'];
  readonly callbackTimeouts: LocalAsl['callbackTimeouts'];
  readonly interpreter: Promise<StateMachine>;
}

interface WaitParameters {
  readonly seconds?: number;
  readonly until?: string;
}

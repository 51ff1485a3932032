/**
 * What an interpreter without Step Functions (the local stack, journey simulations) needs changed in an ASL
 * definition before it runs it, and nothing else:
 *
 * - `aws-local-stepfunctions` sleeps with real timers and reads `Date.now()`; a journey must wait on the virtual
 *   clock. Each `Wait` state becomes a `Task` of the local resource `local:wait` with the same timing fields as
 *   parameters; the local runtime resolves it when the virtual clock reaches its instant.
 * - It has no `$$.Task.Token` or `$$.State.EnteredTime`, and sets `$$.Execution.StartTime` from the wall clock:
 *   parameters that read them become placeholders the local runtime fills (a token it registered, the
 *   virtual time).
 * - A callback task's `TimeoutSeconds` becomes a virtual-clock time-out (real timers overflow past 24.8 days); a
 *   `TimeoutSecondsPath` is read into a parameter of its own (`LOCAL_TIMEOUT_PARAMETER`), which the handler takes out.
 *
 * State names, transitions, paths, Retry and Catch are unchanged, so every decision is the deployed ASL's own.
 */

export const LOCAL_WAIT_RESOURCE = 'arn:aws:states:::local:wait';
const LOCAL_TIMEOUT_PARAMETER = 'LocalTimeoutSeconds';
const LOCAL_TASK_TIMEOUT_SECONDS = 1_000_000;

export const CONTEXT_PLACEHOLDERS = {
  '$$.Task.Token': '\u0000local:task-token',
  '$$.State.EnteredTime': '\u0000local:entered-time',
  '$$.Execution.StartTime': '\u0000local:start-time',
} as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type State = Record<string, Json>;

export interface LocalAsl {
  readonly definition: { StartAt: string; States: Record<string, State> } & Record<string, Json>;
  /** Virtual time-outs of callback tasks, by state name, in seconds. */
  readonly callbackTimeouts: Readonly<Record<string, number>>;
}

export function localAsl(definition: unknown): LocalAsl {
  const source = definition as { StartAt: string; States: Record<string, State> } & Record<string, Json>;
  const callbackTimeouts: Record<string, number> = {};
  const states = Object.fromEntries(
    Object.entries(source.States).map(([name, state]) => {
      if (state.Type === 'Wait') return [name, waitAsTask(state)];
      if (state.Type === 'Task' && typeof state.Resource === 'string' && state.Resource.endsWith('.waitForTaskToken')) {
        if (typeof state.TimeoutSeconds === 'number') callbackTimeouts[name] = state.TimeoutSeconds;
        const { TimeoutSecondsPath, ...callback } = withPlaceholders(state);
        if (typeof TimeoutSecondsPath === 'string') {
          const parameters = callback.Parameters as Record<string, Json>;
          callback.Parameters = { ...parameters, [`${LOCAL_TIMEOUT_PARAMETER}.$`]: TimeoutSecondsPath };
        }
        return [name, { ...callback, TimeoutSeconds: LOCAL_TASK_TIMEOUT_SECONDS }];
      }
      if (state.Type === 'Task') return [name, withPlaceholders(state)];
      if (state.Type === 'Map' || state.Type === 'Parallel') {
        throw new Error(`local journeys do not run ${state.Type} states (${name})`);
      }
      return [name, state];
    }),
  );
  return { definition: { ...source, States: states }, callbackTimeouts };
}

function waitAsTask(state: State): State {
  const { Type: _type, Seconds, SecondsPath, Timestamp, TimestampPath, Comment: _comment, ...rest } = state;
  const parameters: Record<string, Json> = {};
  if (Seconds !== undefined) parameters.seconds = Seconds;
  if (SecondsPath !== undefined) parameters['seconds.$'] = SecondsPath;
  if (Timestamp !== undefined) parameters.until = Timestamp;
  if (TimestampPath !== undefined) parameters['until.$'] = TimestampPath;
  return {
    ...rest,
    Type: 'Task',
    Resource: LOCAL_WAIT_RESOURCE,
    Parameters: parameters,
    ResultPath: null,
    TimeoutSeconds: LOCAL_TASK_TIMEOUT_SECONDS,
  };
}

function withPlaceholders(state: State): State {
  return state.Parameters === undefined ? state : { ...state, Parameters: replaceContextPaths(state.Parameters) };
}

function replaceContextPaths(value: Json): Json {
  if (Array.isArray(value)) return value.map(replaceContextPaths);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (key.endsWith('.$') && typeof inner === 'string' && Object.hasOwn(CONTEXT_PLACEHOLDERS, inner)) {
        return [key.slice(0, -2), CONTEXT_PLACEHOLDERS[inner as keyof typeof CONTEXT_PLACEHOLDERS]];
      }
      return [key, replaceContextPaths(inner)];
    }),
  );
}

/** The payload with the placeholders filled in. */
export function fillPlaceholders(
  value: unknown,
  values: { readonly taskToken?: string; readonly enteredTime: string; readonly startTime: string },
): unknown {
  if (Array.isArray(value)) return value.map((item) => fillPlaceholders(item, values));
  if (typeof value === 'string') {
    if (value === CONTEXT_PLACEHOLDERS['$$.Task.Token']) return values.taskToken;
    if (value === CONTEXT_PLACEHOLDERS['$$.State.EnteredTime']) return values.enteredTime;
    if (value === CONTEXT_PLACEHOLDERS['$$.Execution.StartTime']) return values.startTime;
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fillPlaceholders(inner, values)]));
}

/** An error as Step Functions names it: `Retry` and `Catch` match on `name`. */
export class StatesError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/** How an interpreter performs each kind of Task state of a runnable definition. */
export interface TaskPerformers {
  /** A `lambda:invoke`: the function's answer to the payload. */
  invoke(functionName: string, payload: unknown): Promise<unknown>;
  /** A `local:wait` (a Wait state): resolves at `until` or `seconds` after now. */
  wait(stateName: string, parameters: { readonly seconds?: number; readonly until?: string }): Promise<unknown>;
  /**
   * A `lambda:invoke.waitForTaskToken`: invoke the function with the token in its payload, then the task's answer
   * (the output sent with the token) or a `States.Timeout` after `timeoutSeconds`.
   */
  callback(
    stateName: string,
    functionName: string,
    payload: (taskToken: string) => unknown,
    timeoutSeconds: number | undefined,
  ): Promise<unknown>;
  /** An AWS SDK integration by its resource ARN. */
  integration(resource: string, parameters: Record<string, unknown>): Promise<unknown>;
  /** The virtual time now (`$$.State.EnteredTime`). */
  now(): Date;
  /** Told of each Task state entered, with the virtual time. */
  entered?(stateName: string, at: Date): void;
}

/**
 * The local handlers of every Task state of a runnable definition, by state name (how aws-local-stepfunctions
 * overrides tasks): each fills the context placeholders, then hands the task to its performer.
 */
export function taskHandlersOf(
  runnable: LocalAsl,
  performers: TaskPerformers,
  startTime: string,
): Record<string, (taskInput: unknown) => Promise<unknown>> {
  const handlers: Record<string, (taskInput: unknown) => Promise<unknown>> = {};
  for (const [stateName, state] of Object.entries(runnable.definition.States)) {
    if (state.Type !== 'Task') continue;
    const resource = String(state.Resource);
    handlers[stateName] = async (taskInput) => {
      const enteredAt = performers.now();
      performers.entered?.(stateName, enteredAt);
      const enteredTime = enteredAt.toISOString();
      if (resource === LOCAL_WAIT_RESOURCE) {
        return performers.wait(stateName, taskInput as { seconds?: number; until?: string });
      }
      const functionName = (taskInput as { FunctionName?: unknown }).FunctionName;
      if (resource.endsWith('.waitForTaskToken')) {
        const timeoutFromPath = (taskInput as Record<string, unknown>)[LOCAL_TIMEOUT_PARAMETER];
        return performers.callback(
          stateName,
          String(functionName),
          (taskToken) =>
            (fillPlaceholders(taskInput, { taskToken, enteredTime, startTime }) as { Payload?: unknown }).Payload,
          typeof timeoutFromPath === 'number' ? timeoutFromPath : runnable.callbackTimeouts[stateName],
        );
      }
      const parameters = fillPlaceholders(taskInput, { enteredTime, startTime }) as Record<string, unknown>;
      if (resource.startsWith('arn:aws:states:::lambda:invoke')) {
        return { StatusCode: 200, Payload: await performers.invoke(String(functionName), parameters.Payload) };
      }
      return performers.integration(resource, parameters);
    };
  }
  return handlers;
}

import type { AslState, Catcher, JsonObject, JsonValue, Retrier, TaskState } from './asl-types';
import type { BranchStep, JourneyDefinition, JourneyStep } from './definition-schema';
import { parseJourneyDuration, parseSignedOffset } from './journey-duration';

/** The building blocks of a compiled journey: names, retry policies, and the Lambda task every step kind uses. */

export interface JourneyFunctions {
  /** A send step: the exit check, then the send (`sendJourneyStep`). */
  readonly sendMessage: string;
  readonly resolveWaitTime: string;
  readonly registerWait: string;
  readonly createActivity: string;
  readonly updateAttribute: string;
  /** The exit check alone: what versions compiled before the send step checked exits itself still invoke. */
  readonly checkExit: string;
  readonly evaluateCondition: string;
}

export interface CompileTarget {
  readonly journeyVersion: number;
  readonly functions: JourneyFunctions;
  readonly patientsTable: string;
  /** The template versions this journey version was published with; a template absent here uses the latest. */
  readonly templateVersions?: Readonly<Record<string, number>>;
}

export class JourneyCompileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JourneyCompileError';
  }
}

export const EXITED_STATE = 'Exited';
export const FAILED_STATE = 'Journey failed';

export const LAMBDA_INVOKE = 'arn:aws:states:::lambda:invoke';
export const LAMBDA_CALLBACK = 'arn:aws:states:::lambda:invoke.waitForTaskToken';
export const LAMBDA_SERVICE_ERRORS = [
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
];
export const LAMBDA_RETRY: Retrier = {
  ErrorEquals: [...LAMBDA_SERVICE_ERRORS, 'TransientStoreError'],
  IntervalSeconds: 2,
  MaxAttempts: 6,
  BackoffRate: 2,
  JitterStrategy: 'FULL',
};
/** A provider outage or a message another attempt still holds (lease of a few minutes): retry past 5 minutes. */
export const SEND_RETRY: Retrier = {
  ErrorEquals: ['TransientSendError', 'MessageInFlightError'],
  IntervalSeconds: 30,
  MaxAttempts: 6,
  BackoffRate: 2,
  JitterStrategy: 'FULL',
};
export const TO_FAILURE: Catcher = { ErrorEquals: ['States.ALL'], ResultPath: null, Next: FAILED_STATE };

/** Where a step keeps its result: `$.steps.<key>` (hyphens are not JSONPath shorthand; ids never hold `_`). */
export function resultPath(stepId: string): string {
  const key = stepId.replace(/-/g, '_');
  return `$.steps.${/^[0-9]/.test(key) ? `_${key}` : key}`;
}

/** The state a step begins with: what other steps' `Next` point at. */
export function entryStateName(stepId: string, step: JourneyStep): string {
  switch (step.type) {
    case 'send':
      return `Send ${stepId}`;
    case 'wait':
      return step.duration !== undefined ? `Wait ${stepId}` : `Resolve wait ${stepId}`;
    case 'wait-for-event':
      return `Wait for event ${stepId}`;
    case 'branch':
      return branchEntryName(stepId, step);
    case 'create-activity':
      return `Create activity ${stepId}`;
    case 'update-attribute':
      return `Update attribute ${stepId}`;
    case 'exit':
      return `Exit ${stepId}`;
  }
}

export function branchEntryName(stepId: string, step: BranchStep): string {
  if (step.on.inSegment !== undefined) return `Read segment ${stepId}`;
  if (step.on.attribute !== undefined) return `Read attribute ${stepId}`;
  if (step.on.triggerCondition !== undefined) return `Evaluate condition ${stepId}`;
  return `Roll ${stepId}`;
}

export interface Context {
  readonly definition: JourneyDefinition;
  readonly target: CompileTarget;
  readonly steps: Readonly<Record<string, JourneyStep>>;
  readonly hasExitCheck: boolean;
  readonly triggered: boolean;
}

export type States = [string, AslState][];

export function stepOf(steps: Readonly<Record<string, JourneyStep>>, id: string): JourneyStep {
  const step = Object.hasOwn(steps, id) ? steps[id] : undefined;
  if (step === undefined) throw new JourneyCompileError(`no step "${id}"`);
  return step;
}

export function next(ctx: Context, stepId: string): string {
  return entryStateName(stepId, stepOf(ctx.steps, stepId));
}

/** The ids every Lambda of a step receives; the triggering resource only where the entry guarantees one. */
export function idsPayload(ctx: Context, stepId: string): JsonObject {
  return {
    'patientId.$': '$.patientId',
    journeyId: ctx.definition.id,
    journeyVersion: ctx.target.journeyVersion,
    'executionId.$': '$$.Execution.Name',
    stepId,
    ...(ctx.triggered ? { 'triggeringResource.$': '$.triggeringResource' } : {}),
  };
}

export function lambdaTask(
  functionName: string,
  options: {
    payload: JsonObject;
    resultSelector?: JsonObject;
    resultPath: string | null;
    next: string;
    retry?: readonly Retrier[];
  },
): TaskState {
  return {
    Type: 'Task',
    Resource: LAMBDA_INVOKE,
    Parameters: { FunctionName: functionName, Payload: options.payload },
    ...(options.resultSelector ? { ResultSelector: options.resultSelector } : {}),
    ResultPath: options.resultPath,
    Retry: [...(options.retry ?? []), LAMBDA_RETRY],
    Catch: [TO_FAILURE],
    Next: options.next,
  };
}

export function seconds(stepId: string, duration: string): number {
  const value = parseJourneyDuration(duration);
  if (value === undefined || value <= 0) throw new JourneyCompileError(`step "${stepId}": bad duration ${duration}`);
  return value;
}

export function offset(stepId: string, text: string | undefined): number {
  if (text === undefined) return 0;
  const value = parseSignedOffset(text);
  if (value === undefined) throw new JourneyCompileError(`step "${stepId}": bad offset ${text}`);
  return value;
}

export function requireValue<T>(stepId: string, field: string, value: T | undefined): T {
  if (value === undefined) throw new JourneyCompileError(`step "${stepId}": ${field} is missing`);
  return value;
}

/** Static configuration with its keys sorted, so equal definitions give byte-identical ASL. */
export function canonical(value: unknown): JsonValue {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return value;
  }
  throw new JourneyCompileError(`not JSON: ${typeof value}`);
}

import type { ErrorObject } from 'ajv';
import type { FhirPathCompiles, FhirPathContext } from '../fhir/fhirpath-port';
import {
  validateJourneyEnvelope,
  validateJourneyStepBranch,
  validateJourneyStepCreateActivity,
  validateJourneyStepExit,
  validateJourneyStepSend,
  validateJourneyStepUpdateAttribute,
  validateJourneyStepWait,
  validateJourneyStepWaitForEvent,
} from '../validation/generated/validators';
import { typedValidator, type Validator } from '../validation/validator';
import {
  JOURNEY_STEP_TYPES,
  type JourneyDefinition,
  type JourneyEvent,
  type JourneyStep,
  journeyDefinitionSchema,
} from './definition-schema';
import { describeSeconds, MAX_JOURNEY_SECONDS, parseJourneyDuration, parseSignedOffset } from './journey-duration';
import {
  checkJourneyGraph,
  fixedWaitSeconds,
  type JourneySteps,
  type JourneyValidationError,
  pointerToken,
  stepPointer,
} from './journey-graph';

export type { JourneyValidationError } from './journey-graph';

/** Synchronous lookups over a prepared set of the ids that exist (installed templates, active segments). */
export interface JourneyReferences {
  templateExists(id: string): boolean;
  segmentExists(id: string): boolean;
  /** Whether a condition compiles (`compilesLocally`, or answers `validatedWith` got from the FHIRPath function). */
  readonly fhirPath: FhirPathCompiles;
}

export type JourneyValidationResult =
  | { readonly ok: true; readonly definition: JourneyDefinition }
  | { readonly ok: false; readonly errors: readonly JourneyValidationError[] };

type StepType = (typeof JOURNEY_STEP_TYPES)[number];

/** The definition without the per-step `oneOf`: each step is then checked against the schema of its type, so
 * errors point into the step (`/steps/email-72h/channels/0`) instead of listing every alternative. */
export const journeyEnvelopeSchema = {
  type: journeyDefinitionSchema.type,
  required: journeyDefinitionSchema.required,
  additionalProperties: journeyDefinitionSchema.additionalProperties,
  properties: {
    ...journeyDefinitionSchema.properties,
    steps: {
      ...journeyDefinitionSchema.properties.steps,
      additionalProperties: {
        type: 'object',
        required: ['type'],
        properties: { type: { type: 'string', enum: [...JOURNEY_STEP_TYPES] } },
      },
    },
  },
};
const validateEnvelope = typedValidator<unknown>(validateJourneyEnvelope);
const validateStep: Record<StepType, Validator<unknown>> = {
  send: typedValidator<unknown>(validateJourneyStepSend),
  wait: typedValidator<unknown>(validateJourneyStepWait),
  'wait-for-event': typedValidator<unknown>(validateJourneyStepWaitForEvent),
  branch: typedValidator<unknown>(validateJourneyStepBranch),
  'create-activity': typedValidator<unknown>(validateJourneyStepCreateActivity),
  'update-attribute': typedValidator<unknown>(validateJourneyStepUpdateAttribute),
  exit: typedValidator<unknown>(validateJourneyStepExit),
};

function shapeError(error: ErrorObject, prefix = ''): JourneyValidationError {
  const at = `${prefix}${error.instancePath}`;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      return { pointer: `${at}/${pointerToken(key)}`, message: `unknown property "${key}"` };
    }
    case 'required': {
      const key = (error.params as { missingProperty: string }).missingProperty;
      return { pointer: at, message: `"${key}" is required` };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      return { pointer: at, message: `must be one of ${allowed.map((value) => JSON.stringify(value)).join(', ')}` };
    }
    case 'pattern': {
      const pattern = (error.params as { pattern: string }).pattern;
      return { pointer: at, message: `does not match ${pattern}` };
    }
    case 'minProperties':
    case 'maxProperties':
      return { pointer: at, message: `${error.message ?? 'is invalid'}: exactly one key is expected` };
    default:
      return { pointer: at, message: error.message ?? 'is invalid' };
  }
}

function isStepType(value: unknown): value is StepType {
  return typeof value === 'string' && (JOURNEY_STEP_TYPES as readonly string[]).includes(value);
}

function schemaErrors(input: unknown): JourneyValidationError[] {
  const errors = validateEnvelope(input) ? [] : (validateEnvelope.errors ?? []).map((error) => shapeError(error));
  const steps = (input as { steps?: unknown } | null)?.steps;
  if (typeof steps !== 'object' || steps === null || Array.isArray(steps)) return errors;
  for (const [id, step] of Object.entries(steps)) {
    const type = (step as { type?: unknown } | null)?.type;
    if (!isStepType(type)) continue;
    const validate = validateStep[type];
    if (!validate(step)) errors.push(...(validate.errors ?? []).map((error) => shapeError(error, stepPointer(id))));
  }
  return errors;
}

/**
 * Validates an untrusted journey definition: the JSON Schema first, then what a schema cannot say — the step
 * graph (see `checkJourneyGraph`), wait bounds, what needs a triggering resource, referenced templates and
 * segments, FHIRPath, and the re-entry policy.
 */
export function validateJourney(input: unknown, references: JourneyReferences): JourneyValidationResult {
  const shape = schemaErrors(input);
  if (shape.length > 0) return { ok: false, errors: shape };
  const definition = input as JourneyDefinition;
  const steps = definition.steps as JourneySteps;
  const errors: JourneyValidationError[] = [];

  checkReEntry(definition, errors);
  checkEntry(definition, references, errors);
  for (const [index, event] of (definition.exitWhen ?? []).entries()) {
    checkEvent(event, `/exitWhen/${index}`, definition, references, errors);
  }
  if (definition.goal) checkEvent(definition.goal, '/goal', definition, references, errors);
  for (const [id, step] of Object.entries(steps)) checkStep(id, step, definition, references, errors);
  const oneWaitOverLimit = Object.values(steps).some((step) => fixedWaitSeconds(step) > MAX_JOURNEY_SECONDS);
  errors.push(...checkJourneyGraph(definition.start, steps, !oneWaitOverLimit));

  return errors.length > 0 ? { ok: false, errors } : { ok: true, definition };
}

function hasFhirTrigger(definition: JourneyDefinition): boolean {
  return 'fhirTrigger' in definition.entry && definition.entry.fhirTrigger !== undefined;
}

function checkReEntry(definition: JourneyDefinition, errors: JourneyValidationError[]): void {
  const { policy, coolDown } = definition.reEntry;
  if (policy === 'after-cool-down' && coolDown === undefined) {
    errors.push({ pointer: '/reEntry', message: 'policy "after-cool-down" needs a coolDown duration' });
  } else if (policy !== 'after-cool-down' && coolDown !== undefined) {
    errors.push({
      pointer: '/reEntry/coolDown',
      message: `coolDown applies only to policy "after-cool-down", not "${policy}"`,
    });
  } else if (coolDown !== undefined) {
    checkDuration(coolDown, '/reEntry/coolDown', errors, false);
  }
}

function checkEntry(
  definition: JourneyDefinition,
  references: JourneyReferences,
  errors: JourneyValidationError[],
): void {
  const { entry } = definition;
  if (entry.segmentEntered !== undefined)
    checkSegment(entry.segmentEntered, '/entry/segmentEntered', references, errors);
  if (entry.scheduledEnrolment !== undefined) {
    checkSegment(entry.scheduledEnrolment.segmentId, '/entry/scheduledEnrolment/segmentId', references, errors);
  }
  if (entry.fhirTrigger?.condition !== undefined) {
    checkFhirPath(entry.fhirTrigger.condition, '/entry/fhirTrigger/condition', references, errors);
  }
}

function checkEvent(
  event: JourneyEvent,
  pointer: string,
  definition: JourneyDefinition,
  references: JourneyReferences,
  errors: JourneyValidationError[],
): void {
  if (event.segmentEntered !== undefined) {
    checkSegment(event.segmentEntered, `${pointer}/segmentEntered`, references, errors);
  }
  if (event.segmentExited !== undefined) {
    checkSegment(event.segmentExited, `${pointer}/segmentExited`, references, errors);
  }
  const change = event.fhirChange;
  if (change === undefined) return;
  if (change.condition !== undefined)
    checkFhirPath(change.condition, `${pointer}/fhirChange/condition`, references, errors);
  if (change.sameResource === true) {
    const trigger = definition.entry.fhirTrigger;
    if (trigger === undefined) {
      errors.push({
        pointer: `${pointer}/fhirChange/sameResource`,
        message: 'sameResource needs a fhirTrigger entry: only then is there a resource that started the journey',
      });
    } else if (trigger.resourceType !== change.resourceType) {
      errors.push({
        pointer: `${pointer}/fhirChange/sameResource`,
        message: `sameResource watches the triggering ${trigger.resourceType}, but this change is of a ${change.resourceType}`,
      });
    }
  }
}

function checkStep(
  id: string,
  step: JourneyStep,
  definition: JourneyDefinition,
  references: JourneyReferences,
  errors: JourneyValidationError[],
): void {
  const here = stepPointer(id);
  switch (step.type) {
    case 'send':
      if (!references.templateExists(step.template)) {
        errors.push({ pointer: `${here}/template`, message: `unknown message template "${step.template}"` });
      }
      return;
    case 'wait':
      checkWait(here, step, definition, errors);
      return;
    case 'wait-for-event':
      checkDuration(step.timeout, `${here}/timeout`, errors, true);
      checkEvent(step.event, `${here}/event`, definition, references, errors);
      return;
    case 'branch':
      checkBranch(here, step, definition, references, errors);
      return;
    case 'create-activity':
      if (step.activity.dueIn !== undefined)
        checkDuration(step.activity.dueIn, `${here}/activity/dueIn`, errors, false);
      return;
    default:
      return;
  }
}

function checkWait(
  here: string,
  step: Extract<JourneyStep, { type: 'wait' }>,
  definition: JourneyDefinition,
  errors: JourneyValidationError[],
): void {
  const kinds = (['duration', 'untilResourceTime', 'untilLocalTime'] as const).filter((key) => step[key] !== undefined);
  if (kinds.length !== 1) {
    errors.push({
      pointer: here,
      message:
        kinds.length === 0
          ? 'a wait needs exactly one of duration, untilResourceTime, untilLocalTime; it has none'
          : `a wait needs exactly one of duration, untilResourceTime, untilLocalTime; it has ${kinds.join(' and ')}`,
    });
  }
  if (step.duration !== undefined) checkDuration(step.duration, `${here}/duration`, errors, true);
  if (step.untilResourceTime !== undefined) {
    if (!hasFhirTrigger(definition)) {
      errors.push({
        pointer: `${here}/untilResourceTime`,
        message: 'untilResourceTime needs a fhirTrigger entry: other entries have no resource to take a time from',
      });
    }
    const { offset } = step.untilResourceTime;
    if (offset !== undefined) {
      const seconds = parseSignedOffset(offset);
      if (seconds === undefined) {
        errors.push({ pointer: `${here}/untilResourceTime/offset`, message: `"${offset}" is not -P[nD][T[nH][nM]]` });
      } else if (Math.abs(seconds) > MAX_JOURNEY_SECONDS) {
        errors.push({
          pointer: `${here}/untilResourceTime/offset`,
          message: `offset ${offset} is over Step Functions' one-year execution limit`,
        });
      }
    }
  }
}

function checkBranch(
  here: string,
  step: Extract<JourneyStep, { type: 'branch' }>,
  definition: JourneyDefinition,
  references: JourneyReferences,
  errors: JourneyValidationError[],
): void {
  const { on } = step;
  if (on.randomSplit !== undefined) {
    if (step.next !== undefined) {
      errors.push({
        pointer: `${here}/next`,
        message: 'a random split names its targets in on.randomSplit[].next; remove next',
      });
    }
    const total = on.randomSplit.reduce((sum, arm) => sum + arm.percent, 0);
    if (total !== 100) {
      errors.push({ pointer: `${here}/on/randomSplit`, message: `percentages sum to ${total}, not 100` });
    }
    return;
  }
  if (step.next === undefined) {
    errors.push({ pointer: here, message: 'a branch needs next.true and next.false (only a random split has none)' });
  }
  if (on.inSegment !== undefined) checkSegment(on.inSegment, `${here}/on/inSegment`, references, errors);
  if (on.triggerCondition !== undefined) {
    if (!hasFhirTrigger(definition)) {
      errors.push({
        pointer: `${here}/on/triggerCondition`,
        message: 'triggerCondition needs a fhirTrigger entry: other entries have no triggering resource',
      });
    }
    checkFhirPath(on.triggerCondition, `${here}/on/triggerCondition`, references, errors, 'branch');
  }
}

function checkSegment(
  id: string,
  pointer: string,
  references: JourneyReferences,
  errors: JourneyValidationError[],
): void {
  if (!references.segmentExists(id)) errors.push({ pointer, message: `unknown segment "${id}"` });
}

/** `isWait`: the duration holds the execution, so Step Functions' one-year limit applies to it. */
function checkDuration(text: string, pointer: string, errors: JourneyValidationError[], isWait: boolean): void {
  const seconds = parseJourneyDuration(text);
  if (seconds === undefined) {
    errors.push({ pointer, message: `"${text}" is not a duration of the form P[nD][T[nH][nM]]` });
  } else if (seconds === 0) {
    errors.push({ pointer, message: `"${text}" is zero` });
  } else if (isWait && seconds > MAX_JOURNEY_SECONDS) {
    errors.push({
      pointer,
      message: `${text} (${describeSeconds(seconds)}) is over Step Functions' one-year execution limit (${describeSeconds(MAX_JOURNEY_SECONDS)})`,
    });
  }
}

function checkFhirPath(
  expression: string,
  pointer: string,
  references: JourneyReferences,
  errors: JourneyValidationError[],
  context: FhirPathContext = 'change',
): void {
  const problem = references.fhirPath(expression, context);
  if (problem !== undefined) errors.push({ pointer, message: `FHIRPath does not compile: ${problem}` });
}

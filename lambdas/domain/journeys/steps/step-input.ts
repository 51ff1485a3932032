import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { sendRequestSchema } from '../../events/messaging-event-schemas';
import {
  validateCreateActivityPayload,
  validateEvaluateConditionPayload,
  validateResolveWaitTimePayload,
  validateUpdateAttributePayload,
} from '../../validation/generated/validators';
import { typedValidator } from '../../validation/validator';
import { attributeNameSchema, attributeValueSchema } from '../definition-schema';

/**
 * The payloads the compiled journey passes its Lambda tasks (see `idsPayload` in `journey-states.ts`): the ids
 * of the execution and step, plus each task's own static configuration. A payload that breaks this contract
 * is a defect of the compiler or the caller, so its error is not in any Retrier and fails the execution.
 */
export class InvalidStepPayloadError extends Error {
  constructor(
    readonly task: string,
    readonly problems: readonly string[],
  ) {
    super(`the ${task} payload is invalid: ${problems.join('; ')}`);
    this.name = 'InvalidStepPayloadError';
  }
}

const { cause, patientId, triggeringResource } = sendRequestSchema.properties;

/** The same ids, patterns and triggering resource as a send request's journey cause. */
export const idsProperties = {
  patientId,
  journeyId: cause.properties.journeyId,
  journeyVersion: cause.properties.journeyVersion,
  executionId: cause.properties.executionId,
  stepId: cause.properties.stepId,
  triggeringResource,
} as const;

export const idsRequired = ['patientId', 'journeyId', 'journeyVersion', 'executionId', 'stepId'] as const;

export const resolveWaitTimePayloadSchema = {
  type: 'object',
  additionalProperties: false,
  required: [...idsRequired],
  properties: {
    ...idsProperties,
    resourceTime: {
      type: 'object',
      required: ['field', 'offsetSeconds'],
      additionalProperties: false,
      properties: {
        field: { type: 'string', enum: ['start', 'end', 'date'] },
        offsetSeconds: { type: 'integer' },
      },
    },
    localTime: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' },
  },
  oneOf: [{ required: ['resourceTime'] }, { required: ['localTime'] }],
} as const satisfies JSONSchema;

export const evaluateConditionPayloadSchema = {
  type: 'object',
  additionalProperties: false,
  required: [...idsRequired, 'condition'],
  properties: { ...idsProperties, condition: { type: 'string', minLength: 1, maxLength: 2000 } },
} as const satisfies JSONSchema;

export const createActivityPayloadSchema = {
  type: 'object',
  additionalProperties: false,
  required: [...idsRequired, 'activity'],
  properties: {
    ...idsProperties,
    activity: {
      type: 'object',
      required: ['kind', 'title'],
      additionalProperties: false,
      properties: {
        kind: { type: 'string', enum: ['follow-up-call', 'review', 'outreach', 'other'] },
        title: { type: 'string', minLength: 1, maxLength: 200 },
        assignTo: { type: 'string', enum: ['care-team', 'front-desk', 'outreach-team'] },
        dueIn: { type: 'string', minLength: 1, maxLength: 32 },
      },
    },
  },
} as const satisfies JSONSchema;

export const updateAttributePayloadSchema = {
  type: 'object',
  additionalProperties: false,
  required: [...idsRequired, 'attribute'],
  properties: {
    ...idsProperties,
    attribute: {
      type: 'object',
      required: ['name', 'value'],
      additionalProperties: false,
      properties: { name: attributeNameSchema, value: attributeValueSchema },
    },
  },
} as const satisfies JSONSchema;

export type ResolveWaitTimePayload = FromSchema<typeof resolveWaitTimePayloadSchema>;
export type EvaluateConditionPayload = FromSchema<typeof evaluateConditionPayloadSchema>;
export type CreateActivityPayload = FromSchema<typeof createActivityPayloadSchema>;
export type UpdateAttributePayload = FromSchema<typeof updateAttributePayloadSchema>;

/** The ids every step payload carries: what logs and events may name. */
export type StepIds = Pick<
  ResolveWaitTimePayload,
  'patientId' | 'journeyId' | 'journeyVersion' | 'executionId' | 'stepId'
>;

/** A payload parser over the validator generated for the payload's schema (see `scripts/validated-schemas.ts`). */
export function parserOf<T>(task: string, generated: (data: unknown) => boolean): (input: unknown) => T {
  const validate = typedValidator<T>(generated);
  return (input) => {
    if (!validate(input)) {
      throw new InvalidStepPayloadError(
        task,
        (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`),
      );
    }
    return input;
  };
}

export const parseResolveWaitTimePayload = parserOf<ResolveWaitTimePayload>(
  'resolveWaitTime',
  validateResolveWaitTimePayload,
);
export const parseEvaluateConditionPayload = parserOf<EvaluateConditionPayload>(
  'evaluateCondition',
  validateEvaluateConditionPayload,
);
export const parseCreateActivityPayload = parserOf<CreateActivityPayload>(
  'createActivity',
  validateCreateActivityPayload,
);
export const parseUpdateAttributePayload = parserOf<UpdateAttributePayload>(
  'updateAttribute',
  validateUpdateAttributePayload,
);

/** The ids of a payload alone, for logs and events (never the condition text or a title). */
export function stepIdsOf(payload: StepIds): StepIds {
  const { patientId, journeyId, journeyVersion, executionId, stepId } = payload;
  return { patientId, journeyId, journeyVersion, executionId, stepId };
}

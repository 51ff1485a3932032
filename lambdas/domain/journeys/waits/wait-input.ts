import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { validateCheckExitPayload, validateRegisterWaitPayload } from '../../validation/generated/validators';
import { journeyEventSchema } from '../definition-schema';
import { idsProperties, idsRequired, parserOf } from '../steps/step-input';

/** `$$.State.EnteredTime` and `$$.Execution.StartTime`: ISO 8601 instants. */
export const instant = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$',
} as const;

export const registerWaitPayloadSchema = {
  type: 'object',
  additionalProperties: false,
  required: [...idsRequired, 'taskToken', 'event', 'expiresInSeconds', 'stepStartedAt'],
  properties: {
    ...idsProperties,
    taskToken: { type: 'string', minLength: 1, maxLength: 2048 },
    event: journeyEventSchema,
    expiresInSeconds: { type: 'integer', minimum: 1 },
    stepStartedAt: instant,
    /**
     * A wait until a resource time (the resolver's `moment`): `ahead` waits for a change of the resource logged
     * after `stepStartedAt` (the instant it was resolved) or the time-out; `due` and `gone` answer at once.
     */
    resourceMoment: { type: 'string', enum: ['ahead', 'due', 'gone'] },
  },
} as const satisfies JSONSchema;

export const checkExitPayloadSchema = {
  type: 'object',
  additionalProperties: false,
  required: [...idsRequired, 'exitWhen', 'enrolledAt'],
  properties: {
    ...idsProperties,
    exitWhen: { type: 'array', items: journeyEventSchema },
    enrolledAt: instant,
  },
} as const satisfies JSONSchema;

export type RegisterWaitPayload = FromSchema<typeof registerWaitPayloadSchema>;
export type CheckExitPayload = FromSchema<typeof checkExitPayloadSchema>;

export const parseRegisterWaitPayload = parserOf<RegisterWaitPayload>('registerWait', validateRegisterWaitPayload);
export const parseCheckExitPayload = parserOf<CheckExitPayload>('checkExit', validateCheckExitPayload);

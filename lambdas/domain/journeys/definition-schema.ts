import type { FromSchema } from 'json-schema-to-ts';
import { channelOrderSchema } from '../events/messaging-event-schemas';
import { TOPICS } from '../patients/preferences';

/**
 * JSON Schema (schemaVersion 1) of a journey definition: how patients enter, when they leave, and a graph of
 * steps by id from `start`. A journey version is compiled to Amazon States Language (one state machine per
 * journey, one published version per journey version); the schema is what staff write and the API validates.
 */

/** `P[nD][T[nH][nM]]`: days, hours and minutes (Step Functions waits in seconds; months have no fixed length). */
export const JOURNEY_DURATION_PATTERN = '^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?$';
export const STEP_ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,47}$';
export const JOURNEY_ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,39}$';

const duration = { type: 'string', pattern: JOURNEY_DURATION_PATTERN } as const;
const stepId = { type: 'string', pattern: STEP_ID_PATTERN } as const;
const segmentId = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' } as const;
const fhirPath = { type: 'string', minLength: 1, maxLength: 2000 } as const;
/** A patient attribute journeys set and branch on: its name, and a value of one of three types. */
export const attributeNameSchema = { type: 'string', pattern: '^[a-z][a-zA-Z0-9-]{0,63}$' } as const;
export const attributeValueSchema = { type: ['string', 'number', 'boolean'] } as const;

export const TRIGGER_RESOURCE_TYPES = [
  'Patient',
  'Appointment',
  'Encounter',
  'Observation',
  'Condition',
  'Procedure',
  'Immunization',
  'MedicationRequest',
  'ServiceRequest',
  'EpisodeOfCare',
] as const;

/** A FHIR change: the resource type, which actions, and a FHIRPath condition over `%current` and `%previous`. */
const fhirChangeSchema = {
  type: 'object',
  required: ['resourceType'],
  additionalProperties: false,
  properties: {
    resourceType: { type: 'string', enum: [...TRIGGER_RESOURCE_TYPES] },
    actions: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', enum: ['create', 'update', 'delete'] },
      description: 'default: every action',
    },
    condition: {
      ...fhirPath,
      description:
        'FHIRPath, true to match: `%current` is the resource after the change (empty for a delete), `%previous` before it (empty for a create)',
    },
  },
} as const;

/** Something that happens to the patient while they are in the journey (exit criteria, goals, waits). */
export const journeyEventSchema = {
  type: 'object',
  description: 'Exactly one key: the kind of event.',
  minProperties: 1,
  maxProperties: 1,
  additionalProperties: false,
  properties: {
    segmentEntered: segmentId,
    segmentExited: segmentId,
    fhirChange: {
      ...fhirChangeSchema,
      properties: {
        ...fhirChangeSchema.properties,
        sameResource: {
          type: 'boolean',
          description: 'only a change of the resource that started the journey (the appointment it reminds of)',
        },
      },
    },
    reply: {
      type: 'string',
      pattern: '^[a-z0-9][a-z0-9-]{0,63}$',
      description: 'a Patient Replied event (SMS keyword or link), e.g. appointment-confirmed',
    },
    engagement: {
      type: 'string',
      enum: ['opened', 'clicked'],
      description: 'the patient opened or clicked a message of this journey',
    },
  },
} as const;

export const entrySchema = {
  type: 'object',
  description: 'Exactly one key: how patients enter.',
  minProperties: 1,
  maxProperties: 1,
  additionalProperties: false,
  properties: {
    segmentEntered: segmentId,
    fhirTrigger: {
      ...fhirChangeSchema,
      properties: {
        ...fhirChangeSchema.properties,
        keyedBy: {
          type: 'string',
          enum: ['resource', 'patient'],
          description: 'resource: one run per triggering resource (per appointment); patient (default): per patient',
        },
      },
    },
    staffRequest: { type: 'object', additionalProperties: false, properties: {} },
    scheduledEnrolment: {
      type: 'object',
      required: ['segmentId', 'schedule'],
      additionalProperties: false,
      properties: {
        segmentId,
        schedule: {
          type: 'string',
          pattern: '^(cron\\(.+\\)|rate\\(.+\\)|at\\(.+\\))$',
          description: 'EventBridge Scheduler expression: the segment’s current members are enrolled each time',
        },
        timeZone: {
          type: 'string',
          pattern: '^[A-Za-z_]+(/[A-Za-z0-9_+-]+){0,2}$',
          description: 'the IANA zone the schedule is read in (default UTC), e.g. America/New_York',
        },
      },
    },
  },
} as const;

export const reEntrySchema = {
  type: 'object',
  required: ['policy'],
  additionalProperties: false,
  properties: {
    policy: { type: 'string', enum: ['once', 'after-cool-down', 'always'] },
    coolDown: { ...duration, description: 'with after-cool-down: the time since the last entry' },
  },
} as const;

const sendStep = {
  type: 'object',
  required: ['type', 'template', 'topic', 'channels', 'next'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', enum: ['send'] },
    template: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' },
    topic: { type: 'string', enum: [...TOPICS] },
    channels: channelOrderSchema,
    fallback: { type: 'boolean', description: 'later channels when the first cannot be used (default false)' },
    quietHours: { type: 'string', enum: ['defer', 'skip'], description: 'default defer' },
    next: stepId,
  },
} as const;

const waitStep = {
  type: 'object',
  required: ['type', 'next'],
  additionalProperties: false,
  description: 'Exactly one of `duration`, `untilResourceTime`, `untilLocalTime`.',
  properties: {
    type: { type: 'string', enum: ['wait'] },
    duration,
    untilResourceTime: {
      type: 'object',
      required: ['field'],
      additionalProperties: false,
      description: 'a time of the triggering resource, offset (e.g. appointment start − 24 h)',
      properties: {
        field: { type: 'string', enum: ['start', 'end', 'date'] },
        offset: { type: 'string', pattern: '^-?P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?$' },
      },
    },
    untilLocalTime: {
      type: 'string',
      pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
      description: 'the next occurrence of this wall-clock time in the patient’s time zone',
    },
    next: stepId,
  },
} as const;

const waitForEventStep = {
  type: 'object',
  required: ['type', 'event', 'timeout', 'next'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', enum: ['wait-for-event'] },
    event: journeyEventSchema,
    timeout: duration,
    next: {
      type: 'object',
      required: ['received', 'timedOut'],
      additionalProperties: false,
      properties: { received: stepId, timedOut: stepId },
    },
  },
} as const;

const branchStep = {
  type: 'object',
  required: ['type', 'on'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', enum: ['branch'] },
    on: {
      type: 'object',
      description: 'Exactly one key: what the branch looks at.',
      minProperties: 1,
      maxProperties: 1,
      additionalProperties: false,
      properties: {
        inSegment: segmentId,
        attribute: {
          type: 'object',
          required: ['name', 'equals'],
          additionalProperties: false,
          properties: { name: attributeNameSchema, equals: attributeValueSchema },
        },
        triggerCondition: { ...fhirPath, description: 'FHIRPath over the triggering resource (`%current`)' },
        randomSplit: {
          type: 'array',
          minItems: 2,
          maxItems: 5,
          items: {
            type: 'object',
            required: ['percent', 'next'],
            additionalProperties: false,
            properties: { percent: { type: 'integer', minimum: 1, maximum: 99 }, next: stepId },
          },
        },
      },
    },
    next: {
      type: 'object',
      required: ['true', 'false'],
      additionalProperties: false,
      description: 'for every kind but randomSplit',
      properties: { true: stepId, false: stepId },
    },
  },
} as const;

const createActivityStep = {
  type: 'object',
  required: ['type', 'activity', 'next'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', enum: ['create-activity'] },
    activity: {
      type: 'object',
      required: ['kind', 'title'],
      additionalProperties: false,
      properties: {
        kind: { type: 'string', enum: ['follow-up-call', 'review', 'outreach', 'other'] },
        title: {
          type: 'string',
          minLength: 1,
          maxLength: 200,
          description: 'no clinical detail: staff open the patient',
        },
        assignTo: { type: 'string', enum: ['care-team', 'front-desk', 'outreach-team'] },
        dueIn: duration,
      },
    },
    next: stepId,
  },
} as const;

const updateAttributeStep = {
  type: 'object',
  required: ['type', 'name', 'value', 'next'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', enum: ['update-attribute'] },
    name: attributeNameSchema,
    value: attributeValueSchema,
    next: stepId,
  },
} as const;

const exitStep = {
  type: 'object',
  required: ['type'],
  additionalProperties: false,
  properties: { type: { type: 'string', enum: ['exit'] } },
} as const;

export const JOURNEY_STEP_TYPES = [
  'send',
  'wait',
  'wait-for-event',
  'branch',
  'create-activity',
  'update-attribute',
  'exit',
] as const;

/** The step schemas by `type`: the validator picks one by the type so errors name the step's own fields. */
export const STEP_SCHEMAS = {
  send: sendStep,
  wait: waitStep,
  'wait-for-event': waitForEventStep,
  branch: branchStep,
  'create-activity': createActivityStep,
  'update-attribute': updateAttributeStep,
  exit: exitStep,
} as const;

export const journeyDefinitionSchema = {
  $id: 'https://patient-outreach.github.io/schemas/journey-definition-v1.json',
  type: 'object',
  required: ['schemaVersion', 'id', 'name', 'entry', 'reEntry', 'start', 'steps'],
  additionalProperties: false,
  properties: {
    schemaVersion: { type: 'integer', enum: [1] },
    id: { type: 'string', pattern: JOURNEY_ID_PATTERN },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    description: { type: 'string', maxLength: 2000 },
    entry: entrySchema,
    reEntry: reEntrySchema,
    exitWhen: { type: 'array', maxItems: 10, items: journeyEventSchema },
    goal: journeyEventSchema,
    start: stepId,
    steps: {
      type: 'object',
      minProperties: 1,
      maxProperties: 100,
      propertyNames: { pattern: STEP_ID_PATTERN },
      additionalProperties: {
        type: 'object',
        required: ['type'],
        properties: { type: { type: 'string', enum: [...JOURNEY_STEP_TYPES] } },
        oneOf: [sendStep, waitStep, waitForEventStep, branchStep, createActivityStep, updateAttributeStep, exitStep],
      },
    },
  },
} as const;

export type JourneyDefinition = FromSchema<typeof journeyDefinitionSchema>;
export type JourneyEvent = FromSchema<typeof journeyEventSchema>;
export type JourneyEntry = FromSchema<typeof entrySchema>;
export type SendStep = FromSchema<typeof sendStep>;
export type WaitStep = FromSchema<typeof waitStep>;
export type WaitForEventStep = FromSchema<typeof waitForEventStep>;
export type BranchStep = FromSchema<typeof branchStep>;
export type CreateActivityStep = FromSchema<typeof createActivityStep>;
export type UpdateAttributeStep = FromSchema<typeof updateAttributeStep>;
export type ExitStep = FromSchema<typeof exitStep>;
export type JourneyStep =
  | SendStep
  | WaitStep
  | WaitForEventStep
  | BranchStep
  | CreateActivityStep
  | UpdateAttributeStep
  | ExitStep;

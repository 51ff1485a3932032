import type { FromSchema } from 'json-schema-to-ts';
import { ACTIVITY_KINDS, ACTIVITY_TEAMS } from '../journeys/activities';
import { eventEnvelopeProperties } from './event-envelope';
import { DetailType, PLATFORM_EVENT_SOURCE } from './event-names';
import { sendRequestSchema } from './messaging-event-schemas';

/** The journey events' schemas, published beside the others (see `event-schemas.ts`). Draft-04 compatible. */

const { cause, patientId } = sendRequestSchema.properties;

export const journeyActivityCreatedDetailSchema = {
  type: 'object',
  description:
    'A journey created a staff activity. Ids, kind, team, due time and the title (staff-written journey configuration, never clinical detail).',
  required: [
    'activityId',
    'patientId',
    'journeyId',
    'journeyVersion',
    'executionId',
    'stepId',
    'kind',
    'title',
    'createdAt',
  ],
  additionalProperties: false,
  properties: {
    activityId: {
      type: 'string',
      pattern: '^act-[0-9a-f]{32}$',
      description: 'Derived from the execution and step: the same on a retried task, for consumers to drop duplicates.',
    },
    patientId,
    journeyId: cause.properties.journeyId,
    journeyVersion: cause.properties.journeyVersion,
    executionId: cause.properties.executionId,
    stepId: cause.properties.stepId,
    kind: { type: 'string', enum: [...ACTIVITY_KINDS] },
    title: { type: 'string', minLength: 1, maxLength: 200 },
    assignTo: { type: 'string', enum: [...ACTIVITY_TEAMS] },
    dueAt: { type: 'string', format: 'date-time' },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

export type JourneyActivityCreatedDetail = FromSchema<typeof journeyActivityCreatedDetailSchema>;

export const journeyActivityCreatedEventSchema = {
  title: DetailType.JourneyActivityCreated,
  description: `Published by the platform (source ${PLATFORM_EVENT_SOURCE}) when a journey step creates a staff activity.`,
  type: 'object',
  required: ['detail-type', 'source', 'detail'],
  properties: {
    ...eventEnvelopeProperties,
    'detail-type': { type: 'string', enum: [DetailType.JourneyActivityCreated] },
    detail: journeyActivityCreatedDetailSchema,
  },
} as const;

import { ACTIVITY_KINDS, ACTIVITY_STATUSES, ACTIVITY_TEAMS } from '../../domain/journeys/activities';
import { pageQuerySchema } from '../cursor';

const ID = '^[A-Za-z0-9\\-.]{1,64}$';

export const activityView = {
  type: 'object',
  required: [
    'activityId',
    'patientId',
    'journeyId',
    'journeyVersion',
    'executionId',
    'stepId',
    'kind',
    'title',
    'status',
    'createdAt',
  ],
  additionalProperties: false,
  properties: {
    activityId: { type: 'string' },
    patientId: { type: 'string' },
    journeyId: { type: 'string' },
    journeyVersion: { type: 'integer' },
    executionId: { type: 'string' },
    stepId: { type: 'string' },
    kind: { type: 'string', enum: [...ACTIVITY_KINDS] },
    title: { type: 'string' },
    assignTo: { type: 'string', enum: [...ACTIVITY_TEAMS] },
    status: { type: 'string', enum: [...ACTIVITY_STATUSES] },
    createdAt: { type: 'string', format: 'date-time' },
    dueAt: { type: 'string', format: 'date-time' },
    completedAt: { type: 'string', format: 'date-time' },
    completedBy: { type: 'string' },
  },
} as const;

export const activityPageResponse = {
  type: 'object',
  required: ['items'],
  additionalProperties: false,
  properties: { items: { type: 'array', items: activityView }, cursor: { type: 'string' } },
} as const;

export const activityQueueQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    team: {
      type: 'string',
      enum: [...ACTIVITY_TEAMS],
      description: 'the team whose open activities to list (default: unassigned)',
    },
    ...pageQuerySchema,
  },
} as const;

export const patientActivitiesQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { ...pageQuerySchema },
} as const;

export const activityParams = {
  type: 'object',
  required: ['patientId', 'activityId'],
  additionalProperties: false,
  properties: {
    patientId: { type: 'string', pattern: ID },
    activityId: { type: 'string', pattern: '^act-[0-9a-f]{32}$' },
  },
} as const;

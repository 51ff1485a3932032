import { JOURNEY_ID_PATTERN, journeyDefinitionSchema } from '../../domain/journeys/definition-schema';
import { pageQuerySchema } from '../cursor';
import { documentedShapeOf } from './documented-shape';

/**
 * JSON Schemas of the journey routes: requests are validated (and typed) with them, responses documented.
 * A definition inside a request is only required to be an object here: `validateJourney` checks it and answers
 * with JSON pointers into it.
 */
const STATUSES = ['draft', 'active', 'paused', 'archived'] as const;
const version = { type: 'string', pattern: '^[1-9][0-9]{0,5}$' } as const;

/** A stored definition, as the responses that carry one document it (requests are checked by `validateJourney`). */
const storedDefinition = documentedShapeOf(journeyDefinitionSchema);

/** Named `journeyId` like `GET /journeys/{journeyId}/messages`: API Gateway allows one name per path level. */
export const journeyParams = {
  type: 'object',
  required: ['journeyId'],
  additionalProperties: false,
  properties: {
    journeyId: { type: 'string', pattern: JOURNEY_ID_PATTERN, description: 'lower-case letters, digits, hyphens' },
  },
} as const;

export const journeyListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: [...STATUSES], description: 'only journeys in this status' },
    ...pageQuerySchema,
  },
} as const;

export const journeyBody = {
  type: 'object',
  description: 'a journey definition, schemaVersion 1; checked by `validateJourney`',
} as const;

export const validateJourneyBody = {
  type: 'object',
  required: ['definition'],
  additionalProperties: false,
  properties: { definition: journeyBody },
} as const;

export const updateJourneyQuery = {
  type: 'object',
  required: ['expectedRevision'],
  additionalProperties: false,
  properties: {
    expectedRevision: {
      type: 'string',
      pattern: '^[1-9][0-9]{0,8}$',
      description: 'the revision of the journey the edit started from: 409 if it changed since',
    },
  },
} as const;

export const journeyVersionQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { version: { ...version, description: 'the version (default: the latest)' } },
} as const;

const journeyRecordSchema = {
  type: 'object',
  required: ['journeyId', 'name', 'status', 'latestVersion', 'updatedAt', 'revision'],
  properties: {
    journeyId: { type: 'string' },
    name: { type: 'string' },
    status: { type: 'string', enum: [...STATUSES] },
    latestVersion: { type: 'integer' },
    publishedVersion: { type: 'integer', description: 'the version new enrolments start, once published' },
    stateMachineArn: { type: 'string' },
    aliasArn: { type: 'string', description: 'the alias `live`, on the published version' },
    publishedAt: { type: 'string', format: 'date-time' },
    archivedAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
    revision: { type: 'integer', description: 'send it as `expectedRevision` to update' },
  },
} as const;

const templateVersions = {
  type: 'object',
  additionalProperties: { type: 'integer' },
  description: 'template id → the version pinned',
} as const;

const journeyVersionSchema = {
  type: 'object',
  required: ['journeyId', 'version', 'definition', 'createdAt', 'createdBy'],
  properties: {
    journeyId: { type: 'string' },
    version: { type: 'integer' },
    definition: storedDefinition,
    createdAt: { type: 'string', format: 'date-time' },
    createdBy: { type: 'string', description: 'the subject of the staff user' },
    compiled: {
      type: 'object',
      required: ['stateMachineVersionArn', 'templateVersions'],
      description: 'present once the version was published',
      properties: { stateMachineVersionArn: { type: 'string' }, templateVersions },
    },
  },
} as const;

export const journeyListResponse = {
  type: 'object',
  required: ['items'],
  properties: {
    items: { type: 'array', items: journeyRecordSchema },
    cursor: { type: 'string', description: 'present when there may be more' },
  },
} as const;

export const journeyVersionResponse = {
  type: 'object',
  required: ['journey', 'version'],
  properties: { journey: journeyRecordSchema, version: journeyVersionSchema },
} as const;

export const journeyDetailResponse = {
  type: 'object',
  required: ['journey', 'versions'],
  properties: {
    journey: journeyRecordSchema,
    versions: { type: 'array', items: journeyVersionSchema, description: 'newest first' },
  },
} as const;

export const journeyStatusResponse = {
  type: 'object',
  required: ['journey'],
  properties: {
    journey: journeyRecordSchema,
    stoppedExecutions: { type: 'integer', description: 'archive: how many running executions were stopped' },
  },
} as const;

export const journeyValidationResponse = {
  type: 'object',
  required: ['valid', 'errors'],
  properties: {
    valid: { type: 'boolean' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['pointer', 'message'],
        properties: { pointer: { type: 'string', description: 'into the definition' }, message: { type: 'string' } },
      },
    },
  },
} as const;

export const journeyAslResponse = {
  type: 'object',
  required: ['journeyId', 'version', 'published', 'templateVersions', 'asl'],
  properties: {
    journeyId: { type: 'string' },
    version: { type: 'integer' },
    published: {
      type: 'boolean',
      description: 'true: the definition Step Functions runs; false: what publishing it now would run',
    },
    templateVersions,
    asl: { type: 'object', description: 'Amazon States Language (JSONPath)' },
  },
} as const;

export const journeyCatalogResponse = {
  type: 'object',
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      description: 'predefined definitions; install one by sending it to POST /journeys',
      items: storedDefinition,
    },
  },
} as const;

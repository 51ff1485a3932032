import { segmentDefinitionSchema, staticSegmentSchema } from '../../domain/segments/definition-schema';
import { pageQuerySchema } from '../cursor';
import { patientParams, patientSegmentSchema } from './patient-api-schemas';

/**
 * JSON Schemas of the segment routes: requests are validated (and typed) with them, responses documented.
 * A definition inside a request is only required to be an object here: `validateSegment` checks it and
 * answers with JSON pointers into it, which the schema validator could not do as precisely (and the
 * definition schema's `$id` can be compiled only once per validator).
 */
const segmentId = {
  type: 'string',
  pattern: segmentDefinitionSchema.properties.id.pattern,
  description: 'lower-case letters, digits and hyphens, at most 64',
} as const;

const version = { type: 'string', pattern: '^[1-9][0-9]{0,5}$' } as const;
const count = { type: 'integer', minimum: 0 } as const;

export const segmentParams = {
  type: 'object',
  required: ['segmentId'],
  additionalProperties: false,
  properties: { segmentId },
} as const;

export const segmentListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: ['draft', 'active', 'archived'], description: 'only segments in this status' },
    ...pageQuerySchema,
  },
} as const;

export const memberPageQuery = { type: 'object', additionalProperties: false, properties: pageQuerySchema } as const;

const definitionBody = {
  type: 'object',
  description: 'a segment definition, schemaVersion 1 (see docs/segments.md); checked by `validateSegment`',
} as const;

/** A dynamic segment's definition, or `{ kind: 'static', id, name, description }`; `readSegmentContent` checks which. */
export const segmentBody = { anyOf: [definitionBody, staticSegmentSchema] } as const;

export const versionQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { version: { ...version, description: 'the version to activate (default: the latest)' } },
} as const;

export const updateQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    basedOnVersion: {
      ...version,
      description: 'the latest version the edit started from: 409 if another version was added since',
    },
  },
} as const;

export const MAX_PREVIEW_PATIENTS = 5000;
export const DEFAULT_PREVIEW_PATIENTS = 500;
export const PREVIEW_SAMPLE_SIZE = 20;

export const previewBody = {
  type: 'object',
  required: ['definition'],
  additionalProperties: false,
  properties: {
    definition: definitionBody,
    patientId: {
      ...patientParams.properties.patientId,
      description: 'explain this one patient, criterion by criterion',
    },
    limit: {
      type: 'integer',
      minimum: 1,
      maximum: MAX_PREVIEW_PATIENTS,
      description: `evaluate at most this many patients (default ${DEFAULT_PREVIEW_PATIENTS})`,
    },
  },
} as const;

/** 10,000 rows, and the body limit of the API (256 KB): a few thousand long identifiers fit. */
export const MAX_STATIC_LIST_ROWS = 10_000;

export const staticListBody = {
  type: 'object',
  required: ['csv'],
  additionalProperties: false,
  properties: {
    csv: {
      type: 'string',
      minLength: 1,
      description:
        'CSV text: a header row with a column `patientId` or `identifier` (`system|value`), then one patient a row',
    },
  },
} as const;

const segmentRecordSchema = {
  type: 'object',
  required: ['segmentId', 'kind', 'name', 'description', 'status', 'latestVersion', 'updatedAt', 'revision'],
  properties: {
    segmentId: { type: 'string' },
    kind: { type: 'string', enum: ['dynamic', 'static'] },
    name: { type: 'string' },
    description: { type: 'string' },
    status: { type: 'string', enum: ['draft', 'active', 'archived'] },
    latestVersion: { type: 'integer' },
    activeVersion: { type: 'integer', description: 'the version membership follows, once activated' },
    updatedAt: { type: 'string', format: 'date-time' },
    revision: { type: 'integer' },
  },
} as const;

const segmentVersionSchema = {
  type: 'object',
  required: ['segmentId', 'version', 'kind', 'name', 'description', 'createdAt', 'createdBy'],
  properties: {
    segmentId: { type: 'string' },
    version: { type: 'integer' },
    kind: { type: 'string', enum: ['dynamic', 'static'] },
    name: { type: 'string' },
    description: { type: 'string' },
    definition: { type: 'object', description: 'dynamic segments only' },
    createdAt: { type: 'string', format: 'date-time' },
    createdBy: { type: 'string', description: 'the subject of the staff user' },
  },
} as const;

const computationSchema = {
  type: 'object',
  required: ['computationId', 'segmentId', 'reason', 'status', 'startedAt', 'shards', 'shardsDone'],
  properties: {
    computationId: { type: 'string' },
    segmentId: { type: 'string' },
    reason: { type: 'string', enum: ['activated', 'archived', 'requested', 'uploaded'] },
    status: { type: 'string', enum: ['running', 'completed', 'failed'] },
    startedAt: { type: 'string', format: 'date-time' },
    finishedAt: { type: 'string', format: 'date-time' },
    shards: count,
    shardsDone: count,
    patientsEvaluated: count,
    entered: count,
    exited: count,
    failed: count,
  },
} as const;

const startedComputationSchema = {
  type: 'object',
  required: ['computationId', 'reason'],
  properties: {
    computationId: { type: 'string', description: 'follow it in GET /segments/{segmentId}' },
    reason: computationSchema.properties.reason,
  },
} as const;

export const segmentListResponse = {
  type: 'object',
  required: ['items'],
  properties: {
    items: { type: 'array', items: segmentRecordSchema },
    cursor: { type: 'string', description: 'present when there may be more' },
  },
} as const;

export const segmentVersionResponse = {
  type: 'object',
  required: ['segment', 'version'],
  properties: { segment: segmentRecordSchema, version: segmentVersionSchema },
} as const;

export const segmentDetailResponse = {
  type: 'object',
  required: ['segment', 'versions'],
  properties: {
    segment: segmentRecordSchema,
    versions: { type: 'array', items: segmentVersionSchema, description: 'newest first' },
    computation: { ...computationSchema, description: 'the latest full computation, with its progress' },
  },
} as const;

export const statusChangeResponse = {
  type: 'object',
  required: ['segment'],
  properties: {
    segment: segmentRecordSchema,
    computation: { ...startedComputationSchema, description: 'present when memberships are being recomputed' },
  },
} as const;

export const computationStartedResponse = startedComputationSchema;

export const catalogResponse = {
  type: 'object',
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      description: 'predefined definitions; install one by sending it to POST /segments',
      items: { type: 'object' },
    },
  },
} as const;

const explanationSchema = {
  type: 'object',
  required: ['criterion', 'path', 'matched'],
  description: 'mirrors the criteria tree; `children` repeat this shape',
  properties: {
    criterion: { type: 'string', example: 'latestObservation' },
    path: { type: 'string', example: '/criteria/all/1' },
    matched: { type: 'boolean' },
    reason: {
      type: 'string',
      description: 'why; left out of clinical criteria for callers without `patients:read-clinical`',
    },
    children: { type: 'array', items: { type: 'object' } },
  },
} as const;

export const previewResponse = {
  type: 'object',
  required: ['evaluated', 'matched', 'readsClinicalData', 'complete'],
  properties: {
    evaluated: { ...count, description: 'patients evaluated: every patient when `complete`, else the first `limit`' },
    matched: { ...count, description: 'of those, how many match' },
    sample: {
      type: 'array',
      items: { type: 'string' },
      maxItems: PREVIEW_SAMPLE_SIZE,
      description:
        'ids of the first matching patients; absent for a clinical definition when the caller may not read clinical data',
    },
    readsClinicalData: {
      type: 'boolean',
      description:
        'the criteria read clinical data (resources, observations, FHIRPath, or a clinical segment): who matches is shown only to roles with `patients:read-clinical`, and explaining one patient is refused (403) to the others',
    },
    complete: { type: 'boolean', description: 'false when patients remain beyond `limit`: the count is partial' },
    patient: {
      type: 'object',
      required: ['patientId', 'member', 'nextChangeUnknown', 'explanation'],
      description: 'with `patientId`: that patient, evaluated and explained',
      properties: {
        patientId: { type: 'string' },
        member: { type: 'boolean' },
        nextChange: { type: 'string', format: 'date-time', description: 'when time alone can change the answer' },
        nextChangeUnknown: { type: 'boolean' },
        explanation: explanationSchema,
      },
    },
  },
} as const;

const memberSchema = {
  type: 'object',
  required: ['patientId', 'version', 'since', 'kind'],
  properties: {
    patientId: { type: 'string' },
    version: { type: 'integer', description: 'the segment version that admitted or last confirmed the patient' },
    since: { type: 'string', format: 'date-time' },
    kind: { type: 'string', enum: ['dynamic', 'static'] },
  },
} as const;

export const memberPageResponse = {
  type: 'object',
  required: ['items'],
  properties: {
    items: { type: 'array', items: memberSchema, description: 'ordered by patient id' },
    cursor: { type: 'string', description: 'present when there may be more' },
  },
} as const;

export const staticListResponse = {
  type: 'object',
  required: ['rows', 'members', 'entered', 'exited', 'unresolved'],
  properties: {
    rows: { ...count, description: 'data rows read (the header excluded)' },
    members: { ...count, description: 'distinct patients in the list now' },
    entered: count,
    exited: count,
    unresolved: {
      type: 'array',
      description: 'rows that named no single known patient; they were left out',
      items: {
        type: 'object',
        required: ['line', 'reason'],
        properties: {
          line: { type: 'integer', description: 'line number in the CSV, the header being line 1' },
          value: { type: 'string', description: 'the id or identifier as sent' },
          reason: { type: 'string', enum: ['unknown', 'ambiguous', 'empty', 'malformed'] },
        },
      },
    },
    computation: {
      ...startedComputationSchema,
      description: 'present when active segments read this list (`inSegment`) and memberships changed',
    },
  },
} as const;

export const patientSegmentsResponse = {
  type: 'object',
  required: ['patientId', 'items'],
  properties: {
    patientId: { type: 'string' },
    items: { type: 'array', items: patientSegmentSchema, description: 'memberships of active segments, by id' },
  },
} as const;

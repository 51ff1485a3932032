import {
  type DeadLetterStatus,
  type IngestionOperationsServices,
  MAX_REPLAY_PER_CALL,
  patientOfDeadLetter,
  REJECTION_CODES,
  type ReplayOutcome,
  replayDeadLetter,
  replayOpenDeadLetters,
  startBulkImport,
  summarizeDeadLetter,
} from '../../domain/ingestion/operations';
import type { UnreplayableReason } from '../../domain/ingestion/replay';
import { pageLimit, pageQuerySchema, unwrapListCursor, wrapListCursor } from '../cursor';
import { conflict, notFound } from '../problem';
import { defineRoute, type RouteDefinition } from '../route';

export type { IngestionOperationsServices } from '../../domain/ingestion/operations';

const access = { kind: 'permission', permission: 'ingestion:operate' } as const;
const TAG = 'ingestion';

const deadLetterIdParams = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,128}$', description: 'dead-letter id' } },
} as const;

const jobIdParams = {
  type: 'object',
  required: ['jobId'],
  additionalProperties: false,
  // The job id is also the Step Functions execution name: at most 80 characters of this set.
  properties: { jobId: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,80}$', description: 'import job id' } },
} as const;

const rejectionSchema = {
  type: 'object',
  required: ['code', 'message', 'issues'],
  properties: {
    code: { type: 'string', enum: REJECTION_CODES },
    message: { type: 'string', description: 'names paths and rules, never values' },
    issues: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: { path: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
} as const;

const deadLetterProperties = {
  id: { type: 'string' },
  receivedAt: { type: 'string', format: 'date-time' },
  origin: { type: 'string', enum: ['event', 'bulk-import', 'delivery-failure', 'provider-feedback'] },
  status: { type: 'string', enum: ['open', 'replayed'] },
  replayedAt: { type: 'string', format: 'date-time' },
  rejection: rejectionSchema,
  resourceType: { type: 'string' },
  resourceId: { type: 'string' },
  correlationId: { type: 'string' },
  source: { type: 'string', description: "the kept event's source: a replay puts it back under it" },
  detailType: { type: 'string', description: "the kept event's detail-type" },
  consumer: { type: 'string', description: 'the function or rule target the event failed at' },
} as const;

const deadLetterSummarySchema = {
  type: 'object',
  required: ['id', 'receivedAt', 'origin', 'status', 'rejection'],
  properties: deadLetterProperties,
} as const;

const replayAcceptedSchema = {
  type: 'object',
  required: ['id', 'status', 'replayedAt'],
  properties: {
    id: { type: 'string' },
    status: { type: 'string', enum: ['replayed'] },
    replayedAt: { type: 'string', format: 'date-time' },
  },
} as const;

const count = { type: 'integer', minimum: 0 } as const;
const countsByName = { type: 'object', additionalProperties: count } as const;

const importJobSchema = {
  type: 'object',
  required: ['jobId', 'status', 'startedAt', 'files', 'accepted', 'applied', 'unchanged', 'rejected'],
  properties: {
    jobId: { type: 'string' },
    status: { type: 'string', enum: ['running', 'completed', 'completed-with-failures'] },
    startedAt: { type: 'string', format: 'date-time' },
    completedAt: { type: 'string', format: 'date-time' },
    files: count,
    filesImported: count,
    filesSkipped: count,
    filesFailed: { type: 'array', items: { type: 'string' } },
    accepted: count,
    applied: count,
    unchanged: count,
    rejected: count,
    rejectionsByCode: countsByName,
    unsupportedTypes: countsByName,
  },
} as const;

/**
 * Ingestion operations for `ingestion:operate` (`fhir-sync-admin`): inspect and replay dead-lettered
 * events after a fix, start and follow bulk imports. Every route is audited; reading one dead letter
 * shows its payload, which may be patient data, so that entry names the patient when the payload does.
 */
export function ingestionRoutes(services: IngestionOperationsServices): RouteDefinition[] {
  return [
    defineRoute({
      operationId: 'listDeadLetters',
      method: 'GET',
      path: '/ingestion/dead-letters',
      summary:
        'Dead-lettered events (FHIR changes and platform events) with their rejection reasons, newest first (no payloads)',
      tag: TAG,
      access,
      audit: { action: 'ingestion.deadletters.list' },
      query: {
        type: 'object',
        additionalProperties: false,
        properties: {
          status: { type: 'string', enum: ['open', 'replayed'], description: 'default `open`' },
          ...pageQuerySchema,
        },
      },
      response: {
        status: 200,
        description: 'one page of dead letters',
        schema: {
          type: 'object',
          required: ['items'],
          properties: {
            items: { type: 'array', items: deadLetterSummarySchema },
            cursor: { type: 'string', description: 'present when there may be more' },
          },
        },
      },
      handle: async ({ query }) => {
        const status = query.status ?? 'open';
        const page = await services.deadLetters.list(
          status,
          pageLimit(query.limit),
          unwrapListCursor(query.cursor, listName(status)),
        );
        return { items: page.items.map(summarizeDeadLetter), ...wrapListCursor(page.cursor, listName(status)) };
      },
    }),
    defineRoute({
      operationId: 'getDeadLetter',
      method: 'GET',
      path: '/ingestion/dead-letters/{id}',
      summary: 'One dead letter with the event it kept (which may contain patient data)',
      tag: TAG,
      access,
      audit: { action: 'ingestion.deadletter.read' },
      params: deadLetterIdParams,
      response: {
        status: 200,
        description: 'the dead letter and its payload',
        schema: {
          type: 'object',
          required: [...deadLetterSummarySchema.required, 'payload'],
          properties: {
            ...deadLetterProperties,
            payload: { description: 'the original event, or the import item' },
          },
        },
      },
      errors: [404],
      handle: async ({ params, audit }) => {
        const entry = await services.deadLetters.get(params.id);
        if (!entry) throw notFound(`no dead letter ${params.id}`);
        audit.patientId = patientOfDeadLetter(entry);
        return entry;
      },
    }),
    defineRoute({
      operationId: 'replayDeadLetter',
      method: 'POST',
      path: '/ingestion/dead-letters/{id}/replay',
      summary:
        'Put a dead letter back on the bus with its original source and detail-type, after the cause was fixed (every rule that matched it sees it again)',
      tag: TAG,
      access,
      audit: { action: 'ingestion.deadletter.replay' },
      params: deadLetterIdParams,
      response: {
        status: 202,
        description: 'the event is back on the bus; the rules it failed at take it from there',
        schema: replayAcceptedSchema,
      },
      errors: [404, 409],
      handle: async ({ params, audit }) => {
        const entry = await services.deadLetters.get(params.id);
        if (entry) audit.patientId = patientOfDeadLetter(entry);
        return replayResponse(params.id, await replayDeadLetter(entry, services));
      },
    }),
    defineRoute({
      operationId: 'replayDeadLetters',
      method: 'POST',
      path: '/ingestion/dead-letters/replay',
      summary: `Replay the open dead letters, optionally only one rejection code, resource type or detail-type; at most ${MAX_REPLAY_PER_CALL} looked at per call`,
      tag: TAG,
      access,
      audit: { action: 'ingestion.deadletters.replay' },
      // The filter is in the query, so that a bare POST (no body) replays everything.
      query: {
        type: 'object',
        additionalProperties: false,
        properties: {
          code: { type: 'string', enum: REJECTION_CODES, description: 'only entries rejected with this code' },
          resourceType: { type: 'string', pattern: '^[A-Za-z]{1,64}$', description: 'only entries of this type' },
          detailType: {
            type: 'string',
            pattern: '^[A-Za-z ]{1,128}$',
            description: 'only events of this detail-type (e.g. the events a consumer failed during an outage)',
          },
          cursor: pageQuerySchema.cursor,
        },
      },
      response: {
        status: 202,
        description: 'what this call did; call again with `cursor` while one is returned',
        schema: {
          type: 'object',
          required: ['examined', 'replayed', 'skipped', 'unreplayable'],
          properties: {
            examined: count,
            replayed: count,
            skipped: { ...count, description: 'open entries the filter left alone' },
            unreplayable: { ...count, description: 'open entries that kept no event to replay' },
            cursor: { type: 'string', description: 'present while open entries remain past the ones examined' },
          },
        },
      },
      handle: async ({ query, audit }) => {
        const filter = { code: query.code, resourceType: query.resourceType, detailType: query.detailType };
        const search = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => !!e[1]));
        audit.resource = `/ingestion/dead-letters/replay${search.size > 0 ? `?${search}` : ''}`;
        const { cursor, ...result } = await replayOpenDeadLetters(
          filter,
          unwrapListCursor(query.cursor, listName('open')),
          services,
        );
        return { ...result, ...wrapListCursor(cursor, listName('open')) };
      },
    }),
    defineRoute({
      operationId: 'startBulkImport',
      method: 'POST',
      path: '/ingestion/imports',
      summary: 'Start a bulk import of the FHIR Bulk Data NDJSON files and Bundles under a prefix of the import bucket',
      tag: TAG,
      access,
      audit: { action: 'ingestion.import.start' },
      body: {
        type: 'object',
        required: ['prefix'],
        additionalProperties: false,
        properties: {
          prefix: {
            type: 'string',
            maxLength: 1024,
            // S3's safe key characters, relative, no `..` segments (locally the prefix is a folder).
            pattern: "^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[A-Za-z0-9!_.*'()/-]+$",
            description: 'key prefix in the import bucket, e.g. `exports/2026-11-25/`',
          },
          asOf: {
            type: 'string',
            format: 'date-time',
            description: "the export's transaction time: stands in for resources without meta.lastUpdated",
          },
        },
      },
      response: {
        status: 202,
        description: 'the import is running; follow it at /ingestion/imports/{jobId}',
        schema: { type: 'object', required: ['jobId'], properties: { jobId: { type: 'string' } } },
      },
      handle: async ({ body, audit }) => {
        const started = await startBulkImport(body, services);
        audit.resource = `/ingestion/imports/${started.jobId}`;
        return started;
      },
    }),
    defineRoute({
      operationId: 'getBulkImport',
      method: 'GET',
      path: '/ingestion/imports/{jobId}',
      summary: 'The progress or totals of a bulk import (404 until the workflow has listed the files)',
      tag: TAG,
      access,
      audit: { action: 'ingestion.import.read' },
      params: jobIdParams,
      response: { status: 200, description: 'the job summary', schema: importJobSchema },
      errors: [404],
      handle: async ({ params }) => {
        const job = await services.importJobs.get(params.jobId);
        if (!job) throw notFound(`no import job ${params.jobId}`);
        return job;
      },
    }),
  ];
}

function replayResponse(id: string, replay: ReplayOutcome) {
  switch (replay.outcome) {
    case 'replayed':
      return { id: replay.id, status: 'replayed', replayedAt: replay.replayedAt };
    case 'not-found':
      throw notFound(`no dead letter ${id}`);
    case 'already-replayed':
      throw conflict(`dead letter ${id} was already replayed${replay.replayedAt ? ` at ${replay.replayedAt}` : ''}`);
    case 'unreplayable':
      throw conflict(`dead letter ${id} cannot be replayed: ${UNREPLAYABLE[replay.reason]}`);
  }
}

const UNREPLAYABLE: Readonly<Record<UnreplayableReason, string>> = {
  'no-event': 'it kept no event; the upstream system has to send the change again',
  'no-resource': 'its FHIR change holds no resource; the upstream system has to send the change again',
  'aws-source':
    'it is an AWS service event, which PutEvents does not accept; the provider state is reconciled from the provider',
  'not-a-bus-event': 'it is an SNS notification, not a bus event; the provider state is reconciled from the provider',
  'malformed-provider-event': 'the provider event breaks the provider shape and would be rejected again',
};

/**
 * Dead-letter cursors name the list they page (open or replayed) around the store's own cursor, so a
 * cursor is only accepted back for the list it came from, whatever the store's key layout.
 */
const listName = (status: DeadLetterStatus) => `dead-letters/${status}`;

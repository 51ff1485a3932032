import { ACCEPTED_RESOURCE_TYPES } from '../../domain/fhir/resource-types';
import type { IngestionStore } from '../../domain/ingestion/ports';
import { notFound } from '../problem';
import { defineRoute, type RouteDefinition } from '../route';

export interface IngestionTraceServices {
  readonly ingestionStore: Pick<IngestionStore, 'getAppliedVersion' | 'ignoredChanges'>;
}

/** The dropped changes one answer lists at most (newest first; each is kept 30 days). */
const IGNORED_SHOWN = 50;

const stampSchema = {
  type: 'object',
  required: ['occurredAt'],
  properties: {
    versionId: { type: 'string' },
    lastUpdated: { type: 'string' },
    occurredAt: { type: 'string' },
  },
} as const;

const resourceParams = {
  type: 'object',
  required: ['resourceType', 'resourceId'],
  additionalProperties: false,
  properties: {
    resourceType: { type: 'string', enum: [...ACCEPTED_RESOURCE_TYPES] },
    resourceId: { type: 'string', pattern: '^[A-Za-z0-9\\-.]{1,64}$' },
  },
} as const;

const resourceTraceResponse = {
  type: 'object',
  required: ['resourceType', 'resourceId', 'ignored'],
  properties: {
    resourceType: { type: 'string' },
    resourceId: { type: 'string' },
    applied: {
      type: 'object',
      description: 'the version the platform holds (absent when it never applied one)',
      required: ['stamp', 'revision', 'deleted', 'announced', 'patients'],
      properties: {
        stamp: stampSchema,
        revision: { type: 'integer' },
        deleted: { type: 'boolean' },
        announced: { type: 'boolean', description: 'Patient Facts Changed was published for it' },
        patients: { type: 'integer', description: 'how many patients it concerns' },
      },
    },
    ignored: {
      type: 'array',
      description: `changes dropped because a newer version was applied, newest first (at most ${IGNORED_SHOWN}, each kept 30 days)`,
      items: {
        type: 'object',
        required: ['at', 'action', 'reason', 'stamp', 'appliedStamp'],
        properties: {
          at: { type: 'string', format: 'date-time' },
          action: { type: 'string', enum: ['create', 'update', 'delete'] },
          reason: { type: 'string', enum: ['stale'] },
          stamp: stampSchema,
          appliedStamp: stampSchema,
          eventId: { type: 'string' },
          importJobId: { type: 'string' },
        },
      },
    },
  },
} as const;

/**
 * `GET /ingestion/resources/{resourceType}/{resourceId}` (`ingestion:operate`): what the platform holds of one
 * resource and every change of it that was dropped as stale, so a correction that "did not show" has an answer.
 */
export function ingestionTraceRoutes(services: IngestionTraceServices): RouteDefinition[] {
  return [
    defineRoute({
      operationId: 'getIngestedResource',
      method: 'GET',
      path: '/ingestion/resources/{resourceType}/{resourceId}',
      summary: 'The applied version of one resource, and the changes of it dropped as stale (newest first)',
      tag: 'ingestion',
      access: { kind: 'permission', permission: 'ingestion:operate' },
      audit: { action: 'ingestion.resource.read' },
      params: resourceParams,
      response: {
        status: 200,
        description: 'the applied version and the dropped changes',
        schema: resourceTraceResponse,
      },
      errors: [404],
      handle: async ({ params }) => {
        const key = { resourceType: params.resourceType, resourceId: params.resourceId };
        const [applied, ignored] = await Promise.all([
          services.ingestionStore.getAppliedVersion(key),
          services.ingestionStore.ignoredChanges(key, IGNORED_SHOWN),
        ]);
        if (!applied && ignored.length === 0)
          throw notFound(`nothing was ingested for ${key.resourceType}/${key.resourceId}`);
        return {
          ...key,
          ...(applied
            ? {
                applied: {
                  stamp: applied.stamp,
                  revision: applied.revision,
                  deleted: applied.deleted,
                  announced: applied.announced,
                  patients: applied.patientIds.length,
                },
              }
            : {}),
          ignored,
        };
      },
    }),
  ];
}

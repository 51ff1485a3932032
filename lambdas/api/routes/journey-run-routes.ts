import { failedJourneyRuns } from '../../domain/journeys/failed-runs';
import type { JourneyExecutions, JourneyStore } from '../../domain/journeys/ports';
import { pageLimit } from '../cursor';
import { defineRoute, type RouteDefinition } from '../route';
import { JOURNEYS_TAG } from './journey-routes';

export interface JourneyRunServices {
  readonly journeys: Pick<JourneyStore, 'list'>;
  readonly journeyExecutions: JourneyExecutions;
}

const failedRunSchema = {
  type: 'object',
  required: ['journeyId', 'journeyName', 'executionName', 'startedAt', 'stoppedAt'],
  properties: {
    journeyId: { type: 'string' },
    journeyName: { type: 'string' },
    executionName: { type: 'string' },
    patientId: { type: 'string', description: "from the execution's input" },
    startedAt: { type: 'string', format: 'date-time' },
    stoppedAt: { type: 'string', format: 'date-time' },
    error: { type: 'string', description: 'the error name the run stopped with (never its cause)' },
  },
} as const;

/**
 * `GET /journeys/runs` (`journeys:manage`): the runs that need someone, across journeys. Registered before
 * `/journeys/{journeyId}`, and `runs` is a reserved journey id, so the literal path is never shadowed.
 */
export function journeyRunRoutes(services: JourneyRunServices): RouteDefinition[] {
  return [
    defineRoute({
      operationId: 'listFailedJourneyRuns',
      method: 'GET',
      path: '/journeys/runs',
      summary: 'Journey runs that failed, across the active and paused journeys, the newest first',
      tag: JOURNEYS_TAG,
      access: { kind: 'permission', permission: 'journeys:manage' },
      audit: { action: 'journey.runs.list' },
      query: {
        type: 'object',
        required: ['status'],
        additionalProperties: false,
        properties: {
          status: { type: 'string', enum: ['failed'] },
          limit: {
            type: 'string',
            pattern: '^(?:[1-9]|[1-9][0-9]|100)$',
            description: 'at most, 1 to 100 (default 25)',
          },
        },
      },
      response: {
        status: 200,
        description: 'the newest failed runs',
        schema: {
          type: 'object',
          required: ['items', 'more'],
          properties: {
            items: { type: 'array', items: failedRunSchema },
            more: { type: 'boolean', description: 'older failed runs exist beyond `limit`' },
          },
        },
      },
      handle: async ({ query, audit }) => {
        const runs = await failedJourneyRuns(pageLimit(query.limit), {
          journeys: services.journeys,
          executions: services.journeyExecutions,
        });
        audit.patientIds = runs.items.flatMap((run) => (run.patientId ? [run.patientId] : []));
        return runs;
      },
    }),
  ];
}

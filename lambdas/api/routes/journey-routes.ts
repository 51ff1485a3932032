import {
  archiveJourney,
  compiledVersion,
  createJourney,
  type JourneyApiServices,
  pauseJourney,
  publishJourney,
  resumeJourney,
  updateJourney,
  validateDefinition,
} from '../../domain/journeys/journey-service';
import { pageLimit, unwrapListCursor, wrapListCursor } from '../cursor';
import { notFound } from '../problem';
import { defineRoute, type RouteDefinition } from '../route';
import {
  journeyAslResponse,
  journeyBody,
  journeyCatalogResponse,
  journeyDetailResponse,
  journeyListQuery,
  journeyListResponse,
  journeyParams,
  journeyStatusResponse,
  journeyValidationResponse,
  journeyVersionQuery,
  journeyVersionResponse,
  updateJourneyQuery,
  validateJourneyBody,
} from '../schemas/journey-api-schemas';
import type { ShippedCatalogServices } from '../shipped-catalog';
import { orRefuse } from './segments-refusal';

export type { JourneyApiServices } from '../../domain/journeys/journey-service';

const access = { kind: 'permission', permission: 'journeys:manage' } as const;
export const JOURNEYS_TAG = 'journeys';

const versionOf = (query: { version?: string }) => (query.version === undefined ? undefined : Number(query.version));

/**
 * Journeys for `journeys:manage`: create, version, validate, publish, pause, resume, archive, the compiled ASL
 * of a version, and the catalog. Routes under `/journeys/` with a fixed name come before
 * `/journeys/{journeyId}`, which would match them too. `GET /journeys/{journeyId}/messages` is in
 * `message-routes.ts`.
 */
export function journeyRoutes(services: JourneyApiServices & ShippedCatalogServices): RouteDefinition[] {
  const statusRoute = (
    action: 'pause' | 'resume' | 'archive',
    summary: string,
    change: (journeyId: string, services: JourneyApiServices) => ReturnType<typeof archiveJourney>,
  ): RouteDefinition =>
    defineRoute({
      operationId: `${action}Journey`,
      method: 'POST',
      path: `/journeys/{journeyId}/${action}`,
      summary,
      tag: JOURNEYS_TAG,
      access,
      audit: { action: `journey.${action}` },
      params: journeyParams,
      response: { status: 200, description: 'the journey in its new status', schema: journeyStatusResponse },
      errors: [404, 409],
      handle: async ({ params }) => orRefuse(await change(params.journeyId, services)),
    });

  return [
    defineRoute({
      operationId: 'listJourneys',
      method: 'GET',
      path: '/journeys',
      summary: 'Journeys, optionally only those in one status, by status and id',
      tag: JOURNEYS_TAG,
      access,
      audit: { action: 'journey.list' },
      query: journeyListQuery,
      response: { status: 200, description: 'one page of journeys', schema: journeyListResponse },
      handle: async ({ query }) => {
        const list = `journeys/${query.status ?? 'all'}`;
        const page = await services.journeys.list(
          query.status,
          pageLimit(query.limit),
          unwrapListCursor(query.cursor, list),
        );
        return { items: page.items, ...wrapListCursor(page.cursor, list) };
      },
    }),
    defineRoute({
      operationId: 'createJourney',
      method: 'POST',
      path: '/journeys',
      summary: 'Create a draft journey at version 1 from its definition',
      tag: JOURNEYS_TAG,
      access,
      audit: { action: 'journey.create' },
      body: journeyBody,
      response: { status: 201, description: 'the draft, at version 1', schema: journeyVersionResponse },
      errors: [409],
      handle: async ({ body, principal, audit }) => {
        const created = orRefuse(await createJourney(body, principal.subject, services));
        audit.resource = `/journeys/${created.journey.journeyId}`;
        return created;
      },
    }),
    defineRoute({
      operationId: 'getJourneyCatalog',
      method: 'GET',
      path: '/journeys/catalog',
      summary: 'The predefined journeys shipped with the platform (install one with POST /journeys)',
      tag: JOURNEYS_TAG,
      access,
      audit: { action: 'journey.catalog.read' },
      response: { status: 200, description: 'the catalog', schema: journeyCatalogResponse },
      handle: async () => ({ items: services.shippedCatalog.journeys }),
    }),
    defineRoute({
      operationId: 'validateJourney',
      method: 'POST',
      path: '/journeys/validate',
      summary: 'Check a definition without saving it: schema, step graph, waits, templates and segments',
      tag: JOURNEYS_TAG,
      access,
      audit: { action: 'journey.validate', readOnly: true },
      body: validateJourneyBody,
      response: {
        status: 200,
        description: 'whether it is valid, and every error with its JSON pointer into the definition',
        schema: journeyValidationResponse,
      },
      handle: async ({ body }) => {
        const { valid, errors } = await validateDefinition(body.definition, services.references);
        return { valid, errors };
      },
    }),
    defineRoute({
      operationId: 'getJourney',
      method: 'GET',
      path: '/journeys/{journeyId}',
      summary: 'A journey: its record and every version',
      tag: JOURNEYS_TAG,
      access,
      audit: { action: 'journey.read' },
      params: journeyParams,
      response: { status: 200, description: 'the journey', schema: journeyDetailResponse },
      errors: [404],
      handle: async ({ params }) => {
        const journey = await services.journeys.get(params.journeyId);
        if (!journey) throw notFound(`no journey ${params.journeyId}`);
        return { journey, versions: await services.journeys.listVersions(params.journeyId) };
      },
    }),
    defineRoute({
      operationId: 'updateJourney',
      method: 'PUT',
      path: '/journeys/{journeyId}',
      summary: 'Add a version (the published version takes enrolments until this one is published)',
      tag: JOURNEYS_TAG,
      access,
      audit: { action: 'journey.update' },
      params: journeyParams,
      query: updateJourneyQuery,
      body: journeyBody,
      response: { status: 200, description: 'the new version', schema: journeyVersionResponse },
      errors: [404, 409],
      handle: async ({ params, query, body, principal }) =>
        orRefuse(
          await updateJourney(params.journeyId, body, Number(query.expectedRevision), principal.subject, services),
        ),
    }),
    defineRoute({
      operationId: 'publishJourney',
      method: 'POST',
      path: '/journeys/{journeyId}/publish',
      summary:
        'Compile a version (default: the latest) and make it live: executions in flight keep their version, new enrolments start this one',
      tag: JOURNEYS_TAG,
      access,
      audit: { action: 'journey.publish' },
      params: journeyParams,
      // The version is in the query, so that a bare POST publishes the latest.
      query: journeyVersionQuery,
      response: { status: 200, description: 'the journey, active at the version', schema: journeyStatusResponse },
      errors: [404, 409],
      handle: async ({ params, query }) => orRefuse(await publishJourney(params.journeyId, versionOf(query), services)),
    }),
    statusRoute('pause', 'Stop new enrolments; executions in flight continue to their end', pauseJourney),
    statusRoute('resume', 'Take new enrolments again on the published version', resumeJourney),
    statusRoute(
      'archive',
      'End the journey: no new enrolments or versions, and its running executions are stopped',
      archiveJourney,
    ),
    defineRoute({
      operationId: 'getJourneyAsl',
      method: 'GET',
      path: '/journeys/{journeyId}/asl',
      summary: 'The compiled Amazon States Language of a version (default: the latest), for inspection',
      tag: JOURNEYS_TAG,
      access,
      audit: { action: 'journey.asl.read' },
      params: journeyParams,
      query: journeyVersionQuery,
      response: { status: 200, description: 'the ASL and the template versions in it', schema: journeyAslResponse },
      errors: [404],
      handle: async ({ params, query }) =>
        orRefuse(await compiledVersion(params.journeyId, versionOf(query), services)),
    }),
  ];
}

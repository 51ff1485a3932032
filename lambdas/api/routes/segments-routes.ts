import {
  activateSegment,
  addSegmentVersion,
  archiveSegment,
  createSegment,
  readSegmentContent,
  requestComputation,
  type SegmentApiServices,
  notFound as segmentNotFound,
} from '../../domain/segments/segment-service';
import { pageLimit, unwrapListCursor, wrapListCursor } from '../cursor';
import { defineRoute, type RouteDefinition } from '../route';
import {
  catalogResponse,
  computationStartedResponse,
  segmentBody,
  segmentDetailResponse,
  segmentListQuery,
  segmentListResponse,
  segmentParams,
  segmentVersionResponse,
  statusChangeResponse,
  updateQuery,
  versionQuery,
} from '../schemas/segment-api-schemas';
import type { ShippedCatalogServices } from '../shipped-catalog';
import { orRefuse } from './segments-refusal';

export type { SegmentApiServices } from '../../domain/segments/segment-service';

const access = { kind: 'permission', permission: 'segments:manage' } as const;
export const SEGMENTS_TAG = 'segments';

/**
 * Segment definitions for `segments:manage` (marketing professionals): create, version, activate, archive,
 * recompute, and the catalog of predefined segments. Memberships are in `segments-member-routes.ts`, the preview in
 * `segments-preview-routes.ts`.
 * Routes under `/segments/` with a fixed name come before `/segments/{segmentId}`, which would match them too.
 */
export function segmentRoutes(services: SegmentApiServices & ShippedCatalogServices): RouteDefinition[] {
  return [
    defineRoute({
      operationId: 'listSegments',
      method: 'GET',
      path: '/segments',
      summary: 'Segments, optionally only those in one status, by status and id',
      tag: SEGMENTS_TAG,
      access,
      audit: { action: 'segment.list' },
      query: segmentListQuery,
      response: { status: 200, description: 'one page of segments', schema: segmentListResponse },
      handle: async ({ query }) => {
        const list = `segments/${query.status ?? 'all'}`;
        const page = await services.segments.list(
          query.status,
          pageLimit(query.limit),
          unwrapListCursor(query.cursor, list),
        );
        return { items: page.items, ...wrapListCursor(page.cursor, list) };
      },
    }),
    defineRoute({
      operationId: 'createSegment',
      method: 'POST',
      path: '/segments',
      summary: 'Create a draft segment: a dynamic one from its definition, or a static list',
      tag: SEGMENTS_TAG,
      access,
      audit: { action: 'segment.create' },
      body: segmentBody,
      response: { status: 201, description: 'the draft, at version 1', schema: segmentVersionResponse },
      errors: [409],
      handle: async ({ body, principal, audit }) => {
        const { content } = orRefuse(await readSegmentContent(body, services.fhirPath));
        const created = orRefuse(await createSegment(content, principal.subject, services));
        audit.resource = `/segments/${created.segment.segmentId}`;
        return { segment: created.segment, version: created.version };
      },
    }),
    defineRoute({
      operationId: 'getSegmentCatalog',
      method: 'GET',
      path: '/segments/catalog',
      summary: 'The predefined segments shipped with the platform (install one with POST /segments)',
      tag: SEGMENTS_TAG,
      access,
      audit: { action: 'segment.catalog.read' },
      response: { status: 200, description: 'the catalog', schema: catalogResponse },
      handle: async () => ({ items: services.shippedCatalog.segments }),
    }),
    defineRoute({
      operationId: 'getSegment',
      method: 'GET',
      path: '/segments/{segmentId}',
      summary: 'A segment: its record, every version, and the progress of its latest full computation',
      tag: SEGMENTS_TAG,
      access,
      audit: { action: 'segment.read' },
      params: segmentParams,
      response: { status: 200, description: 'the segment', schema: segmentDetailResponse },
      errors: [404],
      handle: async ({ params }) => {
        const segment = orRefuse(await segmentOrRefusal(params.segmentId, services));
        const [versions, computation] = await Promise.all([
          services.segments.listVersions(params.segmentId),
          services.computations.latest(params.segmentId),
        ]);
        return { segment, versions, ...(computation ? { computation } : {}) };
      },
    }),
    defineRoute({
      operationId: 'updateSegment',
      method: 'PUT',
      path: '/segments/{segmentId}',
      summary: 'Add a version (an active segment keeps its active version until this one is activated)',
      tag: SEGMENTS_TAG,
      access,
      audit: { action: 'segment.update' },
      params: segmentParams,
      query: updateQuery,
      body: segmentBody,
      response: { status: 200, description: 'the new version', schema: segmentVersionResponse },
      errors: [404, 409],
      handle: async ({ params, query, body, principal }) => {
        const { content } = orRefuse(await readSegmentContent(body, services.fhirPath));
        const basedOn = query.basedOnVersion === undefined ? undefined : Number(query.basedOnVersion);
        return orRefuse(await addSegmentVersion(params.segmentId, content, basedOn, principal.subject, services));
      },
    }),
    defineRoute({
      operationId: 'activateSegment',
      method: 'POST',
      path: '/segments/{segmentId}/activate',
      summary: 'Make a version (default: the latest) the one membership follows, and compute every membership',
      tag: SEGMENTS_TAG,
      access,
      audit: { action: 'segment.activate' },
      params: segmentParams,
      // The version is in the query, so that a bare POST activates the latest.
      query: versionQuery,
      response: { status: 202, description: 'active; memberships are being computed', schema: statusChangeResponse },
      errors: [404, 409],
      handle: async ({ params, query }) => {
        const version = query.version === undefined ? undefined : Number(query.version);
        return orRefuse(await activateSegment(params.segmentId, version, services));
      },
    }),
    defineRoute({
      operationId: 'computeSegment',
      method: 'POST',
      path: '/segments/{segmentId}/compute',
      summary: 'Re-evaluate every patient against the active segments now',
      tag: SEGMENTS_TAG,
      access,
      audit: { action: 'segment.compute' },
      params: segmentParams,
      response: {
        status: 202,
        description: 'the computation started; follow it in GET /segments/{segmentId}',
        schema: computationStartedResponse,
      },
      errors: [404, 409],
      handle: async ({ params }) => orRefuse(await requestComputation(params.segmentId, services)),
    }),
    defineRoute({
      operationId: 'archiveSegment',
      method: 'POST',
      path: '/segments/{segmentId}/archive',
      summary: 'Stop a segment; its memberships are removed by a full computation',
      tag: SEGMENTS_TAG,
      access,
      audit: { action: 'segment.archive' },
      params: segmentParams,
      response: { status: 202, description: 'archived', schema: statusChangeResponse },
      errors: [404, 409],
      handle: async ({ params }) => orRefuse(await archiveSegment(params.segmentId, services)),
    }),
  ];
}

export async function segmentOrRefusal(segmentId: string, services: Pick<SegmentApiServices, 'segments'>) {
  return (await services.segments.get(segmentId)) ?? segmentNotFound(segmentId);
}

import { visibilityOf } from '../../domain/patients/visibility';
import {
  memberListAccess,
  patientSegmentsOf,
  recomputeDependantsOf,
  type SegmentApiServices,
} from '../../domain/segments/segment-service';
import { replaceStaticMembers, StaticListConflictError } from '../../domain/segments/static-list';
import { readPatientList } from '../../domain/segments/static-list-csv';
import { pageLimit } from '../cursor';
import { badRequest, conflict, notFound } from '../problem';
import { defineRoute, type RouteDefinition } from '../route';
import { patientParams } from '../schemas/patient-api-schemas';
import {
  MAX_STATIC_LIST_ROWS,
  memberPageQuery,
  memberPageResponse,
  patientSegmentsResponse,
  segmentParams,
  staticListBody,
  staticListResponse,
} from '../schemas/segment-api-schemas';
import { orRefuse } from './segments-refusal';
import { SEGMENTS_TAG, segmentOrRefusal } from './segments-routes';

/**
 * Who is in a segment: a segment's members (`segments:manage`), the upload of a static list, and a patient's
 * segments (whoever sees the engagement part of the patient 360 view).
 */
export function segmentMemberRoutes(services: SegmentApiServices): RouteDefinition[] {
  return [
    defineRoute({
      operationId: 'listSegmentMembers',
      method: 'GET',
      path: '/segments/{segmentId}/members',
      summary: "A segment's current members, by patient id (for a clinical segment, only to roles with clinical read)",
      tag: SEGMENTS_TAG,
      access: { kind: 'permission', permission: 'segments:manage' },
      audit: { action: 'segment.members.list' },
      params: segmentParams,
      query: memberPageQuery,
      response: { status: 200, description: 'one page of members', schema: memberPageResponse },
      errors: [403, 404],
      handle: async ({ params, query, principal, audit }) => {
        const segment = orRefuse(await segmentOrRefusal(params.segmentId, services));
        const mayReadClinical = visibilityOf(principal.roles).has('clinical');
        orRefuse(await memberListAccess(segment, mayReadClinical, services));
        // The store's cursor names the segment's partition, so a cursor of another segment is a 400.
        const page = await services.memberships.members(params.segmentId, pageLimit(query.limit), query.cursor);
        audit.patientIds = page.items.map((member) => member.patientId);
        return {
          items: page.items.map(({ patientId, version, since, kind }) => ({ patientId, version, since, kind })),
          ...(page.cursor ? { cursor: page.cursor } : {}),
        };
      },
    }),
    defineRoute({
      operationId: 'replaceSegmentMembers',
      method: 'PUT',
      path: '/segments/{segmentId}/members',
      summary: `Replace the members of an active static segment with an uploaded CSV list (at most ${MAX_STATIC_LIST_ROWS} rows)`,
      tag: SEGMENTS_TAG,
      access: { kind: 'permission', permission: 'segments:manage' },
      audit: { action: 'segment.members.replace' },
      params: segmentParams,
      // JSON carrying the CSV text: the API takes JSON bodies only.
      body: staticListBody,
      response: { status: 200, description: 'what the upload changed', schema: staticListResponse },
      errors: [404, 409],
      handle: async ({ params, body }) => {
        const segment = orRefuse(await segmentOrRefusal(params.segmentId, services));
        if (segment.kind !== 'static')
          throw conflict(`segment ${segment.segmentId} is dynamic: its members follow its definition`);
        if (segment.status !== 'active') {
          // Evaluation removes memberships of segments that are not active: an earlier upload would not stay.
          throw conflict(`segment ${segment.segmentId} is ${segment.status}; activate it before uploading its members`);
        }
        const list = readPatientList(body.csv, MAX_STATIC_LIST_ROWS);
        if (!list.ok)
          throw badRequest('the list cannot be read', [{ in: 'body', pointer: '/csv', detail: list.detail }]);
        try {
          const replaced = await replaceStaticMembers(segment, list.rows, services);
          const computation =
            replaced.entered + replaced.exited > 0
              ? await recomputeDependantsOf(segment.segmentId, services)
              : undefined;
          return { ...replaced, ...(computation ? { computation } : {}) };
        } catch (error) {
          if (error instanceof StaticListConflictError) throw conflict(`${error.message}; upload the list again`);
          throw error;
        }
      },
    }),
    defineRoute({
      operationId: 'getPatientSegments',
      method: 'GET',
      path: '/patients/{patientId}/segments',
      summary:
        "The active segments a patient is a member of, with since when (as in the patient's 360 view; clinical segments only for roles with clinical read)",
      tag: 'patients',
      access: { kind: 'permission', permission: 'patients:read-engagement' },
      audit: { action: 'patient.segments.read', patientIdParam: 'patientId' },
      params: patientParams,
      response: { status: 200, description: "the patient's memberships", schema: patientSegmentsResponse },
      errors: [404],
      handle: async ({ params, principal }) => {
        if (!(await services.patientDirectory.getPatient(params.patientId))) throw notFound('no patient with this id');
        const mayReadClinical = visibilityOf(principal.roles).has('clinical');
        return {
          patientId: params.patientId,
          items: await patientSegmentsOf(params.patientId, mayReadClinical, services),
        };
      },
    }),
  ];
}

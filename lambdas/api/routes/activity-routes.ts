import type { ActivityStore } from '../../domain/journeys/steps/ports';
import type { Clock } from '../../domain/ports';
import { pageLimit } from '../cursor';
import { conflict, notFound } from '../problem';
import { defineRoute, type RouteDefinition } from '../route';
import {
  activityPageResponse,
  activityParams,
  activityQueueQuery,
  activityView,
  patientActivitiesQuery,
} from '../schemas/activity-api-schemas';
import { patientParams } from '../schemas/patient-api-schemas';

export interface ActivityApiServices {
  readonly activities: ActivityStore;
  readonly clock: Clock;
}

const TAG = 'activities';
const access = { kind: 'permission', permission: 'activities:work' } as const;

/**
 * Staff activities journeys create (a follow-up call after discharge): a team's open queue, a patient's
 * activities, and completing one. Audited; two staff completing the same activity: one wins, the other gets 409.
 */
export function activityRoutes(services: ActivityApiServices): RouteDefinition[] {
  return [
    defineRoute({
      operationId: 'listOpenActivities',
      method: 'GET',
      path: '/activities',
      summary: "A team's open activities, the newest first",
      tag: TAG,
      access,
      audit: { action: 'activities.list' },
      query: activityQueueQuery,
      response: { status: 200, description: 'one page of open activities', schema: activityPageResponse },
      handle: async ({ query, audit }) => {
        const page = await services.activities.listOpen(query.team, pageLimit(query.limit), query.cursor);
        audit.patientIds = page.items.map((activity) => activity.patientId);
        return { items: [...page.items], ...(page.cursor ? { cursor: page.cursor } : {}) };
      },
    }),
    defineRoute({
      operationId: 'listPatientActivities',
      method: 'GET',
      path: '/patients/{patientId}/activities',
      summary: "A patient's activities of any status, the newest first",
      tag: TAG,
      access,
      audit: { action: 'activities.read', patientIdParam: 'patientId' },
      params: patientParams,
      query: patientActivitiesQuery,
      response: { status: 200, description: "one page of the patient's activities", schema: activityPageResponse },
      handle: async ({ params, query }) => {
        const page = await services.activities.byPatient(params.patientId, pageLimit(query.limit), query.cursor);
        return { items: [...page.items], ...(page.cursor ? { cursor: page.cursor } : {}) };
      },
    }),
    defineRoute({
      operationId: 'completeActivity',
      method: 'POST',
      path: '/patients/{patientId}/activities/{activityId}/complete',
      summary: 'Mark an open activity done (by the caller)',
      tag: TAG,
      access,
      audit: { action: 'activity.complete', patientIdParam: 'patientId' },
      params: activityParams,
      response: {
        status: 200,
        description: 'the activity, done',
        schema: { type: 'object', required: ['activity'], properties: { activity: activityView } },
      },
      errors: [404, 409],
      handle: async ({ params, principal, audit }) => {
        audit.resource = `/patients/${params.patientId}/activities/${params.activityId}`;
        const outcome = await services.activities.complete(
          params,
          principal.subject,
          services.clock.now().toISOString(),
          'open',
        );
        if (outcome === 'not-found') throw notFound(`no activity ${params.activityId}`);
        if (outcome === 'conflict') throw conflict('the activity is no longer open');
        const page = await services.activities.byPatient(params.patientId, 100);
        const activity = page.items.find((item) => item.activityId === params.activityId);
        if (!activity) throw notFound(`no activity ${params.activityId}`);
        return { activity };
      },
    }),
  ];
}

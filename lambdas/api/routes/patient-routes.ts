import type { EnrolmentView } from '../../domain/journeys/enrolment-views';
import type { PatientMessage, PatientSegment } from '../../domain/patients/patient-360';
import { assemblePatient360, consentViewsOf, maySeeSegments } from '../../domain/patients/patient-360';
import { searchResultFor } from '../../domain/patients/patient-summary';
import type { PatientDirectory, PreferenceStore } from '../../domain/patients/ports';
import { sortPreferences, staffPreferenceChange } from '../../domain/patients/preferences';
import { searchCriteriaOf } from '../../domain/patients/search-terms';
import { visibilityOf } from '../../domain/patients/visibility';
import type { Clock } from '../../domain/ports';
import { pageLimit } from '../cursor';
import { badRequest, notFound } from '../problem';
import { defineRoute, type RouteDefinition } from '../route';
import {
  pageQuery,
  patient360Response,
  patientParams,
  preferenceBody,
  preferenceHistoryResponse,
  preferenceParams,
  preferencesResponse,
  preferenceUpdateResponse,
  searchQuery,
  searchResponse,
} from '../schemas/patient-api-schemas';

const TAG = 'patients';

/**
 * Patient search, the patient 360 view, and communication preferences. What each caller sees is cut by
 * `visibilityOf` (the role matrix), never by a role test here. `services` is only touched inside handlers.
 */
/** What the patient routes need; the API handler wires DynamoDB adapters, tests pass in-memory ones. */
export interface PatientApiServices {
  readonly patientDirectory: PatientDirectory;
  readonly patientPreferences: PreferenceStore;
  /** The organisation's default zone (sending settings): the patient's when the record gives none. */
  readonly organisationTimeZone: () => Promise<string>;
  /** The patient's memberships of active segments (the 360 view's segments section); clinical ones only when `mayReadClinical`. */
  readonly patientSegments: (patientId: string, mayReadClinical: boolean) => Promise<PatientSegment[]>;
  /** The patient's newest messages (the 360 view's messages section; the full log is paged by its own route). */
  readonly patientMessages: (patientId: string) => Promise<PatientMessage[]>;
  /** The patient's journeys with each execution's status and current step (the 360 view's journeys section). */
  readonly patientJourneys: (patientId: string) => Promise<EnrolmentView[]>;
  readonly clock: Clock;
}

export function patientRoutes(services: PatientApiServices): RouteDefinition[] {
  return [
    defineRoute({
      operationId: 'searchPatients',
      method: 'GET',
      path: '/patients',
      summary: 'Find patients by family or given name prefix, identifier or birth date',
      tag: TAG,
      access: { kind: 'permission', permission: 'patients:search' },
      audit: { action: 'patient.search' },
      query: searchQuery,
      response: { status: 200, description: 'one page of matching patients', schema: searchResponse },
      handle: async ({ query, principal, audit }) => {
        const { limit, cursor, ...criteriaQuery } = query;
        const read = searchCriteriaOf(criteriaQuery);
        if (!read.ok) {
          const errors = read.errors.map((e) => ({
            in: 'query' as const,
            pointer: `/${e.parameter}`,
            detail: e.detail,
          }));
          throw badRequest('the search is not valid', errors);
        }
        const visibility = visibilityOf(principal.roles);
        const page = await services.patientDirectory.search(read.criteria, pageLimit(limit), cursor);
        audit.patientIds = page.items.map((summary) => summary.id);
        return {
          items: page.items.map((summary) => searchResultFor(summary, visibility)),
          ...(page.cursor ? { cursor: page.cursor } : {}),
        };
      },
    }),
    defineRoute({
      operationId: 'getPatient',
      method: 'GET',
      path: '/patients/{patientId}',
      summary: 'The patient 360 view, with the sections the caller may see',
      tag: TAG,
      access: { kind: 'permission', permission: 'patients:read-contact' },
      audit: { action: 'patient.read', patientIdParam: 'patientId' },
      params: patientParams,
      response: { status: 200, description: 'the patient 360 view', schema: patient360Response },
      errors: [404],
      handle: async ({ params, principal }) => {
        const visibility = visibilityOf(principal.roles);
        const [record, preferences, segments, messages, journeys, organisationTimeZone] = await Promise.all([
          services.patientDirectory.getRecord(params.patientId),
          visibility.has('preferences') ? services.patientPreferences.current(params.patientId) : [],
          maySeeSegments(principal.roles)
            ? services.patientSegments(params.patientId, visibility.has('clinical'))
            : undefined,
          visibility.has('engagement') ? services.patientMessages(params.patientId) : undefined,
          visibility.has('engagement') ? services.patientJourneys(params.patientId) : undefined,
          services.organisationTimeZone(),
        ]);
        if (!record) throw notFound('no patient with this id');
        return assemblePatient360({
          record,
          preferences,
          visibility,
          asOf: services.clock.now(),
          organisationTimeZone,
          segments,
          messages,
          journeys,
        });
      },
    }),
    defineRoute({
      operationId: 'getPatientPreferences',
      method: 'GET',
      path: '/patients/{patientId}/preferences',
      summary: "A patient's current communication preferences and the FHIR Consents on record",
      tag: TAG,
      access: { kind: 'permission', permission: 'preferences:read' },
      audit: { action: 'preferences.read', patientIdParam: 'patientId' },
      params: patientParams,
      response: { status: 200, description: 'current preferences and consents', schema: preferencesResponse },
      errors: [404],
      handle: async ({ params }) => {
        const { patientId } = params;
        await requirePatient(services.patientDirectory, patientId);
        const [preferences, consents] = await Promise.all([
          services.patientPreferences.current(patientId),
          services.patientDirectory.listResources(patientId, 'Consent'),
        ]);
        return { patientId, preferences: sortPreferences(preferences), consents: consentViewsOf(consents) };
      },
    }),
    defineRoute({
      operationId: 'getPatientPreferenceHistory',
      method: 'GET',
      path: '/patients/{patientId}/preferences/history',
      summary: "Every change of a patient's communication preferences, newest first",
      tag: TAG,
      access: { kind: 'permission', permission: 'preferences:read' },
      audit: { action: 'preferences.read', patientIdParam: 'patientId' },
      params: patientParams,
      query: pageQuery,
      response: { status: 200, description: 'one page of changes', schema: preferenceHistoryResponse },
      errors: [404],
      handle: async ({ params, query }) => {
        await requirePatient(services.patientDirectory, params.patientId);
        const page = await services.patientPreferences.history(params.patientId, pageLimit(query.limit), query.cursor);
        return { items: page.items, ...(page.cursor ? { cursor: page.cursor } : {}) };
      },
    }),
    defineRoute({
      operationId: 'putPatientPreference',
      method: 'PUT',
      path: '/patients/{patientId}/preferences/{channel}/{topic}',
      summary: 'Opt a patient in to or out of one topic on one channel, as staff',
      tag: TAG,
      access: { kind: 'permission', permission: 'preferences:write' },
      audit: { action: 'preferences.update', patientIdParam: 'patientId' },
      params: preferenceParams,
      body: preferenceBody,
      response: { status: 200, description: 'the change was recorded', schema: preferenceUpdateResponse },
      errors: [404],
      handle: async ({ params, body, principal, requestId }) => {
        await requirePatient(services.patientDirectory, params.patientId);
        const change = staffPreferenceChange({
          ...params,
          status: body.status,
          reason: body.reason,
          actor: principal.subject,
          requestId,
          at: services.clock.now(),
        });
        const outcome = await services.patientPreferences.record(change);
        const current = await services.patientPreferences.current(params.patientId);
        const preference = current.find((p) => p.channel === change.channel && p.topic === change.topic) ?? change;
        return { outcome, preference };
      },
    }),
  ];
}

async function requirePatient(directory: PatientDirectory, patientId: string): Promise<void> {
  if (!(await directory.getPatient(patientId))) throw notFound('no patient with this id');
}

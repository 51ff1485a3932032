import type { EnrolmentOutcome } from '../../domain/journeys/enrolment/enrol';
import { resourceEntryKey } from '../../domain/journeys/enrolment/match-triggers';
import type { EnrolmentRequest, JourneyEntryRecord } from '../../domain/journeys/enrolment/ports';
import { type EnrolmentView, enrolmentViews } from '../../domain/journeys/enrolment-views';
import type { JourneyExecutions, JourneyStore } from '../../domain/journeys/ports';
import type { ChangeConditions, PatientEventLog } from '../../domain/journeys/waits/ports';
import type { Page } from '../../domain/paging';
import { pageLimit } from '../cursor';
import { badRequest, conflict, notFound } from '../problem';
import { defineRoute, type RouteDefinition } from '../route';
import {
  bulkEnrolmentBody,
  bulkEnrolmentResponse,
  enrolmentListQuery,
  enrolmentPageResponse,
  manualEnrolmentBody,
  manualEnrolmentResponse,
  patientJourneysResponse,
} from '../schemas/enrolment-api-schemas';
import { journeyParams } from '../schemas/journey-api-schemas';
import { patientParams } from '../schemas/patient-api-schemas';
import { JOURNEYS_TAG } from './journey-routes';

/** What the enrolment routes need: entry records, executions, and enrolment itself. */
export interface JourneyEnrolmentServices {
  readonly journeys: JourneyStore;
  readonly journeyEntries: {
    byJourney(journeyId: string, limit: number, cursor?: string): Promise<Page<JourneyEntryRecord>>;
    byPatient(patientId: string): Promise<JourneyEntryRecord[]>;
  };
  readonly journeyExecutions: JourneyExecutions;
  /** What goals are looked for in. */
  readonly journeyEventLog: Pick<PatientEventLog, 'since'>;
  readonly journeyConditions: ChangeConditions;
  readonly enrolPatient: (request: EnrolmentRequest) => Promise<EnrolmentOutcome>;
  /** Starts the bulk enrolment workflow under a run name; a repeat of the name is the same run. */
  readonly bulkEnrolments: {
    start(
      runName: string,
      input: { readonly journeyId: string; readonly segmentId: string },
    ): Promise<{ readonly executionArn: string; readonly started: boolean }>;
  };
  readonly patientExists: (patientId: string) => Promise<boolean>;
}

function viewDependencies(
  services: Pick<JourneyEnrolmentServices, 'journeyExecutions' | 'journeyEventLog' | 'journeyConditions'> & {
    readonly journeys: Pick<JourneyStore, 'getVersion'>;
  },
) {
  return {
    journeys: services.journeys,
    executions: services.journeyExecutions,
    eventLog: services.journeyEventLog,
    conditions: services.journeyConditions,
  };
}

/** A patient's journeys with their executions' state: the 360 view's journeys section and its own route. */
export async function patientJourneysOf(
  patientId: string,
  services: {
    readonly journeys: Pick<JourneyStore, 'getVersion'>;
    readonly journeyEntries: Pick<JourneyEnrolmentServices['journeyEntries'], 'byPatient'>;
    readonly journeyExecutions: JourneyExecutions;
    readonly journeyEventLog: Pick<PatientEventLog, 'since'>;
    readonly journeyConditions: ChangeConditions;
  },
): Promise<EnrolmentView[]> {
  const entries = await services.journeyEntries.byPatient(patientId);
  const views = await enrolmentViews(entries, viewDependencies(services));
  return views.sort((a, b) => b.enteredAt.localeCompare(a.enteredAt));
}

/**
 * Enrolments: who is (or was) in a journey and where each execution is, a patient's journeys, and enrolling a
 * patient by hand (the `staffRequest` entry, or any journey when staff decide so; the re-entry policy holds).
 */
export function journeyEnrolmentRoutes(services: JourneyEnrolmentServices): RouteDefinition[] {
  return [
    defineRoute({
      operationId: 'listJourneyEnrolments',
      method: 'GET',
      path: '/journeys/{journeyId}/enrolments',
      summary: "A journey's enrolments, the newest first, each with its execution's status and current step",
      tag: JOURNEYS_TAG,
      access: { kind: 'permission', permission: 'journeys:manage' },
      audit: { action: 'journey.enrolments.list' },
      params: journeyParams,
      query: enrolmentListQuery,
      response: { status: 200, description: 'one page of enrolments', schema: enrolmentPageResponse },
      errors: [404],
      handle: async ({ params, query, audit }) => {
        if (!(await services.journeys.get(params.journeyId))) throw notFound(`no journey ${params.journeyId}`);
        const page = await services.journeyEntries.byJourney(params.journeyId, pageLimit(query.limit), query.cursor);
        audit.patientIds = page.items.map((entry) => entry.patientId);
        const items = await enrolmentViews(page.items, viewDependencies(services));
        return { items, ...(page.cursor ? { cursor: page.cursor } : {}) };
      },
    }),
    defineRoute({
      operationId: 'enrolPatient',
      method: 'POST',
      path: '/journeys/{journeyId}/enrolments',
      summary: 'Enrol one patient by hand, under the journey’s re-entry policy',
      tag: JOURNEYS_TAG,
      access: { kind: 'permission', permission: 'journeys:manage' },
      audit: { action: 'journey.enrol' },
      params: journeyParams,
      body: manualEnrolmentBody,
      response: { status: 201, description: 'enrolled, or the run already under way', schema: manualEnrolmentResponse },
      errors: [404, 409],
      handle: async ({ params, body, audit }) => {
        if (!(await services.patientExists(body.patientId))) throw notFound(`no patient ${body.patientId}`);
        const resource = body.triggeringResource;
        const journey = await services.journeys.get(params.journeyId);
        const keyed =
          resource !== undefined && journey?.publishedVersion !== undefined
            ? (await services.journeys.getVersion(params.journeyId, journey.publishedVersion))?.definition.entry
                .fhirTrigger?.keyedBy === 'resource'
            : false;
        const outcome = await services.enrolPatient({
          journeyId: params.journeyId,
          patientId: body.patientId,
          cause: 'staff',
          occurrence: `staff:${body.idempotencyKey}`,
          ...(resource ? { triggeringResource: { resourceType: resource.resourceType, id: resource.id } } : {}),
          ...(resource && keyed ? { entryKey: resourceEntryKey(resource) } : {}),
        });
        audit.resource = `/journeys/${params.journeyId}/enrolments`;
        audit.patientId = body.patientId;
        if (outcome.outcome === 'refused') {
          if (outcome.reason === 'not-found') throw notFound(outcome.detail);
          throw conflict(`${outcome.reason}: ${outcome.detail}`);
        }
        return { outcome: outcome.outcome, executionName: outcome.executionName };
      },
    }),
    defineRoute({
      operationId: 'startBulkEnrolment',
      method: 'POST',
      path: '/journeys/{journeyId}/bulk-enrolments',
      summary:
        "Enrol a segment's current members (default: the segment the journey's entry names), through the bulk enrolment workflow",
      tag: JOURNEYS_TAG,
      access: { kind: 'permission', permission: 'journeys:manage' },
      audit: { action: 'journey.bulk-enrol' },
      params: journeyParams,
      body: bulkEnrolmentBody,
      response: { status: 202, description: 'the workflow run', schema: bulkEnrolmentResponse },
      errors: [404, 409],
      handle: async ({ params, body, audit }) => {
        const journey = await services.journeys.get(params.journeyId);
        if (!journey) throw notFound(`no journey ${params.journeyId}`);
        if (journey.status !== 'active' || journey.publishedVersion === undefined) {
          throw conflict(`journey ${params.journeyId} is ${journey.status}: only an active journey takes enrolments`);
        }
        const version = await services.journeys.getVersion(params.journeyId, journey.publishedVersion);
        const entry = version?.definition.entry;
        const segmentId = body.segmentId ?? entry?.scheduledEnrolment?.segmentId ?? entry?.segmentEntered;
        if (segmentId === undefined) {
          throw badRequest('name the segment to enrol: the journey is not entered from a segment', [
            { in: 'body', pointer: '/segmentId', detail: 'required for this journey' },
          ]);
        }
        if (entry?.fhirTrigger !== undefined) {
          throw conflict(
            'a journey started by a FHIR trigger needs its triggering resource: enrol patients one by one',
          );
        }
        audit.resource = `/journeys/${params.journeyId}/bulk-enrolments/${body.idempotencyKey}`;
        const run = await services.bulkEnrolments.start(`${params.journeyId}-${body.idempotencyKey}`, {
          journeyId: params.journeyId,
          segmentId,
        });
        return { ...run, segmentId };
      },
    }),
    defineRoute({
      operationId: 'listPatientJourneys',
      method: 'GET',
      path: '/patients/{patientId}/journeys',
      summary: "A patient's journeys, the newest entry first, each with its execution's status and current step",
      tag: 'patients',
      access: { kind: 'permission', permission: 'patients:read-engagement' },
      audit: { action: 'patient.journeys.read', patientIdParam: 'patientId' },
      params: patientParams,
      response: { status: 200, description: "the patient's journeys", schema: patientJourneysResponse },
      errors: [404],
      handle: async ({ params }) => {
        if (!(await services.patientExists(params.patientId))) throw notFound(`no patient ${params.patientId}`);
        return { items: await patientJourneysOf(params.patientId, services) };
      },
    }),
  ];
}

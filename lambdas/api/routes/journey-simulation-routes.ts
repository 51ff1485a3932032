import type * as fhir4 from 'fhir/r4';
import type { JourneyApiServices } from '../../domain/journeys/journey-service';
import { compiledVersion } from '../../domain/journeys/journey-service';
import { type AslInterpreter, simulateJourney } from '../../domain/journeys/simulation/simulate-journey';
import {
  type SimulationBody,
  scriptedEventsOf,
  simulationBody,
  simulationResponse,
} from '../../domain/journeys/simulation/simulation-api';
import type { JourneyPatientReader } from '../../domain/journeys/steps/ports';
import type { AddressKeyOf } from '../../domain/messaging/policy/address-key';
import type { AddressBook } from '../../domain/messaging/ports';
import { templateSourceOf } from '../../domain/messaging/templates/loaded-template';
import type { TemplateStore } from '../../domain/messaging/templates/ports';
import { visibilityOf } from '../../domain/patients/visibility';
import { badRequest, notFound } from '../problem';
import { defineRoute, type RouteDefinition } from '../route';
import { journeyParams } from '../schemas/journey-api-schemas';
import { JOURNEYS_TAG } from './journey-routes';
import type { MessagingSettingsServices } from './messaging-settings-routes';
import type { PatientApiServices } from './patient-routes';
import { orRefuse } from './segments-refusal';

/** What a simulation reads (never writes): the journey, the patient, templates and the sending policy. */
export interface JourneySimulationServices
  extends Pick<JourneyApiServices, 'journeys' | 'references' | 'deployment' | 'clock'>,
    Pick<PatientApiServices, 'patientPreferences' | 'patientSegments'>,
    Pick<MessagingSettingsServices, 'messagingSettings'> {
  readonly templates: TemplateStore;
  /** A patient and one of their resources, as the journey steps read them. */
  readonly journeyPatients: JourneyPatientReader;
  readonly addressStatuses: AddressBook['statusOf'];
  /** How the address book is keyed (its secret read once per execution environment). */
  readonly addressKeys: () => Promise<AddressKeyOf>;
  readonly journeyInterpreter: AslInterpreter;
}

/**
 * `POST /journeys/{journeyId}/simulate`: runs a version (drafts too) for one real or synthetic patient on a
 * simulated clock and answers the timeline. Audited like a read of the patient when the patient is real.
 */
export function journeySimulationRoutes(services: JourneySimulationServices): RouteDefinition[] {
  return [
    defineRoute({
      operationId: 'simulateJourney',
      method: 'POST',
      path: '/journeys/{journeyId}/simulate',
      summary:
        'Run a journey version for one patient (real, read only, or synthetic) on a simulated clock: each step, message (with its rendered preview), decision and reason, with times. Nothing is written or sent.',
      tag: JOURNEYS_TAG,
      access: { kind: 'permission', permission: 'journeys:manage' },
      audit: { action: 'journey.simulate', readOnly: true },
      params: journeyParams,
      body: simulationBody,
      response: { status: 200, description: 'the timeline of the simulated run', schema: simulationResponse },
      errors: [404],
      handle: async ({ params, body, audit, principal }) => {
        const request = body as SimulationBody;
        const compiled = orRefuse(await compiledVersion(params.journeyId, request.version, services));
        const version = await services.journeys.getVersion(params.journeyId, compiled.version);
        if (!version) throw notFound(`no version ${compiled.version} of journey ${params.journeyId}`);
        const start = request.start ? new Date(request.start) : services.clock.now();
        const subject = await subjectOf(request, visibilityOf(principal.roles).has('clinical'), services);
        if (subject.real) {
          audit.patientId = subject.patient.id as string;
        }
        const settings = (await services.messagingSettings.get()).settings;
        const result = await simulateJourney(
          {
            definition: version.definition,
            journeyVersion: compiled.version,
            asl: compiled.asl,
            functions: services.deployment.functions,
            patient: subject.patient,
            resources: subject.resources,
            ...(request.triggeringResource ? { triggeringResource: request.triggeringResource } : {}),
            start,
            events: scriptedEventsOf(request, start),
            segments: request.segments ?? subject.segments,
            attributes: request.attributes ?? {},
            preferences: subject.preferences,
            addressStatuses: subject.real ? services.addressStatuses : async () => new Map(),
            addressKeyOf: await services.addressKeys(),
            templates: templateSourceOf(services.templates),
            settings,
          },
          services.journeyInterpreter,
        );
        return {
          journeyId: params.journeyId,
          version: compiled.version,
          ...result,
          transitions: result.states.length,
        };
      },
    }),
  ];
}

interface Subject {
  readonly real: boolean;
  readonly patient: fhir4.Patient;
  readonly resources: fhir4.FhirResource[];
  readonly segments: string[];
  readonly preferences: Awaited<ReturnType<JourneySimulationServices['patientPreferences']['current']>>;
}

/**
 * The patient to simulate. A caller without clinical read simulates a real patient outside the clinical segments
 * (their membership is clinical data); `segments` in the request follows any branch explicitly.
 */
async function subjectOf(
  request: SimulationBody,
  mayReadClinical: boolean,
  services: JourneySimulationServices,
): Promise<Subject> {
  const extra = (request.resources ?? []) as unknown as fhir4.FhirResource[];
  if ((request.patient === undefined) === (request.patientId === undefined)) {
    throw badRequest('name the patient: either patientId (a real patient) or patient (a synthetic one)', [
      { in: 'body', pointer: '', detail: 'exactly one of patientId and patient is required' },
    ]);
  }
  if (request.patient !== undefined) {
    const patient = request.patient as unknown as fhir4.Patient;
    if (patient.resourceType !== 'Patient' || typeof patient.id !== 'string') {
      throw badRequest('the synthetic patient must be a FHIR Patient with an id', [
        { in: 'body', pointer: '/patient', detail: 'resourceType Patient and an id are required' },
      ]);
    }
    return { real: false, patient, resources: extra, segments: [], preferences: [] };
  }
  const patientId = request.patientId as string;
  const patient = await services.journeyPatients.getPatient(patientId);
  if (!patient) throw notFound(`no patient ${patientId}`);
  const trigger = request.triggeringResource;
  const triggering = trigger
    ? await services.journeyPatients.getResource(patientId, trigger.resourceType, trigger.id)
    : undefined;
  const [segments, preferences] = await Promise.all([
    services.patientSegments(patientId, mayReadClinical),
    services.patientPreferences.current(patientId),
  ]);
  return {
    real: true,
    patient,
    resources: [...(triggering ? [triggering] : []), ...extra],
    segments: segments.map((segment) => segment.segmentId),
    preferences,
  };
}

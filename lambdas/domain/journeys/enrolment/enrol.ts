import type { Clock } from '../../ports';
import type { JourneyStore } from '../ports';
import { decideEnrolment, type EnrollableJourney, type EnrolmentRefusalReason, entryKeyOf } from './decide-enrolment';
import type { EnrolmentRequest, JourneyEntryStore, JourneyExecutionInput, JourneyExecutionStarter } from './ports';

export interface EnrolmentDependencies {
  readonly journeys: Pick<JourneyStore, 'get' | 'getVersion'>;
  readonly entries: JourneyEntryStore;
  readonly starter: JourneyExecutionStarter;
  readonly clock: Clock;
}

export type EnrolmentOutcome =
  | { readonly outcome: 'enrolled'; readonly executionName: string }
  /** The run was already started (running, or finished within Step Functions' 90 days): nothing to do. */
  | { readonly outcome: 'already-running'; readonly executionName: string }
  | { readonly outcome: 'refused'; readonly reason: EnrolmentRefusalReason | 'not-found'; readonly detail: string };

/** Enrolments racing for one patient kept losing the conditional write: thrown, so the caller's retry runs. */
export class EnrolmentContentionError extends Error {
  constructor(journeyId: string, patientId: string) {
    super(`enrolment of patient ${patientId} in journey ${journeyId} kept conflicting`);
    this.name = 'EnrolmentContentionError';
  }
}

const MAX_ATTEMPTS = 3;

/**
 * Enrols a patient: decide, record the entry (conditional on the record read), then start the execution on
 * the journey's alias under the run's deterministic name, with ids only as input.
 *
 * Of two enrolments racing for the same patient and journey, one writes the record; the other's write
 * conflicts, and it reads the record again and decides again (usually: the run is there, start it again,
 * which is a no-op).
 *
 * The record is written before the execution starts. If the process dies between the two, nothing is lost:
 * the retry (EventBridge, the bulk workflow, the API client) reads the record, finds the run of the published
 * version it names, and starts that same name. Step Functions starts it if the first attempt never did and
 * answers `ExecutionAlreadyExists` if it did, so the patient gets exactly one run either way. Starting first
 * and recording second would instead risk a run the re-entry policy never sees.
 */
export async function enrol(request: EnrolmentRequest, deps: EnrolmentDependencies): Promise<EnrolmentOutcome> {
  const journey = await loadJourney(request.journeyId, deps.journeys);
  if (journey === undefined) {
    return { outcome: 'refused', reason: 'not-found', detail: `no journey ${request.journeyId}` };
  }
  const key = entryKeyOf(request);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const previous = await deps.entries.get(request.patientId, request.journeyId, key);
    const decision = decideEnrolment(journey, request, previous, deps.clock.now());
    if (decision.decision === 'refuse') {
      return { outcome: 'refused', reason: decision.reason, detail: decision.detail };
    }
    if (decision.decision === 'enter') {
      const written = await deps.entries.record(decision.entry, previous?.revision);
      if (written === 'conflict') continue;
    }
    const input = executionInputOf(request, decision.journeyVersion, decision.executionName);
    const started = await deps.starter.start(decision.aliasArn, decision.executionName, input);
    return {
      outcome: started === 'started' ? 'enrolled' : 'already-running',
      executionName: decision.executionName,
    };
  }
  throw new EnrolmentContentionError(request.journeyId, request.patientId);
}

async function loadJourney(
  journeyId: string,
  journeys: EnrolmentDependencies['journeys'],
): Promise<EnrollableJourney | undefined> {
  const record = await journeys.get(journeyId);
  if (record === undefined) return undefined;
  if (record.status !== 'active' || record.publishedVersion === undefined) return { record };
  const version = await journeys.getVersion(journeyId, record.publishedVersion);
  return version === undefined ? { record } : { record, definition: version.definition };
}

function executionInputOf(
  request: EnrolmentRequest,
  journeyVersion: number,
  executionName: string,
): JourneyExecutionInput {
  return {
    journeyId: request.journeyId,
    journeyVersion,
    patientId: request.patientId,
    executionId: executionName,
    ...(request.entryKey !== undefined ? { entryKey: request.entryKey } : {}),
    ...(request.triggeringResource !== undefined
      ? {
          triggeringResource: {
            resourceType: request.triggeringResource.resourceType,
            id: request.triggeringResource.id,
          },
        }
      : {}),
  };
}

import type { Logger } from '../../ports';
import type { JourneyDefinition } from '../definition-schema';
import { type JourneyEntryRecord, PATIENT_ENTRY_KEY } from '../enrolment/ports';
import type { JourneyRecord } from '../ports';
import { matchesEvent } from './match-event';
import type { ChangeConditions, PatientEvent } from './ports';

/** Stops an execution if it still runs; false when it had ended (or never existed). */
export interface ExecutionStopper {
  stopIfRunning(stateMachineArn: string, executionName: string, cause: string): Promise<boolean>;
}

export interface StopOnExitDeps {
  readonly entries: { byPatient(patientId: string): Promise<JourneyEntryRecord[]> };
  readonly journeys: { get(journeyId: string): Promise<JourneyRecord | undefined> };
  /** A version's definition (immutable, so callers may cache it). */
  readonly definitionOf: (journeyId: string, version: number) => Promise<JourneyDefinition | undefined>;
  readonly stopper: ExecutionStopper;
  readonly conditions: ChangeConditions;
  readonly logger: Logger;
}

/**
 * Ends the runs an event is an exit criterion of, when it happens rather than at their next send: for each of
 * the patient's entries whose journey version lists a matching `exitWhen` event (after the entry), the
 * execution is stopped if it still runs. The check before each send stays: it covers an event this misses (a
 * stop that failed and was not retried, an event logged before the run started).
 */
export async function stopOnExit(event: PatientEvent, deps: StopOnExitDeps): Promise<number> {
  const entries = await deps.entries.byPatient(event.patientId);
  let stopped = 0;
  for (const entry of entries) {
    if (event.at < entry.lastEnteredAt) continue;
    const definition = await deps.definitionOf(entry.journeyId, entry.journeyVersion);
    const exitWhen = definition?.exitWhen ?? [];
    if (exitWhen.length === 0) continue;
    const [resourceType, id] = entry.key === PATIENT_ENTRY_KEY ? [] : entry.key.split('/');
    const context = {
      patientId: entry.patientId,
      journeyId: entry.journeyId,
      executionId: entry.executionName,
      ...(resourceType && id ? { triggeringResource: { resourceType, id } } : {}),
    };
    let matched = false;
    for (const expected of exitWhen) {
      if (await matchesEvent(expected, event, context, deps.conditions)) {
        matched = true;
        break;
      }
    }
    if (!matched) continue;
    const journey = await deps.journeys.get(entry.journeyId);
    if (journey?.stateMachineArn === undefined) continue;
    // The kind only: a segment or resource name next to an execution could say something clinical.
    const cause = `exit criterion met (${event.kind})`;
    if (await deps.stopper.stopIfRunning(journey.stateMachineArn, entry.executionName, cause)) {
      stopped++;
      deps.logger.info('journey execution stopped on an exit event', {
        patientId: entry.patientId,
        journeyId: entry.journeyId,
        executionId: entry.executionName,
        kind: event.kind,
      });
    }
  }
  return stopped;
}

/** Definitions by journey and version, read once: versions never change. */
export function cachedDefinitions(
  getVersion: (journeyId: string, version: number) => Promise<{ readonly definition: JourneyDefinition } | undefined>,
): (journeyId: string, version: number) => Promise<JourneyDefinition | undefined> {
  const cache = new Map<string, Promise<JourneyDefinition | undefined>>();
  return (journeyId, version) => {
    const key = `${journeyId}@${version}`;
    let known = cache.get(key);
    if (!known) {
      known = getVersion(journeyId, version).then((found) => found?.definition);
      known.catch(() => cache.delete(key));
      cache.set(key, known);
    }
    return known;
  };
}

import type { Logger } from '../../ports';
import type { JourneyDefinition, JourneyEvent } from '../definition-schema';
import { type JourneyEntryRecord, PATIENT_ENTRY_KEY } from '../enrolment/ports';
import type { JourneyRecord } from '../ports';
import { type MatchContext, matchesEvent } from './match-event';
import type { ChangeConditions, PatientEvent } from './ports';

/** Stops an execution if it still runs; false when it had ended (or never existed). */
export interface ExecutionStopper {
  stopIfRunning(stateMachineArn: string, executionName: string, cause: string): Promise<boolean>;
}

export interface StopOnExitDependencies {
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
export function stopOnExit(event: PatientEvent, deps: StopOnExitDependencies): Promise<number> {
  return stopOnExitEvents([event], deps);
}

/** `stopOnExit` for several events of one patient, reading the patient's entries once. */
export async function stopOnExitEvents(events: readonly PatientEvent[], deps: StopOnExitDependencies): Promise<number> {
  const patientId = events[0]?.patientId;
  if (patientId === undefined) return 0;
  const entries = await deps.entries.byPatient(patientId);
  let stopped = 0;
  for (const entry of entries) {
    const after = events.filter((event) => event.at >= entry.lastEnteredAt);
    if (after.length === 0) continue;
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
    const exitEvent = await firstMatching(exitWhen, after, context, deps.conditions);
    if (exitEvent === undefined) continue;
    const journey = await deps.journeys.get(entry.journeyId);
    if (journey?.stateMachineArn === undefined) continue;
    // The kind only: a segment or resource name next to an execution could say something clinical.
    const cause = `exit criterion met (${exitEvent.kind})`;
    if (await deps.stopper.stopIfRunning(journey.stateMachineArn, entry.executionName, cause)) {
      stopped++;
      deps.logger.info('journey execution stopped on an exit event', {
        patientId: entry.patientId,
        journeyId: entry.journeyId,
        executionId: entry.executionName,
        kind: exitEvent.kind,
      });
    }
  }
  return stopped;
}

async function firstMatching(
  expected: readonly JourneyEvent[],
  events: readonly PatientEvent[],
  context: MatchContext,
  conditions: ChangeConditions,
): Promise<PatientEvent | undefined> {
  for (const event of events) {
    for (const candidate of expected) {
      if (await matchesEvent(candidate, event, context, conditions)) return event;
    }
  }
  return undefined;
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

import type { JourneyDefinition } from './definition-schema';
import { type JourneyEntryRecord, PATIENT_ENTRY_KEY } from './enrolment/ports';
import type { ExecutionState, JourneyExecutions, JourneyStore } from './ports';
import { matchesEvent } from './waits/match-event';
import type { ChangeConditions, PatientEventLog } from './waits/ports';

/** One patient's run of a journey as staff see it: ids, times and where the execution is. Never PHI. */
export interface EnrolmentView {
  readonly journeyId: string;
  readonly patientId: string;
  /** `patient`, or the triggering resource of a keyed journey (`Appointment/123`). */
  readonly entryKey: string;
  readonly journeyVersion: number;
  readonly enteredAt: string;
  /** How many runs this patient (and key) has had. */
  readonly entries: number;
  readonly executionName: string;
  /** Absent when Step Functions no longer knows the execution (closed more than 90 days ago). */
  readonly status?: ExecutionState['status'];
  readonly stoppedAt?: string;
  /** The step the running execution is in (its current state mapped back to the definition's step id). */
  readonly currentStep?: string;
  readonly currentState?: string;
  /** When the journey's goal (a segment entered, a reply, …) first happened during this run, if it did. */
  readonly goalReachedAt?: string;
}

export const ENROLMENT_STATUSES = [
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
  'TIMED_OUT',
  'ABORTED',
  'PENDING_REDRIVE',
] as const;

export interface EnrolmentViewDependencies {
  readonly journeys: Pick<JourneyStore, 'getVersion'>;
  readonly executions: Pick<JourneyExecutions, 'state'>;
  /** The patient event log and change conditions: a goal is looked for in what happened since the entry. */
  readonly eventLog: Pick<PatientEventLog, 'since'>;
  readonly conditions: ChangeConditions;
}

/**
 * When the goal first happened during a run: the patient's logged events from the entry to the run's end (or
 * now), matched as waits match them. Computed when asked, so nothing extra is written on the hot path.
 */
export async function goalReachedAt(
  entry: JourneyEntryRecord,
  goal: JourneyDefinition['goal'],
  until: string | undefined,
  deps: Pick<EnrolmentViewDependencies, 'eventLog' | 'conditions'>,
): Promise<string | undefined> {
  if (goal === undefined) return undefined;
  const [resourceType, id] = entry.key === PATIENT_ENTRY_KEY ? [] : entry.key.split('/');
  const context = {
    patientId: entry.patientId,
    journeyId: entry.journeyId,
    executionId: entry.executionName,
    ...(resourceType && id ? { triggeringResource: { resourceType, id } } : {}),
  };
  for (const event of await deps.eventLog.since(entry.patientId, entry.lastEnteredAt)) {
    if (until !== undefined && event.at > until) break;
    if (await matchesEvent(goal, event, context, deps.conditions)) return event.at;
  }
  return undefined;
}

/**
 * The step a state belongs to. Compiled state names end with the step id (`Send sms-24h`, `After sms-24h?`,
 * `Wait deferral sms-24h`), so the longest step id the name ends with is the step.
 */
export function stepOfState(stateName: string, stepIds: readonly string[]): string | undefined {
  const name = stateName.replace(/\?$/, '');
  let best: string | undefined;
  for (const id of stepIds) {
    if ((name === id || name.endsWith(` ${id}`)) && (best === undefined || id.length > best.length)) best = id;
  }
  return best;
}

/** Entry records with their executions' state, reading each journey version's definition once. */
export async function enrolmentViews(
  entries: readonly JourneyEntryRecord[],
  deps: EnrolmentViewDependencies,
): Promise<EnrolmentView[]> {
  const definitions = new Map<string, Promise<JourneyDefinition | undefined>>();
  const definitionOf = (journeyId: string, version: number) => {
    const key = `${journeyId}@${version}`;
    let known = definitions.get(key);
    if (!known) {
      known = deps.journeys.getVersion(journeyId, version).then((found) => found?.definition);
      definitions.set(key, known);
    }
    return known;
  };
  return Promise.all(
    entries.map(async (entry) => {
      const [state, definition] = await Promise.all([
        deps.executions.state(entry.journeyId, entry.executionName),
        definitionOf(entry.journeyId, entry.journeyVersion),
      ]);
      const currentStep =
        state?.currentState !== undefined
          ? stepOfState(state.currentState, Object.keys(definition?.steps ?? {}))
          : undefined;
      const goalAt = await goalReachedAt(entry, definition?.goal, state?.stoppedAt, deps);
      return {
        journeyId: entry.journeyId,
        patientId: entry.patientId,
        entryKey: entry.key,
        journeyVersion: entry.journeyVersion,
        enteredAt: entry.lastEnteredAt,
        entries: entry.entries,
        executionName: entry.executionName,
        ...(state ? { status: state.status } : {}),
        ...(state?.stoppedAt ? { stoppedAt: state.stoppedAt } : {}),
        ...(state?.currentState !== undefined ? { currentState: state.currentState } : {}),
        ...(currentStep !== undefined ? { currentStep } : {}),
        ...(goalAt !== undefined ? { goalReachedAt: goalAt } : {}),
      };
    }),
  );
}

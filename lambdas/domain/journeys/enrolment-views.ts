import type { JourneyEntryRecord } from './enrolment/ports';
import type { ExecutionState, JourneyExecutions, JourneyStore } from './ports';

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
}

export const ENROLMENT_STATUSES = [
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
  'TIMED_OUT',
  'ABORTED',
  'PENDING_REDRIVE',
] as const;

export interface EnrolmentViewDeps {
  readonly journeys: Pick<JourneyStore, 'getVersion'>;
  readonly executions: Pick<JourneyExecutions, 'state'>;
}

/**
 * The step a state belongs to. Compiled state names end with the step id (`Send sms-24h`, `Check exit before
 * sms-24h`, `Deferred sms-24h?`), so the longest step id the name ends with is the step.
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
  deps: EnrolmentViewDeps,
): Promise<EnrolmentView[]> {
  const stepIds = new Map<string, Promise<string[]>>();
  const stepsOf = (journeyId: string, version: number) => {
    const key = `${journeyId}@${version}`;
    let known = stepIds.get(key);
    if (!known) {
      known = deps.journeys
        .getVersion(journeyId, version)
        .then((found) => (found ? Object.keys(found.definition.steps) : []));
      stepIds.set(key, known);
    }
    return known;
  };
  return Promise.all(
    entries.map(async (entry) => {
      const state = await deps.executions.state(entry.journeyId, entry.executionName);
      const currentStep =
        state?.currentState !== undefined
          ? stepOfState(state.currentState, await stepsOf(entry.journeyId, entry.journeyVersion))
          : undefined;
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
      };
    }),
  );
}

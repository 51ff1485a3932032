import type { FailedRun, JourneyExecutions, JourneyRecord, JourneyStatus, JourneyStore } from './ports';

/** Journeys whose runs can have failed: published and not archived (archiving stops runs, it does not fail them). */
const WITH_RUNS: readonly JourneyStatus[] = ['active', 'paused'];
const JOURNEY_PAGE = 100;

export interface FailedRunView extends FailedRun {
  readonly journeyName: string;
  readonly patientId?: string;
  readonly error?: string;
}

/**
 * The failed runs of every published journey, newest first, at most `limit`. Step Functions keeps runs by state
 * machine and status, so this costs one journey listing per 100 journeys, one `ListExecutions` per journey, and
 * one `DescribeExecution` per run returned (for the patient and the error name); no table is scanned.
 */
export async function failedJourneyRuns(
  limit: number,
  deps: { readonly journeys: Pick<JourneyStore, 'list'>; readonly executions: JourneyExecutions },
): Promise<{ items: FailedRunView[]; more: boolean }> {
  const journeys = (await Promise.all(WITH_RUNS.map((status) => allJourneys(status, deps.journeys)))).flat();
  const lists = await Promise.all(
    journeys
      .filter((journey) => journey.publishedVersion !== undefined)
      .map((journey) => deps.executions.failedRuns(journey.journeyId, limit)),
  );
  const newestFirst = lists.flatMap((list) => list.items).sort((a, b) => b.stoppedAt.localeCompare(a.stoppedAt));
  const kept = newestFirst.slice(0, limit);
  const names = new Map(journeys.map((journey) => [journey.journeyId, journey.name]));
  const items = await Promise.all(
    kept.map(async (run) => {
      const state = await deps.executions.state(run.journeyId, run.executionName);
      return {
        ...run,
        journeyName: names.get(run.journeyId) ?? run.journeyId,
        ...(state?.patientId ? { patientId: state.patientId } : {}),
        ...(state?.error ? { error: state.error } : {}),
      };
    }),
  );
  return { items, more: newestFirst.length > limit || lists.some((list) => list.more) };
}

async function allJourneys(status: JourneyStatus, journeys: Pick<JourneyStore, 'list'>): Promise<JourneyRecord[]> {
  const all: JourneyRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await journeys.list(status, JOURNEY_PAGE, cursor);
    all.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return all;
}

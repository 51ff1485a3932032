import { DetailType } from '../../events/event-names';
import type { Logger } from '../../ports';
import type { JourneyTriggerEvent } from '../journey-events';
import type { JourneyStore } from '../ports';
import { type EnrolmentDependencies, type EnrolmentOutcome, enrol } from './enrol';
import { type ActiveJourney, enrolmentRequestsFor, segmentEntryRequests } from './match-triggers';
import type { EnrolmentRequest, TriggerConditions } from './ports';

const PAGE = 100;
/** How long a function instance keeps the active journeys it read: a journey published is matched at most this late. */
export const ACTIVE_JOURNEYS_TTL_MS = 5_000;

/** The active journeys and the entry of the version each has published: what events are matched against. */
export async function activeJourneys(journeys: Pick<JourneyStore, 'list' | 'getVersion'>): Promise<ActiveJourney[]> {
  const active: ActiveJourney[] = [];
  let cursor: string | undefined;
  do {
    const page = await journeys.list('active', PAGE, cursor);
    for (const record of page.items) {
      if (record.publishedVersion === undefined) continue;
      const version = await journeys.getVersion(record.journeyId, record.publishedVersion);
      if (version !== undefined) active.push({ journeyId: record.journeyId, definition: version.definition });
    }
    cursor = page.cursor;
  } while (cursor !== undefined);
  return active;
}

/** The enrolments an event asks for: FHIR triggers on facts changes, segment entries on membership changes. */
export async function enrolmentRequestsOf(
  event: JourneyTriggerEvent,
  journeys: readonly ActiveJourney[],
  conditions: TriggerConditions,
): Promise<EnrolmentRequest[]> {
  if (event.type === DetailType.SegmentMembershipChanged) {
    const { patientId, entered, occurredAt } = event.detail;
    return segmentEntryRequests(journeys, { patientId, entered }).map((request) => ({
      ...request,
      occurrence: `segment-entry@${occurredAt}`,
    }));
  }
  if (event.type !== DetailType.PatientFactsChanged) return [];
  const { patientId, changes } = event.detail;
  const requests: EnrolmentRequest[] = [];
  for (const change of changes) {
    requests.push(
      ...(await enrolmentRequestsFor(
        journeys,
        {
          patientId,
          change: {
            resourceType: change.resourceType,
            id: change.resourceId,
            action: change.action,
            ...(change.revision !== undefined ? { revision: change.revision } : {}),
          },
        },
        conditions,
      )),
    );
  }
  return requests;
}

/**
 * The active journeys, read at most once per `ttlMs` of wall time: every FHIR change and membership change is
 * matched against them, and reading them costs a query plus one read per journey. A journey published within
 * the last `ttlMs` may miss the events of those seconds; pausing or archiving takes effect at once, because
 * `enrol` reads the journey's record again before it starts anything.
 */
export function cachedActiveJourneys(
  journeys: Pick<JourneyStore, 'list' | 'getVersion'>,
  ttlMs = ACTIVE_JOURNEYS_TTL_MS,
  wallClock: () => number = Date.now,
): () => Promise<ActiveJourney[]> {
  let cached: { readonly at: number; readonly value: Promise<ActiveJourney[]> } | undefined;
  return () => {
    const now = wallClock();
    if (cached === undefined || now - cached.at >= ttlMs) {
      const value = activeJourneys(journeys);
      // A failed read is not kept: the next event reads again.
      value.catch(() => {
        cached = undefined;
      });
      cached = { at: now, value };
    }
    return cached.value;
  };
}

export interface EnrolOnEventDependencies extends EnrolmentDependencies {
  readonly journeys: EnrolmentDependencies['journeys'] & Pick<JourneyStore, 'list'>;
  /** The active journeys (usually `cachedActiveJourneys`); read from the store when absent. */
  readonly activeJourneys?: () => Promise<ActiveJourney[]>;
  readonly conditions: TriggerConditions;
  readonly logger: Logger;
}

/**
 * Enrols the patient of a platform event in every active journey the event enters. Each enrolment is
 * idempotent (entry record, deterministic execution name), so a redelivered event or a retry after a fault
 * part-way through enrols nobody twice. Faults are thrown after every request was tried.
 */
export async function enrolOnEvent(
  event: JourneyTriggerEvent,
  deps: EnrolOnEventDependencies,
): Promise<EnrolmentOutcome[]> {
  const active = deps.activeJourneys ? await deps.activeJourneys() : await activeJourneys(deps.journeys);
  const requests = await enrolmentRequestsOf(event, active, deps.conditions);
  return enrolAll(requests, deps);
}

/** Enrols patients one request at a time, logging ids and outcomes; the first fault is thrown at the end. */
export async function enrolAll(
  requests: readonly EnrolmentRequest[],
  deps: EnrolmentDependencies & { readonly logger: Logger },
  concurrency = 1,
): Promise<EnrolmentOutcome[]> {
  const outcomes: EnrolmentOutcome[] = new Array(requests.length);
  let failure: unknown;
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const index = next++;
      const request = requests[index] as EnrolmentRequest;
      try {
        const outcome = await enrol(request, deps);
        outcomes[index] = outcome;
        deps.logger.info('journey enrolment', {
          journeyId: request.journeyId,
          patientId: request.patientId,
          cause: request.cause,
          outcome: outcome.outcome,
          ...(outcome.outcome === 'refused' ? { reason: outcome.reason } : { executionName: outcome.executionName }),
        });
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, requests.length)) }, worker));
  if (failure !== undefined) throw failure;
  return outcomes;
}

import type { JourneyEvent } from '../definition-schema';
import type { ChangeConditions, LoggedEvent, LoggedEventKind } from './ports';

/** What an execution knows when it matches an event: whose journey it is and what started it. */
export interface MatchContext {
  readonly patientId: string;
  readonly journeyId: string;
  readonly triggeringResource?: { readonly resourceType: string; readonly id: string };
  /** The run asking: a reply to a message of another run of the same journey is not its answer. */
  readonly executionId?: string;
}

/** The kind and key a journey event names: `{ reply: 'appointment-confirmed' }` → reply, appointment-confirmed. */
export function kindAndKeyOf(event: JourneyEvent): { readonly kind: LoggedEventKind; readonly key: string } {
  if (event.segmentEntered !== undefined) return { kind: 'segmentEntered', key: event.segmentEntered };
  if (event.segmentExited !== undefined) return { kind: 'segmentExited', key: event.segmentExited };
  if (event.fhirChange !== undefined) return { kind: 'fhirChange', key: event.fhirChange.resourceType };
  if (event.reply !== undefined) return { kind: 'reply', key: event.reply };
  if (event.engagement !== undefined) return { kind: 'engagement', key: event.engagement };
  throw new Error('a journey event names exactly one kind');
}

/** The index registrations are stored under: `<kind>#<key>`, so an event finds only the waits it can answer. */
export function kindKey(kind: LoggedEventKind, key: string): string {
  return `${kind}#${key}`;
}

export function kindKeyOf(event: JourneyEvent): string {
  const { kind, key } = kindAndKeyOf(event);
  return kindKey(kind, key);
}

/**
 * Whether a logged event is the one a journey waits for (or exits on). Segment, reply and engagement events
 * match on their key; an engagement only with a message of this journey. A FHIR change also matches on its
 * action, on the resource that started the journey (`sameResource`) and on its condition, asked last because
 * it may read the store.
 */
export async function matchesEvent(
  expected: JourneyEvent,
  logged: LoggedEvent,
  context: MatchContext,
  conditions: ChangeConditions,
): Promise<boolean> {
  const { kind, key } = kindAndKeyOf(expected);
  if (logged.kind !== kind || logged.key !== key) return false;
  if (kind === 'reply' && isAnotherRunsReply(logged, context)) return false;
  if (kind === 'engagement') return logged.journeyId === context.journeyId;
  const change = expected.fhirChange;
  if (change === undefined) return true;
  if (change.actions !== undefined && (logged.action === undefined || !change.actions.includes(logged.action))) {
    return false;
  }
  if (change.sameResource === true) {
    const trigger = context.triggeringResource;
    if (trigger === undefined || trigger.resourceType !== logged.key || trigger.id !== logged.resourceId) return false;
  }
  if (change.condition === undefined) return true;
  if (logged.resourceId === undefined) return false;
  return conditions.matches(change.condition, context.patientId, logged.key, logged.resourceId, logged.revision);
}

/** Whether any of the events matches any of the expected ones. */
export async function anyMatches(
  expected: readonly JourneyEvent[],
  logged: readonly LoggedEvent[],
  context: MatchContext,
  conditions: ChangeConditions,
): Promise<boolean> {
  for (const event of logged) {
    for (const candidate of expected) {
      if (await matchesEvent(candidate, event, context, conditions)) return true;
    }
  }
  return false;
}

/**
 * A reply to a message another run of the same journey sent (a confirmation of the other appointment): not this
 * run's answer. A reply whose message is not a journey's (a staff message) or is unknown answers every run.
 */
function isAnotherRunsReply(logged: LoggedEvent, context: MatchContext): boolean {
  return (
    logged.executionId !== undefined &&
    context.executionId !== undefined &&
    logged.journeyId === context.journeyId &&
    logged.executionId !== context.executionId
  );
}

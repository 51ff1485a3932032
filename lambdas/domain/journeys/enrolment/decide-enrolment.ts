import type { JourneyDefinition } from '../definition-schema';
import { parseJourneyDuration } from '../journey-duration';
import type { JourneyRecord } from '../ports';
import { executionNameOf } from './execution-name';
import { type EnrolmentRequest, type JourneyEntryRecord, PATIENT_ENTRY_KEY } from './ports';

/** A journey as enrolment sees it: its record, and the definition of its published version. */
export interface EnrollableJourney {
  readonly record: JourneyRecord;
  readonly definition?: Pick<JourneyDefinition, 'entry' | 'reEntry'>;
}

export type EnrolmentRefusalReason =
  | 'not-active'
  | 'not-published'
  | 'missing-triggering-resource'
  | 'entered-once'
  | 'cooling-down'
  | 'key-entered'
  | 'duplicate';

export type EnrolmentDecision =
  | { readonly decision: 'refuse'; readonly reason: EnrolmentRefusalReason; readonly detail: string }
  /** A new run: write `entry`, then start `executionName`. */
  | {
      readonly decision: 'enter';
      readonly aliasArn: string;
      readonly executionName: string;
      readonly journeyVersion: number;
      readonly entry: JourneyEntryRecord;
    }
  /** The recorded run of the published version, started again: a no-op when it exists, a recovery when not. */
  | {
      readonly decision: 'restart';
      readonly aliasArn: string;
      readonly executionName: string;
      readonly journeyVersion: number;
    };

/**
 * How long after an entry a repeat of its cause starts the recorded execution again instead of being refused:
 * long enough for every retry of the enrolment (EventBridge retries for up to 24 hours), far shorter than the
 * 90 days Step Functions keeps closed executions' names.
 */
export const RESTART_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The key of the entry record a request reads and writes. */
export const entryKeyOf = (request: Pick<EnrolmentRequest, 'entryKey'>): string =>
  request.entryKey ?? PATIENT_ENTRY_KEY;

/**
 * Whether a patient enters a journey now. Pure: the journey, the request, the patient's entry record for this
 * journey and key, and the clock in; a decision with its reason out.
 *
 * - Only an `active` journey with a published version takes enrolments.
 * - A FHIR-triggered journey reads `$.triggeringResource`: a request without one would fail the execution.
 * - Re-entry: `once` refuses any second run (of any version); `after-cool-down` allows one when
 *   `lastEnteredAt + coolDown <= now`; `always` allows one unless the request repeats the recorded occurrence.
 * - Keyed entries (one record per appointment) get one run per key, whatever the policy.
 * - When a new run is refused but the recorded run is of the published version and recent, the decision is to
 *   start that run again: it is the same name, so Step Functions makes it a no-op, and if the first attempt
 *   crashed between writing the record and starting, it is the recovery.
 */
export function decideEnrolment(
  journey: EnrollableJourney,
  request: EnrolmentRequest,
  previous: JourneyEntryRecord | undefined,
  now: Date,
): EnrolmentDecision {
  const { record, definition } = journey;
  if (record.status !== 'active') {
    return refuse('not-active', `journey ${record.journeyId} is ${record.status}`);
  }
  if (record.publishedVersion === undefined || record.aliasArn === undefined || definition === undefined) {
    return refuse('not-published', `journey ${record.journeyId} has no published version`);
  }
  if (definition.entry.fhirTrigger !== undefined && request.triggeringResource === undefined) {
    return refuse('missing-triggering-resource', `journey ${record.journeyId} starts from a triggering resource`);
  }
  const version = record.publishedVersion;
  const aliasArn = record.aliasArn;

  if (previous !== undefined) {
    const refusal = newRunRefusal(definition, request, previous, now);
    if (refusal !== undefined) {
      const recent = now.getTime() - Date.parse(previous.lastEnteredAt) < RESTART_WINDOW_MS;
      if (previous.journeyVersion === version && recent) {
        return { decision: 'restart', aliasArn, executionName: previous.executionName, journeyVersion: version };
      }
      return refusal;
    }
  }

  const run = (previous?.entries ?? 0) + 1;
  const executionName = executionNameOf({
    journeyId: record.journeyId,
    journeyVersion: version,
    patientId: request.patientId,
    ...(request.entryKey !== undefined ? { entryKey: request.entryKey } : {}),
    run,
  });
  const entry: JourneyEntryRecord = {
    patientId: request.patientId,
    journeyId: record.journeyId,
    key: entryKeyOf(request),
    lastEnteredAt: now.toISOString(),
    executionName,
    journeyVersion: version,
    entries: run,
    revision: (previous?.revision ?? 0) + 1,
    ...(request.occurrence !== undefined ? { lastOccurrence: request.occurrence } : {}),
  };
  return { decision: 'enter', aliasArn, executionName, journeyVersion: version, entry };
}

function newRunRefusal(
  definition: Pick<JourneyDefinition, 'reEntry'>,
  request: EnrolmentRequest,
  previous: JourneyEntryRecord,
  now: Date,
): Extract<EnrolmentDecision, { decision: 'refuse' }> | undefined {
  if (request.occurrence !== undefined && request.occurrence === previous.lastOccurrence) {
    return refuse('duplicate', 'this occurrence already enrolled the patient');
  }
  if (request.entryKey !== undefined) {
    return refuse('key-entered', 'this key already had its run');
  }
  const { policy, coolDown } = definition.reEntry;
  if (policy === 'once') return refuse('entered-once', 'the journey enrols a patient once');
  if (policy === 'after-cool-down') {
    // A missing or malformed cool-down (validation requires one) is read as zero: re-entry is allowed.
    const coolDownMs = (parseJourneyDuration(coolDown ?? '') ?? 0) * 1000;
    const allowedFrom = Date.parse(previous.lastEnteredAt) + coolDownMs;
    if (now.getTime() < allowedFrom) {
      return refuse('cooling-down', `re-entry allowed from ${new Date(allowedFrom).toISOString()}`);
    }
  }
  return undefined;
}

const refuse = (
  reason: EnrolmentRefusalReason,
  detail: string,
): Extract<EnrolmentDecision, { decision: 'refuse' }> => ({ decision: 'refuse', reason, detail });

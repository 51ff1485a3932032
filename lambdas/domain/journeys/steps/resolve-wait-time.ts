import type * as fhir4 from 'fhir/r4';
import { isValidTimeZone, localMinuteOfDay, nextAllowedInstant, timeZoneOf } from '../../messaging/policy/quiet-hours';
import type { SendingPolicySettings } from '../../messaging/policy-types';
import type { Clock, Logger } from '../../ports';
import type { JourneyPatientReader } from './ports';
import { parseResolveWaitTimePayload, type ResolveWaitTimePayload, stepIdsOf } from './step-input';

export interface ResolveWaitTimeDependencies {
  readonly patients: JourneyPatientReader;
  /** The organisation's zone, for a patient without a valid one of their own. */
  readonly defaultTimeZone: string;
  readonly clock: Clock;
  readonly logger: Logger;
}

type TimeField = NonNullable<ResolveWaitTimePayload['resourceTime']>['field'];

const MINUTE = 60_000;
const DAY_MINUTES = 1_440;

/**
 * Where a wait until a resource time stands when it resolves: `ahead` (wait until `at`, following the resource),
 * `due` (the instant has passed: go on at once, as a late booking does) or `gone` (a wait before the resource's
 * time, and that time itself has come: the appointment has begun, so the step after the wait is skipped).
 */
export type ResourceMoment = 'ahead' | 'due' | 'gone';

/** A local time's answer: the instant alone. */
export interface LocalTimeAnswer {
  readonly at: string;
}

/**
 * A resource time's answer, what the compiled wait reads: the instant, the whole seconds until it (at least 1,
 * at most a year: a task time-out), the moment, and when it was resolved (a change of the resource logged after
 * this instant makes the wait resolve again).
 */
export interface ResourceTimeAnswer {
  readonly at: string;
  readonly seconds: number;
  readonly moment: ResourceMoment;
  readonly resolvedAt: string;
}

const MAX_WAIT_SECONDS = 365 * 86_400;

/**
 * The instant a wait step waits until. A local time is answered with `at` alone (an instant already past goes on at
 * once). A resource time reads the triggering resource as projected now, so a wait that resolves again after the
 * resource changed follows it; with no resource or no such field it answers `due` now: the journey goes on, and
 * its exit criteria (a cancelled appointment) are what stop it.
 */
export async function resolveWaitTime(
  input: unknown,
  deps: ResolveWaitTimeDependencies,
): Promise<LocalTimeAnswer | ResourceTimeAnswer> {
  const payload = parseResolveWaitTimePayload(input);
  const now = deps.clock.now();
  if (payload.localTime !== undefined) {
    const zone = await patientZone(payload.patientId, deps);
    return { at: nextLocalTime(now, zone, payload.localTime).toISOString() };
  }
  const { field, offsetSeconds } = payload.resourceTime as NonNullable<ResolveWaitTimePayload['resourceTime']>;
  const ids = stepIdsOf(payload);
  const trigger = payload.triggeringResource;
  if (trigger === undefined) {
    deps.logger.warn('wait on a resource time without a triggering resource: continuing now', ids);
    return resourceMoment(now, now.getTime(), undefined);
  }
  const resource = await deps.patients.getResource(payload.patientId, trigger.resourceType, trigger.id);
  const time = resource === undefined ? undefined : resourceTime(resource, field);
  if (time === undefined) {
    deps.logger.info('the resource or its time is gone: continuing now', {
      ...ids,
      resourceType: trigger.resourceType,
      resourceId: trigger.id,
      field,
      resourceFound: resource !== undefined,
    });
    return resourceMoment(now, now.getTime(), undefined);
  }
  const answer = resourceMoment(now, time + offsetSeconds * 1000, offsetSeconds < 0 ? time : undefined);
  if (answer.moment === 'gone') deps.logger.info('the resource time has come: skipping the step after the wait', ids);
  return answer;
}

/**
 * The moment of a wait until `atMs`; `beforeMs` is the resource's own time when the wait is before it. An
 * instant exactly now is due, and a resource time exactly now has come.
 */
export function resourceMoment(now: Date, atMs: number, beforeMs: number | undefined): ResourceTimeAnswer {
  const nowMs = now.getTime();
  const moment: ResourceMoment = beforeMs !== undefined && beforeMs <= nowMs ? 'gone' : atMs > nowMs ? 'ahead' : 'due';
  const seconds = moment === 'ahead' ? Math.min(MAX_WAIT_SECONDS, Math.max(1, Math.ceil((atMs - nowMs) / 1000))) : 1;
  return { at: new Date(atMs).toISOString(), seconds, moment, resolvedAt: now.toISOString() };
}

async function patientZone(patientId: string, deps: ResolveWaitTimeDependencies): Promise<string> {
  const patient = await deps.patients.getPatient(patientId);
  if (patient === undefined) return deps.defaultTimeZone;
  // `timeZoneOf` reads only the default zone from the sending settings.
  return timeZoneOf(patient, { defaultTimeZone: deps.defaultTimeZone } as SendingPolicySettings);
}

/**
 * The next instant strictly after `now` whose wall time in the zone is `HH:MM`, by the quiet-hours engine:
 * a window from now's local minute to the target ends at the target's next occurrence. In a spring-forward
 * gap that is the first instant after the gap; on a fall-back day, the first of the two.
 */
export function nextLocalTime(now: Date, zone: string, time: string): Date {
  if (!isValidTimeZone(zone)) throw new RangeError(`"${zone}" is not an IANA time zone`);
  const target = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  // Within 90 minutes past the target the next one is a day away; starting three hours later keeps the window
  // clear of the minutes a DST gap after the target maps to, which would otherwise read as still quiet.
  const sinceTarget = (localMinuteOfDay(now, zone) - target + DAY_MINUTES) % DAY_MINUTES;
  const from = sinceTarget <= 90 ? new Date(now.getTime() + 180 * MINUTE) : now;
  const start = localMinuteOfDay(from, zone);
  const window = { start: clockText(start), end: time };
  const at = nextAllowedInstant(from, zone, window);
  if (at === undefined) throw new Error(`no instant for ${time} in ${zone}`);
  return at;
}

function clockText(minuteOfDay: number): string {
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
}

/** Epoch ms of the resource's time by field; undefined when the resource has no such time. */
export function resourceTime(resource: fhir4.FhirResource, field: TimeField): number | undefined {
  for (const candidate of timeCandidates(resource, field)) {
    if (typeof candidate !== 'string') continue;
    const ms = Date.parse(candidate);
    if (!Number.isNaN(ms)) return ms;
  }
  return undefined;
}

function timeCandidates(resource: fhir4.FhirResource, field: TimeField): unknown[] {
  switch (resource.resourceType) {
    case 'Appointment':
      return field === 'end' ? [resource.end] : [resource.start];
    case 'Encounter':
      return field === 'end' ? [resource.period?.end] : [resource.period?.start];
    case 'Observation':
      if (field === 'end') return [resource.effectivePeriod?.end];
      if (field === 'start') return [resource.effectivePeriod?.start, resource.effectiveDateTime];
      return [resource.effectiveDateTime, resource.effectivePeriod?.start, resource.effectiveInstant, resource.issued];
    case 'Procedure':
      if (field === 'end') return [resource.performedPeriod?.end];
      return [resource.performedDateTime, resource.performedPeriod?.start];
    default: {
      const fields = resource as unknown as Record<string, unknown>;
      const period = fields.period as { start?: unknown; end?: unknown } | undefined;
      if (field === 'end') return [fields.end, period?.end];
      if (field === 'start') return [fields.start, period?.start];
      return [
        fields.date,
        fields.start,
        period?.start,
        fields.effectiveDateTime,
        fields.occurrenceDateTime,
        fields.authoredOn,
      ];
    }
  }
}

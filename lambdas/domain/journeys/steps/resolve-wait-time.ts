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
 * The instant a wait step waits until (the compiler reads `at`; an instant already past goes on at once).
 * A resource time with no resource or no such field answers now: the journey goes on, and its exit criteria
 * (a cancelled appointment) are what stop it.
 */
export async function resolveWaitTime(input: unknown, deps: ResolveWaitTimeDependencies): Promise<{ at: string }> {
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
    return { at: now.toISOString() };
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
    return { at: now.toISOString() };
  }
  return { at: new Date(time + offsetSeconds * 1000).toISOString() };
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

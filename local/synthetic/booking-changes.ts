import type * as fhir4 from 'fhir/r4';
import type { SyntheticPatient } from './population';
import { stableHash } from './random';
import { DAY, HOUR, iso } from './time';

/** About one upcoming booking in four is moved after it was booked. */
const MOVED_SHARE = 4;
/** About one patient in forty has a booking that reaches the platform after the visit began. */
const LATE_SHARE = 40;

/**
 * The changes an EHR sends after its export, as real schedules produce them: upcoming bookings rescheduled
 * (later by 2–9 days, or earlier by 1–3 days but not into the past), and bookings entered after the visit had
 * begun (a back-filled walk-in). Chosen by resource id, so they cost the population no random draw; the demo
 * emits them on the bus after the import, where journeys already wait on the old times.
 */
export function bookingChangesOf(patient: SyntheticPatient, now: number): fhir4.Appointment[] {
  const changes: fhir4.Appointment[] = [];
  for (const resource of patient.resources) {
    if (resource.resourceType !== 'Appointment' || resource.status !== 'booked' || !resource.start) continue;
    const hash = stableHash(resource.id ?? '');
    const start = Date.parse(resource.start);
    if (hash % MOVED_SHARE !== 0 || start < now + DAY) continue;
    const later = (hash >> 4) % 2 === 0;
    const shift = later ? (2 + ((hash >> 5) % 8)) * DAY : -(1 + ((hash >> 5) % 3)) * DAY;
    const moved = Math.max(now + 2 * HOUR, start + shift);
    changes.push(reschedule(resource, moved, now));
  }
  const id = patient.patient.id ?? '';
  if (stableHash(`${id}#late`) % LATE_SHARE === 0) changes.push(lateBooking(id, now));
  return changes;
}

function reschedule(appointment: fhir4.Appointment, start: number, now: number): fhir4.Appointment {
  const minutes = appointment.minutesDuration ?? 20;
  return {
    ...appointment,
    meta: { versionId: String(Number(appointment.meta?.versionId ?? '1') + 1), lastUpdated: iso(now) },
    start: iso(start),
    end: iso(start + minutes * 60_000),
  };
}

/** A walk-in at 9:00 three hours ago, entered now: too late for any reminder. */
function lateBooking(patientId: string, now: number): fhir4.Appointment {
  const start = now - 3 * HOUR;
  return {
    resourceType: 'Appointment',
    id: `${patientId}-walk-in`,
    meta: { versionId: '1', lastUpdated: iso(now) },
    status: 'booked',
    description: 'Walk-in visit, entered after it began',
    start: iso(start),
    end: iso(start + 20 * 60_000),
    minutesDuration: 20,
    created: iso(now),
    participant: [{ actor: { reference: `Patient/${patientId}` }, required: 'required', status: 'accepted' }],
  };
}

import type * as fhir4 from 'fhir/r4';
import { APPOINTMENT_CODES, type Coding, ENCOUNTER_TYPES } from './code-systems';
import type { Engagement } from './engagement';
import { concept, metaAt, nextId, type RecordContext } from './patient-record';
import type { Random } from './random';
import { DAY, iso, MINUTE } from './time';

/** Statuses the generator records: booked ahead, attended, missed, or called off. */
type AppointmentStatus = Extract<fhir4.Appointment['status'], 'booked' | 'fulfilled' | 'noshow' | 'cancelled'>;
type AppointmentKind = 'checkUp' | 'followUp' | 'sameDay' | 'immunization';

const APPOINTMENT_KINDS: Readonly<Record<AppointmentKind, { service: Coding; type: Coding; description: string }>> = {
  checkUp: {
    service: APPOINTMENT_CODES.generalPractice,
    type: APPOINTMENT_CODES.checkUp,
    description: 'Annual check-up',
  },
  followUp: {
    service: APPOINTMENT_CODES.generalPractice,
    type: APPOINTMENT_CODES.followUp,
    description: 'Follow-up visit',
  },
  sameDay: {
    service: APPOINTMENT_CODES.generalPractice,
    type: APPOINTMENT_CODES.routine,
    description: 'Same-day visit',
  },
  immunization: {
    service: APPOINTMENT_CODES.immunization,
    type: APPOINTMENT_CODES.routine,
    description: 'Vaccination visit',
  },
};

const APPOINTMENT_KIND_BY_ENCOUNTER_TYPE = new Map<Coding, AppointmentKind>([
  [ENCOUNTER_TYPES.checkUp, 'checkUp'],
  [ENCOUNTER_TYPES.wellChild, 'checkUp'],
  [ENCOUNTER_TYPES.followUp, 'followUp'],
]);

export function appointmentKindFor(encounterType: Coding): AppointmentKind {
  return APPOINTMENT_KIND_BY_ENCOUNTER_TYPE.get(encounterType) ?? 'sameDay';
}

/** Records an Appointment and returns a reference to it, for the Encounter that fulfilled it. */
export function addAppointment(
  ctx: RecordContext,
  status: AppointmentStatus,
  start: number,
  minutes: number,
  kind: AppointmentKind,
  created: number,
): fhir4.Reference {
  const { service, type, description } = APPOINTMENT_KINDS[kind];
  const id = nextId(ctx, 'appt');
  const createdAt = Math.min(ctx.now, created);
  const lastChange =
    status === 'booked'
      ? createdAt
      : status === 'cancelled'
        ? Math.min(start, ctx.now) - DAY
        : start + minutes * MINUTE;
  ctx.resources.push({
    resourceType: 'Appointment',
    id,
    meta: metaAt(ctx, Math.max(createdAt, lastChange)),
    status,
    ...(status === 'cancelled' ? { cancelationReason: concept(APPOINTMENT_CODES.cancelledByPatient) } : {}),
    serviceType: [concept(service)],
    specialty: [concept(APPOINTMENT_CODES.specialtyGeneralPractice)],
    appointmentType: concept(type),
    description,
    start: iso(start),
    end: iso(start + minutes * MINUTE),
    minutesDuration: minutes,
    created: iso(createdAt),
    participant: [{ actor: { ...ctx.subject }, required: 'required', status: 'accepted' }],
  });
  return { reference: `Appointment/${id}` };
}

/** Upcoming bookings (some within the week), recent no-shows and cancellations. */
export function addAppointments(rng: Random, ctx: RecordContext, engagement: Engagement): void {
  const today = ctx.clock.localDay(ctx.now);
  const regular = engagement.kind === 'regular';
  const kind = () =>
    rng.weighted<AppointmentKind>([
      ['checkUp', 45],
      ['followUp', 45],
      ['immunization', 10],
    ]);
  const book = (start: number) => {
    if (start > ctx.now)
      addAppointment(ctx, 'booked', start, rng.pick([15, 20, 30]), kind(), ctx.now - rng.float(1, 60) * DAY);
  };
  if (rng.chance(regular ? 0.07 : 0.02)) book(ctx.clock.slot(rng, today + rng.int(1, 6), -1));
  if (rng.chance(regular ? 0.15 : 0.05)) book(ctx.clock.slot(rng, today + rng.int(8, 90), 1));
  if (rng.chance(0.035)) {
    const start = ctx.clock.slot(rng, today - rng.int(1, 30), -1);
    addAppointment(ctx, 'noshow', start, 20, kind(), start - rng.float(5, 40) * DAY);
  }
  if (rng.chance(0.02)) {
    const start = ctx.clock.slot(rng, today + (rng.chance(0.5) ? rng.int(1, 45) : -rng.int(1, 60)), -1);
    addAppointment(ctx, 'cancelled', start, 20, kind(), Math.min(start, ctx.now) - rng.float(7, 40) * DAY);
  }
}

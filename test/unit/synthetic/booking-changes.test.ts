import type * as fhir4 from 'fhir/r4';
import { bookingChangesOf } from '../../../local/synthetic/booking-changes';
import { generatePopulation } from '../../../local/synthetic/population';

const NOW = new Date('2026-12-07T15:00:00Z');

const population = [...generatePopulation({ count: 3000, seed: 7, now: NOW })];
const changes = population.flatMap((patient) => bookingChangesOf(patient, NOW.getTime()));
const originals = new Map(
  population.flatMap((p) => p.resources).flatMap((r) => (r.resourceType === 'Appointment' ? [[r.id, r] as const] : [])),
);

describe('booking changes after the export', () => {
  it('moves some upcoming bookings, later and earlier, never into the past, as a newer version', () => {
    const moved = changes.filter((c) => originals.has(c.id));
    const shifts = moved.map((c) => Date.parse(c.start ?? '') - Date.parse(originals.get(c.id)?.start ?? ''));

    expect(moved.length).toBeGreaterThan(10);
    expect(shifts.some((ms) => ms > 0)).toBe(true);
    expect(shifts.some((ms) => ms < 0)).toBe(true);
    for (const change of moved) {
      const original = originals.get(change.id) as fhir4.Appointment;
      expect(Date.parse(change.start ?? '')).toBeGreaterThan(NOW.getTime());
      expect(Number(change.meta?.versionId)).toBe(Number(original.meta?.versionId) + 1);
      expect(Date.parse(change.meta?.lastUpdated ?? '')).toBe(NOW.getTime());
      expect(Date.parse(change.end ?? '') - Date.parse(change.start ?? '')).toBe(
        (original.minutesDuration ?? 0) * 60_000,
      );
    }
  });

  it('enters some walk-ins after they began: booked, three hours ago', () => {
    const late = changes.filter((c) => !originals.has(c.id));

    expect(late.length).toBeGreaterThan(10);
    for (const booking of late) {
      expect(booking.status).toBe('booked');
      expect(Date.parse(booking.start ?? '')).toBe(NOW.getTime() - 3 * 3_600_000);
    }
  });

  it('is the same for the same population', () => {
    expect(population.flatMap((patient) => bookingChangesOf(patient, NOW.getTime()))).toEqual(changes);
  });
});

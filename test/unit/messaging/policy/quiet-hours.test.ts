import { DEFAULT_SENDING_POLICY } from '../../../../lambdas/domain/messaging/policy/defaults';
import {
  inQuietHours,
  localMinuteOfDay,
  nextAllowedInstant,
  timeZoneOf,
} from '../../../../lambdas/domain/messaging/policy/quiet-hours';
import type { QuietHours } from '../../../../lambdas/domain/messaging/policy-types';
import { patientWith } from './policy-fixtures';

const EVENING: QuietHours = { start: '20:00', end: '08:00' };
const LUNCH: QuietHours = { start: '12:00', end: '13:00' };

function next(now: string, zone: string, window: QuietHours = EVENING): string | undefined {
  return nextAllowedInstant(new Date(now), zone, window)?.toISOString();
}

describe('quiet hours 20:00–08:00 (crossing midnight)', () => {
  it.each([
    ['America/New_York, summer', '2024-06-12T23:59:00Z', '2024-06-13T00:00:00Z', '2024-06-13T12:00:00.000Z'],
    ['Europe/London, summer', '2024-06-12T18:59:00Z', '2024-06-12T19:00:00Z', '2024-06-13T07:00:00.000Z'],
    ['Asia/Kolkata (+05:30)', '2024-06-12T14:29:00Z', '2024-06-12T14:30:00Z', '2024-06-13T02:30:00.000Z'],
    ['America/St_Johns, summer (−02:30)', '2024-06-12T22:29:00Z', '2024-06-12T22:30:00Z', '2024-06-13T10:30:00.000Z'],
  ])('%s: 19:59 is allowed, 20:00 is quiet until 08:00', (_, before, at, until) => {
    const zone = _.split(/[ ,]/)[0] as string;
    expect(next(before, zone)).toBeUndefined();
    expect(next(at, zone)).toBe(until);
  });

  it.each([
    ['America/New_York', '2024-06-13T11:59:00Z', '2024-06-13T12:00:00Z'],
    ['Europe/London', '2024-06-13T06:59:00Z', '2024-06-13T07:00:00Z'],
    ['Asia/Kolkata', '2024-06-13T02:29:00Z', '2024-06-13T02:30:00Z'],
  ])('%s: 07:59 is quiet until the next minute, 08:00 is allowed', (zone, lastQuiet, firstAllowed) => {
    expect(next(lastQuiet, zone)).toBe(new Date(firstAllowed).toISOString());
    expect(next(firstAllowed, zone)).toBeUndefined();
  });

  it('counts seconds: 07:59:59 is still quiet', () => {
    expect(next('2024-06-13T11:59:59Z', 'America/New_York')).toBe('2024-06-13T12:00:00.000Z');
  });

  it('after midnight, waits for 08:00 the same local day', () => {
    expect(next('2024-06-13T05:00:00Z', 'America/New_York')).toBe('2024-06-13T12:00:00.000Z');
  });
});

describe('quiet hours on DST change days', () => {
  it('New York spring forward: 20:00 EST waits for 08:00 EDT, 11 hours later', () => {
    expect(next('2024-03-10T01:00:00Z', 'America/New_York')).toBe('2024-03-10T12:00:00.000Z');
  });

  it('New York fall back: 20:00 EDT waits for 08:00 EST, 13 hours later', () => {
    expect(next('2024-11-03T00:00:00Z', 'America/New_York')).toBe('2024-11-03T13:00:00.000Z');
  });

  it('New York: 07:59 and 08:00 local on the spring-forward morning', () => {
    expect(next('2024-03-10T11:59:00Z', 'America/New_York')).toBe('2024-03-10T12:00:00.000Z');
    expect(next('2024-03-10T12:00:00Z', 'America/New_York')).toBeUndefined();
  });

  it('London spring forward: 20:00 GMT waits for 08:00 BST', () => {
    expect(next('2024-03-30T20:00:00Z', 'Europe/London')).toBe('2024-03-31T07:00:00.000Z');
  });

  it('London fall back: 20:00 BST waits for 08:00 GMT', () => {
    expect(next('2024-10-26T19:00:00Z', 'Europe/London')).toBe('2024-10-27T08:00:00.000Z');
    expect(next('2024-10-26T18:59:00Z', 'Europe/London')).toBeUndefined();
  });

  it('a window ending inside the spring-forward gap ends when the gap does', () => {
    // 02:30 does not exist in New York on 10 March 2024: the clock goes from 01:59:59 EST to 03:00 EDT.
    expect(next('2024-03-10T04:00:00Z', 'America/New_York', { start: '22:00', end: '02:30' })).toBe(
      '2024-03-10T07:00:00.000Z',
    );
  });

  it('a window ending in the repeated hour ends at its first occurrence still ahead', () => {
    const window = { start: '00:30', end: '01:30' };
    // 00:45 EDT → 01:30 EDT (05:30Z); 01:10 EST (the second 01:10) → 01:30 EST (06:30Z).
    expect(next('2024-11-03T04:45:00Z', 'America/New_York', window)).toBe('2024-11-03T05:30:00.000Z');
    expect(next('2024-11-03T06:10:00Z', 'America/New_York', window)).toBe('2024-11-03T06:30:00.000Z');
  });
});

describe('a same-day window 12:00–13:00', () => {
  it.each([
    ['11:59 is allowed', '2024-06-12T15:59:00Z', undefined],
    ['12:00 is quiet until 13:00', '2024-06-12T16:00:00Z', '2024-06-12T17:00:00.000Z'],
    ['12:59 is quiet until 13:00', '2024-06-12T16:59:00Z', '2024-06-12T17:00:00.000Z'],
    ['13:00 is allowed', '2024-06-12T17:00:00Z', undefined],
    ['23:00 is allowed', '2024-06-13T03:00:00Z', undefined],
  ])('%s', (_, now, until) => {
    expect(next(now, 'America/New_York', LUNCH)).toBe(until);
  });
});

describe('windows', () => {
  it('no window, or an empty one, never blocks', () => {
    expect(nextAllowedInstant(new Date('2024-06-13T03:00:00Z'), 'America/New_York', undefined)).toBeUndefined();
    expect(next('2024-06-13T03:00:00Z', 'America/New_York', { start: '20:00', end: '20:00' })).toBeUndefined();
  });

  it('inQuietHours: start inclusive, end exclusive, both shapes', () => {
    expect([1199, 1200, 0, 479, 480].map((m) => inQuietHours(m, EVENING))).toEqual([false, true, true, true, false]);
    expect([719, 720, 779, 780].map((m) => inQuietHours(m, LUNCH))).toEqual([false, true, true, false]);
  });

  it('localMinuteOfDay reads the wall clock of the zone', () => {
    expect(localMinuteOfDay(new Date('2024-06-12T14:30:00Z'), 'Asia/Kolkata')).toBe(20 * 60);
    expect(localMinuteOfDay(new Date('2024-01-12T00:15:00Z'), 'America/St_Johns')).toBe(20 * 60 + 45);
  });
});

describe('the patient zone', () => {
  it('is the timezone extension when Intl knows it', () => {
    expect(timeZoneOf(patientWith({}, 'Asia/Kolkata'), DEFAULT_SENDING_POLICY)).toBe('Asia/Kolkata');
  });

  it.each([['Mars/Olympus_Mons'], ['']])('falls back to the default for %j', (zone) => {
    const patient = patientWith({
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/timezone', valueCode: zone }],
    });
    expect(timeZoneOf(patient, DEFAULT_SENDING_POLICY)).toBe('America/New_York');
  });

  it('falls back to the default when there is none', () => {
    const nothingToGoBy = patientWith({ address: [], telecom: [{ system: 'email', value: 'pat@example.org' }] });
    expect(timeZoneOf(nothingToGoBy, { ...DEFAULT_SENDING_POLICY, defaultTimeZone: 'Europe/London' })).toBe(
      'Europe/London',
    );
  });
});

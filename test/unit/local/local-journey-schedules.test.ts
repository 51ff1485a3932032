import { LocalJourneySchedules, nextFiring } from '../../../local/stepfunctions/local-journey-schedules';

const PUT = new Date('2026-11-25T15:00:00Z'); // a Wednesday, 10:00 in New York

describe('nextFiring (EventBridge Scheduler expressions on the virtual clock)', () => {
  it('rate: every period from when the schedule was put', () => {
    const spec = { expression: 'rate(7 days)', timeZone: 'UTC', segmentId: 's' };
    expect(nextFiring(spec, PUT, PUT)?.toISOString()).toBe('2026-12-02T15:00:00.000Z');
    expect(nextFiring(spec, new Date('2026-12-02T15:00:00Z'), PUT)?.toISOString()).toBe('2026-12-09T15:00:00.000Z');
    expect(nextFiring({ ...spec, expression: 'rate(1 hour)' }, PUT, PUT)?.toISOString()).toBe(
      '2026-11-25T16:00:00.000Z',
    );
  });

  it('cron: in the schedule zone, with AWS day-of-week numbers (1 = Sunday) and ? ', () => {
    const mondays = { expression: 'cron(0 9 ? * MON *)', timeZone: 'America/New_York', segmentId: 's' };
    expect(nextFiring(mondays, PUT, PUT)?.toISOString()).toBe('2026-11-30T14:00:00.000Z');
    // 2 = Monday in AWS numbering.
    expect(nextFiring({ ...mondays, expression: 'cron(0 9 ? * 2 *)' }, PUT, PUT)?.toISOString()).toBe(
      '2026-11-30T14:00:00.000Z',
    );
    expect(() => nextFiring({ ...mondays, expression: 'cron(0 9 ? * MON 2027)' }, PUT, PUT)).toThrow(/year/);
  });

  it('at: once, in the zone; nothing after it', () => {
    const once = { expression: 'at(2026-12-01T09:00:00)', timeZone: 'America/New_York', segmentId: 's' };
    expect(nextFiring(once, PUT, PUT)?.toISOString()).toBe('2026-12-01T14:00:00.000Z');
    expect(nextFiring(once, new Date('2026-12-01T14:00:00Z'), PUT)).toBeUndefined();
  });
});

describe('LocalJourneySchedules', () => {
  it('starts the bulk enrolment once per firing while enabled, and not when disabled or removed', async () => {
    let now = PUT;
    const started: [string, unknown][] = [];
    const schedules = new LocalJourneySchedules(
      () => now,
      (name, input) => started.push([name, input]),
      async () => {},
    );
    await schedules.put('flu', { expression: 'rate(1 day)', timeZone: 'UTC', segmentId: 'seniors' }, true);
    expect(schedules.next()).toBe(Date.parse('2026-11-26T15:00:00Z'));

    now = new Date('2026-11-26T15:00:00Z');
    await schedules.fire(now);
    expect(started).toEqual([['flu-202611261500', { journeyId: 'flu', segmentId: 'seniors' }]]);
    expect(schedules.next()).toBe(Date.parse('2026-11-27T15:00:00Z'));

    await schedules.put('flu', { expression: 'rate(1 day)', timeZone: 'UTC', segmentId: 'seniors' }, false);
    expect(schedules.next()).toBeUndefined();
    await schedules.remove('flu');
    expect(schedules.list()).toEqual([]);
  });
});

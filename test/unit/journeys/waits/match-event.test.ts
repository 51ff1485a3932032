import type { JourneyEvent } from '../../../../lambdas/domain/journeys/definition-schema';
import { kindKeyOf, matchesEvent } from '../../../../lambdas/domain/journeys/waits/match-event';
import type { ChangeConditions, LoggedEvent } from '../../../../lambdas/domain/journeys/waits/ports';

const context = {
  patientId: 'p-1',
  journeyId: 'appointment-reminders',
  triggeringResource: { resourceType: 'Appointment', id: 'appt-1' },
};
const noConditions: ChangeConditions = {
  matches: async () => {
    throw new Error('no condition expected');
  },
};
const at = '2026-11-20T10:00:00.000Z';
const change = (overrides: Partial<LoggedEvent> = {}): LoggedEvent => ({
  id: 'change-1',
  at,
  kind: 'fhirChange',
  key: 'Appointment',
  resourceType: 'Appointment',
  resourceId: 'appt-1',
  action: 'update',
  revision: 7,
  ...overrides,
});
const matches = (expected: JourneyEvent, logged: LoggedEvent, conditions = noConditions) =>
  matchesEvent(expected, logged, context, conditions);

describe('kindKeyOf', () => {
  it('keys a journey event by its kind and what it names', () => {
    expect(kindKeyOf({ reply: 'appointment-confirmed' })).toBe('reply#appointment-confirmed');
    expect(kindKeyOf({ segmentExited: 'diabetics' })).toBe('segmentExited#diabetics');
    expect(kindKeyOf({ fhirChange: { resourceType: 'Encounter', sameResource: true } })).toBe('fhirChange#Encounter');
  });
});

describe('matchesEvent', () => {
  it('matches a segment entry of the same segment only, and not its exit', async () => {
    const entered: LoggedEvent = { id: 'e', at, kind: 'segmentEntered', key: 'diabetics' };

    expect(await matches({ segmentEntered: 'diabetics' }, entered)).toBe(true);
    expect(await matches({ segmentEntered: 'smokers' }, entered)).toBe(false);
    expect(await matches({ segmentExited: 'diabetics' }, entered)).toBe(false);
  });

  it('matches a reply by its event name', async () => {
    const reply: LoggedEvent = { id: 'r', at, kind: 'reply', key: 'appointment-confirmed', messageId: 'm-1' };

    expect(await matches({ reply: 'appointment-confirmed' }, reply)).toBe(true);
    expect(await matches({ reply: 'appointment-cancelled' }, reply)).toBe(false);
  });

  it('matches an engagement of the same kind with a message of this journey only', async () => {
    const clicked: LoggedEvent = {
      id: 'c',
      at,
      kind: 'engagement',
      key: 'clicked',
      journeyId: 'appointment-reminders',
    };

    expect(await matches({ engagement: 'clicked' }, clicked)).toBe(true);
    expect(await matches({ engagement: 'opened' }, clicked)).toBe(false);
    expect(await matches({ engagement: 'clicked' }, { ...clicked, journeyId: 'welcome' })).toBe(false);
  });

  it('matches a FHIR change by resource type and, when listed, action', async () => {
    expect(await matches({ fhirChange: { resourceType: 'Appointment' } }, change())).toBe(true);
    expect(await matches({ fhirChange: { resourceType: 'Encounter' } }, change())).toBe(false);
    expect(await matches({ fhirChange: { resourceType: 'Appointment', actions: ['update'] } }, change())).toBe(true);
    expect(await matches({ fhirChange: { resourceType: 'Appointment', actions: ['delete'] } }, change())).toBe(false);
  });

  it('with sameResource, matches only a change of the resource that started the journey', async () => {
    const expected: JourneyEvent = { fhirChange: { resourceType: 'Appointment', sameResource: true } };

    expect(await matches(expected, change())).toBe(true);
    expect(await matches(expected, change({ resourceId: 'appt-2' }))).toBe(false);
    expect(await matchesEvent(expected, change(), { patientId: 'p-1', journeyId: 'j' }, noConditions)).toBe(false);
  });

  it('asks the change conditions with the ids of the change, and follows their answer', async () => {
    const asked: unknown[][] = [];
    const conditions = (answer: boolean): ChangeConditions => ({
      matches: async (...args) => {
        asked.push(args);
        return answer;
      },
    });
    const expected: JourneyEvent = {
      fhirChange: { resourceType: 'Appointment', condition: "%current.status = 'cancelled'" },
    };

    expect(await matches(expected, change(), conditions(true))).toBe(true);
    expect(await matches(expected, change(), conditions(false))).toBe(false);
    expect(asked[0]).toEqual(["%current.status = 'cancelled'", 'p-1', 'Appointment', 'appt-1', 7]);
  });
});

describe('replies and the run that sent the message', () => {
  const reply = (overrides: Partial<LoggedEvent> = {}): LoggedEvent => ({
    id: 'reply-1',
    at,
    kind: 'reply',
    key: 'appointment-confirmed',
    ...overrides,
  });
  const expected: JourneyEvent = { reply: 'appointment-confirmed' };
  const run = { ...context, executionId: 'run-appt-1' };

  it('answers the run whose message it replies to', async () => {
    const own = reply({ journeyId: 'appointment-reminders', executionId: 'run-appt-1' });
    expect(await matchesEvent(expected, own, run, noConditions)).toBe(true);
  });

  it('is not the answer of another run of the same journey (the other appointment)', async () => {
    const other = reply({ journeyId: 'appointment-reminders', executionId: 'run-appt-2' });
    expect(await matchesEvent(expected, other, run, noConditions)).toBe(false);
  });

  it('answers every run when the message is not a journey’s or is unknown (a staff message, a link)', async () => {
    expect(await matchesEvent(expected, reply(), run, noConditions)).toBe(true);
    const otherJourney = reply({ journeyId: 'missed-appointment-outreach', executionId: 'run-x' });
    expect(await matchesEvent(expected, otherJourney, run, noConditions)).toBe(true);
  });
});

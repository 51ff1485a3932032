import type { JourneyDefinition } from '../../../../lambdas/domain/journeys/definition-schema';
import {
  decideEnrolment,
  type EnrollableJourney,
  RESTART_WINDOW_MS,
} from '../../../../lambdas/domain/journeys/enrolment/decide-enrolment';
import { executionNameOf } from '../../../../lambdas/domain/journeys/enrolment/execution-name';
import type { EnrolmentRequest, JourneyEntryRecord } from '../../../../lambdas/domain/journeys/enrolment/ports';
import type { JourneyRecord, JourneyStatus } from '../../../../lambdas/domain/journeys/ports';

const ALIAS = 'arn:aws:states:eu-west-1:123456789012:stateMachine:journey-welcome:live';
const ENTERED_AT = '2026-03-01T00:00:00.000Z';
const SEVEN_DAYS_MS = 7 * 24 * 60 * 60 * 1000;

function journey(
  reEntry: JourneyDefinition['reEntry'],
  options: { status?: JourneyStatus; version?: number; entry?: JourneyDefinition['entry'] } = {},
): EnrollableJourney {
  const record: JourneyRecord = {
    journeyId: 'welcome',
    name: 'Welcome',
    status: options.status ?? 'active',
    latestVersion: options.version ?? 1,
    publishedVersion: options.version ?? 1,
    aliasArn: ALIAS,
    updatedAt: ENTERED_AT,
    revision: 3,
  };
  return { record, definition: { entry: options.entry ?? { segmentEntered: 'new-patients' }, reEntry } };
}

const request: EnrolmentRequest = { journeyId: 'welcome', patientId: 'p1', cause: 'segment-entry' };

function previousEntry(overrides: Partial<JourneyEntryRecord> = {}): JourneyEntryRecord {
  return {
    patientId: 'p1',
    journeyId: 'welcome',
    key: 'patient',
    lastEnteredAt: ENTERED_AT,
    executionName: executionNameOf({ journeyId: 'welcome', journeyVersion: 1, patientId: 'p1' }),
    journeyVersion: 1,
    entries: 1,
    revision: 1,
    ...overrides,
  };
}

const sinceEntry = (ms: number) => new Date(Date.parse(ENTERED_AT) + ms);

describe('decideEnrolment', () => {
  it.each<JourneyStatus>(['draft', 'paused', 'archived'])('refuses while the journey is %s', (status) => {
    const decision = decideEnrolment(journey({ policy: 'always' }, { status }), request, undefined, sinceEntry(0));

    expect(decision).toMatchObject({ decision: 'refuse', reason: 'not-active' });
  });

  it('refuses an active journey without a published version', () => {
    const unpublished = journey({ policy: 'always' });
    const decision = decideEnrolment({ record: unpublished.record }, request, undefined, sinceEntry(0));

    expect(decision).toMatchObject({ decision: 'refuse', reason: 'not-published' });
  });

  it('refuses a FHIR-triggered journey without the triggering resource its steps read', () => {
    const triggered = journey({ policy: 'always' }, { entry: { fhirTrigger: { resourceType: 'Appointment' } } });

    expect(decideEnrolment(triggered, request, undefined, sinceEntry(0))).toMatchObject({
      decision: 'refuse',
      reason: 'missing-triggering-resource',
    });
  });

  it('enters a first-time patient under the name of the journey, version and patient, as run 1', () => {
    const decision = decideEnrolment(journey({ policy: 'once' }, { version: 2 }), request, undefined, sinceEntry(0));

    const name = executionNameOf({ journeyId: 'welcome', journeyVersion: 2, patientId: 'p1' });
    expect(decision).toEqual({
      decision: 'enter',
      aliasArn: ALIAS,
      executionName: name,
      journeyVersion: 2,
      entry: {
        patientId: 'p1',
        journeyId: 'welcome',
        key: 'patient',
        lastEnteredAt: ENTERED_AT,
        executionName: name,
        journeyVersion: 2,
        entries: 1,
        revision: 1,
      },
    });
  });

  describe('once', () => {
    it('refuses a second run after the restart window', () => {
      const decision = decideEnrolment(
        journey({ policy: 'once' }),
        request,
        previousEntry(),
        sinceEntry(RESTART_WINDOW_MS),
      );

      expect(decision).toMatchObject({ decision: 'refuse', reason: 'entered-once' });
    });

    it('refuses a second run on a new version, whose name would differ', () => {
      const decision = decideEnrolment(
        journey({ policy: 'once' }, { version: 2 }),
        request,
        previousEntry(),
        sinceEntry(1),
      );

      expect(decision).toMatchObject({ decision: 'refuse', reason: 'entered-once' });
    });

    it('starts the recorded run again within the restart window (a no-op, or the recovery from a crash)', () => {
      const previous = previousEntry();
      const decision = decideEnrolment(
        journey({ policy: 'once' }),
        request,
        previous,
        sinceEntry(RESTART_WINDOW_MS - 1),
      );

      expect(decision).toEqual({
        decision: 'restart',
        aliasArn: ALIAS,
        executionName: previous.executionName,
        journeyVersion: 1,
      });
    });
  });

  describe('after-cool-down', () => {
    const coolingDown = journey({ policy: 'after-cool-down', coolDown: 'P7D' });

    it('refuses one millisecond before the cool-down ends', () => {
      const decision = decideEnrolment(coolingDown, request, previousEntry(), sinceEntry(SEVEN_DAYS_MS - 1));

      expect(decision).toMatchObject({ decision: 'refuse', reason: 'cooling-down' });
    });

    it('enters a second run as the cool-down ends, under a name of its own', () => {
      const decision = decideEnrolment(coolingDown, request, previousEntry(), sinceEntry(SEVEN_DAYS_MS));

      expect(decision).toMatchObject({ decision: 'enter', entry: { entries: 2, revision: 2 } });
      expect(decision.decision === 'enter' && decision.executionName).not.toBe(previousEntry().executionName);
    });
  });

  describe('always', () => {
    it('enters again right after the last run', () => {
      const decision = decideEnrolment(journey({ policy: 'always' }), request, previousEntry(), sinceEntry(1));

      expect(decision).toMatchObject({
        decision: 'enter',
        entry: { entries: 2, lastEnteredAt: sinceEntry(1).toISOString() },
      });
    });

    it('treats a repeat of the recorded occurrence as the same run', () => {
      const previous = previousEntry({ lastOccurrence: 'segment:new-patients@1' });
      const repeat = { ...request, occurrence: 'segment:new-patients@1' };

      expect(decideEnrolment(journey({ policy: 'always' }), repeat, previous, sinceEntry(1))).toMatchObject({
        decision: 'restart',
        executionName: previous.executionName,
      });
      expect(
        decideEnrolment(journey({ policy: 'always' }), repeat, previous, sinceEntry(RESTART_WINDOW_MS)),
      ).toMatchObject({
        decision: 'refuse',
        reason: 'duplicate',
      });
    });
  });

  describe('keyed entries', () => {
    const keyed = journey(
      { policy: 'always' },
      { entry: { fhirTrigger: { resourceType: 'Appointment', keyedBy: 'resource' } } },
    );
    const appointment = (id: string): EnrolmentRequest => ({
      ...request,
      cause: 'fhir-trigger',
      entryKey: `Appointment/${id}`,
      triggeringResource: { resourceType: 'Appointment', id },
    });

    it('gives each appointment a run of its own', () => {
      const first = decideEnrolment(keyed, appointment('a1'), undefined, sinceEntry(0));
      const second = decideEnrolment(keyed, appointment('a2'), undefined, sinceEntry(0));

      expect(first).toMatchObject({ decision: 'enter', entry: { key: 'Appointment/a1' } });
      expect(second).toMatchObject({ decision: 'enter', entry: { key: 'Appointment/a2' } });
      expect(first.decision === 'enter' && first.executionName).not.toBe(
        second.decision === 'enter' && second.executionName,
      );
    });

    it('gives an appointment one run even when the policy is always', () => {
      const first = decideEnrolment(keyed, appointment('a1'), undefined, sinceEntry(0));
      if (first.decision !== 'enter') throw new Error('expected an entry');

      expect(decideEnrolment(keyed, appointment('a1'), first.entry, sinceEntry(1))).toMatchObject({
        decision: 'restart',
        executionName: first.executionName,
      });
      expect(decideEnrolment(keyed, appointment('a1'), first.entry, sinceEntry(RESTART_WINDOW_MS))).toMatchObject({
        decision: 'refuse',
        reason: 'key-entered',
      });
    });
  });
});

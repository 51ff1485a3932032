import { DetailType } from '../../../lambdas/domain/events/event-names';
import {
  MalformedJourneyEventError,
  parseJourneyTriggerEvent,
  patientEventsOf,
  withJourneyRun,
} from '../../../lambdas/domain/journeys/journey-events';

const AT = '2026-11-25T15:00:00.000Z';

describe('parseJourneyTriggerEvent', () => {
  it('refuses detail-types journeys do not consume, and details that break their contract', () => {
    expect(() => parseJourneyTriggerEvent('Bulk Import Completed', {})).toThrow(MalformedJourneyEventError);
    expect(() => parseJourneyTriggerEvent(DetailType.PatientReplied, { patientId: 'p-1' })).toThrow(
      /does not match the Patient Replied contract/,
    );
  });
});

describe('patientEventsOf', () => {
  it('one FHIR change event per change, with its revision; the same change gives the same id', () => {
    const detail = {
      patientId: 'p-1',
      changedTypes: ['Appointment'],
      changes: [{ resourceType: 'Appointment', resourceId: 'a-1', action: 'update', revision: 3 }],
      occurredAt: AT,
    };
    const first = patientEventsOf(parseJourneyTriggerEvent(DetailType.PatientFactsChanged, detail));
    const again = patientEventsOf(parseJourneyTriggerEvent(DetailType.PatientFactsChanged, structuredClone(detail)));
    expect(first).toEqual([
      expect.objectContaining({
        patientId: 'p-1',
        kind: 'fhirChange',
        key: 'Appointment',
        resourceId: 'a-1',
        action: 'update',
        revision: 3,
        at: AT,
      }),
    ]);
    expect(again[0]?.id).toBe(first[0]?.id);
  });

  it('segment entries and exits, replies with their message, engagement only for opens and clicks of a journey', () => {
    const segments = patientEventsOf(
      parseJourneyTriggerEvent(DetailType.SegmentMembershipChanged, {
        patientId: 'p-1',
        entered: ['a'],
        exited: ['b'],
        occurredAt: AT,
      }),
    );
    expect(segments.map((e) => [e.kind, e.key])).toEqual([
      ['segmentEntered', 'a'],
      ['segmentExited', 'b'],
    ]);
    const reply = patientEventsOf(
      parseJourneyTriggerEvent(DetailType.PatientReplied, {
        replyId: 'in-1',
        patientId: 'p-1',
        messageId: `msg-${'a'.repeat(32)}`,
        keyword: 'C',
        event: 'appointment-confirmed',
        occurredAt: AT,
      }),
    );
    expect(reply).toEqual([
      expect.objectContaining({ kind: 'reply', key: 'appointment-confirmed', messageId: `msg-${'a'.repeat(32)}` }),
    ]);
    const engagement = (kind: string, journeyId?: string) =>
      patientEventsOf(
        parseJourneyTriggerEvent(DetailType.PatientEngagementRecorded, {
          patientId: 'p-1',
          kind,
          occurredAt: AT,
          ...(journeyId ? { journeyId } : {}),
        }),
      );
    expect(engagement('opened', 'j-1')).toEqual([
      expect.objectContaining({ kind: 'engagement', key: 'opened', journeyId: 'j-1' }),
    ]);
    expect(engagement('received', 'j-1')).toEqual([]);
    expect(engagement('clicked')).toEqual([]);
  });
});

describe('withJourneyRun', () => {
  const reply = {
    id: 'r',
    patientId: 'p-1',
    at: AT,
    kind: 'reply' as const,
    key: 'appointment-confirmed',
    messageId: 'msg-1',
  };

  it('names the run whose message a reply answers, when a journey sent it', async () => {
    const causes = { journeyRunOf: async () => ({ journeyId: 'appointment-reminders', executionId: 'run-1' }) };
    expect(await withJourneyRun(reply, causes)).toEqual({
      ...reply,
      journeyId: 'appointment-reminders',
      executionId: 'run-1',
    });
  });

  it('leaves other replies and other events as they are', async () => {
    const none = { journeyRunOf: async () => undefined };
    expect(await withJourneyRun(reply, none)).toEqual(reply);
    const asked: string[] = [];
    const spy = {
      journeyRunOf: async (id: string) => {
        asked.push(id);
        return undefined;
      },
    };
    await withJourneyRun({ ...reply, kind: 'segmentEntered', key: 's' }, spy);
    expect(asked).toEqual([]);
  });
});

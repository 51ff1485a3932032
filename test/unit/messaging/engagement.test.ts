import { engagementOf, receivedEngagement } from '../../../lambdas/domain/messaging/engagement';
import type { EngagementFact } from '../../../lambdas/domain/segments/snapshot';
import { messageRecord } from './feedback/fakes';

/** One way to turn a message's engagement into a stored, announced fact, for feedback and the send path. */
const AT = '2026-11-25T09:00:02.000Z';
const JOURNEY = {
  kind: 'journey' as const,
  journeyId: 'appointment-reminder',
  journeyVersion: 3,
  executionId: 'exec-1',
  stepId: 'email-72h',
};

it.each([
  ['a journey send names its journey', messageRecord({ cause: JOURNEY }), { journeyId: 'appointment-reminder' }],
  ['a campaign send names its campaign', messageRecord(), { campaignId: 'flu-2026' }],
  ['a staff send names neither', messageRecord({ cause: { kind: 'staff', requestId: 'req-1' } }), {}],
])('%s, in ids only, one fact per message and kind', (_, record, cause) => {
  expect(engagementOf(record, 'opened', AT)).toEqual({
    patientId: 'p1',
    id: 'msg-1-opened',
    fact: { kind: 'opened', at: AT, templateId: 'flu-invite', ...cause },
  });
});

it('the send path stores a received fact, then announces it with its time as occurredAt', async () => {
  const order: string[] = [];
  const stored: { patientId: string; id: string; fact: EngagementFact }[] = [];
  const announced: unknown[] = [];
  const engagement = receivedEngagement({
    engagement: {
      record: async (patientId, id, fact) => {
        order.push('stored');
        stored.push({ patientId, id, fact });
      },
    },
    publisher: {
      publishEngagementRecorded: async (details) => {
        order.push('announced');
        announced.push(...details);
      },
    },
  });

  await engagement.recordReceived(messageRecord({ cause: JOURNEY, channel: 'letter' }), AT);

  expect(order).toEqual(['stored', 'announced']);
  expect(stored).toEqual([
    {
      patientId: 'p1',
      id: 'msg-1-received',
      fact: { kind: 'received', at: AT, templateId: 'flu-invite', journeyId: 'appointment-reminder' },
    },
  ]);
  expect(announced).toEqual([
    { patientId: 'p1', occurredAt: AT, kind: 'received', templateId: 'flu-invite', journeyId: 'appointment-reminder' },
  ]);
});

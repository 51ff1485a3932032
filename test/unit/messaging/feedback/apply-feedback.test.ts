import { applyFeedback } from '../../../../lambdas/domain/messaging/feedback/apply-feedback';
import type { ParsedFeedback } from '../../../../lambdas/domain/messaging/feedback/feedback-result';
import { InMemoryPreferenceStore } from '../../../support/in-memory-preferences';
import { InMemoryAddressBook } from '../../../support/messaging-fakes';
import { messageLogOf, messageRecord, RecordingLogger } from './fakes';

const ADDRESS_KEY = 'email:00112233445566778899aabbccddeeff';

function setUp() {
  const messages = messageLogOf(messageRecord());
  const addressBook = new InMemoryAddressBook();
  const preferences = new InMemoryPreferenceStore();
  const logger = new RecordingLogger();
  return { messages, addressBook, preferences, logger, deps: { messages, addressBook, preferences, logger } };
}

const complaint: ParsedFeedback = {
  messageId: 'msg-1',
  feedback: { status: 'complained', at: '2026-11-25T10:00:00.000Z', detail: 'abuse' },
  suppress: 'complaint',
  optOutMarketing: true,
};

const hardBounce: ParsedFeedback = {
  messageId: 'msg-1',
  feedback: { status: 'bounced', at: '2026-11-25T09:01:00.000Z', detail: 'Permanent/General' },
  suppress: 'hard-bounce',
  optOutMarketing: false,
};

describe('applyFeedback', () => {
  it('a complaint moves the message, suppresses the address and opts the patient out of marketing email', async () => {
    const { deps, messages, addressBook, preferences } = setUp();

    const result = await applyFeedback(complaint, deps);

    expect(result).toMatchObject({
      outcome: 'applied',
      suppressed: 'complaint',
      marketingOptOuts: ['applied', 'applied'],
    });
    expect(messages.records.get('msg-1')?.status).toBe('complained');
    expect(addressBook.statuses.get(ADDRESS_KEY)?.suppressed).toEqual({
      reason: 'complaint',
      at: '2026-11-25T10:00:00.000Z',
      messageId: 'msg-1',
    });
    const current = await preferences.current('p1');
    expect(current.map((c) => [c.channel, c.topic, c.status, c.source, c.actor])).toEqual([
      ['email', 'campaigns', 'opted-out', 'patient-link', 'patient'],
      ['email', 'events', 'opted-out', 'patient-link', 'patient'],
    ]);
  });

  it('a redelivered complaint records no second preference change', async () => {
    const { deps, preferences } = setUp();
    await applyFeedback(complaint, deps);

    const again = await applyFeedback(complaint, deps);

    expect(again).toMatchObject({ outcome: 'duplicate', marketingOptOuts: ['duplicate', 'duplicate'] });
    expect(preferences.changes).toHaveLength(2);
  });

  it('a hard bounce suppresses the address and touches no preference', async () => {
    const { deps, addressBook, preferences } = setUp();

    const result = await applyFeedback(hardBounce, deps);

    expect(result).toMatchObject({ outcome: 'applied', suppressed: 'hard-bounce', marketingOptOuts: [] });
    expect(addressBook.statuses.get(ADDRESS_KEY)?.suppressed?.reason).toBe('hard-bounce');
    expect(preferences.changes).toEqual([]);
  });

  it('a transient bounce marks the message but leaves the address usable', async () => {
    const { deps, messages, addressBook } = setUp();
    const { suppress: _none, ...transient } = hardBounce;

    const result = await applyFeedback(
      { ...transient, feedback: { ...hardBounce.feedback, detail: 'Transient' } },
      deps,
    );

    expect(result).toMatchObject({ outcome: 'applied' });
    expect(result.outcome !== 'unknown-message' && result.suppressed).toBeUndefined();
    expect(messages.records.get('msg-1')?.status).toBe('bounced');
    expect(addressBook.statuses.get(ADDRESS_KEY)).toBeUndefined();
  });

  it('a delivery returns a received engagement fact from the message cause', async () => {
    const { deps } = setUp();

    const result = await applyFeedback(
      {
        messageId: 'msg-1',
        feedback: { status: 'delivered', at: '2026-11-25T09:00:02.000Z' },
        optOutMarketing: false,
        engagement: 'received',
      },
      deps,
    );

    expect(result).toMatchObject({
      engagement: {
        patientId: 'p1',
        id: 'msg-1-received',
        fact: { kind: 'received', at: '2026-11-25T09:00:02.000Z', templateId: 'flu-invite', campaignId: 'flu-2026' },
      },
    });
  });

  it('a journey message attributes its engagement to the journey', async () => {
    const { deps, messages } = setUp();
    messages.records.set(
      'msg-2',
      messageRecord({
        messageId: 'msg-2',
        cause: { kind: 'journey', journeyId: 'diabetes', journeyVersion: 3, executionId: 'x', stepId: 's1' },
      }),
    );

    const result = await applyFeedback(
      {
        messageId: 'msg-2',
        feedback: { status: 'opened', at: '2026-11-25T12:00:00.000Z' },
        optOutMarketing: false,
        engagement: 'opened',
      },
      deps,
    );

    expect(result.outcome !== 'unknown-message' && result.engagement?.fact).toEqual({
      kind: 'opened',
      at: '2026-11-25T12:00:00.000Z',
      templateId: 'flu-invite',
      journeyId: 'diabetes',
    });
  });

  it('a message the log does not know is an outcome, not an error, and changes nothing', async () => {
    const { deps, addressBook, preferences, logger } = setUp();

    const result = await applyFeedback({ ...complaint, messageId: 'msg-unknown' }, deps);

    expect(result).toEqual({ outcome: 'unknown-message', messageId: 'msg-unknown' });
    expect(addressBook.statuses.size).toBe(0);
    expect(preferences.changes).toEqual([]);
    expect(logger.lines).toContainEqual(expect.objectContaining({ level: 'warn' }));
  });

  it('a suppression for a message without an address key is logged and skipped', async () => {
    const { deps, messages, addressBook } = setUp();
    messages.records.set('msg-3', messageRecord({ messageId: 'msg-3', addressKey: undefined }));

    const result = await applyFeedback({ ...hardBounce, messageId: 'msg-3' }, deps);

    expect(result).toMatchObject({ outcome: 'applied' });
    expect(addressBook.statuses.size).toBe(0);
  });
});

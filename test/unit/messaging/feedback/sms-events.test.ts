import { parseSmsEvent, parseSmsEventMessage } from '../../../../lambdas/domain/messaging/feedback/sms-events';

const MESSAGE_ID = 'msg-0123456789abcdef0123456789abcdef';

function smsEvent(eventType: string, overrides: Record<string, unknown> = {}) {
  return {
    eventType,
    eventVersion: '1.0',
    eventTimestamp: 1_795_597_200_000,
    isFinal: true,
    originationPhoneNumber: '+12065550152',
    destinationPhoneNumber: '+14255550156',
    isInternationalSend: false,
    mcc: '310',
    mnc: '800',
    messageId: '862a8790-60c0-4430-9b2b-658bdexample',
    messageRequestTimestamp: 1_795_597_199_700,
    messageEncoding: 'GSM',
    messageType: 'TRANSACTIONAL',
    messageStatus: eventType.replace('TEXT_', ''),
    messageStatusDescription: 'Message has been accepted by phone carrier',
    context: { 'message-id': MESSAGE_ID },
    totalMessageParts: 1,
    totalMessagePrice: 0.00581,
    totalCarrierFee: 0.00302,
    ...overrides,
  };
}

const AT = new Date(1_795_597_200_000).toISOString();

describe('parseSmsEvent', () => {
  it.each([
    ['TEXT_DELIVERED', 'delivered', undefined, 'received'],
    ['TEXT_SUCCESSFUL', 'delivered', undefined, 'received'],
    ['TEXT_INVALID', 'bounced', 'invalid-address', undefined],
    ['TEXT_UNREACHABLE', 'failed', undefined, undefined],
    ['TEXT_CARRIER_UNREACHABLE', 'failed', undefined, undefined],
    ['TEXT_TTL_EXPIRED', 'failed', undefined, undefined],
    ['TEXT_UNKNOWN', 'failed', undefined, undefined],
    ['TEXT_BLOCKED', 'rejected', undefined, undefined],
    ['TEXT_CARRIER_BLOCKED', 'rejected', undefined, undefined],
    ['TEXT_SPAM', 'rejected', undefined, undefined],
    ['TEXT_PROTECT_BLOCKED', 'rejected', undefined, undefined],
    ['TEXT_INVALID_MESSAGE', 'rejected', undefined, undefined],
  ] as const)('reads %s as %s (suppress: %s, engagement: %s)', (eventType, status, suppress, engagement) => {
    expect(parseSmsEvent(smsEvent(eventType))).toEqual({
      outcome: 'feedback',
      parsed: {
        messageId: MESSAGE_ID,
        feedback: { status, at: AT, detail: eventType },
        optOutMarketing: false,
        ...(suppress ? { suppress } : {}),
        ...(engagement ? { engagement } : {}),
      },
    });
  });

  it.each(['TEXT_QUEUED', 'TEXT_PENDING'])('ignores %s: the log already says sent', (eventType) => {
    expect(parseSmsEvent(smsEvent(eventType, { isFinal: false }))).toEqual({
      outcome: 'ignored',
      reason: 'no-status-change',
    });
  });

  it.each(['VOICE_COMPLETED', 'MEDIA_DELIVERED', 'TEXT_SOMETHING_NEW'])(
    'ignores %s as unhandled, not malformed',
    (type) => {
      expect(parseSmsEvent(smsEvent(type))).toEqual({ outcome: 'ignored', reason: 'unhandled-type' });
    },
  );

  it('ignores an event without our message id in its context as not ours', () => {
    expect(parseSmsEvent(smsEvent('TEXT_DELIVERED', { context: { account: 'billing' } }))).toEqual({
      outcome: 'ignored',
      reason: 'not-ours',
    });
    expect(parseSmsEvent(smsEvent('TEXT_DELIVERED', { context: undefined }))).toEqual({
      outcome: 'ignored',
      reason: 'not-ours',
    });
  });

  it.each([
    ['no event type', smsEvent('TEXT_DELIVERED', { eventType: undefined })],
    ['a timestamp as text', smsEvent('TEXT_DELIVERED', { eventTimestamp: '2026-11-25T09:00:00Z' })],
    ['a timestamp beyond the calendar', smsEvent('TEXT_DELIVERED', { eventTimestamp: 9e15 })],
    ['a context value that is not text', smsEvent('TEXT_DELIVERED', { context: { 'message-id': 42 } })],
    ['an array', [smsEvent('TEXT_DELIVERED')]],
  ])('rejects %s with a reason that names no number', (_case, event) => {
    const result = parseSmsEvent(event);

    expect(result.outcome).toBe('rejected');
    expect(JSON.stringify(result)).not.toMatch(/\+1\d{10}/);
  });
});

describe('parseSmsEventMessage', () => {
  it('parses the SNS message text', () => {
    expect(parseSmsEventMessage(JSON.stringify(smsEvent('TEXT_DELIVERED'))).outcome).toBe('feedback');
  });

  it('rejects a message that is not JSON', () => {
    expect(parseSmsEventMessage('TEXT_DELIVERED for +14255550156')).toEqual({
      outcome: 'rejected',
      reason: 'the message is not JSON',
    });
  });
});

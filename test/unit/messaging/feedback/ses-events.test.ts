import { sesFeedbackPattern } from '../../../../lambdas/domain/events/event-patterns';
import { parseSesEvent } from '../../../../lambdas/domain/messaging/feedback/ses-events';
import { compilePattern } from '../../../../local/event-bus/pattern-matcher';

const MAIL = {
  timestamp: '2026-11-25T09:00:00.012Z',
  source: 'Clinic <outreach@clinic.example.org>',
  sourceArn: 'arn:aws:ses:eu-west-1:123456789012:identity/clinic.example.org',
  sendingAccountId: '123456789012',
  messageId: '0102019a-ses-message-id-000000',
  destination: ['patient@example.com'],
  headersTruncated: false,
  tags: {
    'ses:configuration-set': ['outreach'],
    'ses:source-ip': ['192.0.2.1'],
    'message-id': ['msg-0123456789abcdef0123456789abcdef'],
  },
};

function sesEvent(detailType: string, detail: Record<string, unknown>, mail: Record<string, unknown> = MAIL) {
  return {
    version: '0',
    id: 'f1b3c0e4-0000-4000-8000-000000000001',
    'detail-type': detailType,
    source: 'aws.ses',
    account: '123456789012',
    time: '2026-11-25T09:05:00Z',
    region: 'eu-west-1',
    resources: ['arn:aws:ses:eu-west-1:123456789012:configuration-set/outreach'],
    detail: { ...detail, mail },
  };
}

const bounce = (bounceType: string, bounceSubType: string) =>
  sesEvent('Email Bounced', {
    eventType: 'Bounce',
    bounce: {
      feedbackId: '0102019a-feedback',
      bounceType,
      bounceSubType,
      bouncedRecipients: [
        { emailAddress: 'patient@example.com', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550' },
      ],
      timestamp: '2026-11-25T09:01:02.669Z',
      reportingMTA: 'dsn; a1-2.smtp-out.eu-west-1.amazonses.com',
    },
  });

const MESSAGE_ID = 'msg-0123456789abcdef0123456789abcdef';

describe('parseSesEvent', () => {
  it('reads a delivery as delivered, with a received engagement', () => {
    const event = sesEvent('Email Delivered', {
      eventType: 'Delivery',
      delivery: {
        timestamp: '2026-11-25T09:00:01.500Z',
        processingTimeMillis: 1488,
        recipients: ['patient@example.com'],
        smtpResponse: '250 ok',
        reportingMTA: 'a1-2.smtp-out.eu-west-1.amazonses.com',
      },
    });

    expect(parseSesEvent(event)).toEqual({
      outcome: 'feedback',
      parsed: {
        messageId: MESSAGE_ID,
        feedback: { status: 'delivered', at: '2026-11-25T09:00:01.500Z' },
        optOutMarketing: false,
        engagement: 'received',
      },
    });
  });

  it('reads a permanent bounce as bounced and suppresses the address', () => {
    const result = parseSesEvent(bounce('Permanent', 'General'));

    expect(result).toEqual({
      outcome: 'feedback',
      parsed: {
        messageId: MESSAGE_ID,
        feedback: { status: 'bounced', at: '2026-11-25T09:01:02.669Z', detail: 'Permanent/General' },
        suppress: 'hard-bounce',
        optOutMarketing: false,
      },
    });
  });

  it.each(['Transient', 'Undetermined'])('reads a %s bounce as bounced without suppressing the address', (type) => {
    const result = parseSesEvent(bounce(type, 'MailboxFull'));

    expect(result).toMatchObject({ outcome: 'feedback', parsed: { feedback: { status: 'bounced' } } });
    expect(result.outcome === 'feedback' && result.parsed.suppress).toBeFalsy();
  });

  it('reads a complaint as complained, suppressed and opted out of marketing', () => {
    const event = sesEvent('Email Complaint Received', {
      eventType: 'Complaint',
      complaint: {
        feedbackId: '0102019a-complaint',
        complaintSubType: null,
        complainedRecipients: [{ emailAddress: 'patient@example.com' }],
        timestamp: '2026-11-25T10:00:00.000Z',
        userAgent: 'Mozilla/5.0',
        complaintFeedbackType: 'abuse',
        arrivalDate: '2026-11-25T09:59:00.000Z',
      },
    });

    expect(parseSesEvent(event)).toEqual({
      outcome: 'feedback',
      parsed: {
        messageId: MESSAGE_ID,
        feedback: { status: 'complained', at: '2026-11-25T10:00:00.000Z', detail: 'abuse' },
        suppress: 'complaint',
        optOutMarketing: true,
      },
    });
  });

  it.each([
    [
      'Email Opened',
      { eventType: 'Open', open: { ipAddress: '192.0.2.1', timestamp: '2026-11-25T11:00:00.000Z', userAgent: 'Mail' } },
      'opened',
    ],
    [
      'Email Clicked',
      {
        eventType: 'Click',
        click: {
          ipAddress: '192.0.2.1',
          link: 'https://clinic.example.org/flu',
          linkTags: {},
          timestamp: '2026-11-25T11:00:00.000Z',
          userAgent: 'Mail',
        },
      },
      'clicked',
    ],
  ] as const)('reads %s as %s, with the same engagement', (detailType, detail, status) => {
    expect(parseSesEvent(sesEvent(detailType, detail))).toEqual({
      outcome: 'feedback',
      parsed: {
        messageId: MESSAGE_ID,
        feedback: { status, at: '2026-11-25T11:00:00.000Z' },
        optOutMarketing: false,
        engagement: status,
      },
    });
  });

  it.each([
    ['Email Rejected', { eventType: 'Reject', reject: { reason: 'Bad content' } }, 'rejected', 'Bad content'],
    [
      'Email Rendering Failed',
      { eventType: 'Rendering Failure', failure: { errorMessage: 'Attribute missing', templateName: 't' } },
      'failed',
      'rendering-failure',
    ],
    [
      'Email Delivery Delayed',
      {
        eventType: 'DeliveryDelay',
        deliveryDelay: {
          timestamp: '2026-11-25T09:30:00.000Z',
          delayType: 'MailboxFull',
          expirationTime: '2026-11-26T09:00:00.000Z',
          delayedRecipients: [{ emailAddress: 'patient@example.com', status: '4.2.2', diagnosticCode: 'smtp; 452' }],
        },
      },
      'delayed',
      'MailboxFull',
    ],
  ] as const)('reads %s as %s with the provider code', (detailType, detail, status, code) => {
    const result = parseSesEvent(sesEvent(detailType, detail));

    expect(result).toMatchObject({ outcome: 'feedback', parsed: { feedback: { status, detail: code } } });
    expect(result.outcome === 'feedback' && result.parsed.suppress).toBeFalsy();
  });

  it('ignores a send (the log already says sent)', () => {
    expect(parseSesEvent(sesEvent('Email Sent', { eventType: 'Send', send: {} }))).toEqual({
      outcome: 'ignored',
      reason: 'no-status-change',
    });
  });

  it('ignores mail without our message-id tag as not ours', () => {
    const mail = { ...MAIL, tags: { 'ses:configuration-set': ['outreach'] } };

    expect(
      parseSesEvent(
        sesEvent('Email Delivered', { eventType: 'Delivery', delivery: { timestamp: MAIL.timestamp } }, mail),
      ),
    ).toEqual({
      outcome: 'ignored',
      reason: 'not-ours',
    });
  });

  it.each([
    ['no detail', { source: 'aws.ses', 'detail-type': 'Email Bounced' }],
    ['another source', { ...bounce('Permanent', 'General'), source: 'aws.sms-voice' }],
    ['an unknown detail-type', { ...bounce('Permanent', 'General'), 'detail-type': 'Email Teleported' }],
    ['a bounce without its bounce object', sesEvent('Email Bounced', { eventType: 'Bounce' })],
    ['an unknown bounce type', bounce('Sideways', 'General')],
    [
      'a timestamp that is not an instant',
      sesEvent('Email Opened', { eventType: 'Open', open: { timestamp: 'yesterday' } }),
    ],
    [
      'mail without a message id',
      sesEvent(
        'Email Opened',
        { eventType: 'Open', open: { timestamp: MAIL.timestamp } },
        { timestamp: MAIL.timestamp },
      ),
    ],
    [
      'a detail-type that disagrees with the eventType',
      { ...bounce('Permanent', 'General'), 'detail-type': 'Email Delivered' },
    ],
    ['not an object', 'Email Bounced'],
  ])('rejects %s with a reason that names no address', (_case, event) => {
    const result = parseSesEvent(event);

    expect(result.outcome).toBe('rejected');
    expect(JSON.stringify(result)).not.toContain('@');
  });
});

describe('sesFeedbackPattern', () => {
  const matches = compilePattern(sesFeedbackPattern());

  it('routes the SES events that change a message', () => {
    expect(matches(bounce('Permanent', 'General'))).toBe(true);
    expect(matches(sesEvent('Email Complaint Received', {}))).toBe(true);
  });

  it('leaves sends and other sources alone', () => {
    expect(matches(sesEvent('Email Sent', { eventType: 'Send', send: {} }))).toBe(false);
    expect(matches({ ...bounce('Permanent', 'General'), source: 'patient-outreach' })).toBe(false);
  });
});

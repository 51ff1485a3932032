import { randomUUID } from 'node:crypto';
import type { PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import type { SNSEvent } from 'aws-lambda';
import { MESSAGE_ID_HEADER } from '../../lambdas/adapters/messaging/ses-email-sender';
import { MESSAGE_ID_TAG, SES_EVENT_SOURCE } from '../../lambdas/domain/messaging/feedback/ses-events';
import type { VirtualClock } from '../clock';
import { type RecordedSend, smsMessages } from './pinpoint-outbox';

interface StoredEmail {
  readonly messageId: string;
  readonly destination?: { readonly to?: readonly string[] };
  readonly headers?: readonly { readonly name: string; readonly value: string }[];
}

/**
 * What the SES mailbox simulator does with an address (https://docs.aws.amazon.com/ses/latest/dg/send-an-email-from-console.html):
 * bounce@ bounces hard, complaint@ is delivered then complained about, suppressionlist@ bounces as if on the
 * account suppression list; anything else is delivered. Locally the same addresses behave the same way.
 */
function emailOutcomes(address: string): ('delivered' | 'bounce' | 'suppressed' | 'complaint')[] {
  const local = address.toLowerCase();
  if (local.startsWith('bounce@simulator.amazonses.com')) return ['bounce'];
  if (local.startsWith('suppressionlist@simulator.amazonses.com')) return ['suppressed'];
  if (local.startsWith('complaint@simulator.amazonses.com')) return ['delivered', 'complaint'];
  return ['delivered'];
}

/** Numbers in the fictional 555-01xx range ending in 99 are "invalid" locally (the SMS hard bounce). */
const INVALID_NUMBER = /5550199$/;

/**
 * The local stand-in for delivery feedback: reads what the SES and SMS outboxes accepted since the last run
 * and answers as AWS would — SES events (source `aws.ses`) on the bus, SMS delivery events through the SMS
 * feedback handler's SNS shape. Runs on every virtual-clock tick; tests call it directly.
 */
export class LocalFeedbackSimulator {
  private readonly seen = new Set<string>();

  constructor(
    private readonly sesEndpoint: string,
    private readonly smsOutbox: readonly RecordedSend[],
    private readonly clock: VirtualClock,
    private readonly putEvents: (entries: PutEventsRequestEntry[]) => unknown,
    private readonly smsFeedback: (event: SNSEvent) => Promise<unknown>,
  ) {}

  /** The number of provider events produced. */
  async deliver(): Promise<number> {
    const at = this.clock.now().toISOString();
    let produced = 0;
    const store = (await (await fetch(`${this.sesEndpoint}/store`)).json()) as { emails?: StoredEmail[] };
    const entries: PutEventsRequestEntry[] = [];
    for (const email of store.emails ?? []) {
      const ours = email.headers?.find((h) => h.name === MESSAGE_ID_HEADER)?.value;
      if (!ours || this.seen.has(email.messageId)) continue;
      this.seen.add(email.messageId);
      const mail = { messageId: email.messageId, timestamp: at, tags: { [MESSAGE_ID_TAG]: [ours] } };
      for (const outcome of emailOutcomes(email.destination?.to?.[0] ?? '')) {
        entries.push(sesEvent(outcome, mail, at));
        produced++;
      }
    }
    if (entries.length > 0) this.putEvents(entries);
    for (const sms of smsMessages(this.smsOutbox)) {
      if (!sms.messageId || this.seen.has(sms.providerMessageId)) continue;
      this.seen.add(sms.providerMessageId);
      const eventType = INVALID_NUMBER.test(sms.to) ? 'TEXT_INVALID' : 'TEXT_DELIVERED';
      const message = JSON.stringify({
        eventType,
        eventTimestamp: this.clock.now().getTime(),
        messageId: sms.providerMessageId,
        isFinal: true,
        context: { [MESSAGE_ID_TAG]: sms.messageId },
      });
      await this.smsFeedback(snsEvent(message, at));
      produced++;
    }
    return produced;
  }
}

function sesEvent(
  outcome: 'delivered' | 'bounce' | 'suppressed' | 'complaint',
  mail: Record<string, unknown>,
  at: string,
): PutEventsRequestEntry {
  const [detailType, detail] = (() => {
    switch (outcome) {
      case 'delivered':
        return ['Email Delivered', { eventType: 'Delivery', mail, delivery: { timestamp: at } }];
      case 'bounce':
        return [
          'Email Bounced',
          { eventType: 'Bounce', mail, bounce: { bounceType: 'Permanent', bounceSubType: 'General', timestamp: at } },
        ];
      case 'suppressed':
        return [
          'Email Bounced',
          {
            eventType: 'Bounce',
            mail,
            bounce: { bounceType: 'Permanent', bounceSubType: 'OnAccountSuppressionList', timestamp: at },
          },
        ];
      case 'complaint':
        return [
          'Email Complaint Received',
          { eventType: 'Complaint', mail, complaint: { timestamp: at, complaintFeedbackType: 'abuse' } },
        ];
    }
  })();
  return {
    Source: SES_EVENT_SOURCE,
    DetailType: detailType as string,
    Detail: JSON.stringify(detail),
    EventBusName: 'default',
  };
}

/** The SNS notification Lambda receives from a topic subscription. */
export function snsEvent(message: string, at: string): SNSEvent {
  return {
    Records: [
      {
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn: 'arn:aws:sns:us-east-1:000000000000:local:subscription',
        Sns: {
          Type: 'Notification',
          MessageId: randomUUID(),
          TopicArn: 'arn:aws:sns:us-east-1:000000000000:local',
          Subject: '',
          Message: message,
          Timestamp: at,
          SignatureVersion: '1',
          Signature: '',
          SigningCertUrl: '',
          UnsubscribeUrl: '',
          MessageAttributes: {},
        },
      },
    ],
  };
}

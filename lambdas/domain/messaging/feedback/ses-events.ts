import type { FromSchema } from 'json-schema-to-ts';
import { validateSesFeedbackEvent } from '../../validation/generated/validators';
import { typedValidator } from '../../validation/validator';
import type { MessageFeedback } from '../ports';
import { type FeedbackEventParse, type ParsedFeedback, schemaErrorOf } from './feedback-result';

/** The source of the events SES publishes from a configuration set's EventBridge destination. */
export const SES_EVENT_SOURCE = 'aws.ses';

/**
 * The SES message tag that carries our message id; the email sender sets it on every send, and SES echoes it
 * in `mail.tags` of every event. Mail without it was sent by someone else in the account.
 */
export const MESSAGE_ID_TAG = 'message-id';

/** EventBridge detail-type → the `eventType` SES puts in the detail (as SES documents them). */
export const SES_EVENT_TYPES = {
  'Email Sent': 'Send',
  'Email Delivered': 'Delivery',
  'Email Bounced': 'Bounce',
  'Email Complaint Received': 'Complaint',
  'Email Rejected': 'Reject',
  'Email Opened': 'Open',
  'Email Clicked': 'Click',
  'Email Rendering Failed': 'Rendering Failure',
  'Email Delivery Delayed': 'DeliveryDelay',
} as const;
export type SesDetailType = keyof typeof SES_EVENT_TYPES;

/** `Email Sent` is left out: the message log already says `sent` when SES accepted the call. */
export const SES_FEEDBACK_DETAIL_TYPES = (Object.keys(SES_EVENT_TYPES) as SesDetailType[]).filter(
  (t) => t !== 'Email Sent',
);

const instant = { type: 'string', format: 'date-time' } as const;
const stamped = { type: 'object', required: ['timestamp'], properties: { timestamp: instant } } as const;

const mailSchema = {
  type: 'object',
  required: ['messageId', 'timestamp'],
  properties: {
    messageId: { type: 'string', minLength: 1 },
    timestamp: instant,
    tags: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
  },
} as const;

/** Only the fields we read are described; SES adds fields over time, so others are allowed. */
const sesDetailSchema = {
  type: 'object',
  required: ['eventType'],
  properties: { eventType: { type: 'string' } },
  // Picks the branch by eventType, so an error names the field that is wrong, not the first branch's tag.
  discriminator: { propertyName: 'eventType' },
  oneOf: [
    {
      type: 'object',
      required: ['eventType', 'mail'],
      properties: { eventType: { type: 'string', enum: ['Send'] }, mail: mailSchema },
    },
    {
      type: 'object',
      required: ['eventType', 'mail', 'delivery'],
      properties: { eventType: { type: 'string', enum: ['Delivery'] }, mail: mailSchema, delivery: stamped },
    },
    {
      type: 'object',
      required: ['eventType', 'mail', 'bounce'],
      properties: {
        eventType: { type: 'string', enum: ['Bounce'] },
        mail: mailSchema,
        bounce: {
          type: 'object',
          required: ['bounceType', 'timestamp'],
          properties: {
            bounceType: { type: 'string', enum: ['Permanent', 'Transient', 'Undetermined'] },
            bounceSubType: { type: 'string' },
            timestamp: instant,
          },
        },
      },
    },
    {
      type: 'object',
      required: ['eventType', 'mail', 'complaint'],
      properties: {
        eventType: { type: 'string', enum: ['Complaint'] },
        mail: mailSchema,
        complaint: {
          type: 'object',
          required: ['timestamp'],
          properties: { timestamp: instant, complaintFeedbackType: { type: 'string' } },
        },
      },
    },
    {
      type: 'object',
      required: ['eventType', 'mail', 'reject'],
      properties: {
        eventType: { type: 'string', enum: ['Reject'] },
        mail: mailSchema,
        reject: { type: 'object', required: ['reason'], properties: { reason: { type: 'string' } } },
      },
    },
    {
      type: 'object',
      required: ['eventType', 'mail', 'open'],
      properties: { eventType: { type: 'string', enum: ['Open'] }, mail: mailSchema, open: stamped },
    },
    {
      type: 'object',
      required: ['eventType', 'mail', 'click'],
      properties: { eventType: { type: 'string', enum: ['Click'] }, mail: mailSchema, click: stamped },
    },
    {
      type: 'object',
      required: ['eventType', 'mail', 'failure'],
      properties: {
        eventType: { type: 'string', enum: ['Rendering Failure'] },
        mail: mailSchema,
        failure: { type: 'object' },
      },
    },
    {
      type: 'object',
      required: ['eventType', 'mail', 'deliveryDelay'],
      properties: {
        eventType: { type: 'string', enum: ['DeliveryDelay'] },
        mail: mailSchema,
        deliveryDelay: {
          type: 'object',
          required: ['timestamp'],
          properties: { timestamp: instant, delayType: { type: 'string' } },
        },
      },
    },
  ],
} as const;

export const sesFeedbackEventSchema = {
  type: 'object',
  required: ['source', 'detail-type', 'detail'],
  properties: {
    source: { type: 'string', enum: [SES_EVENT_SOURCE] },
    'detail-type': { type: 'string', enum: Object.keys(SES_EVENT_TYPES) as SesDetailType[] },
    time: instant,
    detail: sesDetailSchema,
  },
} as const;

export type SesFeedbackEvent = FromSchema<typeof sesFeedbackEventSchema>;
type SesDetail = SesFeedbackEvent['detail'];

const validateEvent = typedValidator<SesFeedbackEvent>(validateSesFeedbackEvent);

/**
 * Reads an SES event (configuration set → EventBridge) into feedback on one of our messages.
 *
 * - Permanent bounce: `bounced`, and the address is suppressed (`hard-bounce`).
 * - Transient or undetermined bounce: `bounced` without suppression. SES publishes a soft bounce only after
 *   it stopped retrying, so the message will not arrive (`delayed` would claim it still might), but the
 *   address may work tomorrow (a full mailbox), so it stays usable.
 * - Complaint: `complained`, suppressed (`complaint`), and the patient is opted out of marketing by email.
 * - Delivery, open, click: the status, and an engagement fact (`received`, `opened`, `clicked`).
 * - Delivery delay: `delayed`; reject (virus), rendering failure: `rejected`, `failed`.
 * - Send: ignored (the log already says `sent`).
 */
export function parseSesEvent(event: unknown): FeedbackEventParse {
  if (!validateEvent(event)) return { outcome: 'rejected', reason: schemaErrorOf(validateEvent.errors) };
  const detail = event.detail;
  if (SES_EVENT_TYPES[event['detail-type']] !== detail.eventType) {
    return { outcome: 'rejected', reason: '/detail/eventType does not match the detail-type' };
  }
  const messageId = detail.mail.tags?.[MESSAGE_ID_TAG]?.[0];
  if (!messageId) return { outcome: 'ignored', reason: 'not-ours' };
  const parsed = feedbackOf(messageId, detail);
  return parsed ? { outcome: 'feedback', parsed } : { outcome: 'ignored', reason: 'no-status-change' };
}

function feedbackOf(messageId: string, detail: SesDetail): ParsedFeedback | undefined {
  const of = (feedback: MessageFeedback, extra: Partial<ParsedFeedback> = {}): ParsedFeedback => ({
    messageId,
    feedback,
    optOutMarketing: false,
    ...extra,
  });
  switch (detail.eventType) {
    case 'Send':
      return undefined;
    case 'Delivery':
      return of({ status: 'delivered', at: detail.delivery.timestamp }, { engagement: 'received' });
    case 'Bounce': {
      const { bounceType, bounceSubType, timestamp } = detail.bounce;
      const feedback: MessageFeedback = {
        status: 'bounced',
        at: timestamp,
        detail: bounceSubType ? `${bounceType}/${bounceSubType}` : bounceType,
      };
      return of(feedback, bounceType === 'Permanent' ? { suppress: 'hard-bounce' } : {});
    }
    case 'Complaint': {
      const { timestamp, complaintFeedbackType } = detail.complaint;
      return of(
        { status: 'complained', at: timestamp, ...(complaintFeedbackType ? { detail: complaintFeedbackType } : {}) },
        { suppress: 'complaint', optOutMarketing: true },
      );
    }
    case 'Reject':
      // SES refused the content (a virus): it has no timestamp of its own, the mail's is the closest.
      return of({ status: 'rejected', at: detail.mail.timestamp, detail: detail.reject.reason });
    case 'Open':
      return of({ status: 'opened', at: detail.open.timestamp }, { engagement: 'opened' });
    case 'Click':
      return of({ status: 'clicked', at: detail.click.timestamp }, { engagement: 'clicked' });
    case 'Rendering Failure':
      return of({ status: 'failed', at: detail.mail.timestamp, detail: 'rendering-failure' });
    case 'DeliveryDelay': {
      const { timestamp, delayType } = detail.deliveryDelay;
      return of({ status: 'delayed', at: timestamp, ...(delayType ? { detail: delayType } : {}) });
    }
  }
}

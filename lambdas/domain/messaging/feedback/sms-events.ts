import type { FromSchema } from 'json-schema-to-ts';
import { validateSmsDeliveryEvent } from '../../validation/generated/validators';
import { typedValidator } from '../../validation/validator';
import type { MessageFeedback, SuppressionReason } from '../ports';
import { type FeedbackEventParse, type ParsedFeedback, schemaErrorOf } from './feedback-result';
import { MESSAGE_ID_TAG } from './ses-events';

/**
 * What each End User Messaging SMS event type means for the message. Statuses the log already implies
 * (queued, pending) are absent. An invalid number is the SMS hard bounce: suppressed. An unreachable
 * handset or carrier is temporary (phone off, network fault), so the message failed but the number stays.
 * Blocks and spam filtering are refusals of this message, not of the number.
 */
export const SMS_EVENT_MAPPING: Readonly<
  Record<string, { readonly status: MessageFeedback['status']; readonly suppress?: SuppressionReason }>
> = {
  TEXT_DELIVERED: { status: 'delivered' },
  // Carrier accepted; in some countries the only final receipt there is, used interchangeably with DELIVERED.
  TEXT_SUCCESSFUL: { status: 'delivered' },
  TEXT_INVALID: { status: 'bounced', suppress: 'invalid-address' },
  TEXT_UNREACHABLE: { status: 'failed' },
  TEXT_CARRIER_UNREACHABLE: { status: 'failed' },
  TEXT_TTL_EXPIRED: { status: 'failed' },
  TEXT_UNKNOWN: { status: 'failed' },
  TEXT_BLOCKED: { status: 'rejected' },
  TEXT_CARRIER_BLOCKED: { status: 'rejected' },
  TEXT_SPAM: { status: 'rejected' },
  TEXT_PROTECT_BLOCKED: { status: 'rejected' },
  TEXT_INVALID_MESSAGE: { status: 'rejected' },
};

/** In flight: the log's `sent` already says as much. */
const IN_FLIGHT: ReadonlySet<string> = new Set(['TEXT_QUEUED', 'TEXT_PENDING']);

/** Only the fields we read; the `context` is what the sender passed as `Context` on SendTextMessage. */
export const smsDeliveryEventSchema = {
  type: 'object',
  required: ['eventType', 'eventTimestamp', 'messageId'],
  properties: {
    eventType: { type: 'string', minLength: 1 },
    eventTimestamp: { type: 'integer', minimum: 0 },
    messageId: { type: 'string', minLength: 1 },
    isFinal: { type: 'boolean' },
    context: { type: 'object', additionalProperties: { type: 'string' } },
  },
} as const;

export type SmsDeliveryEvent = FromSchema<typeof smsDeliveryEventSchema>;

const validateEvent = typedValidator<SmsDeliveryEvent>(validateSmsDeliveryEvent);

/**
 * Reads an End User Messaging SMS event (the JSON of a configuration set's event destination: the SNS
 * `Message`, or the `detail` of a `Text Message Delivery Status Updated` EventBridge event) into feedback.
 * Our message id is the `message-id` entry of `context`; an event without it is another sender's.
 */
export function parseSmsEvent(event: unknown): FeedbackEventParse {
  if (!validateEvent(event)) return { outcome: 'rejected', reason: schemaErrorOf(validateEvent.errors) };
  const messageId = event.context?.[MESSAGE_ID_TAG];
  if (!messageId) return { outcome: 'ignored', reason: 'not-ours' };
  if (IN_FLIGHT.has(event.eventType)) return { outcome: 'ignored', reason: 'no-status-change' };
  const mapped = SMS_EVENT_MAPPING[event.eventType];
  // Voice and MMS events, or a type AWS adds later: logged by the handler, never dead-lettered.
  if (!mapped) return { outcome: 'ignored', reason: 'unhandled-type' };
  const at = new Date(event.eventTimestamp);
  if (Number.isNaN(at.getTime())) return { outcome: 'rejected', reason: '/eventTimestamp is out of range' };
  const parsed: ParsedFeedback = {
    messageId,
    feedback: { status: mapped.status, at: at.toISOString(), detail: event.eventType },
    optOutMarketing: false,
    ...(mapped.suppress ? { suppress: mapped.suppress } : {}),
    ...(mapped.status === 'delivered' ? { engagement: 'received' as const } : {}),
  };
  return { outcome: 'feedback', parsed };
}

/** The SNS record's `Message`: a JSON string, which may not be JSON at all. */
export function parseSmsEventMessage(message: string): FeedbackEventParse {
  let event: unknown;
  try {
    event = JSON.parse(message);
  } catch {
    return { outcome: 'rejected', reason: 'the message is not JSON' };
  }
  return parseSmsEvent(event);
}

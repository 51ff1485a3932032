import { createHash } from 'node:crypto';
import type { Channel, Topic } from '../patients/preferences';

/**
 * A message and what caused it. The message id is derived from the cause, so the same journey step,
 * campaign recipient or staff request always names the same message: a retried step finds the record
 * its first attempt wrote and never sends twice.
 */
export type MessageCause =
  | {
      readonly kind: 'journey';
      readonly journeyId: string;
      readonly journeyVersion: number;
      /** The Step Functions execution name (deterministic: journey version, patient, entry key). */
      readonly executionId: string;
      readonly stepId: string;
    }
  | { readonly kind: 'campaign'; readonly campaignId: string }
  | { readonly kind: 'staff'; readonly requestId: string }
  /** A reply the platform sends without a patient context (an SMS HELP answer). */
  | { readonly kind: 'auto-reply'; readonly inboundId: string };

/** Whether a topic is care the patient receives (sent unless opted out) or marketing (sent only when opted in). */
export type TopicKind = 'transactional' | 'marketing';

export const TOPIC_KINDS: Readonly<Record<Topic, TopicKind>> = {
  'appointment-reminders': 'transactional',
  results: 'transactional',
  'care-gaps': 'transactional',
  general: 'transactional',
  campaigns: 'marketing',
  events: 'marketing',
};

/**
 * The life of a message. `claimed` is written before the provider call; `sent` once the provider accepted
 * it; later statuses come from delivery feedback. `skipped` and `deferred` are policy outcomes (nothing
 * sent); `failed` is a permanent provider refusal; `retrying` is a claim released after a fault the
 * provider certainly did not act on (throttling); `in-doubt` is a claim whose provider call may or may not
 * have happened (see docs/messaging.md, "What is guaranteed").
 */
export const MESSAGE_STATUSES = [
  'claimed',
  'sent',
  'delivered',
  'delayed',
  'opened',
  'clicked',
  'bounced',
  'complained',
  'rejected',
  'failed',
  'skipped',
  'deferred',
  'retrying',
  'in-doubt',
] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** Why policy stopped or moved a message, one code per rule; `detail` adds ids or times, never contact details. */
export const SKIP_REASONS = [
  'no-consent',
  'opted-out',
  'address-opted-out',
  'suppressed',
  'quiet-hours',
  'frequency-cap',
  'no-contact-point',
  'no-device',
  'patient-inactive',
  'patient-deceased',
  'patient-unknown',
  'template-unavailable',
  'channel-not-in-template',
  'invalid-address',
  'content-rejected',
  'channel-unavailable',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** One rule's verdict on one channel, as recorded in the message log. */
export interface PolicyCheck {
  readonly channel: Channel;
  readonly rule: 'consent' | 'suppression' | 'quiet-hours' | 'frequency-cap' | 'contact-point' | 'patient' | 'template';
  readonly passed: boolean;
  readonly reason?: SkipReason;
  readonly detail?: string;
}

export function messageIdOf(patientId: string, cause: MessageCause): string {
  const key = (() => {
    switch (cause.kind) {
      case 'journey':
        return `journey|${cause.executionId}|${cause.stepId}`;
      case 'campaign':
        return `campaign|${cause.campaignId}|${patientId}`;
      case 'staff':
        return `staff|${cause.requestId}|${patientId}`;
      case 'auto-reply':
        return `auto-reply|${cause.inboundId}`;
    }
  })();
  return `msg-${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
}

/** The by-cause listing's key of a journey's messages (all its executions and versions). */
export const journeyCauseKey = (journeyId: string) => `JOURNEY#${journeyId}`;
/** The by-cause listing's key of a campaign's messages. */
export const campaignCauseKey = (campaignId: string) => `CAMPAIGN#${campaignId}`;

/**
 * The by-cause listing a message belongs to: its journey or campaign. Staff one-off sends and HELP answers
 * are listed per patient only: one shared key for all of them would be a hot partition nobody reads.
 */
export function causeKeyOf(cause: MessageCause): string | undefined {
  switch (cause.kind) {
    case 'journey':
      return journeyCauseKey(cause.journeyId);
    case 'campaign':
      return campaignCauseKey(cause.campaignId);
    case 'staff':
    case 'auto-reply':
      return undefined;
  }
}

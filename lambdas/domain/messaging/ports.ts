import type { Channel, Topic } from '../patients/preferences';
import type { TimeZoneSource } from '../patients/time-zone';
import type { MessageCause, MessageStatus, PolicyCheck, SkipReason } from './message';

/** A rendered message, ready for its channel adapter. */
export type RenderedMessage =
  | { readonly channel: 'email'; readonly subject: string; readonly html: string; readonly text: string }
  | {
      readonly channel: 'sms';
      readonly text: string;
      readonly encoding: 'GSM-7' | 'UCS-2';
      readonly segments: number;
    }
  | {
      readonly channel: 'push';
      readonly title: string;
      readonly body: string;
      readonly data: Readonly<Record<string, string>>;
    }
  | { readonly channel: 'letter'; readonly html: string };

/** A registered push device of a patient (the token is the address Pinpoint sends to). */
export interface PushDevice {
  readonly deviceId: string;
  readonly platform: 'GCM' | 'APNS' | 'APNS_SANDBOX';
  readonly token: string;
  readonly registeredAt: string;
}

/** Where a message goes: an email address, an E.164 number, a device token, or a postal address. */
export interface ContactPoint {
  readonly channel: Channel;
  /** Email (lower-cased), E.164 number, device token, or the postal address lines joined by newlines. */
  readonly address: string;
  /** Stable, PHI-free key of the address (a hash): how suppression and address opt-outs are stored. */
  readonly addressKey: string;
  /** Push only: the device's platform. */
  readonly platform?: PushDevice['platform'];
}

/** What the provider said about one message. Transient faults are thrown (`TransientSendError`), never returned. */
export type SendResult =
  | { readonly outcome: 'accepted'; readonly providerMessageId: string }
  | {
      readonly outcome: 'refused';
      readonly reason: Extract<SkipReason, 'invalid-address' | 'suppressed' | 'address-opted-out'>;
      /** The provider's error code, never the address. */
      readonly detail: string;
    };

export interface OutboundMessage {
  readonly messageId: string;
  readonly patientId: string;
  readonly topic: Topic;
  readonly to: ContactPoint;
  readonly rendered: RenderedMessage;
  /** Email: the one-click unsubscribe link for the List-Unsubscribe headers. */
  readonly unsubscribeUrl?: string;
  /** When the send happens (the letter batch is the day of this instant). */
  readonly at: Date;
}

/** One adapter per channel: SES v2, End User Messaging SMS, Pinpoint push, the letter batch. */
export interface ChannelSender {
  readonly channel: Channel;
  send(message: OutboundMessage): Promise<SendResult>;
}

/** A retry may cure it (throttling, time-out, 5xx): thrown so Step Functions or EventBridge retries. */
export class TransientSendError extends Error {
  /**
   * The provider may have taken the message though the answer was lost (a time-out, a dropped connection,
   * an unknown per-address status): the send function then must not send it again.
   */
  readonly mayHaveBeenAccepted: boolean;

  constructor(message: string, options?: { cause?: unknown; mayHaveBeenAccepted?: boolean }) {
    super(message, options);
    this.name = 'TransientSendError';
    this.mayHaveBeenAccepted = options?.mayHaveBeenAccepted ?? false;
  }
}

/**
 * The provider will not take this send, and retrying unchanged will not help, but the address is not at
 * fault: `channel` — the account or its configuration (suspended, sandbox, spend limit; an operator must
 * act); `message` — this message's content or shape.
 */
export class PermanentSendError extends Error {
  constructor(
    readonly kind: 'channel' | 'message',
    readonly channel: Channel,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(`${channel} ${kind === 'channel' ? 'channel unavailable' : 'message rejected'}: ${code}`, options);
    this.name = 'PermanentSendError';
  }
}

/** The message log entry. Holds ids, codes and the rendered preview's template reference, never contact details. */
export interface MessageRecord {
  readonly messageId: string;
  readonly patientId: string;
  readonly cause: MessageCause;
  readonly templateId: string;
  readonly templateVersion?: number;
  readonly topic: Topic;
  readonly channel?: Channel;
  readonly language?: string;
  /** The zone quiet hours were judged and times rendered in, and what in the record decided it. */
  readonly timeZone?: string;
  readonly timeZoneSource?: TimeZoneSource;
  readonly status: MessageStatus;
  readonly reason?: SkipReason;
  /** Deferred: when policy allows the send. */
  readonly deferredUntil?: string;
  readonly checks: readonly PolicyCheck[];
  /** The address key the message went to (suppression and inbound replies find the message by it). */
  readonly addressKey?: string;
  readonly providerMessageId?: string;
  /** When the current claim was taken (a claim older than the lease is in doubt). */
  readonly claimedAt?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Feedback seen so far, oldest first (status, when, provider code). */
  readonly events: readonly { readonly status: MessageStatus; readonly at: string; readonly detail?: string }[];
  /** Bumped on every write; a write names the revision it read. */
  readonly revision: number;
}

/** A feedback observation on a message (from SES events, SMS delivery receipts, or the local simulator). */
export interface MessageFeedback {
  readonly status: Extract<
    MessageStatus,
    'delivered' | 'delayed' | 'opened' | 'clicked' | 'bounced' | 'complained' | 'rejected' | 'failed'
  >;
  /** ISO instant the provider reports. */
  readonly at: string;
  /** Provider code (bounce type, SMS status), never an address or content. */
  readonly detail?: string;
}

/** What storing a feedback observation did. */
export type FeedbackOutcome = 'applied' | 'duplicate' | 'unknown-message';

/** The message log as the send and feedback functions use it. */
export interface MessageLog {
  get(messageId: string): Promise<MessageRecord | undefined>;
  /** Adds the observation to the message's events and moves its status forward (see `nextStatus`); idempotent. */
  recordFeedback(messageId: string, feedback: MessageFeedback): Promise<FeedbackOutcome>;
}

/** Who opted the address out: a STOP reply, a link, or the provider's own opt-out list (it refused the send). */
export type AddressOptOutSource = 'inbound-sms' | 'patient-link' | 'provider';

/** Why an address must not be used again. */
export type SuppressionReason = 'hard-bounce' | 'complaint' | 'invalid-address' | 'provider-suppressed';

export interface AddressStatus {
  readonly suppressed?: { readonly reason: SuppressionReason; readonly at: string; readonly messageId?: string };
  /** An opt-out at the address (SMS STOP): every patient sharing it is covered. */
  readonly optedOut?: {
    readonly source: AddressOptOutSource;
    readonly at: string;
    readonly keyword?: string;
  };
  /** The last message sent to the address (inbound replies are attributed to it). */
  readonly lastMessage?: { readonly messageId: string; readonly patientId: string; readonly at: string };
}

/** Per-address state, keyed by `ContactPoint.addressKey` (an HMAC under a secret: the address itself is never a key). */
export interface AddressBook {
  statusOf(addressKeys: readonly string[]): Promise<ReadonlyMap<string, AddressStatus>>;
  suppress(addressKey: string, reason: SuppressionReason, at: string, messageId?: string): Promise<void>;
  /** Ignored when an opt-in at or after `at` is recorded (a STOP redelivered after the START). */
  optOut(addressKey: string, source: AddressOptOutSource, at: string, keyword?: string): Promise<void>;
  /** START: clears the address opt-out (an opt-out later than `at` stays) and remembers `at`. */
  optIn(addressKey: string, at: string): Promise<void>;
  noteSent(addressKey: string, messageId: string, patientId: string, at: string): Promise<void>;
}

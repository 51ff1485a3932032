import type * as fhir4 from 'fhir/r4';
import type { Page } from '../paging';
import type { Channel, PreferenceRecord } from '../patients/preferences';
import type { Clock } from '../ports';
import type { LinkAction, LinkPayload } from './links';
import type { MessageCause } from './message';
import type { OrganisationSettings } from './organisation';
import type { AddressKeyOf } from './policy/address-key';
import type { SendIntent } from './policy-types';
import type { AddressBook, ChannelSender, MessageLog, MessageRecord, PushDevice, RenderedMessage } from './ports';
import type { MessagingSettings } from './settings';

/** What a journey step, a campaign or a staff request asks the send function to do. Ids only. */
export interface SendRequest {
  readonly patientId: string;
  readonly cause: MessageCause;
  readonly templateId: string;
  /** A journey version pins the template version it was published with; absent = the latest. */
  readonly templateVersion?: number;
  readonly intent: SendIntent;
  /** The resource the message is about (an Appointment): its time and links go into the template. */
  readonly triggeringResource?: { readonly resourceType: string; readonly id: string };
}

/**
 * What the send function answers. Ids, codes and instants only: this is what a journey's Step Functions
 * history records, so it must never carry contact details or content.
 */
export interface SendOutcome {
  readonly messageId: string;
  readonly outcome: 'sent' | 'skipped' | 'deferred' | 'failed' | 'in-doubt';
  readonly channel?: Channel;
  readonly reason?: string;
  /** Deferred: when to call again (the same request: the message id stays the same). */
  readonly until?: string;
  /** True when an earlier attempt had already decided this message: nothing new happened. */
  readonly duplicate: boolean;
}

/** The recent sends of a patient on one channel, by message id (a re-claim of one message counts once). */
export interface SendLedger {
  readonly sends: Readonly<Record<string, number>>;
  /** Absent when no ledger item exists yet. */
  readonly revision?: number;
}

export type ClaimOutcome = 'claimed' | 'exists' | 'ledger-changed';

/** The message log as the send function writes it. */
export interface MessageOutbox extends MessageLog {
  ledger(patientId: string, channel: Channel): Promise<SendLedger>;
  /**
   * Writes a policy outcome (skipped, deferred) or an early failure, unless a record exists that is not
   * `deferred` or `retrying`. `exists` when another attempt got there first.
   */
  recordDecision(record: MessageRecord): Promise<'written' | 'exists'>;
  /**
   * In one transaction: the message record as `claimed` (unless one exists that is not `deferred` or
   * `retrying`) and the channel's ledger with this send added (unless the ledger moved since it was read).
   */
  claim(record: MessageRecord, channel: Channel, ledger: SendLedger): Promise<ClaimOutcome>;
  /**
   * Moves a claimed record on: sent, failed, retrying, in-doubt, or deferred (with `deferredUntil`: the channel
   * is paused). Conditional on it still being claimed.
   */
  settle(
    messageId: string,
    update: {
      readonly status: 'sent' | 'failed' | 'retrying' | 'in-doubt' | 'deferred';
      readonly at: string;
      readonly providerMessageId?: string;
      readonly reason?: MessageRecord['reason'];
      readonly detail?: string;
      readonly deferredUntil?: string;
    },
  ): Promise<'settled' | 'not-claimed'>;
  /** Claims made before `claimedBefore` that nothing settled, oldest first, at most `limit` (the claim sweeper). */
  expiredClaims(claimedBefore: Date, limit: number): Promise<MessageRecord[]>;
}

/** The statuses a person has to look at: nothing retries them on its own. */
export const ATTENTION_STATUSES = ['in-doubt', 'failed'] as const;
export type AttentionStatus = (typeof ATTENTION_STATUSES)[number];

export const needsAttention = (status: string): status is AttentionStatus =>
  (ATTENTION_STATUSES as readonly string[]).includes(status);

export interface MessageQueries {
  byPatient(patientId: string, limit: number, cursor?: string): Promise<Page<MessageRecord>>;
  /** Messages that need a person, newest change first: in doubt (the provider may have sent it) or failed. */
  byAttentionStatus(status: AttentionStatus, limit: number, cursor?: string): Promise<Page<MessageRecord>>;
  /** A journey's or campaign's messages (`causeKeyOf`). */
  byCause(causeKey: string, limit: number, cursor?: string): Promise<Page<MessageRecord>>;
}

export interface DeviceRegistry {
  devices(patientId: string): Promise<PushDevice[]>;
  register(patientId: string, device: PushDevice): Promise<void>;
  unregister(patientId: string, deviceId: string): Promise<boolean>;
}

/** A compiled template as the send function uses it (parsed once, cached by id and version). */
export interface LoadedTemplate {
  readonly templateId: string;
  readonly version: number;
  readonly channels: ReadonlySet<Channel>;
  render(
    channel: Channel,
    input: RenderInput,
  ): { readonly language: string; readonly rendered: RenderedMessage } | undefined;
}

export interface RenderInput {
  readonly messageId: string;
  readonly organisation: OrganisationSettings;
  readonly patient: fhir4.Patient;
  readonly triggeringResource?: fhir4.FhirResource;
  readonly timeZone: string;
  readonly links: Readonly<Record<string, string>>;
}

export interface TemplateSource {
  load(templateId: string, version?: number): Promise<LoadedTemplate | undefined>;
}

/** Signed, expiring links for the pages that need no login (unsubscribe, confirm, cancel). */
export interface LinkMaker {
  link(action: LinkAction, payload: Omit<LinkPayload, 'action' | 'expiresAt'>): string;
}

export interface SendDependencies {
  readonly outbox: MessageOutbox;
  readonly addressBook: AddressBook;
  /** Keys contact points for the address book (an HMAC under the platform's secret). */
  readonly addressKeyOf: AddressKeyOf;
  readonly patients: {
    getPatient(patientId: string): Promise<fhir4.Patient | undefined>;
    getResource(patientId: string, resourceType: string, id: string): Promise<fhir4.FhirResource | undefined>;
  };
  readonly preferences: { current(patientId: string): Promise<PreferenceRecord[]> };
  readonly devices: Pick<DeviceRegistry, 'devices'>;
  readonly templates: TemplateSource;
  readonly settings: () => Promise<MessagingSettings>;
  readonly senders: Readonly<Partial<Record<Channel, ChannelSender>>>;
  readonly links: LinkMaker;
  /** Letters, and pushes (no delivery receipts here), count as received once the provider accepts them. */
  readonly engagement: {
    recordReceived(record: MessageRecord, at: string): Promise<void>;
  };
  /** Keeps deferred staff and campaign sends until they are due (journeys wait themselves). */
  readonly deferrals: Pick<DeferredSends, 'schedule'>;
  readonly clock: Clock;
}

/** A message policy deferred (quiet hours) that nobody else will ask for again: a staff or campaign send. */
export interface DeferredSend {
  readonly messageId: string;
  readonly until: string;
  readonly request: SendRequest;
}

/**
 * Deferred staff and campaign sends, due by instant. A journey's send step waits and asks again itself,
 * so journey sends are not kept here.
 */
export interface DeferredSends {
  schedule(deferred: DeferredSend): Promise<void>;
  /** Due at or before `now`, oldest first, at most `limit`. */
  due(now: Date, limit: number): Promise<DeferredSend[]>;
  /** Removes one entry (the instant is part of its key). */
  done(deferred: DeferredSend): Promise<void>;
}

/** The log message of every decided send (ids and codes): the channel-unavailable metric filter matches it. */
export const MESSAGE_DECIDED = 'Message decided';
/** Logged for each claim the sweeper settled as in doubt: the in-doubt metric filter counts them. */
export const CLAIM_EXPIRED = 'Claim expired: message in doubt';

/** Whether nobody but the deferral store will ask for this message again. */
export function needsResumption(request: SendRequest): boolean {
  return request.cause.kind !== 'journey';
}

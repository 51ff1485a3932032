import type * as fhir4 from 'fhir/r4';
import type { AddressKeyOf } from '../../messaging/policy/address-key';
import type {
  AddressBook,
  AddressStatus,
  ChannelSender,
  MessageFeedback,
  MessageRecord,
  OutboundMessage,
  RenderedMessage,
} from '../../messaging/ports';
import type { MessageOutbox, SendDependencies, SendLedger, TemplateSource } from '../../messaging/send-ports';
import type { MessagingSettings } from '../../messaging/settings';
import type { Channel, PreferenceRecord } from '../../patients/preferences';
import type { Clock } from '../../ports';

/** What a simulated send produced: the rendered message (never stored, only answered to the caller). */
export interface SimulatedDelivery {
  readonly messageId: string;
  readonly channel: Channel;
  readonly rendered: RenderedMessage;
  readonly at: string;
}

/**
 * The send function's message log, in memory for one simulation: the same claim and ledger rules, so caps count
 * the journey's own earlier messages, and nothing reaches the real log.
 */
class DryRunOutbox implements MessageOutbox {
  readonly records = new Map<string, MessageRecord>();
  private readonly ledgers = new Map<string, SendLedger>();

  async get(messageId: string) {
    return this.records.get(messageId);
  }

  async recordFeedback(_messageId: string, _feedback: MessageFeedback) {
    return 'unknown-message' as const;
  }

  async ledger(patientId: string, channel: Channel): Promise<SendLedger> {
    return this.ledgers.get(`${patientId}#${channel}`) ?? { sends: {} };
  }

  async recordDecision(record: MessageRecord): Promise<'written' | 'exists'> {
    this.records.set(record.messageId, record);
    return 'written';
  }

  async claim(record: MessageRecord, channel: Channel, ledger: SendLedger) {
    this.records.set(record.messageId, record);
    const key = `${record.patientId}#${channel}`;
    const at = Date.parse(record.claimedAt ?? record.updatedAt);
    this.ledgers.set(key, { sends: { ...ledger.sends, [record.messageId]: at }, revision: (ledger.revision ?? 0) + 1 });
    return 'claimed' as const;
  }

  async settle(messageId: string, update: Parameters<MessageOutbox['settle']>[1]) {
    const record = this.records.get(messageId);
    if (!record) return 'not-claimed' as const;
    this.records.set(messageId, {
      ...record,
      status: update.status,
      ...(update.reason ? { reason: update.reason } : {}),
      updatedAt: update.at,
    });
    return 'settled' as const;
  }

  /** A simulation's claims settle within its run: none is ever left to sweep. */
  async expiredClaims(): Promise<MessageRecord[]> {
    return [];
  }
}

/** Address statuses read from the real book; a simulation never changes them. */
function readOnlyAddressBook(statusOf: AddressBook['statusOf']): AddressBook {
  const ignore = async () => {};
  return { statusOf, suppress: ignore, optOut: ignore, optIn: ignore, noteSent: ignore };
}

/** A sender that takes every message and keeps what it would have sent. */
function recordingSender(channel: Channel, deliveries: SimulatedDelivery[]): ChannelSender {
  return {
    channel,
    async send(message: OutboundMessage) {
      deliveries.push({
        messageId: message.messageId,
        channel,
        rendered: message.rendered,
        at: message.at.toISOString(),
      });
      return { outcome: 'accepted', providerMessageId: `simulated-${message.messageId}` };
    },
  };
}

export interface DryRunSources {
  readonly patient: fhir4.Patient;
  readonly resources: ReadonlyMap<string, fhir4.FhirResource>;
  readonly preferences: readonly PreferenceRecord[];
  readonly addressStatuses: AddressBook['statusOf'];
  /** The platform's own, so a real patient's suppressions and opt-outs are found. */
  readonly addressKeyOf: AddressKeyOf;
  readonly templates: TemplateSource;
  readonly settings: MessagingSettings;
  readonly clock: Clock;
}

/**
 * The send function's dependencies for a simulation: the real template store, settings, and (for a real
 * patient) preferences and address statuses, read only; an in-memory log; senders that record instead of
 * sending; placeholder links that no page accepts (a simulation must not mint working unsubscribe links).
 */
export function dryRunSendDependencies(sources: DryRunSources): {
  readonly deps: SendDependencies;
  readonly deliveries: SimulatedDelivery[];
  readonly records: ReadonlyMap<string, MessageRecord>;
} {
  const deliveries: SimulatedDelivery[] = [];
  const outbox = new DryRunOutbox();
  const patientId = sources.patient.id as string;
  const deps: SendDependencies = {
    outbox,
    addressBook: readOnlyAddressBook(sources.addressStatuses),
    addressKeyOf: sources.addressKeyOf,
    patients: {
      getPatient: async (id) => (id === patientId ? sources.patient : undefined),
      getResource: async (id, resourceType, resourceId) =>
        id === patientId ? sources.resources.get(`${resourceType}/${resourceId}`) : undefined,
    },
    preferences: { current: async () => [...sources.preferences] },
    devices: { devices: async () => [] },
    templates: sources.templates,
    settings: async () => sources.settings,
    senders: {
      email: recordingSender('email', deliveries),
      sms: recordingSender('sms', deliveries),
      push: recordingSender('push', deliveries),
      letter: recordingSender('letter', deliveries),
    },
    links: { link: (action, payload) => `https://simulation.invalid/${action}/${payload.messageId}` },
    engagement: { recordReceived: async () => {} },
    deferrals: { schedule: async () => {} },
    clock: sources.clock,
  };
  return { deps, deliveries, records: outbox.records };
}

export type { AddressStatus };

import { nextStatus } from '../../lambdas/domain/messaging/feedback/message-status';
import type {
  AddressBook,
  AddressOptOutSource,
  AddressStatus,
  ChannelSender,
  FeedbackOutcome,
  MessageFeedback,
  MessageRecord,
  OutboundMessage,
  SendResult,
  SuppressionReason,
} from '../../lambdas/domain/messaging/ports';
import type {
  ClaimOutcome,
  DeferredSend,
  DeferredSends,
  MessageOutbox,
  SendLedger,
} from '../../lambdas/domain/messaging/send-ports';
import type { Channel } from '../../lambdas/domain/patients/preferences';

const OPEN = new Set(['deferred', 'retrying']);

/** The message log with the DynamoDB store's conditions (see `message-store.ts`), in memory. */
export class InMemoryMessageOutbox implements MessageOutbox {
  readonly records = new Map<string, MessageRecord>();
  readonly ledgers = new Map<string, { sends: Record<string, number>; revision: number }>();
  /** Runs before each claim's conditions are checked: a test can race another writer in here. */
  beforeClaim?: () => void;

  async get(messageId: string) {
    return this.records.get(messageId);
  }

  async ledger(patientId: string, channel: Channel): Promise<SendLedger> {
    const ledger = this.ledgers.get(`${patientId}#${channel}`);
    return ledger ? { sends: { ...ledger.sends }, revision: ledger.revision } : { sends: {} };
  }

  async recordDecision(record: MessageRecord): Promise<'written' | 'exists'> {
    const existing = this.records.get(record.messageId);
    if (existing && !OPEN.has(existing.status)) return 'exists';
    this.records.set(record.messageId, { ...record, revision: record.revision + 1 });
    return 'written';
  }

  async claim(record: MessageRecord, channel: Channel, ledger: SendLedger): Promise<ClaimOutcome> {
    this.beforeClaim?.();
    const existing = this.records.get(record.messageId);
    if (existing && !OPEN.has(existing.status)) return 'exists';
    const key = `${record.patientId}#${channel}`;
    const current = this.ledgers.get(key);
    if ((current?.revision ?? undefined) !== ledger.revision) return 'ledger-changed';
    this.records.set(record.messageId, { ...record, revision: record.revision + 1 });
    this.ledgers.set(key, { sends: { ...ledger.sends }, revision: (ledger.revision ?? 0) + 1 });
    return 'claimed';
  }

  async settle(messageId: string, update: Parameters<MessageOutbox['settle']>[1]): Promise<'settled' | 'not-claimed'> {
    const record = this.records.get(messageId);
    if (record?.status !== 'claimed') return 'not-claimed';
    this.records.set(messageId, {
      ...record,
      status: update.status,
      updatedAt: update.at,
      revision: record.revision + 1,
      events: [
        ...record.events,
        { status: update.status, at: update.at, ...(update.detail ? { detail: update.detail } : {}) },
      ],
      ...(update.providerMessageId ? { providerMessageId: update.providerMessageId } : {}),
      ...(update.reason ? { reason: update.reason } : {}),
      ...(update.deferredUntil ? { deferredUntil: update.deferredUntil } : {}),
    });
    return 'settled';
  }

  async expiredClaims(claimedBefore: Date, limit: number): Promise<MessageRecord[]> {
    return [...this.records.values()]
      .filter((r) => r.status === 'claimed' && Date.parse(r.claimedAt ?? r.updatedAt) < claimedBefore.getTime())
      .sort((a, b) => ((a.claimedAt ?? '') < (b.claimedAt ?? '') ? -1 : 1))
      .slice(0, limit);
  }

  async recordFeedback(messageId: string, feedback: MessageFeedback): Promise<FeedbackOutcome> {
    const record = this.records.get(messageId);
    if (!record) return 'unknown-message';
    if (record.events.some((e) => e.status === feedback.status && e.at === feedback.at && e.detail === feedback.detail))
      return 'duplicate';
    this.records.set(messageId, {
      ...record,
      status: nextStatus(record.status, feedback.status),
      events: [...record.events, feedback],
      revision: record.revision + 1,
    });
    return 'applied';
  }
}

export class InMemoryAddressBook implements AddressBook {
  readonly statuses = new Map<string, AddressStatus>();

  async statusOf(keys: readonly string[]) {
    return new Map(
      keys.flatMap((key) => (this.statuses.has(key) ? [[key, this.statuses.get(key) as AddressStatus] as const] : [])),
    );
  }

  async suppress(key: string, reason: SuppressionReason, at: string, messageId?: string) {
    this.update(key, { suppressed: { reason, at, ...(messageId ? { messageId } : {}) } });
  }

  /** The last opt-in per address: an older opt-out (a redelivered STOP) is ignored, as the DynamoDB store does. */
  readonly optedInAt = new Map<string, string>();

  async optOut(key: string, source: AddressOptOutSource, at: string, keyword?: string) {
    const optedIn = this.optedInAt.get(key);
    const current = this.statuses.get(key)?.optedOut;
    // A STOP at the same instant as a START wins: when the order is unknown, not sending is safe.
    if ((optedIn && optedIn > at) || (current && current.at > at)) return;
    this.update(key, { optedOut: { source, at, ...(keyword ? { keyword } : {}) } });
  }

  async optIn(key: string, at: string) {
    const current = this.statuses.get(key);
    if (current?.optedOut && current.optedOut.at >= at) return;
    if ((this.optedInAt.get(key) ?? '') > at) return;
    this.optedInAt.set(key, at);
    if (current?.optedOut) {
      const { optedOut: _removed, ...rest } = current;
      this.statuses.set(key, rest);
    }
  }

  async noteSent(key: string, messageId: string, patientId: string, at: string) {
    this.update(key, { lastMessage: { messageId, patientId, at } });
  }

  private update(key: string, change: AddressStatus) {
    this.statuses.set(key, { ...this.statuses.get(key), ...change });
  }
}

/** A channel sender that records what it was given and answers what the test scripts (accepted by default). */
export class RecordingSender implements ChannelSender {
  readonly sent: OutboundMessage[] = [];
  /**
   * Each call takes the next scripted answer: a result, an Error to throw before sending, or
   * `{ acceptThenThrow }` — the provider took the message but the answer was lost (a time-out).
   */
  readonly script: (SendResult | Error | { acceptThenThrow: Error })[] = [];
  private counter = 0;

  constructor(readonly channel: Channel) {}

  async send(message: OutboundMessage): Promise<SendResult> {
    const next = this.script.shift();
    if (next instanceof Error) throw next;
    this.sent.push(message);
    if (next && 'acceptThenThrow' in next) throw next.acceptThenThrow;
    return next ?? { outcome: 'accepted', providerMessageId: `${this.channel}-${++this.counter}` };
  }
}

/** Deferred staff and campaign sends in memory, keyed like the DynamoDB store (instant and message id). */
export class InMemoryDeferredSends implements DeferredSends {
  readonly entries = new Map<string, DeferredSend>();

  async schedule(deferred: DeferredSend) {
    this.entries.set(`${deferred.until}#${deferred.messageId}`, deferred);
  }

  async due(now: Date, limit: number) {
    return [...this.entries.values()]
      .filter((entry) => entry.until <= now.toISOString())
      .sort((a, b) => a.until.localeCompare(b.until))
      .slice(0, limit);
  }

  async done(deferred: DeferredSend) {
    this.entries.delete(`${deferred.until}#${deferred.messageId}`);
  }
}

import type * as fhir4 from 'fhir/r4';
import { TEMPLATE_CATALOG } from '../../catalog/templates';
import type {
  AddressBook,
  ChannelSender,
  OutboundMessage,
  PushDevice,
  SendResult,
} from '../../lambdas/domain/messaging/ports';
import { TransientSendError } from '../../lambdas/domain/messaging/ports';
import { sendMessage } from '../../lambdas/domain/messaging/send-message';
import type {
  MessageOutbox,
  SendDependencies,
  SendOutcome,
  SendRequest,
  TemplateSource,
} from '../../lambdas/domain/messaging/send-ports';
import { DEFAULT_MESSAGING_SETTINGS, type MessagingSettings } from '../../lambdas/domain/messaging/settings';
import { templateSourceOf } from '../../lambdas/domain/messaging/templates/loaded-template';
import type { MessageTemplateVersion } from '../../lambdas/domain/messaging/templates/template-schema';
import type { Channel } from '../../lambdas/domain/patients/preferences';
import { testAddressKeyOf } from './address-keys';
import type { InMemoryPreferenceStore } from './in-memory-preferences';
import type { RecordingSender } from './messaging-fakes';
import { InMemoryDeferredSends } from './messaging-fakes';

/** The shipped catalog templates, each as version 1, compiled and rendered by the production template source. */
export function catalogTemplateSource(): TemplateSource {
  const versions = new Map<string, MessageTemplateVersion>(
    TEMPLATE_CATALOG.map(({ templateId, definition }) => [
      templateId,
      { templateId, version: 1, definition, createdAt: '2024-01-01T00:00:00.000Z', createdBy: 'catalog' },
    ]),
  );
  return templateSourceOf({
    version: async (id, version) => (version === 1 ? versions.get(id) : undefined),
    latest: async (id) => versions.get(id),
  });
}

export const CATALOG_TEMPLATE_IDS: readonly string[] = TEMPLATE_CATALOG.map((t) => t.templateId);

export class TestClock {
  constructor(private instant: number) {}
  now = (): Date => new Date(this.instant);
  advance(ms: number): void {
    this.instant += ms;
  }
  /** Moves forward to the instant; never back. */
  advanceTo(instant: number): void {
    this.instant = Math.max(this.instant, instant);
  }
}

export const APPOINTMENT: fhir4.Appointment = {
  resourceType: 'Appointment',
  id: 'appt-1',
  status: 'booked',
  start: '2026-04-02T14:30:00Z',
  end: '2026-04-02T15:00:00Z',
  participant: [{ status: 'accepted' }],
};

export interface SendWorld {
  readonly patients: Map<string, fhir4.Patient>;
  readonly devices: Map<string, PushDevice[]>;
  readonly preferences: InMemoryPreferenceStore;
  readonly clock: TestClock;
  readonly outbox: MessageOutbox;
  readonly addressBook: AddressBook;
  readonly senders: Readonly<Partial<Record<Channel, ChannelSender>>>;
  readonly templates?: TemplateSource;
  readonly settings?: MessagingSettings;
}

/** The send function's dependencies over an in-memory world; resources are one booked appointment. */
export function sendDependencies(world: SendWorld): SendDependencies {
  const templates = world.templates ?? catalogTemplateSource();
  const settings = world.settings ?? DEFAULT_MESSAGING_SETTINGS;
  return {
    outbox: world.outbox,
    addressBook: world.addressBook,
    addressKeyOf: testAddressKeyOf,
    patients: {
      getPatient: async (id) => world.patients.get(id),
      getResource: async (_patientId, type, id) =>
        type === 'Appointment' && id === APPOINTMENT.id ? APPOINTMENT : undefined,
    },
    preferences: world.preferences,
    devices: { devices: async (id) => world.devices.get(id) ?? [] },
    templates,
    settings: async () => settings,
    senders: world.senders,
    links: { link: (action, payload) => `https://links.example/${action}/${payload.messageId}` },
    engagement: { recordReceived: async () => undefined },
    deferrals: new InMemoryDeferredSends(),
    clock: world.clock,
  };
}

/**
 * Wraps an object so that each async call first yields to other tasks a few times (as a network round trip
 * would): two concurrent sends then interleave at every read and write, in an order `pause` decides.
 */
export function withPauses<T extends object>(target: T, pause: () => Promise<void>): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        await pause();
        return value.apply(object, args);
      };
    },
  });
}

/** A seeded pause of 0–3 microtask turns: reproducible interleavings for fast-check. */
export function seededPause(seed: number): () => Promise<void> {
  let state = seed >>> 0 || 1;
  return async () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const turns = (state >>> 0) % 4;
    for (let i = 0; i < turns; i++) await Promise.resolve();
  };
}

/** What one provider call did: `accepted`, `lost` (accepted, answer lost), `refused`, or `not-sent` (threw first). */
export interface ProviderCall {
  readonly messageId: string;
  readonly patientId: string;
  readonly channel: Channel;
  readonly address: string;
  readonly at: number;
  readonly result: 'accepted' | 'lost' | 'refused' | 'not-sent';
  readonly refusal?: Extract<SendResult, { outcome: 'refused' }>['reason'];
  readonly providerMessageId?: string;
}

/**
 * A channel sender over a `RecordingSender` that logs every call with what became of it. `next` (when set)
 * is scripted into the recording sender for the next call on any channel, so a test can fault "the provider
 * call of this send" without knowing in advance which channel policy will pick.
 */
export class ObservedSender implements ChannelSender {
  readonly channel: Channel;

  constructor(
    private readonly inner: RecordingSender,
    private readonly calls: ProviderCall[],
    private readonly takeFault: (channel: Channel) => Parameters<RecordingSender['script']['push']>[0] | undefined,
  ) {
    this.channel = inner.channel;
  }

  async send(message: OutboundMessage): Promise<SendResult> {
    const fault = this.takeFault(this.channel);
    if (fault) this.inner.script.unshift(fault);
    const before = this.inner.sent.length;
    const base = {
      messageId: message.messageId,
      patientId: message.patientId,
      channel: message.to.channel,
      address: message.to.address,
      at: message.at.getTime(),
    };
    try {
      const result = await this.inner.send(message);
      this.calls.push(
        result.outcome === 'accepted'
          ? { ...base, result: 'accepted', providerMessageId: result.providerMessageId }
          : { ...base, result: 'refused', refusal: result.reason },
      );
      return result;
    } catch (error) {
      this.calls.push({ ...base, result: this.inner.sent.length > before ? 'lost' : 'not-sent' });
      throw error;
    }
  }
}

/** Calls the send function as a Step Functions `Retry` on transient errors would: the same request again, later. */
export async function sendWithRetries(
  request: SendRequest,
  deps: SendDependencies,
  clock: TestClock,
  retry: { readonly attempts: number; readonly backoffMs: number },
): Promise<SendOutcome | Error> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await sendMessage(request, deps);
    } catch (error) {
      if (!(error instanceof TransientSendError) || attempt >= retry.attempts) return error as Error;
      clock.advance(retry.backoffMs);
    }
  }
}

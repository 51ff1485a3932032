import type { DeadLetterEntry } from '../../../../lambdas/domain/ingestion/ports';
import { receiveInboundSms } from '../../../../lambdas/domain/messaging/feedback/receive-inbound-sms';
import type { OutboundMessage, SendResult } from '../../../../lambdas/domain/messaging/ports';
import { DEFAULT_MESSAGING_SETTINGS, type MessagingSettings } from '../../../../lambdas/domain/messaging/settings';
import { testAddressKeyOf as addressKeyOf } from '../../../support/address-keys';
import { InMemoryPreferenceStore } from '../../../support/in-memory-preferences';
import { InMemoryAddressBook, InMemoryMessageOutbox } from '../../../support/messaging-fakes';
import { inboundSms, RecordingLogger } from './fakes';

/**
 * One inbound text from provider message to effect, as the handler hands it over: the settings read per text,
 * HELP answered once with the organisation's text, a keyword announced, a message that is not a text kept.
 */
const PHONE = '+14255550182';
const ADDRESS_KEY = addressKeyOf('sms', PHONE);
const PUBLISHED = new Date('2026-11-25T10:00:00.000Z');
const NOW = new Date('2026-11-25T10:00:05.000Z');

const message = (body: string, inboundMessageId = 'in-1') => JSON.stringify(inboundSms(PHONE, body, inboundMessageId));

async function setUp(settings: MessagingSettings) {
  const addressBook = new InMemoryAddressBook();
  await addressBook.noteSent(ADDRESS_KEY, 'msg-22222222222222222222222222222222', 'p2', '2026-11-24T09:00:00.000Z');
  const sent: OutboundMessage[] = [];
  const replied: unknown[] = [];
  const deadLetters: DeadLetterEntry[] = [];
  let settingsReads = 0;
  const deps = {
    addressBook,
    preferences: new InMemoryPreferenceStore(),
    settings: async () => {
      settingsReads++;
      return settings;
    },
    addressKeys: async () => addressKeyOf,
    outbox: new InMemoryMessageOutbox(),
    sms: {
      channel: 'sms' as const,
      send: async (outbound: OutboundMessage): Promise<SendResult> => {
        sent.push(outbound);
        return { providerMessageId: `provider-${sent.length}` } as SendResult;
      },
    },
    publisher: { publishPatientReplied: async (details: readonly unknown[]) => void replied.push(...details) },
    deadLetters: { record: async (entry: DeadLetterEntry) => void deadLetters.push(entry) },
    clock: { now: () => NOW },
    logger: new RecordingLogger(),
  };
  return { deps, sent, replied, deadLetters, addressBook, settingsReads: () => settingsReads };
}

const SETTINGS: MessagingSettings = {
  ...DEFAULT_MESSAGING_SETTINGS,
  organisation: { ...DEFAULT_MESSAGING_SETTINGS.organisation, smsHelpText: 'Riverside Clinic: call 555-0100.' },
  keywords: { C: 'appointment-confirmed' },
};

it('answers HELP with the organisation text, once however often the text is delivered', async () => {
  const { deps, sent, settingsReads } = await setUp(SETTINGS);

  expect(await receiveInboundSms(message('HELP'), PUBLISHED, deps)).toBe('help');
  expect(await receiveInboundSms(message('HELP'), PUBLISHED, deps)).toBe('help');

  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({
    to: { channel: 'sms', address: PHONE, addressKey: ADDRESS_KEY },
    rendered: { channel: 'sms', text: 'Riverside Clinic: call 555-0100.' },
  });
  expect(settingsReads()).toBe(2);
});

it('announces a configured keyword as Patient Replied at the publish time', async () => {
  const { deps, replied, sent } = await setUp(SETTINGS);

  expect(await receiveInboundSms(message('c', 'in-7'), PUBLISHED, deps)).toBe('replied');

  expect(replied).toEqual([
    expect.objectContaining({ replyId: 'in-7', patientId: 'p2', keyword: 'C', occurredAt: PUBLISHED.toISOString() }),
  ]);
  expect(sent).toEqual([]);
});

it('opts the number out on STOP', async () => {
  const { deps, addressBook } = await setUp(SETTINGS);

  expect(await receiveInboundSms(message('STOP'), PUBLISHED, deps)).toBe('opted-out');

  expect((await addressBook.statusOf([ADDRESS_KEY])).get(ADDRESS_KEY)?.optedOut).toBeTruthy();
});

it('keeps a message that is not an inbound text as a dead letter with its reason, and reads no settings', async () => {
  const { deps, deadLetters, sent, settingsReads } = await setUp(SETTINGS);

  expect(await receiveInboundSms('{"not":"an inbound text"}', PUBLISHED, deps)).toBe('rejected');

  expect(deadLetters).toEqual([
    expect.objectContaining({
      origin: 'provider-feedback',
      receivedAt: NOW.toISOString(),
      rejection: expect.objectContaining({
        code: 'malformed-event',
        message: expect.stringContaining('originationNumber'),
      }),
      payload: '{"not":"an inbound text"}',
    }),
  ]);
  expect(sent).toEqual([]);
  expect(settingsReads()).toBe(0);
});

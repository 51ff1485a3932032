import { patientRepliedDetailSchema } from '../../../../lambdas/domain/events/messaging-event-schemas';
import {
  classifyInbound,
  handleInboundSms,
  type InboundSmsSettings,
  parseInboundSms,
} from '../../../../lambdas/domain/messaging/feedback/inbound-sms';
import { messageIdOf } from '../../../../lambdas/domain/messaging/message';
import { TOPICS } from '../../../../lambdas/domain/patients/preferences';
import { createAjv } from '../../../../lambdas/domain/validation/ajv';
import { testAddressKeyOf as addressKeyOf } from '../../../support/address-keys';
import { InMemoryPreferenceStore } from '../../../support/in-memory-preferences';
import { InMemoryAddressBook } from '../../../support/messaging-fakes';
import { inboundSms, RecordingLogger } from './fakes';

const PHONE = '+14255550182';
const MESSAGE_FOR_P1 = 'msg-11111111111111111111111111111111';
const MESSAGE_FOR_P2 = 'msg-22222222222222222222222222222222';
const ADDRESS_KEY = addressKeyOf('sms', PHONE);
const SETTINGS: InboundSmsSettings = {
  keywords: { C: 'appointment-confirmed', R: 'appointment-reschedule-requested' },
  helpText: 'Riverside Clinic reminders. Call 555-0100 for help. Reply STOP to opt out.',
  defaultCountry: 'US',
};

const inbound = (body: string, inboundMessageId?: string) => inboundSms(PHONE, body, inboundMessageId);

async function setUp() {
  const addressBook = new InMemoryAddressBook();
  const preferences = new InMemoryPreferenceStore();
  const logger = new RecordingLogger();
  // Two patients share the number; the last message went to p2.
  await addressBook.noteSent(ADDRESS_KEY, MESSAGE_FOR_P1, 'p1', '2026-11-20T09:00:00.000Z');
  await addressBook.noteSent(ADDRESS_KEY, MESSAGE_FOR_P2, 'p2', '2026-11-24T09:00:00.000Z');
  const deps = { addressBook, preferences, settings: SETTINGS, addressKeyOf, logger };
  return { addressBook, preferences, logger, deps };
}

const T1 = new Date('2026-11-25T10:00:00.000Z');
const T2 = new Date('2026-11-25T11:00:00.000Z');

describe('classifyInbound', () => {
  it.each([
    ['STOP', 'opt-out'],
    ['stop', 'opt-out'],
    ['  Stop. ', 'opt-out'],
    ['STOPALL', 'opt-out'],
    ['unsubscribe', 'opt-out'],
    ['Cancel', 'opt-out'],
    ['END', 'opt-out'],
    ['QUIT', 'opt-out'],
    ['OPTOUT', 'opt-out'],
    ['opt-out', 'opt-out'],
    ['Opt out', 'opt-out'],
    ['REVOKE', 'opt-out'],
    ['REMOVE', 'opt-out'],
    ['ARRET', 'opt-out'],
    ['Arrêt', 'opt-out'],
    ['TD', 'opt-out'],
    ['START', 'opt-in'],
    ['unstop', 'opt-in'],
    ['HELP', 'help'],
    ['info?', 'help'],
    ['please stop texting me', 'other'],
    ["don't stop the reminders", 'other'],
    ['YES', 'other'],
    ['', 'other'],
  ])('%j is %s', (body, expected) => {
    expect(classifyInbound(body, SETTINGS)).toBe(expected);
  });

  it('maps a configured keyword, whatever its case, to its event', () => {
    expect(classifyInbound(' c ', SETTINGS)).toEqual({ keyword: 'C', event: 'appointment-confirmed' });
  });

  it('lets compliance keywords win over a configured keyword of the same spelling', () => {
    expect(classifyInbound('stop', { keywords: { STOP: 'appointment-cancelled' } })).toBe('opt-out');
  });
});

describe('parseInboundSms', () => {
  it('reads the two-way SMS payload', () => {
    expect(parseInboundSms(JSON.stringify(inbound('C')))).toEqual({ outcome: 'inbound', inbound: inbound('C') });
  });

  it.each([
    ['not JSON', 'STOP'],
    ['no inbound message id', JSON.stringify({ ...inbound('C'), inboundMessageId: undefined })],
    ['a body that is not text', JSON.stringify({ ...inbound('C'), messageBody: 7 })],
  ])('rejects %s without echoing the number', (_case, message) => {
    const result = parseInboundSms(message);

    expect(result.outcome).toBe('rejected');
    expect(JSON.stringify(result)).not.toContain(PHONE);
  });
});

describe('handleInboundSms', () => {
  it('STOP opts the number out for every patient sharing it', async () => {
    const { deps, addressBook } = await setUp();

    const result = await handleInboundSms(inbound('STOP'), deps, T1);

    expect(result).toMatchObject({ outcome: 'opted-out', addressKey: ADDRESS_KEY, patientId: 'p2' });
    expect(addressBook.statuses.get(ADDRESS_KEY)?.optedOut).toEqual({
      source: 'inbound-sms',
      at: T1.toISOString(),
      keyword: 'STOP',
    });
  });

  it('STOP opts the last-messaged patient out of SMS on every topic, and no other patient', async () => {
    const { deps, preferences } = await setUp();

    await handleInboundSms(inbound('stop'), deps, T1);

    const current = await preferences.current('p2');
    expect(current.map((c) => [c.channel, c.topic, c.status, c.source, c.actor])).toEqual(
      TOPICS.map((topic) => ['sms', topic, 'opted-out', 'inbound-sms', 'patient']),
    );
    expect(await preferences.current('p1')).toEqual([]);
  });

  it('a redelivered STOP records no second change', async () => {
    const { deps, preferences } = await setUp();
    await handleInboundSms(inbound('STOP'), deps, T1);

    const again = await handleInboundSms(inbound('STOP'), deps, T1);

    expect(again).toMatchObject({ changes: TOPICS.map(() => 'duplicate') });
    expect(preferences.changes).toHaveLength(TOPICS.length);
  });

  it('STOP from a number never messaged still opts the number out', async () => {
    const { deps, addressBook, preferences } = await setUp();
    const stranger = { ...inbound('STOP'), originationNumber: '+12065551234' };

    const result = await handleInboundSms(stranger, deps, T1);

    expect(result).toEqual({
      outcome: 'opted-out',
      addressKey: addressKeyOf('sms', '+12065551234'),
      changes: [],
    });
    expect(addressBook.statuses.get(addressKeyOf('sms', '+12065551234'))?.optedOut?.source).toBe('inbound-sms');
    expect(preferences.changes).toEqual([]);
  });

  it('START clears the address opt-out', async () => {
    const { deps, addressBook } = await setUp();
    await handleInboundSms(inbound('STOP', 'in-1'), deps, T1);

    const result = await handleInboundSms(inbound('START', 'in-2'), deps, T2);

    expect(result).toMatchObject({ outcome: 'opted-in', patientId: 'p2' });
    expect(addressBook.statuses.get(ADDRESS_KEY)?.optedOut).toBeUndefined();
  });

  it('a STOP redelivered after START does not opt the number out again', async () => {
    const { deps, addressBook } = await setUp();
    await handleInboundSms(inbound('STOP', 'in-1'), deps, T1);
    await handleInboundSms(inbound('START', 'in-2'), deps, T2);

    await handleInboundSms(inbound('STOP', 'in-1'), deps, T1);

    expect(addressBook.statuses.get(ADDRESS_KEY)?.optedOut).toBeUndefined();
  });

  it('START restores what the STOP replaced: care topics back in, marketing as it was before', async () => {
    const { deps, preferences } = await setUp();
    await preferences.record({
      changeId: 'staff-r1',
      patientId: 'p2',
      channel: 'sms',
      topic: 'results',
      status: 'opted-out',
      source: 'staff',
      actor: 'staff-1',
      at: '2026-11-01T00:00:00.000Z',
    });
    await preferences.record({
      changeId: 'staff-r2',
      patientId: 'p2',
      channel: 'sms',
      topic: 'events',
      status: 'opted-in',
      source: 'staff',
      actor: 'staff-1',
      at: '2026-11-01T00:00:00.000Z',
    });
    await handleInboundSms(inbound('STOP', 'in-1'), deps, T1);

    await handleInboundSms(inbound('START', 'in-2'), deps, T2);

    const status = Object.fromEntries((await preferences.current('p2')).map((c) => [c.topic, c.status]));
    expect(status).toEqual({
      'appointment-reminders': 'opted-in',
      'care-gaps': 'opted-in',
      general: 'opted-in',
      results: 'opted-out',
      events: 'opted-in',
      campaigns: 'opted-out',
    });
  });

  it('START leaves a topic changed since the STOP by another route alone', async () => {
    const { deps, preferences } = await setUp();
    await handleInboundSms(inbound('STOP', 'in-1'), deps, T1);
    await preferences.record({
      changeId: 'staff-after',
      patientId: 'p2',
      channel: 'sms',
      topic: 'appointment-reminders',
      status: 'opted-out',
      source: 'staff',
      actor: 'staff-1',
      at: '2026-11-25T10:30:00.000Z',
    });

    await handleInboundSms(inbound('START', 'in-2'), deps, T2);

    const reminders = (await preferences.current('p2')).find((c) => c.topic === 'appointment-reminders');
    expect(reminders?.changeId).toBe('staff-after');
  });

  it('HELP returns the reply to send, even to an opted-out number', async () => {
    const { deps } = await setUp();
    await handleInboundSms(inbound('STOP', 'in-1'), deps, T1);

    const result = await handleInboundSms(inbound('help', 'in-2'), deps, T2);

    expect(result).toEqual({
      outcome: 'help',
      addressKey: ADDRESS_KEY,
      reply: {
        messageId: messageIdOf('', { kind: 'auto-reply', inboundId: 'in-2' }),
        to: ADDRESS_KEY,
        text: SETTINGS.helpText,
      },
    });
  });

  it('a configured keyword becomes a Patient Replied announcement with ids only', async () => {
    const { deps } = await setUp();

    const result = await handleInboundSms(inbound('c', 'in-3'), deps, T1);

    expect(result).toEqual({
      outcome: 'replied',
      addressKey: ADDRESS_KEY,
      announcement: {
        replyId: 'in-3',
        patientId: 'p2',
        messageId: MESSAGE_FOR_P2,
        keyword: 'C',
        event: 'appointment-confirmed',
        occurredAt: T1.toISOString(),
      },
    });
    const ajv = createAjv();
    expect(result.outcome === 'replied' && ajv.validate(patientRepliedDetailSchema, result.announcement)).toBe(true);
  });

  it('free text from a messaged number is attributed but announces nothing', async () => {
    const { deps } = await setUp();

    const result = await handleInboundSms(inbound('Running 10 min late, sorry'), deps, T1);

    expect(result).toEqual({
      outcome: 'free-text',
      addressKey: ADDRESS_KEY,
      patientId: 'p2',
      messageId: MESSAGE_FOR_P2,
    });
  });

  it.each(['C', 'hello'])('%j from a number never messaged is unattributed', async (body) => {
    const { deps } = await setUp();

    const result = await handleInboundSms({ ...inbound(body), originationNumber: '+12065551234' }, deps, T1);

    expect(result).toMatchObject({ outcome: 'unattributed', reason: 'no-message-to-address' });
  });

  it('a number that cannot be read is unattributed and changes nothing', async () => {
    const { deps, preferences } = await setUp();

    const result = await handleInboundSms({ ...inbound('STOP'), originationNumber: 'CLINIC' }, deps, T1);

    expect(result).toEqual({ outcome: 'unattributed', reason: 'unreadable-number' });
    expect(preferences.changes).toEqual([]);
  });

  it('logs ids, never the number, its address key or the text', async () => {
    const { deps, logger } = await setUp();

    for (const [i, body] of ['STOP', 'START', 'HELP', 'C', 'my chest hurts'].entries()) {
      await handleInboundSms(inbound(body, `in-${i}`), deps, T1);
    }
    await handleInboundSms(inboundSms('+12065551234', 'hello', 'in-stranger'), deps, T1);

    expect(logger.lines.length).toBeGreaterThan(5);
    expect(logger.text()).not.toContain(PHONE);
    expect(logger.text()).not.toContain(ADDRESS_KEY.slice('sms:'.length));
    expect(logger.text()).not.toContain(addressKeyOf('sms', '+12065551234').slice('sms:'.length));
    expect(logger.text()).not.toContain('chest');
  });
});

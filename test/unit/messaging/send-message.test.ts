import type * as fhir4 from 'fhir/r4';
import { TIMEZONE_EXTENSION_URL } from '../../../lambdas/domain/fhir/facts';
import { resumeDeferredSends } from '../../../lambdas/domain/messaging/deferred-sends';
import { messageIdOf } from '../../../lambdas/domain/messaging/message';
import { PermanentSendError, TransientSendError } from '../../../lambdas/domain/messaging/ports';
import {
  CHANNEL_RETRY_MS,
  CLAIM_LEASE_MS,
  MessageInFlightError,
  sendMessage,
  sweepExpiredClaims,
} from '../../../lambdas/domain/messaging/send-message';
import type { LoadedTemplate, SendDependencies, SendRequest } from '../../../lambdas/domain/messaging/send-ports';
import { DEFAULT_MESSAGING_SETTINGS } from '../../../lambdas/domain/messaging/settings';
import type { PreferenceRecord } from '../../../lambdas/domain/patients/preferences';
import { silentLogger } from '../../../lambdas/domain/ports';
import { testAddressKeyOf } from '../../support/address-keys';
import {
  InMemoryAddressBook,
  InMemoryDeferredSends,
  InMemoryMessageOutbox,
  RecordingSender,
} from '../../support/messaging-fakes';

// 15:00 in New York: outside every default quiet hour.
const NOON_NY = new Date('2026-03-10T19:00:00Z');

const patient: fhir4.Patient = {
  resourceType: 'Patient',
  id: 'p1',
  name: [{ given: ['Ana'], family: 'Diaz' }],
  telecom: [
    { system: 'phone', use: 'mobile', value: '+1 617 555 0101' },
    { system: 'email', value: 'ana@example.org' },
  ],
  extension: [{ url: TIMEZONE_EXTENSION_URL, valueCode: 'America/New_York' }],
};

const template: LoadedTemplate = {
  templateId: 'reminder',
  version: 3,
  channels: new Set(['sms', 'email']),
  render: (channel, input) =>
    channel === 'sms'
      ? { language: 'en', rendered: { channel: 'sms', text: `Hi ${input.messageId}`, encoding: 'GSM-7', segments: 1 } }
      : { language: 'en', rendered: { channel: 'email', subject: 'S', html: '<p>H</p>', text: 'T' } },
};

const request = (overrides: Partial<SendRequest> = {}): SendRequest => ({
  patientId: 'p1',
  cause: { kind: 'journey', journeyId: 'j1', journeyVersion: 1, executionId: 'exec-1', stepId: 'sms-24h' },
  templateId: 'reminder',
  intent: { topic: 'appointment-reminders', channels: ['sms'], fallback: false, quietHours: 'defer' },
  ...overrides,
});

function setup(options: { now?: Date; preferences?: PreferenceRecord[]; patient?: fhir4.Patient | undefined } = {}) {
  let now = options.now ?? NOON_NY;
  const outbox = new InMemoryMessageOutbox();
  const addressBook = new InMemoryAddressBook();
  const sms = new RecordingSender('sms');
  const email = new RecordingSender('email');
  const received: string[] = [];
  const deferred = new InMemoryDeferredSends();
  const deps: SendDependencies = {
    outbox,
    addressBook,
    addressKeyOf: testAddressKeyOf,
    patients: {
      getPatient: async () => ('patient' in options ? options.patient : patient),
      getResource: async () => undefined,
    },
    preferences: { current: async () => options.preferences ?? [] },
    devices: { devices: async () => [] },
    templates: { load: async (id) => (id === 'reminder' ? template : undefined) },
    settings: async () => DEFAULT_MESSAGING_SETTINGS,
    senders: { sms, email },
    links: { link: (action, payload) => `https://links.example/${action}/${payload.messageId}` },
    engagement: { recordReceived: async (record) => void received.push(record.messageId) },
    deferrals: deferred,
    clock: { now: () => now },
  };
  return {
    deps,
    deferred,
    outbox,
    addressBook,
    sms,
    email,
    received,
    advance: (ms: number) => (now = new Date(now.getTime() + ms)),
  };
}

describe('sendMessage', () => {
  it('sends once, records the claim before the provider call and the provider id after it', async () => {
    const { deps, outbox, sms } = setup();
    const outcome = await sendMessage(request(), deps);

    expect(outcome).toEqual({
      messageId: messageIdOf('p1', request().cause),
      outcome: 'sent',
      channel: 'sms',
      duplicate: false,
    });
    expect(sms.sent).toHaveLength(1);
    expect(sms.sent[0]?.to.address).toBe('+16175550101');
    const record = outbox.records.get(outcome.messageId);
    expect(record).toMatchObject({ status: 'sent', providerMessageId: 'sms-1', templateVersion: 3, language: 'en' });
  });

  it('answers a retried step from the record and never sends twice', async () => {
    const { deps, sms } = setup();
    await sendMessage(request(), deps);
    const retry = await sendMessage(request(), deps);

    expect(retry).toMatchObject({ outcome: 'sent', duplicate: true });
    expect(sms.sent).toHaveLength(1);
  });

  it('records a policy skip with its reason and checks, and sends nothing', async () => {
    const optedOut: PreferenceRecord = {
      changeId: 'c1',
      patientId: 'p1',
      channel: 'sms',
      topic: 'appointment-reminders',
      status: 'opted-out',
      source: 'inbound-sms',
      actor: 'patient',
      at: '2026-01-01T00:00:00.000Z',
    };
    const { deps, outbox, sms } = setup({ preferences: [optedOut] });
    const outcome = await sendMessage(request(), deps);

    expect(outcome).toMatchObject({ outcome: 'skipped', reason: 'opted-out', duplicate: false });
    expect(sms.sent).toHaveLength(0);
    expect(outbox.records.get(outcome.messageId)?.checks).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'consent', passed: false, reason: 'opted-out' })]),
    );
  });

  it('defers inside quiet hours, then sends the same message once the window has passed', async () => {
    // 22:00 in New York: SMS quiet hours (20:00–08:00) by default.
    const { deps, sms, advance } = setup({ now: new Date('2026-03-11T02:00:00Z') });
    const first = await sendMessage(request(), deps);
    expect(first).toMatchObject({ outcome: 'deferred', until: '2026-03-11T12:00:00.000Z' });
    expect(sms.sent).toHaveLength(0);

    advance(10 * 3_600_000);
    const second = await sendMessage(request(), deps);
    expect(second).toMatchObject({ outcome: 'sent', messageId: first.messageId, duplicate: false });
    expect(sms.sent).toHaveLength(1);
  });

  it('keeps a deferred staff send until it is due, then sends it once; a journey send waits itself', async () => {
    const { deps, deferred, sms, advance } = setup({ now: new Date('2026-03-11T02:00:00Z') });
    const staff = request({ cause: { kind: 'staff', requestId: 'late-evening' } });
    await sendMessage(staff, deps);
    await sendMessage(request(), deps);
    expect([...deferred.entries.values()].map((e) => e.request.cause.kind)).toEqual(['staff']);

    expect(await resumeDeferredSends({ ...deps, deferred, logger: silentLogger })).toMatchObject({ resumed: 0 });
    advance(10 * 3_600_000);
    const resumed = await resumeDeferredSends({ ...deps, deferred, logger: silentLogger });

    expect(resumed).toMatchObject({ resumed: 1, outcomes: { sent: 1 } });
    expect(sms.sent.map((m) => m.messageId)).toEqual([messageIdOf('p1', staff.cause)]);
    expect(deferred.entries.size).toBe(0);
  });

  it("judges quiet hours in the zone of a patient's home address when the record carries no zone, and logs why", async () => {
    // 21:30 in New York (the organisation's zone), 18:30 in Los Angeles, where the patient lives.
    const angeleno: fhir4.Patient = {
      ...patient,
      extension: [],
      address: [{ use: 'home', city: 'Los Angeles', state: 'CA', postalCode: '90038', country: 'US' }],
    };
    const { deps, outbox, sms } = setup({ now: new Date('2026-03-11T01:30:00Z'), patient: angeleno });

    const outcome = await sendMessage(request(), deps);

    expect(outcome).toMatchObject({ outcome: 'sent', channel: 'sms' });
    expect(sms.sent).toHaveLength(1);
    expect(outbox.records.get(outcome.messageId)).toMatchObject({
      timeZone: 'America/Los_Angeles',
      timeZoneSource: 'home-address',
    });
  });

  it('skips an unknown patient and an unknown template without calling a provider', async () => {
    const unknownPatient = setup({ patient: undefined });
    expect(await sendMessage(request(), unknownPatient.deps)).toMatchObject({
      outcome: 'skipped',
      reason: 'patient-unknown',
    });
    const unknownTemplate = setup();
    expect(await sendMessage(request({ templateId: 'nope' }), unknownTemplate.deps)).toMatchObject({
      outcome: 'skipped',
      reason: 'template-unavailable',
    });
    expect(unknownPatient.sms.sent).toHaveLength(0);
    expect(unknownTemplate.sms.sent).toHaveLength(0);
  });

  it('releases the claim when the provider throttles, so the retry sends exactly once', async () => {
    const { deps, outbox, sms } = setup();
    sms.script.push(new TransientSendError('throttled', { cause: { name: 'ThrottlingException' } }));

    await expect(sendMessage(request(), deps)).rejects.toThrow(TransientSendError);
    const id = messageIdOf('p1', request().cause);
    expect(outbox.records.get(id)?.status).toBe('retrying');

    expect(await sendMessage(request(), deps)).toMatchObject({ outcome: 'sent', duplicate: false });
    expect(sms.sent).toHaveLength(1);
    // The ledger counts the message once, whatever the number of attempts.
    expect(Object.keys((await outbox.ledger('p1', 'sms')).sends)).toEqual([id]);
  });

  it('never resends after a time-out that may have reached the provider: in flight, then in doubt', async () => {
    const { deps, outbox, sms, advance } = setup();
    sms.script.push({
      acceptThenThrow: new TransientSendError('timed out', {
        cause: { name: 'TimeoutError' },
        mayHaveBeenAccepted: true,
      }),
    });

    await expect(sendMessage(request(), deps)).rejects.toThrow(TransientSendError);
    await expect(sendMessage(request(), deps)).rejects.toThrow(MessageInFlightError);
    advance(CLAIM_LEASE_MS);
    const settled = await sendMessage(request(), deps);

    expect(settled).toMatchObject({ outcome: 'in-doubt', duplicate: true });
    expect(sms.sent).toHaveLength(1);
    expect(outbox.records.get(settled.messageId)?.status).toBe('in-doubt');
  });

  it('finishes the address note after a crash between the acceptance and it, so a STOP is attributed to the patient', async () => {
    const { deps, outbox, addressBook, email, advance } = setup();
    const emailOnly = request({ intent: { ...request().intent, channels: ['email'] } });
    const noteSent = addressBook.noteSent.bind(addressBook);
    addressBook.noteSent = async () => {
      throw new Error('the function timed out');
    };
    await expect(sendMessage(emailOnly, deps)).rejects.toThrow('timed out');
    addressBook.noteSent = noteSent;

    await expect(sendMessage(emailOnly, deps)).rejects.toThrow(MessageInFlightError);
    advance(CLAIM_LEASE_MS);
    const retry = await sendMessage(emailOnly, deps);

    const id = messageIdOf('p1', emailOnly.cause);
    expect(retry).toMatchObject({ outcome: 'in-doubt', duplicate: true });
    expect(email.sent).toHaveLength(1);
    expect([...addressBook.statuses.values()].map((status) => status.lastMessage)).toEqual([
      expect.objectContaining({ messageId: id, patientId: 'p1' }),
    ]);
    expect(outbox.records.get(id)?.status).toBe('in-doubt');
  });

  it('sweeps a claim nothing settled within its lease to in-doubt, and leaves a fresh claim alone', async () => {
    const { deps, outbox, sms, advance } = setup();
    const staff = request({ cause: { kind: 'staff', requestId: 'crashed-send' } });
    // The provider took it, the answer was lost, and every retry of the staff send was spent within the lease.
    sms.script.push({
      acceptThenThrow: new TransientSendError('timed out', {
        cause: { name: 'TimeoutError' },
        mayHaveBeenAccepted: true,
      }),
    });
    await expect(sendMessage(staff, deps)).rejects.toThrow(TransientSendError);
    const id = messageIdOf('p1', staff.cause);

    expect(await sweepExpiredClaims(deps, 100)).toEqual([]);
    advance(CLAIM_LEASE_MS + 1);
    const swept = await sweepExpiredClaims(deps, 100);

    expect(swept).toEqual([id]);
    expect(outbox.records.get(id)?.status).toBe('in-doubt');
    expect(await sweepExpiredClaims(deps, 100)).toEqual([]);
    expect(sms.sent).toHaveLength(1);
  });

  it('keeps a staff send whose channel is paused in the deferral store and sends it once the channel is back', async () => {
    const { deps, deferred, sms, advance } = setup();
    const staff = request({ cause: { kind: 'staff', requestId: 'paused-channel' } });
    sms.script.push(new PermanentSendError('channel', 'sms', 'AccountSuspended'));

    expect(await sendMessage(staff, deps)).toMatchObject({ outcome: 'deferred', reason: 'channel-unavailable' });
    expect(await resumeDeferredSends({ ...deps, deferred, logger: silentLogger })).toMatchObject({ resumed: 0 });
    advance(CHANNEL_RETRY_MS);
    const resumed = await resumeDeferredSends({ ...deps, deferred, logger: silentLogger });

    expect(resumed).toMatchObject({ resumed: 1, outcomes: { sent: 1 } });
    expect(sms.sent.map((m) => m.messageId)).toEqual([messageIdOf('p1', staff.cause)]);
  });

  it('records a permanent refusal as failed and suppresses the address', async () => {
    const { deps, outbox, addressBook, sms } = setup();
    sms.script.push({ outcome: 'refused', reason: 'invalid-address', detail: 'INVALID_DESTINATION' });
    const outcome = await sendMessage(request(), deps);

    expect(outcome).toMatchObject({ outcome: 'failed', reason: 'invalid-address' });
    const record = outbox.records.get(outcome.messageId);
    expect(record?.status).toBe('failed');
    expect(addressBook.statuses.get(record?.addressKey as string)?.suppressed?.reason).toBe('invalid-address');
    // The next message to that number is stopped by policy, not sent.
    const next = await sendMessage(request({ cause: { kind: 'staff', requestId: 'r2' } }), deps);
    expect(next).toMatchObject({ outcome: 'skipped', reason: 'suppressed' });
  });

  it('stops a third message at the daily SMS cap, and falls back to email when the step allows it', async () => {
    const { deps, sms, email } = setup();
    await sendMessage(request(), deps);
    await sendMessage(request({ cause: { kind: 'staff', requestId: 'r1b' } }), deps);
    const capped = await sendMessage(request({ cause: { kind: 'staff', requestId: 'r2' } }), deps);
    expect(capped).toMatchObject({ outcome: 'skipped', reason: 'frequency-cap' });

    const fallback = await sendMessage(
      request({
        cause: { kind: 'staff', requestId: 'r3' },
        intent: { topic: 'appointment-reminders', channels: ['sms', 'email'], fallback: true, quietHours: 'defer' },
      }),
      deps,
    );
    expect(fallback).toMatchObject({ outcome: 'sent', channel: 'email' });
    expect(sms.sent).toHaveLength(2);
    expect(email.sent).toHaveLength(1);
    expect(email.sent[0]?.unsubscribeUrl).toBe(`https://links.example/unsubscribe/${fallback.messageId}`);
  });

  it('decides again when a concurrent send moved the ledger, so two sends cannot both pass a cap', async () => {
    const { deps, outbox, sms } = setup();
    let raced = false;
    outbox.beforeClaim = () => {
      if (raced) return;
      raced = true;
      // Other messages to the same patient take the daily SMS slots between our read and our claim.
      outbox.ledgers.set('p1#sms', {
        sends: { 'msg-other': NOON_NY.getTime(), 'msg-another': NOON_NY.getTime() },
        revision: 1,
      });
    };
    const outcome = await sendMessage(request(), deps);

    expect(outcome).toMatchObject({ outcome: 'skipped', reason: 'frequency-cap' });
    expect(sms.sent).toHaveLength(0);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type * as fhir4 from 'fhir/r4';
import { DynamoMessageStore } from '../../lambdas/adapters/dynamodb/message-store';
import { TIMEZONE_EXTENSION_URL } from '../../lambdas/domain/fhir/facts';
import type { SendOutcome } from '../../lambdas/domain/messaging/send-ports';
import { VirtualClock } from '../../local/clock';
import { installCatalogTemplates } from '../../local/demo/install-templates';
import { localDynamoClient } from '../../local/dynamodb/dynamodb-local';
import type { LocalStack } from '../../local/local-stack';
import { smsMessages } from '../../local/outbox/pinpoint-outbox';
import { emitFhirChanges } from '../support/emit';
import { startTestStack } from '../support/local-stack-for-tests';

/**
 * The send path on the local stack: the real send, feedback and inbound handlers, the real SDK clients
 * against the SES and SMS outboxes, DynamoDB Local, the public unsubscribe page.
 */
jest.setTimeout(120_000);

// 12:00 in New York: outside every default quiet hour.
const NOON_NEW_YORK = new Date('2026-11-25T17:00:00Z');
const OCCURRED_AT = '2026-11-25T08:00:00Z';

function patient(id: string, telecom: fhir4.ContactPoint[], extra: Partial<fhir4.Patient> = {}): fhir4.Patient {
  return {
    resourceType: 'Patient',
    id,
    name: [{ family: 'Okafor', given: ['Ada'] }],
    birthDate: '1970-04-12',
    telecom,
    extension: [{ url: TIMEZONE_EXTENSION_URL, valueCode: 'America/New_York' }],
    ...extra,
  };
}

const MOBILE = '+16175550142';
const patients = [
  patient('msg-sms', [{ system: 'phone', use: 'mobile', value: MOBILE }]),
  patient('msg-sms-sibling', [{ system: 'phone', use: 'mobile', value: MOBILE }]),
  patient('msg-email', [{ system: 'email', value: 'ada.okafor@example.org' }]),
  patient('msg-bounce', [{ system: 'email', value: 'bounce@simulator.amazonses.com' }]),
  patient('msg-letter', [], {
    address: [{ use: 'home', line: ['12 Elm Street'], city: 'Springfield', postalCode: '01101', country: 'US' }],
  }),
];

let stack: LocalStack;
let requestCounter = 0;

const token = (role: Parameters<LocalStack['identity']['issueToken']>[0]['role']) =>
  `Bearer ${stack.identity.issueToken({ role })}`;

function send(patientId: string, templateId: string, intent: Record<string, unknown>): Promise<SendOutcome> {
  return stack.sendMessage({
    patientId,
    cause: { kind: 'staff', requestId: `test-${++requestCounter}` },
    templateId,
    intent: { fallback: false, quietHours: 'defer', ...intent },
  });
}

async function messagesOf(patientId: string): Promise<{ messageId: string; status: string; reason?: string }[]> {
  const response = await fetch(`${stack.endpoints.api}/patients/${patientId}/messages`, {
    headers: { authorization: token('non-clinical-user') },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: { messageId: string; status: string; reason?: string }[] }).items;
}

beforeAll(async () => {
  stack = await startTestStack({ withFrontDoors: true, clock: new VirtualClock(NOON_NEW_YORK) });
  await installCatalogTemplates(stack, 'test');
  await emitFhirChanges(
    stack,
    patients.map((resource) => ({ action: 'update', resource, occurredAt: OCCURRED_AT })),
  );
});

afterAll(async () => {
  await stack?.stop();
});

describe('sending through the local stack', () => {
  it('a staff request is sent once, logged, and moves to delivered on the SMS receipt', async () => {
    const response = await fetch(`${stack.endpoints.api}/patients/msg-sms/messages`, {
      method: 'POST',
      headers: { authorization: token('non-clinical-user'), 'content-type': 'application/json' },
      body: JSON.stringify({
        requestId: 'flu-2026-msg-sms',
        templateId: 'flu-vaccine',
        intent: { topic: 'care-gaps', channels: ['sms'], fallback: false, quietHours: 'defer' },
      }),
    });
    expect(response.status).toBe(202);
    const { messageId } = (await response.json()) as { messageId: string };
    await stack.bus.drain();

    const sms = smsMessages(stack.smsAndPushOutbox).filter((m) => m.messageId === messageId);
    expect(sms).toHaveLength(1);
    expect(sms[0]?.to).toBe(MOBILE);
    expect(sms[0]?.body).toContain('Ada');

    await stack.deliverFeedback();
    expect((await messagesOf('msg-sms')).find((m) => m.messageId === messageId)?.status).toBe('delivered');
    const view = await fetch(`${stack.endpoints.api}/patients/msg-sms`, {
      headers: { authorization: token('non-clinical-user') },
    }).then((r) => r.json() as Promise<{ messages: { messageId: string; status: string }[] }>);
    expect(view.messages).toEqual([expect.objectContaining({ messageId, status: 'delivered', channel: 'sms' })]);
  });

  it('an inbound STOP stops every further SMS to that number, for every patient sharing it', async () => {
    const before = smsMessages(stack.smsAndPushOutbox).length;
    await stack.injectInboundSms(MOBILE, 'STOP');

    const mine = await send('msg-sms', 'appointment-reminder-sms', {
      topic: 'appointment-reminders',
      channels: ['sms'],
    });
    const sibling = await send('msg-sms-sibling', 'flu-vaccine', { topic: 'care-gaps', channels: ['sms'] });

    expect(mine).toMatchObject({ outcome: 'skipped' });
    expect(sibling).toMatchObject({ outcome: 'skipped', reason: 'address-opted-out' });
    expect(smsMessages(stack.smsAndPushOutbox)).toHaveLength(before);
    const preferences = await fetch(`${stack.endpoints.api}/patients/msg-sms/preferences`, {
      headers: { authorization: token('healthcare-user') },
    }).then((r) => r.json() as Promise<{ preferences: { channel: string; status: string; source: string }[] }>);
    expect(preferences.preferences.filter((p) => p.channel === 'sms').every((p) => p.status === 'opted-out')).toBe(
      true,
    );
  });

  it('START opts the number back in', async () => {
    await stack.clock.advance(60_000);
    await stack.injectInboundSms(MOBILE, 'START');
    await stack.clock.advance(25 * 3_600_000);

    expect(await send('msg-sms-sibling', 'flu-vaccine', { topic: 'care-gaps', channels: ['sms'] })).toMatchObject({
      outcome: 'sent',
    });
  });

  it('the unsubscribe link works without logging in, records the opt-out and leaves an audit entry', async () => {
    const sent = await send('msg-email', 'care-gap-hba1c', { topic: 'care-gaps', channels: ['email'] });
    expect(sent).toMatchObject({ outcome: 'sent', channel: 'email' });
    const store = (await (await fetch(`${stack.endpoints.ses}/store`)).json()) as {
      emails: { headers?: { name: string; value: string }[] }[];
    };
    const headers = store.emails
      .map((email) => email.headers ?? [])
      .find((h) => h.some((x) => x.name === 'X-Outreach-Message-Id' && x.value === sent.messageId));
    const link = headers?.find((h) => h.name === 'List-Unsubscribe')?.value.replace(/^<|>$/g, '') as string;
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/links\/unsubscribe\?token=/);

    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post">');
    const oneClick = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);

    const next = await send('msg-email', 'care-gap-hba1c', { topic: 'care-gaps', channels: ['email'] });
    expect(next).toMatchObject({ outcome: 'skipped', reason: 'opted-out' });
    const audit = await fetch(
      `${stack.endpoints.api}/audit/patients/msg-email?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z`,
      { headers: { authorization: token('fhir-sync-admin') } },
    ).then((r) => r.json() as Promise<{ items: { actor: string; action: string; status: number }[] }>);
    expect(audit.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: 'patient-link', action: 'preferences.unsubscribe-link', status: 200 }),
      ]),
    );
  });

  it('an appointment reminder shows the time in the patient zone, and its confirm link announces the answer', async () => {
    const appointment: fhir4.Appointment = {
      resourceType: 'Appointment',
      id: 'msg-appt-1',
      status: 'booked',
      start: '2026-11-28T15:30:00Z',
      end: '2026-11-28T16:00:00Z',
      participant: [{ actor: { reference: 'Patient/msg-email' }, status: 'accepted' }],
    };
    await emitFhirChanges(stack, [{ action: 'update', resource: appointment, occurredAt: OCCURRED_AT }]);
    const sent = await stack.sendMessage({
      patientId: 'msg-email',
      cause: {
        kind: 'journey',
        journeyId: 'reminders',
        journeyVersion: 1,
        executionId: 'exec-appt-1',
        stepId: 'email-72h',
      },
      templateId: 'appointment-reminder-email',
      intent: { topic: 'appointment-reminders', channels: ['email'], fallback: false, quietHours: 'defer' },
      triggeringResource: { resourceType: 'Appointment', id: 'msg-appt-1' },
    });
    expect(sent).toMatchObject({ outcome: 'sent', channel: 'email' });
    const journeyLog = await fetch(`${stack.endpoints.api}/journeys/reminders/messages`, {
      headers: { authorization: token('marketing-professional') },
    }).then((r) => r.json() as Promise<{ items: { messageId: string }[] }>);
    // Listed under its journey; the staff sends of the other tests are not.
    expect(journeyLog.items.map((m) => m.messageId)).toEqual([sent.messageId]);
    const store = (await (await fetch(`${stack.endpoints.ses}/store`)).json()) as {
      emails: { headers?: { name: string; value: string }[]; body?: { html?: string; text?: string } }[];
    };
    const email = store.emails.find((e) => e.headers?.some((h) => h.value === sent.messageId));
    const text = email?.body?.text ?? '';
    // 15:30 UTC is 10:30 in New York.
    expect(text).toContain('10:30');
    const confirm = /http:\/\/127\.0\.0\.1:\d+\/links\/confirm\?token=[A-Za-z0-9_.%-]+/.exec(text)?.[0] as string;
    expect(confirm).toBeDefined();

    expect((await fetch(confirm)).status).toBe(200);
    const answer = await fetch(confirm, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(answer.status).toBe(200);
    await stack.bus.drain();
    const replies = stack.bus.archived().filter((e) => e['detail-type'] === 'Patient Replied');
    expect(replies.map((e) => e.detail)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ patientId: 'msg-email', messageId: sent.messageId, event: 'appointment-confirmed' }),
      ]),
    );
  });

  it('a tampered unsubscribe token changes nothing', async () => {
    const response = await fetch(`${stack.endpoints.api}/links/unsubscribe?token=abc.def`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(400);
  });

  it('a hard bounce marks the message bounced and suppresses the address', async () => {
    const first = await send('msg-bounce', 'care-gap-hba1c', { topic: 'care-gaps', channels: ['email'] });
    expect(first.outcome).toBe('sent');
    await stack.deliverFeedback();

    expect((await messagesOf('msg-bounce')).find((m) => m.messageId === first.messageId)?.status).toBe('bounced');
    expect(await send('msg-bounce', 'flu-vaccine', { topic: 'care-gaps', channels: ['email'] })).toMatchObject({
      outcome: 'skipped',
      reason: 'suppressed',
    });
  });

  it('a letter lands in the day batch, and closing the batch writes its manifest', async () => {
    const sent = await send('msg-letter', 'colorectal-screening', { topic: 'care-gaps', channels: ['letter'] });
    expect(sent).toMatchObject({ outcome: 'sent', channel: 'letter' });
    await stack.closeLetterBatch();

    const day = stack.clock.now().toISOString().slice(0, 10);
    const folder = join(stack.messaging.lettersDir, 'letters', day);
    expect(readdirSync(folder)).toEqual(expect.arrayContaining([`${sent.messageId}.html`, 'manifest.csv']));
    expect(readFileSync(join(folder, 'manifest.csv'), 'utf8')).toContain('12 Elm Street');
  });

  it('a malformed SES event is kept in the dead-letter store with its reason', async () => {
    stack.bus.putEvents([
      { Source: 'aws.ses', DetailType: 'Email Bounced', Detail: JSON.stringify({ eventType: 'Bounce', mail: {} }) },
    ]);
    await stack.bus.drain();
    const response = await fetch(`${stack.endpoints.api}/ingestion/dead-letters`, {
      headers: { authorization: token('fhir-sync-admin') },
    });
    const body = (await response.json()) as { items: { origin: string; rejection: { message: string } }[] };
    expect(body.items.find((d) => d.origin === 'provider-feedback')?.rejection.message).toMatch(/bounce/);
  });

  it('lists a claim nothing settled in the open-claims index until the sweeper settles it in doubt', async () => {
    const store = new DynamoMessageStore(
      DynamoDBDocumentClient.from(localDynamoClient(stack.endpoints.dynamodb)),
      stack.tables.messages,
    );
    const claimedAt = '2026-01-05T10:00:00.000Z';
    const record = {
      messageId: `msg-${'c'.repeat(32)}`,
      patientId: 'p-claimed',
      cause: { kind: 'staff' as const, requestId: 'crashed' },
      templateId: 't',
      topic: 'general' as const,
      status: 'claimed' as const,
      channel: 'sms' as const,
      checks: [],
      claimedAt,
      createdAt: claimedAt,
      updatedAt: claimedAt,
      events: [],
      revision: 0,
    };
    expect(await store.claim(record, 'sms', { sends: {} })).toBe('claimed');

    const before = await store.expiredClaims(new Date(claimedAt), 10);
    const after = await store.expiredClaims(new Date('2026-01-05T10:06:00.000Z'), 10);
    await store.settle(record.messageId, { status: 'in-doubt', at: '2026-01-05T10:06:00.000Z' });
    const settled = await store.expiredClaims(new Date('2026-01-05T10:06:00.000Z'), 10);

    expect(before).toEqual([]);
    expect(after.map((r) => r.messageId)).toEqual([record.messageId]);
    expect(after[0]).not.toHaveProperty('gsi3pk');
    expect(settled).toEqual([]);
  });

  it('lists a message in doubt or failed in the attention index, and takes it out once feedback settles it', async () => {
    const store = new DynamoMessageStore(
      DynamoDBDocumentClient.from(localDynamoClient(stack.endpoints.dynamodb)),
      stack.tables.messages,
    );
    const claimedAt = '2026-01-06T10:00:00.000Z';
    const claimed = (messageId: string) => ({
      messageId,
      patientId: `p-${messageId}`,
      cause: { kind: 'staff' as const, requestId: messageId },
      templateId: 't',
      topic: 'general' as const,
      status: 'claimed' as const,
      channel: 'email' as const,
      checks: [],
      claimedAt,
      createdAt: claimedAt,
      updatedAt: claimedAt,
      events: [],
      revision: 0,
    });
    const [doubted, failed] = [`msg-${'d'.repeat(32)}`, `msg-${'f'.repeat(32)}`];
    await store.claim(claimed(doubted), 'email', { sends: {} });
    await store.claim(claimed(failed), 'email', { sends: {} });
    const listed = async (status: 'in-doubt' | 'failed') =>
      (await store.byAttentionStatus(status, 100)).items
        .map((r) => r.messageId)
        .filter((id) => [doubted, failed].includes(id));

    const whileClaimed = await listed('in-doubt');
    await store.settle(doubted, { status: 'in-doubt', at: '2026-01-06T10:06:00.000Z' });
    await store.settle(failed, { status: 'failed', at: '2026-01-06T10:01:00.000Z', reason: 'invalid-address' });
    const inDoubt = await listed('in-doubt');
    const failures = await listed('failed');
    await store.recordFeedback(doubted, { status: 'delivered', at: '2026-01-06T10:07:00.000Z' });
    const afterDelivery = await listed('in-doubt');

    expect(whileClaimed).toEqual([]);
    expect(inDoubt).toEqual([doubted]);
    expect(failures).toEqual([failed]);
    expect(afterDelivery).toEqual([]);
    expect((await store.get(doubted))?.status).toBe('delivered');
    expect(await store.get(failed)).not.toHaveProperty('gsi4pk');
  });
});

import type { Server } from 'node:http';
import { PinpointClient } from '@aws-sdk/client-pinpoint';
import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import sesLocal from 'aws-ses-v2-local';
import { PushSender } from '../../lambdas/adapters/messaging/push-sender';
import { SesEmailSender } from '../../lambdas/adapters/messaging/ses-email-sender';
import { SmsSender } from '../../lambdas/adapters/messaging/sms-sender';
import type { OutboundMessage, RenderedMessage } from '../../lambdas/domain/messaging/ports';
import { pushMessages, type RecordedSend, smsMessages, startPinpointOutbox } from '../../local/outbox/pinpoint-outbox';
import { freePort } from '../../local/ports';

const local = { region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
const servers: Server[] = [];
let sesEndpoint: string;
let outboxEndpoint: string;
let outbox: RecordedSend[];

function message(messageId: string, to: OutboundMessage['to'], rendered: RenderedMessage): OutboundMessage {
  return { messageId, patientId: 'p-1', topic: 'appointment-reminders', to, rendered, at: new Date() };
}

beforeAll(async () => {
  const sesPort = await freePort();
  servers.push(await sesLocal({ host: '127.0.0.1', port: sesPort }));
  sesEndpoint = `http://127.0.0.1:${sesPort}`;
  const outboxPort = await freePort();
  const started = await startPinpointOutbox(outboxPort);
  servers.push(started.server);
  outbox = started.sent;
  outboxEndpoint = `http://127.0.0.1:${outboxPort}`;
});

afterAll(async () => {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
    ),
  );
});

describe('the local outboxes with the real SDK clients', () => {
  it('aws-ses-v2-local accepts SendEmail with headers and tags; its store keeps the headers (not the tags)', async () => {
    const sender = new SesEmailSender(new SESv2Client({ ...local, endpoint: sesEndpoint }), {
      fromAddress: 'Riverside Health <no-reply@riverside.example.org>',
      configurationSetName: 'outreach-email',
    });

    const result = await sender.send({
      ...message(
        'msg-email-1',
        { channel: 'email', address: 'pat@example.com', addressKey: 'ak-e' },
        { channel: 'email', subject: 'Hello', html: '<p>Hi</p>', text: 'Hi' },
      ),
      unsubscribeUrl: 'https://outreach.example.org/u/abc',
    });

    expect(result.outcome).toBe('accepted');
    const providerMessageId = (result as { providerMessageId: string }).providerMessageId;
    const store = (await (await fetch(`${sesEndpoint}/store`)).json()) as {
      emails: { messageId: string; headers?: { name: string; value: string }[] }[];
    };
    expect(store.emails.find((email) => email.messageId === providerMessageId)?.headers).toEqual([
      { name: 'X-Outreach-Message-Id', value: 'msg-email-1' },
      { name: 'List-Unsubscribe', value: '<https://outreach.example.org/u/abc>' },
      { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
    ]);
  });

  it('the outbox answers SMS v2 SendTextMessage and records our message id', async () => {
    const sender = new SmsSender(new PinpointSMSVoiceV2Client({ ...local, endpoint: outboxEndpoint }), {
      originationIdentity: 'pool-local',
      configurationSetName: 'outreach-sms',
    });

    const result = await sender.send(
      message(
        'msg-sms-1',
        { channel: 'sms', address: '+15555550100', addressKey: 'ak-s' },
        { channel: 'sms', text: 'See you tomorrow', encoding: 'GSM-7', segments: 1 },
      ),
    );

    expect(result.outcome).toBe('accepted');
    expect(smsMessages(outbox)).toContainEqual({
      to: '+15555550100',
      body: 'See you tomorrow',
      messageId: 'msg-sms-1',
      providerMessageId: (result as { providerMessageId: string }).providerMessageId,
      at: expect.any(String),
    });
  });

  it('the outbox answers Pinpoint SendMessages for a push and records our message id', async () => {
    const sender = new PushSender(new PinpointClient({ ...local, endpoint: outboxEndpoint }), {
      applicationId: 'app-local',
    });

    const result = await sender.send(
      message(
        'msg-push-1',
        { channel: 'push', address: 'token-1', addressKey: 'ak-p', platform: 'GCM' },
        { channel: 'push', title: 'Result ready', body: 'Open the app', data: { screen: 'results' } },
      ),
    );

    expect(result.outcome).toBe('accepted');
    expect(pushMessages(outbox)).toContainEqual(
      expect.objectContaining({
        to: 'token-1',
        platform: 'GCM',
        title: 'Result ready',
        messageId: 'msg-push-1',
        providerMessageId: (result as { providerMessageId: string }).providerMessageId,
      }),
    );
  });

  it('the outbox page lists SMS and push with their text escaped', async () => {
    outbox.push({
      api: 'sms-v2',
      receivedAt: new Date().toISOString(),
      request: { DestinationPhoneNumber: '+15555550101', MessageBody: '<script>x</script>' },
      providerMessageId: 'p-1',
    });

    const page = await (await fetch(`${outboxEndpoint}/`)).text();

    expect(page).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(page).not.toContain('<script>x');
  });

  it('GET /store still lists the recorded calls as JSON', async () => {
    const store = (await (await fetch(`${outboxEndpoint}/store`)).json()) as { messages: RecordedSend[] };

    expect(store.messages.map((send) => send.api)).toEqual(expect.arrayContaining(['sms-v2', 'pinpoint']));
  });
});

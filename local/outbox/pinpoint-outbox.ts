import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listenOn } from '../ports';

/** The HTTP body of `SendMessages` is the `MessageRequest` itself (the SDK sends it as the payload). */
interface PinpointMessageRequest {
  readonly Addresses?: Record<string, { readonly ChannelType?: string }>;
  readonly Context?: Record<string, string>;
  readonly MessageConfiguration?: Record<
    string,
    { readonly Title?: string; readonly Body?: string; readonly Data?: Record<string, string> } | undefined
  >;
}

interface SmsV2Request {
  readonly DestinationPhoneNumber?: string;
  readonly OriginationIdentity?: string;
  readonly MessageBody?: string;
  readonly Context?: Record<string, string>;
}

/** One call the outbox answered, with the provider ids it handed out. */
export type RecordedSend =
  | {
      readonly api: 'pinpoint';
      readonly applicationId: string;
      readonly receivedAt: string;
      readonly request: PinpointMessageRequest;
      /** The `MessageId` returned for each address. */
      readonly providerMessageIds: Readonly<Record<string, string>>;
    }
  | {
      readonly api: 'sms-v2';
      readonly receivedAt: string;
      readonly request: SmsV2Request;
      readonly providerMessageId: string;
    };

export interface OutboxMessage {
  readonly to: string;
  readonly body: string;
  /** Ours, carried in the request's `Context`. */
  readonly messageId?: string;
  readonly providerMessageId: string;
  readonly at: string;
}

export interface OutboxPush extends OutboxMessage {
  readonly platform: string;
  readonly title?: string;
  readonly data?: Readonly<Record<string, string>>;
}

/** The SMS the outbox recorded, from either API. */
export function smsMessages(sent: readonly RecordedSend[]): OutboxMessage[] {
  return sent.flatMap((send): OutboxMessage[] => {
    if (send.api === 'sms-v2') {
      return [
        {
          to: send.request.DestinationPhoneNumber ?? '',
          body: send.request.MessageBody ?? '',
          messageId: send.request.Context?.['message-id'],
          providerMessageId: send.providerMessageId,
          at: send.receivedAt,
        },
      ];
    }
    const request = send.request;
    return Object.entries(request?.Addresses ?? {})
      .filter(([, address]) => address.ChannelType === 'SMS')
      .map(([to]) => ({
        to,
        body: request?.MessageConfiguration?.SMSMessage?.Body ?? '',
        messageId: request?.Context?.['message-id'],
        providerMessageId: send.providerMessageIds[to] ?? '',
        at: send.receivedAt,
      }));
  });
}

/** The pushes the outbox recorded (Pinpoint `SendMessages` to device tokens). */
export function pushMessages(sent: readonly RecordedSend[]): OutboxPush[] {
  return sent.flatMap((send): OutboxPush[] => {
    if (send.api !== 'pinpoint') return [];
    const request = send.request;
    return Object.entries(request?.Addresses ?? {})
      .filter(([, address]) => address.ChannelType !== 'SMS')
      .map(([to, address]) => {
        const platform = address.ChannelType ?? '';
        const content = request?.MessageConfiguration?.[platform === 'GCM' ? 'GCMMessage' : 'APNSMessage'];
        return {
          to,
          platform,
          title: content?.Title,
          body: content?.Body ?? '',
          data: content?.Data,
          messageId: request?.Context?.['message-id'],
          providerMessageId: send.providerMessageIds[to] ?? '',
          at: send.receivedAt,
        };
      });
  });
}

function escapeHtml(value: string | undefined): string {
  return (value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

function outboxPage(sent: readonly RecordedSend[]): string {
  const rows = (messages: readonly OutboxMessage[], title: (m: OutboxMessage) => string) =>
    [...messages]
      .reverse()
      .map(
        (m) =>
          `<tr><td>${escapeHtml(m.at)}</td><td>${escapeHtml(m.to)}</td><td>${escapeHtml(m.messageId)}</td>` +
          `<td>${escapeHtml(title(m))}</td><td>${escapeHtml(m.body)}</td></tr>`,
      )
      .join('');
  const table = (caption: string, body: string) =>
    `<h2>${caption}</h2><table><tr><th>at</th><th>to</th><th>message id</th><th></th><th>body</th></tr>${body}</table>`;
  return (
    '<!doctype html><html><head><meta charset="utf-8"><title>Local SMS and push outbox</title>' +
    '<style>body{font-family:sans-serif}td,th{border-bottom:1px solid #ddd;padding:4px;text-align:left;vertical-align:top}</style>' +
    '</head><body><h1>Local SMS and push outbox</h1>' +
    table(
      'SMS',
      rows(smsMessages(sent), () => ''),
    ) +
    table(
      'Push',
      rows(pushMessages(sent), (m) => `${(m as OutboxPush).platform}: ${(m as OutboxPush).title ?? ''}`),
    ) +
    '</body></html>'
  );
}

function reply(response: ServerResponse, status: number, body: unknown, contentType = 'application/json'): void {
  response.writeHead(status, { 'content-type': contentType });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
}

function parse<T>(chunks: Buffer[]): T | undefined {
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as T;
  } catch {
    return undefined;
  }
}

/** A reply a patient "texts" to the local number: `POST /inbound` `{ "from": "+1…", "text": "STOP" }`. */
export interface InjectedInboundSms {
  readonly from: string;
  readonly text: string;
}

export type InboundHandler = (sms: InjectedInboundSms) => Promise<unknown>;

function route(
  sent: RecordedSend[],
  request: IncomingMessage,
  response: ServerResponse,
  chunks: Buffer[],
  onInbound?: InboundHandler,
) {
  if (request.method === 'GET' && request.url === '/store') return reply(response, 200, { messages: sent });
  if (request.method === 'POST' && request.url === '/inbound') {
    const body = parse<Partial<InjectedInboundSms>>(chunks);
    if (!onInbound) return reply(response, 404, { message: 'inbound SMS is not wired in this outbox' });
    if (typeof body?.from !== 'string' || typeof body.text !== 'string') {
      return reply(response, 400, { message: 'send { "from": "+15550100123", "text": "STOP" }' });
    }
    onInbound({ from: body.from, text: body.text }).then(
      (outcome) => reply(response, 200, { outcome }),
      (error: Error) => reply(response, 500, { message: error.name }),
    );
    return;
  }
  if (request.method === 'GET' && request.url === '/') return reply(response, 200, outboxPage(sent), 'text/html');

  // End User Messaging SMS v2 speaks JSON 1.0: the operation is in the target header, the body is the input.
  const target = request.headers['x-amz-target'];
  if (request.method === 'POST' && request.url === '/' && typeof target === 'string') {
    if (target !== 'PinpointSMSVoiceV2.SendTextMessage') {
      return reply(response, 400, { __type: 'UnknownOperationException', message: `${target} is not served locally` });
    }
    const body = parse<SmsV2Request>(chunks);
    if (!body) return reply(response, 400, { __type: 'ValidationException', message: 'the body is not JSON' });
    const providerMessageId = randomUUID();
    sent.push({ api: 'sms-v2', receivedAt: new Date().toISOString(), request: body, providerMessageId });
    return reply(response, 200, { MessageId: providerMessageId }, 'application/x-amz-json-1.0');
  }

  const match = /^\/v1\/apps\/([^/]+)\/messages$/.exec(request.url ?? '');
  if (request.method !== 'POST' || !match) return reply(response, 404, { Message: 'not served by the local outbox' });
  const body = parse<PinpointMessageRequest>(chunks);
  if (!body) return reply(response, 400, { Message: 'the request body is not valid JSON' });
  const applicationId = decodeURIComponent(match[1] as string);
  const addresses = Object.keys(body.Addresses ?? {});
  const providerMessageIds = Object.fromEntries(addresses.map((address) => [address, randomUUID()]));
  sent.push({
    api: 'pinpoint',
    applicationId,
    receivedAt: new Date().toISOString(),
    request: body,
    providerMessageIds,
  });
  reply(response, 200, {
    ApplicationId: applicationId,
    RequestId: randomUUID(),
    Result: Object.fromEntries(
      addresses.map((address) => [
        address,
        {
          DeliveryStatus: 'SUCCESSFUL',
          StatusCode: 200,
          MessageId: providerMessageIds[address],
          StatusMessage: 'recorded locally',
        },
      ]),
    ),
  });
}

/**
 * The local SMS and push outbox. Answers Pinpoint `SendMessages` (`POST /v1/apps/{ApplicationId}/messages`)
 * and End User Messaging SMS v2 `SendTextMessage` (`POST /`, `x-amz-target`), records each call;
 * `GET /store` lists them as JSON, `GET /` shows them as a page; `POST /inbound` injects a patient's reply.
 */
export function startPinpointOutbox(
  port: number,
  onInbound?: InboundHandler,
): Promise<{ server: Server; sent: RecordedSend[] }> {
  const sent: RecordedSend[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => route(sent, request, response, chunks, onInbound));
  });
  return listenOn(server, port).then(() => ({ server, sent }));
}

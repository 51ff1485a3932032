import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';

export interface RecordedSend {
  readonly applicationId: string;
  readonly receivedAt: string;
  readonly request: unknown;
}

/**
 * The local SMS and push outbox: answers Pinpoint / End User Messaging `SendMessages`
 * (`POST /v1/apps/{ApplicationId}/messages`) and records each request; `GET /store` lists them.
 */
export function startPinpointOutbox(port: number): Promise<{ server: Server; sent: RecordedSend[] }> {
  const sent: RecordedSend[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const json = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (request.method === 'GET' && request.url === '/store') return json(200, { messages: sent });
      const match = /^\/v1\/apps\/([^/]+)\/messages$/.exec(request.url ?? '');
      if (request.method !== 'POST' || !match) return json(404, { Message: 'not served by the local outbox' });
      let body: { MessageRequest?: { Addresses?: Record<string, unknown> } };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return json(400, { Message: 'the request body is not valid JSON' });
      }
      const applicationId = decodeURIComponent(match[1] as string);
      sent.push({ applicationId, receivedAt: new Date().toISOString(), request: body });
      const addresses = Object.keys(body.MessageRequest?.Addresses ?? {});
      json(200, {
        ApplicationId: applicationId,
        RequestId: randomUUID(),
        Result: Object.fromEntries(
          addresses.map((address) => [
            address,
            {
              DeliveryStatus: 'SUCCESSFUL',
              StatusCode: 200,
              MessageId: randomUUID(),
              StatusMessage: 'recorded locally',
            },
          ]),
        ),
      });
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ server, sent })));
}

import { createServer, type Server } from 'node:http';
import { listenOn } from '../ports';
import type { LocalEventBus } from './local-event-bus';

/**
 * Speaks the EventBridge `PutEvents` JSON protocol, so handlers and the CLI use the real
 * `@aws-sdk/client-eventbridge` client pointed at this endpoint.
 */
export function startEventBusServer(bus: LocalEventBus, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const target = request.headers['x-amz-target'];
      const reply = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
        response.end(JSON.stringify(body));
      };
      if (target !== 'AWSEvents.PutEvents') {
        return reply(400, { __type: 'UnknownOperationException', message: `${String(target)} is not served locally` });
      }
      try {
        const { Entries } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { Entries?: unknown[] };
        if (!Array.isArray(Entries) || Entries.length === 0 || Entries.length > 10) {
          return reply(400, { __type: 'ValidationException', message: 'Entries must hold 1 to 10 entries' });
        }
        const result = bus.putEvents(
          Entries.map((e) => {
            const entry = e as { Time?: number | string } & Record<string, unknown>;
            // The SDK serialises Time as epoch seconds.
            return { ...entry, Time: entry.Time === undefined ? undefined : new Date(Number(entry.Time) * 1000) };
          }) as never,
        );
        reply(200, result);
      } catch {
        reply(400, { __type: 'SerializationException', message: 'the request body is not valid JSON' });
      }
    });
  });
  return listenOn(server, port);
}

import type { IncomingHttpHeaders } from 'node:http';
import { createServer, type Server } from 'node:http';
import type { PutEventsRequestEntry, PutEventsResultEntry } from '@aws-sdk/client-eventbridge';
import { listenOn } from '../ports';
import type { LocalEventBus } from './local-event-bus';
import type { LocalIngressBus } from './local-ingress-bus';

/** The local buses behind the endpoint, and who may put to which, as the events stack deploys them. */
export interface LocalBuses {
  /** The platform bus (standing also for the account's default bus): the platform's own functions only. */
  readonly platform: LocalEventBus;
  /** The ingress bus: anyone may put; only the upstream contract is forwarded. */
  readonly ingress: LocalIngressBus;
  readonly ingressBusName: string;
  /** The access key id the platform's functions sign with (the tagged roles of the platform bus's policy). */
  readonly platformAccessKeyId: string;
}

/**
 * Speaks the EventBridge `PutEvents` JSON protocol, so handlers and the CLI use the real
 * `@aws-sdk/client-eventbridge` client pointed at this endpoint. Entries go to the bus their
 * `EventBusName` names; a call that puts on the platform bus without the platform's credentials is
 * refused whole with `AccessDeniedException`, as the platform bus's explicit deny answers on AWS.
 */
export function startEventBusServer(buses: LocalBuses, port: number): Promise<Server> {
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
        const entries = Entries.map((e) => {
          const entry = e as { Time?: number | string } & Record<string, unknown>;
          // The SDK serialises Time as epoch seconds.
          return { ...entry, Time: entry.Time === undefined ? undefined : new Date(Number(entry.Time) * 1000) };
        }) as PutEventsRequestEntry[];
        const caller = accessKeyIdOf(request.headers);
        const toIngress = (entry: PutEventsRequestEntry) => busNameOf(entry) === buses.ingressBusName;
        const forbidden = entries.find((entry) => !toIngress(entry));
        if (forbidden && caller !== buses.platformAccessKeyId) {
          return reply(400, {
            __type: 'AccessDeniedException',
            message: `User: ${caller ?? 'anonymous'} is not authorized to perform: events:PutEvents on resource: ${busNameOf(forbidden) ?? 'default'} with an explicit deny in a resource-based policy`,
          });
        }
        const results: PutEventsResultEntry[] = entries.map(
          (entry) => (toIngress(entry) ? buses.ingress : buses.platform).putEvents([entry]).Entries[0] ?? {},
        );
        reply(200, { FailedEntryCount: results.filter((r) => r.ErrorCode).length, Entries: results });
      } catch {
        reply(400, { __type: 'SerializationException', message: 'the request body is not valid JSON' });
      }
    });
  });
  return listenOn(server, port);
}

/** A bus name or ARN, as `EventBusName` may give either. */
function busNameOf(entry: PutEventsRequestEntry): string | undefined {
  return entry.EventBusName?.split('/').at(-1);
}

/** The caller's access key id, from the SigV4 `Authorization` header (not verified: the laptop is trusted). */
function accessKeyIdOf(headers: IncomingHttpHeaders): string | undefined {
  return /Credential=([^/,\s]+)\//.exec(headers.authorization ?? '')?.[1];
}

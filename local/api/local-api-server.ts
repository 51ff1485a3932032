import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { PROBLEM_CONTENT_TYPE } from '../../lambdas/api/problem';
import { listenOn } from '../ports';
import type { LocalIdentity } from './local-identity';

export type RestApiHandler = (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult>;

export interface LocalApiOptions {
  readonly handler: RestApiHandler;
  readonly identity: LocalIdentity;
  /** Routes without the Cognito authorizer (health, OpenAPI, docs, patient links). */
  readonly isPublic: (method: string, path: string) => boolean;
  readonly maxBodyBytes?: number;
  /**
   * What answers before API Gateway does on the same origin (the console's static files and the local sign-in,
   * as CloudFront and Cognito's managed login do deployed): returns whether it answered.
   */
  readonly frontDoor?: (request: IncomingMessage, response: ServerResponse, body: string) => boolean;
}

const problem = (status: number, title: string, detail: string) => ({
  statusCode: status,
  headers: { 'content-type': PROBLEM_CONTENT_TYPE },
  body: JSON.stringify({ type: 'about:blank', title, status, detail }),
});

/**
 * The local API Gateway (REST API, payload 1.0): verifies the bearer token on protected routes as the
 * Cognito authorizer does (401 before the function runs), puts the claims in
 * `requestContext.authorizer.claims`, and invokes the same handler the deployed API does.
 */
export function startLocalApiServer(options: LocalApiOptions, port: number): Promise<Server> {
  const maxBodyBytes = options.maxBodyBytes ?? 10 * 1024 * 1024;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    request.on('end', async () => {
      const send = (result: APIGatewayProxyResult) => {
        response.writeHead(result.statusCode, result.headers as Record<string, string>);
        response.end(result.body);
      };
      // API Gateway refuses payloads over 10 MB before any authorizer or function runs.
      if (size > maxBodyBytes) return send(problem(413, 'Content Too Large', 'the request body is too large'));
      const body = Buffer.concat(chunks).toString('utf8');
      if (options.frontDoor?.(request, response, body)) return;
      const url = new URL(request.url ?? '/', 'http://localhost');
      const method = request.method ?? 'GET';
      let claims: Record<string, unknown> | undefined;
      if (!options.isPublic(method, url.pathname)) {
        const token = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
        if (!token) return send(problem(401, 'Unauthorized', 'a valid bearer token is required'));
        try {
          claims = await options.identity.verify(token);
        } catch {
          return send(problem(401, 'Unauthorized', 'the bearer token is not valid'));
        }
      }
      const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, String(v)]));
      const query = url.searchParams.size > 0 ? Object.fromEntries(url.searchParams) : null;
      const event = {
        resource: url.pathname,
        path: url.pathname,
        httpMethod: method,
        headers,
        multiValueHeaders: {},
        queryStringParameters: query,
        multiValueQueryStringParameters: null,
        pathParameters: null,
        stageVariables: null,
        body: body === '' ? null : body,
        isBase64Encoded: false,
        requestContext: {
          accountId: '000000000000',
          apiId: 'local',
          httpMethod: method,
          path: url.pathname,
          protocol: 'HTTP/1.1',
          requestId: randomUUID(),
          requestTimeEpoch: Date.now(),
          resourceId: 'local',
          resourcePath: url.pathname,
          stage: 'local',
          identity: { sourceIp: request.socket.remoteAddress ?? '127.0.0.1' },
          authorizer: claims ? { claims } : null,
        },
      } as unknown as APIGatewayProxyEvent;
      try {
        send(await options.handler(event));
      } catch {
        send(problem(500, 'Internal Server Error', 'the request could not be completed'));
      }
    });
  });
  return listenOn(server, port);
}

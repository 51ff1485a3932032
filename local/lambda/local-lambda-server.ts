import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listenOn } from '../ports';
import type { LocalFunction } from '../stepfunctions/local-step-functions';

const INVOKE_PATH = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/;

/**
 * Lambda's `Invoke` (request-response) for the functions one function invokes directly, answered by the same
 * handlers in this process: a handler's result is the response body; a handler that throws answers
 * `X-Amz-Function-Error: Unhandled`, as Lambda does.
 */
export function startLocalLambda(
  port: number,
  functions: (name: string) => LocalFunction | undefined,
): Promise<Server> {
  const server = createServer((request, response) => void serve(request, response, functions));
  return listenOn(server, port);
}

async function serve(
  request: IncomingMessage,
  response: ServerResponse,
  functions: (name: string) => LocalFunction | undefined,
): Promise<void> {
  const name = request.method === 'POST' ? INVOKE_PATH.exec(request.url?.split('?')[0] ?? '')?.[1] : undefined;
  const fn = name === undefined ? undefined : functions(decodeURIComponent(name));
  if (fn === undefined) {
    response.writeHead(404, { 'content-type': 'application/json', 'x-amzn-errortype': 'ResourceNotFoundException' });
    response.end(JSON.stringify({ message: `no local function ${name ?? request.url}` }));
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  try {
    const result = await fn(body === '' ? {} : JSON.parse(body));
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(result ?? null));
  } catch (error) {
    response.writeHead(200, { 'content-type': 'application/json', 'x-amz-function-error': 'Unhandled' });
    response.end(JSON.stringify({ errorType: error instanceof Error ? error.name : 'Error', errorMessage: 'failed' }));
  }
}

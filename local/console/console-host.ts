import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { isRole } from '../../lambdas/domain/access/roles';
import { consoleSecurityHeaders } from '../../lib/console/console-security-headers';
import { CONSOLE_DIST } from '../../scripts/console-build';
import type { LocalIdentity } from '../api/local-identity';

export const CONSOLE_BASE = '/console/';
/** How long a console sign-in lasts locally; the session ends with the token. */
export const LOCAL_SESSION_SECONDS = 3600;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export interface ConsoleHostOptions {
  readonly identity: LocalIdentity;
  /** The built console (`console/dist`). */
  readonly distDir?: string;
  /** Shortens local sessions (tests of expiry). */
  readonly sessionSeconds?: number;
}

/**
 * What CloudFront and Cognito's managed login do for the deployed console, locally: serves the built console
 * under `/console/` on the API's own origin (so no CORS), `config.json` for it, the security headers, and
 * `POST /local/sign-in`, the local user pool's sign-in for a picked role. Returns whether it answered the request.
 */
export function consoleHost(options: ConsoleHostOptions) {
  const dist = options.distDir ?? CONSOLE_DIST;
  const headers = consoleSecurityHeaders(undefined);
  const config = JSON.stringify({ apiUrl: '', auth: { kind: 'local' } });

  const sendFile = (response: ServerResponse, path: string, cache: string) => {
    response.writeHead(200, {
      ...headers,
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': cache,
    });
    response.end(readFileSync(path));
  };

  return (request: IncomingMessage, response: ServerResponse, body: string): boolean => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    if (method === 'GET' && url.pathname === '/') {
      response.writeHead(302, { location: CONSOLE_BASE });
      response.end();
      return true;
    }
    if (url.pathname === '/local/sign-in') {
      signIn(request, response, body, options);
      return true;
    }
    if (!url.pathname.startsWith(CONSOLE_BASE) && url.pathname !== '/console') return false;
    if (method !== 'GET' && method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' });
      response.end();
      return true;
    }
    if (url.pathname === `${CONSOLE_BASE}config.json`) {
      response.writeHead(200, { ...headers, 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(config);
      return true;
    }
    const index = join(dist, 'index.html');
    if (!existsSync(index)) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('The console is not built: run `npm run console:build` (npm start builds it).');
      return true;
    }
    const relative = normalize(decodeURIComponent(url.pathname.slice(CONSOLE_BASE.length)));
    const file = join(dist, relative);
    if (relative !== '.' && !relative.startsWith('..') && file.startsWith(dist + sep) && isFile(file)) {
      // Hashed asset names change with their content: cached for a year; the HTML is checked every time.
      sendFile(
        response,
        file,
        relative.startsWith(`assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      return true;
    }
    // Any other console address is a route of the single-page app.
    sendFile(response, index, 'no-cache');
    return true;
  };
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

function signIn(request: IncomingMessage, response: ServerResponse, body: string, options: ConsoleHostOptions) {
  const answer = (status: number, value: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    response.end(JSON.stringify(value));
  };
  if (request.method !== 'POST') return answer(405, { title: 'Method Not Allowed', status: 405 });
  let parsed: { role?: unknown; name?: unknown };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return answer(400, { title: 'Bad Request', status: 400, detail: 'the body must be JSON: {"role": "..."}' });
  }
  if (!isRole(parsed.role))
    return answer(400, { title: 'Bad Request', status: 400, detail: `unknown role ${JSON.stringify(parsed.role)}` });
  const name =
    typeof parsed.name === 'string' && parsed.name.trim() !== '' ? parsed.name.trim().slice(0, 80) : undefined;
  const username = name ?? `local-${parsed.role}`;
  // Wall-clock time, not the virtual clock: the local API verifies tokens as Cognito's authorizer does, on real time.
  const now = new Date();
  const ttlSeconds = options.sessionSeconds ?? LOCAL_SESSION_SECONDS;
  // One subject per person and role, so the audit trail's "what did this staff member do" finds them again.
  const subject = `local-${createHash('sha256').update(`${parsed.role}\n${username}`).digest('hex').slice(0, 24)}`;
  const idToken = options.identity.issueToken({ role: parsed.role, subject, username, ttlSeconds, now });
  answer(200, { idToken, expiresAt: new Date(now.getTime() + ttlSeconds * 1000).toISOString() });
}

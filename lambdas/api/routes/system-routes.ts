import { defineRoute, type RouteDefinition } from '../route';

/** Unauthenticated routes: liveness, the OpenAPI document and its rendered page. */
export function systemRoutes(openApi: () => unknown): RouteDefinition[] {
  return [
    defineRoute({
      operationId: 'getHealth',
      method: 'GET',
      path: '/health',
      summary: 'Liveness; says nothing about patients or configuration',
      tag: 'system',
      access: { kind: 'public' },
      response: {
        status: 200,
        description: 'the API answers',
        schema: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] } } },
      },
      handle: async () => ({ status: 'ok' }),
    }),
    defineRoute({
      operationId: 'getOpenApi',
      method: 'GET',
      path: '/openapi.json',
      summary: 'The OpenAPI 3 description of every route',
      tag: 'system',
      access: { kind: 'public' },
      response: { status: 200, description: 'the OpenAPI document', schema: { type: 'object' } },
      handle: async () => openApi(),
    }),
    defineRoute({
      operationId: 'getApiDocs',
      method: 'GET',
      path: '/docs',
      summary:
        "The API reference: sends the browser to the console's Swagger UI (`/console/api-docs.html`), with a plain table of the routes",
      tag: 'system',
      access: { kind: 'public' },
      raw: true,
      response: { status: 200, description: 'an HTML page', schema: { type: 'string' } },
      handle: async () => ({ contentType: 'text/html; charset=utf-8', body: renderDocsPage(openApi()) }),
    }),
  ];
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/**
 * The console serves the interactive reference (Swagger UI, bundled) on the same origin as the API — locally at the
 * platform's address, deployed under the console's CloudFront with the API at `/api/`.
 */
export const API_REFERENCE_PATH = '/console/api-docs.html';

/**
 * Sends the browser on to the console's Swagger UI; without it (the API's own execute-api address, which serves no
 * console) the page is a plain, script-free table of the routes.
 */
function renderDocsPage(document: unknown): string {
  const doc = document as { info: { title: string }; paths: Record<string, Record<string, Record<string, unknown>>> };
  const rows = Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, op]) => {
      const permission = (op['x-permission'] as string | undefined) ?? 'public';
      const statuses = Object.keys(op.responses as object).join(' ');
      return `<tr><td><code>${method.toUpperCase()}</code></td><td><code>${escapeHtml(path)}</code></td><td>${escapeHtml(String(op.summary))}</td><td><code>${escapeHtml(permission)}</code></td><td>${statuses}</td></tr>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(doc.info.title)}</title>
<meta http-equiv="refresh" content="0; url=${API_REFERENCE_PATH}">
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}</style></head>
<body><h1>${escapeHtml(doc.info.title)}</h1><p>The interactive reference is <a href="${API_REFERENCE_PATH}">in the console</a>. Machine-readable: <a href="openapi.json">openapi.json</a>. Errors are <code>application/problem+json</code>.</p>
<table><thead><tr><th>method</th><th>path</th><th>summary</th><th>permission</th><th>responses</th></tr></thead><tbody>${rows.join('')}</tbody></table></body></html>`;
}

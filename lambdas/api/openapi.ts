import { PERMISSIONS } from '../domain/access/roles';
import type { RouteDefinition } from './route';

const problemSchema = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['pointer', 'in', 'detail'],
        properties: {
          pointer: { type: 'string' },
          in: { type: 'string', enum: ['body', 'query', 'path', 'header'] },
          detail: { type: 'string' },
        },
      },
    },
  },
} as const;

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'the request is not valid; `errors` names each field',
  401: 'no valid bearer token',
  403: 'the role does not allow this',
  404: 'no such resource',
  409: 'conflicts with the current state',
  413: 'the body is too large',
  415: 'the body is not JSON',
  429: 'throttled; retry later',
  500: 'unexpected failure; quote `instance` when reporting it',
};

function parameters(route: RouteDefinition) {
  const list: Record<string, unknown>[] = [];
  const add = (schema: unknown, where: 'path' | 'query') => {
    const object = schema as { properties?: Record<string, { description?: string }>; required?: string[] } | undefined;
    for (const [name, property] of Object.entries(object?.properties ?? {})) {
      list.push({
        name,
        in: where,
        required: where === 'path' || (object?.required ?? []).includes(name),
        schema: property,
        ...(property.description ? { description: property.description } : {}),
      });
    }
  };
  add(route.params, 'path');
  add(route.query, 'query');
  return list;
}

/** OpenAPI 3.0 of every route, from the same schemas that validate requests. */
export function buildOpenApi(
  routes: readonly RouteDefinition[],
  info: { title: string; version: string; serverUrl?: string },
) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const errors = new Set<number>([
      ...(route.access.kind === 'permission' ? [401, 403] : route.access.kind === 'signed-in' ? [401] : []),
      ...(route.params || route.query || route.body ? [400] : []),
      ...(route.body ? [413, 415] : []),
      ...(route.errors ?? []),
      429,
      500,
    ]);
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.tag],
      parameters: parameters(route),
      security: route.access.kind === 'public' ? [] : [{ cognito: [] }],
      ...(route.access.kind === 'permission'
        ? {
            'x-permission': route.access.permission,
            description: `Requires \`${route.access.permission}\`: ${PERMISSIONS[route.access.permission]}.`,
          }
        : {}),
      ...(route.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: route.body } } } }
        : {}),
      responses: {
        [String(route.response.status)]: {
          description: route.response.description,
          content: route.raw
            ? { 'text/html': { schema: { type: 'string' } } }
            : { 'application/json': { schema: route.response.schema } },
        },
        ...Object.fromEntries(
          [...errors].sort().map((status) => [
            String(status),
            {
              description: ERROR_DESCRIPTIONS[status] ?? 'error',
              content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
            },
          ]),
        ),
      },
    };
    paths[route.path] = { ...(paths[route.path] ?? {}), [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.0.3',
    info: { title: info.title, version: info.version, description: 'Staff API of the patient-outreach platform.' },
    ...(info.serverUrl ? { servers: [{ url: info.serverUrl }] } : {}),
    components: {
      securitySchemes: { cognito: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Problem: problemSchema },
    },
    paths,
  };
}

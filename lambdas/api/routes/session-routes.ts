import { PERMISSIONS, permissionsOf, ROLE_PERMISSIONS, ROLES } from '../../domain/access/roles';
import { defineRoute, type RouteDefinition } from '../route';

const PERMISSION_NAMES = Object.keys(PERMISSIONS);

const callerSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['subject', 'roles', 'permissions', 'matrix'],
  properties: {
    subject: { type: 'string' },
    username: { type: 'string' },
    roles: { type: 'array', items: { type: 'string', enum: [...ROLES] } },
    permissions: { type: 'array', items: { type: 'string', enum: PERMISSION_NAMES } },
    matrix: {
      type: 'object',
      description: 'The whole role × permission matrix, with what each permission allows',
      additionalProperties: false,
      required: ['roles', 'permissions'],
      properties: {
        roles: {
          type: 'object',
          additionalProperties: { type: 'array', items: { type: 'string', enum: PERMISSION_NAMES } },
        },
        permissions: { type: 'object', additionalProperties: { type: 'string' } },
      },
    },
  },
} as const;

/**
 * What the signed-in caller may do: the console shows a page only to callers whose permissions allow it,
 * reading them here rather than from a copy of the matrix (the routes still decide each request).
 */
export function sessionRoutes(): RouteDefinition[] {
  return [
    defineRoute({
      operationId: 'getCaller',
      method: 'GET',
      path: '/me',
      summary: "The signed-in caller's roles and permissions, and the role × permission matrix",
      tag: 'system',
      access: { kind: 'signed-in' },
      response: { status: 200, description: 'the caller', schema: callerSchema },
      handle: async ({ principal }) => ({
        subject: principal.subject,
        ...(principal.username ? { username: principal.username } : {}),
        roles: [...principal.roles],
        permissions: [...permissionsOf(principal.roles)].sort(),
        matrix: { roles: ROLE_PERMISSIONS, permissions: PERMISSIONS },
      }),
    }),
  ];
}

import { type Permission, permissionsOf, type Role } from '../access/roles';

/**
 * The kinds of versioned definition and the permission that lets staff change each. A new kind
 * (campaigns, events) is one line here plus its key layout in the store.
 */
export const DEFINITION_KINDS = {
  segment: 'segments:manage',
  template: 'templates:manage',
  journey: 'journeys:manage',
} as const satisfies Record<string, Permission>;

export type DefinitionKind = keyof typeof DEFINITION_KINDS;

/** Whether a principal holding `roles` may create, revise or move definitions of `kind` (roles.ts decides). */
export function mayManage(roles: readonly Role[], kind: DefinitionKind): boolean {
  return permissionsOf(roles).has(DEFINITION_KINDS[kind]);
}

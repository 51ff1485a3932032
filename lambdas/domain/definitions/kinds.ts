import { type Permission, permissionsOf, type Role } from '../access/roles';

export const DEFINITION_STATUSES = ['draft', 'active', 'paused', 'archived'] as const;
export type DefinitionStatus = (typeof DEFINITION_STATUSES)[number];

/** How one kind of definition uses the shared lifecycle. */
export interface DefinitionKindRules {
  /** The permission that lets staff create, revise and move definitions of the kind (roles.ts grants it). */
  readonly permission: Permission;
  /** The statuses the kind uses; a move to any other is refused. */
  readonly statuses: readonly DefinitionStatus[];
  /** The status of a definition just created with its version 1. */
  readonly createdAs: DefinitionStatus;
  /** Every new version becomes the active one at once: the kind has no separate activation step. */
  readonly latestIsActive: boolean;
}

/**
 * The kinds of versioned definition. A new kind (campaigns, events) is one entry here plus its key layout
 * in the DynamoDB definition store, and it runs the contract suite in test/support/definition-store-contract.ts.
 */
export const DEFINITION_KINDS = {
  // Membership follows an active version or nothing: a segment has no pause.
  segment: {
    permission: 'segments:manage',
    statuses: ['draft', 'active', 'archived'],
    createdAs: 'draft',
    latestIsActive: false,
  },
  // A send pins the version it renders and journeys pin the latest at publication, so a template is usable
  // from its first version on.
  template: {
    permission: 'templates:manage',
    statuses: ['active', 'archived'],
    createdAs: 'active',
    latestIsActive: true,
  },
  journey: {
    permission: 'journeys:manage',
    statuses: ['draft', 'active', 'paused', 'archived'],
    createdAs: 'draft',
    latestIsActive: false,
  },
} as const satisfies Record<string, DefinitionKindRules>;

export type DefinitionKind = keyof typeof DEFINITION_KINDS;

export const rulesOf = (kind: DefinitionKind): DefinitionKindRules => DEFINITION_KINDS[kind];

/** Whether a principal holding `roles` may create, revise or move definitions of `kind`. */
export function mayManage(roles: readonly Role[], kind: DefinitionKind): boolean {
  return permissionsOf(roles).has(DEFINITION_KINDS[kind].permission);
}

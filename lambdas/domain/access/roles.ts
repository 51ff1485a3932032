/**
 * The five staff roles (the security roles of the product this replaces) and what each may do.
 * This matrix is the only place access is decided: the API's authorisation step reads it, the docs
 * table is rendered from it, and the role × route test walks it.
 */
export const ROLES = [
  'marketing-professional',
  'event-planner',
  'healthcare-user',
  'non-clinical-user',
  'fhir-sync-admin',
] as const;

export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  'patients:search': 'search patients by name, identifier and birth date',
  'patients:read-contact': "read a patient's profile, contact points, language and preferences",
  'patients:read-engagement': "read a patient's messages, journeys and event registrations",
  'patients:read-clinical': "read a patient's clinical facts (conditions, observations, …)",
  'preferences:read': "read a patient's communication preferences and consents",
  'preferences:write': "change a patient's communication preferences and consents",
  'segments:manage': 'create, change and preview segments',
  'templates:manage': 'create and change message templates',
  'messages:send': 'send a one-off message to a patient (through consent and sending policy)',
  'messaging:configure': 'change the organisation settings and sending policy (quiet hours, caps, keywords)',
  'journeys:manage': 'create, publish and pause journeys',
  'activities:work': 'see and complete the staff activities journeys create (follow-up calls)',
  'campaigns:manage': 'create and send campaigns',
  'events:manage': 'manage community events and registrations',
  'ingestion:operate': 'inspect and replay dead-lettered events, start bulk imports, read source settings',
  'audit:read': 'query the audit trail',
} as const;

export type Permission = keyof typeof PERMISSIONS;

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  'marketing-professional': [
    'patients:search',
    'patients:read-contact',
    'patients:read-engagement',
    'preferences:read',
    'segments:manage',
    'templates:manage',
    'messages:send',
    'messaging:configure',
    'journeys:manage',
    'activities:work',
    'campaigns:manage',
  ],
  'event-planner': ['patients:search', 'patients:read-contact', 'preferences:read', 'events:manage'],
  'healthcare-user': [
    'patients:search',
    'patients:read-contact',
    'patients:read-engagement',
    'patients:read-clinical',
    'preferences:read',
    'preferences:write',
    'messages:send',
    'activities:work',
  ],
  'non-clinical-user': [
    'patients:search',
    'patients:read-contact',
    'patients:read-engagement',
    'preferences:read',
    'preferences:write',
    'messages:send',
    'activities:work',
  ],
  'fhir-sync-admin': ['ingestion:operate', 'audit:read'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** A principal may hold several roles (Cognito groups); it has the union of their permissions. */
export function permissionsOf(roles: readonly Role[]): ReadonlySet<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}

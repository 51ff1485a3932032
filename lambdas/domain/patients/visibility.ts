import { type Permission, permissionsOf, type Role } from '../access/roles';

/**
 * Minimum necessary, decided by the role matrix: each part of a patient's data names the permission
 * that shows it, and a caller sees the parts its roles' permissions cover. Handlers ask this module
 * what to show; they never look at roles.
 */
export const PATIENT_SECTIONS = {
  /** Search results: id, name, birth date, gender. */
  identity: 'patients:search',
  /** Profile, contact points, language. */
  contact: 'patients:read-contact',
  /** Current communication preferences and the Consents they may come from. */
  preferences: 'preferences:read',
  /** Appointment times and statuses (scheduling, no codes or reasons), segments, journeys, messages, registrations. */
  engagement: 'patients:read-engagement',
  /** Conditions, observations, procedures, medications and the rest, including appointment codes. */
  clinical: 'patients:read-clinical',
} as const satisfies Record<string, Permission>;

export type PatientSection = keyof typeof PATIENT_SECTIONS;

export type Visibility = ReadonlySet<PatientSection>;

export function visibilityOf(roles: readonly Role[]): Visibility {
  const permissions = permissionsOf(roles);
  return new Set(
    (Object.entries(PATIENT_SECTIONS) as [PatientSection, Permission][])
      .filter(([, permission]) => permissions.has(permission))
      .map(([section]) => section),
  );
}

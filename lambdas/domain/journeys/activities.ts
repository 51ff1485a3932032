import { createHash } from 'node:crypto';

/** A staff task a journey creates (a follow-up call, a review): shown through the API, completed by staff. */

export const ACTIVITY_KINDS = ['follow-up-call', 'review', 'outreach', 'other'] as const;
export const ACTIVITY_TEAMS = ['care-team', 'front-desk', 'outreach-team'] as const;
export const ACTIVITY_STATUSES = ['open', 'done'] as const;

export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export type ActivityTeam = (typeof ACTIVITY_TEAMS)[number];
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export interface Activity {
  readonly activityId: string;
  readonly patientId: string;
  readonly journeyId: string;
  readonly journeyVersion: number;
  readonly executionId: string;
  readonly stepId: string;
  readonly kind: ActivityKind;
  /** Staff-written journey configuration ("Call to book a follow-up"), never clinical detail. */
  readonly title: string;
  readonly assignTo?: ActivityTeam;
  readonly status: ActivityStatus;
  readonly createdAt: string;
  readonly dueAt?: string;
  readonly completedAt?: string;
  readonly completedBy?: string;
}

/** Derived from its cause, so a retried task (same execution, same step) names the same activity. */
export function activityIdOf(executionId: string, stepId: string): string {
  return `act-${createHash('sha256').update(`${executionId}\n${stepId}`).digest('hex').slice(0, 32)}`;
}

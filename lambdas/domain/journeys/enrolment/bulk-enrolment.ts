import type { JSONSchema } from 'json-schema-to-ts';
import type { Page } from '../../paging';
import type { Logger } from '../../ports';
import { validateBulkEnrolmentPage, validateMemberPageRequest } from '../../validation/generated/validators';
import { parserOf } from '../steps/step-input';
import type { EnrolmentDependencies } from './enrol';
import { enrolAll } from './enrol-on-event';

const ID = '^[A-Za-z0-9\\-.]{1,64}$';
const JOURNEY_ID = '^[a-z0-9][a-z0-9-]{0,63}$';

/**
 * The journey bulk enrolment workflow (`statemachines/journey-bulk-enrolment.asl.json`): it pages through a
 * segment's current members and hands each page to the enrolment function. Step Functions refills
 * StartExecution at a few hundred a second per account; a page is enrolled `BULK_ENROLMENT_CONCURRENCY` at a
 * time and the workflow runs pages one after another, so a bulk enrolment stays far below it and leaves room
 * for event-driven enrolments. Throttling that still happens is retried by the workflow with back-off.
 */
export const BULK_ENROLMENT_CONCURRENCY = 10;
export const MEMBERS_PER_PAGE = 100;

export interface MemberPageRequest {
  readonly segmentId: string;
  readonly cursor?: string;
}

export interface MemberPage {
  readonly patientIds: string[];
  /** Absent after the last page (a Choice state reads `$.page.hasMore`). */
  readonly cursor?: string;
  readonly hasMore: boolean;
}

export const memberPageRequestSchema = {
  type: 'object',
  required: ['segmentId'],
  additionalProperties: false,
  properties: {
    segmentId: { type: 'string', pattern: JOURNEY_ID },
    cursor: { type: 'string', minLength: 1, maxLength: 2048 },
  },
} as const satisfies JSONSchema;

const parseMemberPageRequest = parserOf<MemberPageRequest>('pageSegmentMembers', validateMemberPageRequest);

export async function pageSegmentMembers(
  input: unknown,
  memberships: { members(segmentId: string, limit: number, cursor?: string): Promise<Page<{ patientId: string }>> },
): Promise<MemberPage> {
  const request = parseMemberPageRequest(input);
  const page = await memberships.members(request.segmentId, MEMBERS_PER_PAGE, request.cursor);
  return {
    patientIds: page.items.map((member) => member.patientId),
    ...(page.cursor !== undefined ? { cursor: page.cursor } : {}),
    hasMore: page.cursor !== undefined,
  };
}

/** A page of a segment's members (or a staff request), to enrol in one journey. */
export interface BulkEnrolmentPage {
  readonly journeyId: string;
  readonly patientIds: readonly string[];
  readonly cause: 'schedule' | 'staff';
  /** The workflow's execution: a repeat of the same run is a duplicate, not a re-entry. */
  readonly runId: string;
}

export const bulkEnrolmentPageSchema = {
  type: 'object',
  required: ['journeyId', 'patientIds', 'cause', 'runId'],
  additionalProperties: false,
  properties: {
    journeyId: { type: 'string', pattern: JOURNEY_ID },
    patientIds: { type: 'array', maxItems: 1000, items: { type: 'string', pattern: ID } },
    cause: { type: 'string', enum: ['schedule', 'staff'] },
    runId: { type: 'string', minLength: 1, maxLength: 128 },
  },
} as const satisfies JSONSchema;

export const parseBulkEnrolmentPage = parserOf<BulkEnrolmentPage>('enrolPage', validateBulkEnrolmentPage);

export interface BulkEnrolmentTotals {
  readonly enrolled: number;
  readonly alreadyRunning: number;
  readonly refused: number;
}

export async function enrolPage(
  page: BulkEnrolmentPage,
  deps: EnrolmentDependencies & { readonly logger: Logger },
): Promise<BulkEnrolmentTotals> {
  const requests = page.patientIds.map((patientId) => ({
    journeyId: page.journeyId,
    patientId,
    cause: page.cause,
    occurrence: `${page.cause}:${page.runId}`,
  }));
  const outcomes = await enrolAll(requests, deps, BULK_ENROLMENT_CONCURRENCY);
  return {
    enrolled: outcomes.filter((o) => o.outcome === 'enrolled').length,
    alreadyRunning: outcomes.filter((o) => o.outcome === 'already-running').length,
    refused: outcomes.filter((o) => o.outcome === 'refused').length,
  };
}

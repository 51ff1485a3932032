import { AUDIT_OUTCOMES, type AuditLog, type AuditPage } from '../../domain/access/audit-trail';
import type { Clock } from '../../domain/ports';
import { pageLimit, pageQuerySchema } from '../cursor';
import { badRequest } from '../problem';
import { defineRoute, type RouteDefinition } from '../route';
import { patientParams } from '../schemas/patient-api-schemas';

export interface AuditRouteServices {
  readonly audit: AuditLog;
  readonly clock: Clock;
}

/** The window a query covers when it names no `from`: "who saw patient X in the last 30 days?". */
export const DEFAULT_AUDIT_WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

const access = { kind: 'permission', permission: 'audit:read' } as const;
// Reading the audit trail is itself recorded: an auditor's queries are evidence too.
const READ_ACTION = 'audit.read';

const windowQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    from: {
      type: 'string',
      format: 'date-time',
      description: `earliest instant, inclusive (default: ${DEFAULT_AUDIT_WINDOW_DAYS} days before \`to\`)`,
    },
    to: { type: 'string', format: 'date-time', description: 'latest instant, inclusive (default: now)' },
    ...pageQuerySchema,
  },
} as const;

const auditEntrySchema = {
  type: 'object',
  required: ['id', 'at', 'actor', 'roles', 'action', 'operationId', 'resource', 'outcome', 'status', 'requestId'],
  properties: {
    id: { type: 'string' },
    at: { type: 'string', format: 'date-time' },
    actor: { type: 'string', description: 'the subject of the verified token' },
    roles: { type: 'array', items: { type: 'string' } },
    action: { type: 'string', example: 'patient.read' },
    operationId: { type: 'string' },
    resource: { type: 'string', description: 'the path or resource the request concerned' },
    patientId: { type: 'string' },
    outcome: {
      type: 'string',
      enum: [...AUDIT_OUTCOMES],
      description: '`attempted` precedes a change (the entry with its outcome follows, same requestId)',
    },
    status: { type: 'integer' },
    requestId: { type: 'string' },
    criteria: { type: 'string', description: "a list's search criteria as a keyed hash, never the values" },
    returned: { type: 'integer', description: 'on a list: how many patient rows it returned' },
    listedIn: { type: 'string', description: "on one patient's row of a list: the list's entry id" },
  },
} as const;

const auditPageSchema = {
  type: 'object',
  required: ['from', 'to', 'items'],
  properties: {
    from: { type: 'string', format: 'date-time', description: 'the window searched' },
    to: { type: 'string', format: 'date-time' },
    items: { type: 'array', items: auditEntrySchema, description: 'newest first' },
    cursor: { type: 'string', description: 'present when there may be more; pass it back with the same window' },
  },
} as const;

/** Audit trail queries for `audit:read`: by patient and by actor, newest first within a time window. */
export function auditRoutes(services: AuditRouteServices): RouteDefinition[] {
  return [
    defineRoute({
      operationId: 'getPatientAuditTrail',
      method: 'GET',
      path: '/audit/patients/{patientId}',
      summary: "Who accessed a patient's data, and how (default: the last 30 days)",
      tag: 'audit',
      access,
      audit: { action: READ_ACTION, patientIdParam: 'patientId' },
      params: patientParams,
      query: windowQuery,
      response: { status: 200, description: "the patient's audit entries", schema: auditPageSchema },
      handle: ({ params, query }) =>
        windowedPage(query, services.clock.now(), (...page) => services.audit.byPatient(params.patientId, ...page)),
    }),
    defineRoute({
      operationId: 'getActorAuditTrail',
      method: 'GET',
      path: '/audit/actors/{actor}',
      summary: 'What one staff member did (default: the last 30 days)',
      tag: 'audit',
      access,
      audit: { action: READ_ACTION },
      params: {
        type: 'object',
        required: ['actor'],
        additionalProperties: false,
        properties: {
          actor: { type: 'string', minLength: 1, maxLength: 256, description: 'the token subject (Cognito `sub`)' },
        },
      },
      query: windowQuery,
      response: { status: 200, description: "the actor's audit entries", schema: auditPageSchema },
      handle: ({ params, query }) =>
        windowedPage(query, services.clock.now(), (...page) => services.audit.byActor(params.actor, ...page)),
    }),
  ];
}

type PageQuery = { from?: string; to?: string; limit?: string; cursor?: string };

async function windowedPage(
  query: PageQuery,
  now: Date,
  fetch: (from: string, to: string, limit: number, cursor?: string) => Promise<AuditPage>,
) {
  const window = auditWindow(query, now);
  return { ...window, ...(await fetch(window.from, window.to, pageLimit(query.limit), query.cursor)) };
}

/** The window in canonical ISO instants (the audit log compares them as strings). */
function auditWindow(query: PageQuery, now: Date): { from: string; to: string } {
  const to = query.to === undefined ? now : instant(query.to, '/to');
  const from =
    query.from === undefined
      ? new Date(to.getTime() - DEFAULT_AUDIT_WINDOW_DAYS * DAY_MS)
      : instant(query.from, '/from');
  if (from > to) throw badRequest('the window is empty', [{ in: 'query', pointer: '/from', detail: 'is after `to`' }]);
  return { from: from.toISOString(), to: to.toISOString() };
}

function instant(value: string, pointer: string): Date {
  const date = new Date(value);
  // The format check admits leap seconds (`23:59:60`), which `Date` cannot represent.
  if (Number.isNaN(date.getTime()))
    throw badRequest('the window is not valid', [{ in: 'query', pointer, detail: 'is not a representable instant' }]);
  return date;
}

import { createHmac } from 'node:crypto';
import { type AuditEntry, type AuditLog, type AuditOutcome, disclosureEntries } from '../domain/access/audit-trail';
import type { Clock } from '../domain/ports';
import { mapInBatches } from '../domain/segments/batches';
import type { AuditNote, RouteDefinition } from './route';

/** Query parameters that page a list rather than say what it is of. */
const PAGING = new Set(['cursor', 'limit']);
/** Rows of one list audited at once (one conditional PutItem each). */
const DISCLOSURE_CONCURRENCY = 16;

export interface AuditRequest {
  readonly path: string;
  readonly requestId: string;
  readonly principal?: { readonly subject: string; readonly roles: readonly AuditEntry['roles'][number][] };
}

export interface AuditWriting {
  readonly audit: AuditLog;
  readonly clock: Clock;
  readonly newId: () => string;
  /** Keys the hash of a list's criteria (a secret, so that a hash cannot be reversed by trying values). */
  readonly criteriaKey: () => Promise<string | Uint8Array>;
}

/** Whether the route can change something: its audit entry must exist before the change is made. */
export function changesSomething(route: RouteDefinition): boolean {
  return route.method !== 'GET' && route.audit?.readOnly !== true;
}

export function auditOutcomeOf(status: number): AuditOutcome {
  return status === 403 ? 'denied' : status < 400 ? 'allowed' : 'failed';
}

/** The entry for one call, with the outcome it had (or `attempted`, before the change). */
export function auditEntry(
  route: RouteDefinition,
  request: AuditRequest,
  note: AuditNote,
  outcome: AuditOutcome,
  status: number,
  deps: Pick<AuditWriting, 'clock' | 'newId'>,
): AuditEntry {
  const principal = request.principal;
  return {
    id: deps.newId(),
    at: deps.clock.now().toISOString(),
    actor: principal?.subject ?? (route.audit?.anonymousActor as string),
    roles: principal?.roles ?? [],
    action: (route.audit as { action: string }).action,
    operationId: route.operationId,
    resource: note.resource ?? request.path,
    ...(note.patientId ? { patientId: note.patientId } : {}),
    outcome,
    status,
    requestId: request.requestId,
  };
}

/**
 * Writes the call's entry; for a list that returned patient rows, with the criteria's keyed hash and the count,
 * and one entry per returned patient.
 */
export async function recordCall(
  entry: AuditEntry,
  note: AuditNote,
  query: Readonly<Record<string, string | undefined>>,
  deps: AuditWriting,
): Promise<void> {
  const listed = note.patientIds;
  if (listed === undefined) {
    await deps.audit.record(entry);
    return;
  }
  const list: AuditEntry = {
    ...entry,
    criteria: criteriaHash(entry.operationId, query, await deps.criteriaKey()),
    returned: listed.length,
  };
  await deps.audit.record(list);
  await mapInBatches(disclosureEntries(list, listed, deps.newId), DISCLOSURE_CONCURRENCY, (row) =>
    deps.audit.record(row),
  );
}

/**
 * HMAC-SHA-256 over the operation and its criteria in a canonical order (paging left out), truncated to 128 bits:
 * the same search gives the same hash, so an investigator holding the key can test "did they search for X".
 */
export function criteriaHash(
  operationId: string,
  query: Readonly<Record<string, string | undefined>>,
  key: string | Uint8Array,
): string {
  const criteria = Object.entries(query)
    .filter(([name, value]) => !PAGING.has(name) && value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHmac('sha256', key)
    .update(`audit-criteria\n${operationId}\n${JSON.stringify(criteria)}`)
    .digest('hex')
    .slice(0, 32);
}

import { randomUUID } from 'node:crypto';
import { type ApiResponse, createApi } from '../../lambdas/api/dispatch';
import type { RouteDefinition } from '../../lambdas/api/route';
import type { AuditEntry, AuditLog, AuditPage } from '../../lambdas/domain/access/audit-trail';
import type { Role } from '../../lambdas/domain/access/roles';

/** A nurse reading patient p1, unless told otherwise: the audit entry tests start from. */
export function auditEntry(overrides: Partial<AuditEntry> & Pick<AuditEntry, 'id' | 'at'>): AuditEntry {
  return {
    actor: 'nurse-1',
    roles: ['healthcare-user'],
    action: 'patient.read',
    operationId: 'getPatient',
    resource: '/patients/p1',
    patientId: 'p1',
    outcome: 'allowed',
    status: 200,
    requestId: `req-${overrides.id}`,
    ...overrides,
  };
}

/** An audit log in memory, queried the same way as the DynamoDB one. */
export class InMemoryAuditLog implements AuditLog {
  readonly entries: AuditEntry[] = [];

  /** The entries with an outcome: without the `attempted` entries written before each change. */
  get settled(): AuditEntry[] {
    return this.entries.filter((entry) => entry.outcome !== 'attempted');
  }

  async record(entry: AuditEntry): Promise<void> {
    this.entries.push(entry);
  }

  async byPatient(patientId: string, from: string, to: string, limit: number): Promise<AuditPage> {
    return { items: this.select((e) => e.patientId === patientId, from, to, limit) };
  }

  async byActor(actor: string, from: string, to: string, limit: number): Promise<AuditPage> {
    return { items: this.select((e) => e.actor === actor, from, to, limit) };
  }

  private select(predicate: (e: AuditEntry) => boolean, from: string, to: string, limit: number): AuditEntry[] {
    return this.entries
      .filter((e) => predicate(e) && e.at >= from && e.at <= to)
      .sort((a, b) => b.at.localeCompare(a.at))
      .slice(0, limit);
  }
}

/** The key the harness hashes list criteria with. */
export const AUDIT_CRITERIA_TEST_KEY = 'audit-criteria-test-key';

export interface Call {
  readonly method: string;
  readonly path: string;
  readonly role?: Role;
  /** A caller holding several roles (Cognito groups); overrides `role`. */
  readonly roles?: readonly Role[];
  readonly subject?: string;
  readonly query?: Record<string, string>;
  readonly body?: unknown;
  readonly rawBody?: string;
  readonly contentType?: string;
}

export interface ApiUnderTest {
  readonly audit: InMemoryAuditLog;
  /** What the pipeline logged (messages and ids). */
  readonly logged: { readonly level: string; readonly message: string; readonly ids?: Record<string, unknown> }[];
  call(call: Call): Promise<ApiResponse & { json: () => unknown }>;
}

/** The real API pipeline over the given routes, with an in-memory audit log and a fixed clock. */
export function apiUnderTest(routes: readonly RouteDefinition[], now = new Date('2026-11-25T12:00:00Z')): ApiUnderTest {
  const audit = new InMemoryAuditLog();
  const logged: ApiUnderTest['logged'][number][] = [];
  const log = (level: string) => (message: string, ids?: Record<string, unknown>) =>
    void logged.push({ level, message, ...(ids ? { ids } : {}) });
  const api = createApi(routes, {
    audit,
    clock: { now: () => now },
    logger: { info: log('info'), warn: log('warn'), error: log('error') },
    newId: () => randomUUID(),
    maxBodyBytes: 64 * 1024,
    criteriaKey: async () => AUDIT_CRITERIA_TEST_KEY,
  });
  return {
    audit,
    logged,
    async call({ method, path, role, roles, subject, query, body, rawBody, contentType }) {
      const text = rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
      const response = await api({
        method,
        path,
        headers: text === undefined ? {} : { 'content-type': contentType ?? 'application/json' },
        query: query ?? {},
        body: text,
        requestId: randomUUID(),
        principal: roles
          ? { subject: subject ?? `user-${roles.join('+')}`, roles: [...roles] }
          : role
            ? { subject: subject ?? `user-${role}`, roles: [role] }
            : undefined,
      });
      return { ...response, json: () => (response.body ? JSON.parse(response.body) : undefined) };
    },
  };
}

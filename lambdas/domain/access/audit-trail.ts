import type { Role } from './roles';

/** One entry of the append-only audit trail. Identifiers and outcomes only, never patient data. */
export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  readonly actor: string;
  readonly roles: readonly Role[];
  readonly action: string;
  readonly operationId: string;
  readonly resource: string;
  readonly patientId?: string;
  /** `allowed` with the HTTP status, or `denied` (403). */
  readonly outcome: 'allowed' | 'denied' | 'failed';
  readonly status: number;
  readonly requestId: string;
}

export interface AuditPage {
  readonly items: readonly AuditEntry[];
  readonly cursor?: string;
}

export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  byPatient(patientId: string, from: string, to: string, limit: number, cursor?: string): Promise<AuditPage>;
  byActor(actor: string, from: string, to: string, limit: number, cursor?: string): Promise<AuditPage>;
}

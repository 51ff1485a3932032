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
  /**
   * `allowed` with the HTTP status, `denied` (403), `failed`; `attempted` is written before a change is made
   * (the entry with the outcome follows it, same `requestId`), so no change is ever left unaudited.
   */
  readonly outcome: AuditOutcome;
  /** A list's search criteria as a keyed hash (HMAC-SHA-256): comparable, never the values themselves. */
  readonly criteria?: string;
  /** On a list's entry: how many patient rows it returned (each has an entry of its own, `listedIn` this one). */
  readonly returned?: number;
  /** On a patient's entry for one row of a list: the id of the list's entry. */
  readonly listedIn?: string;
  readonly status: number;
  readonly requestId: string;
}

export const AUDIT_OUTCOMES = ['attempted', 'allowed', 'denied', 'failed'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * One entry per patient a list returned, beside the list's own: "who saw patient X" then finds the search or
 * the member list that showed X, like a look at X's record.
 */
export function disclosureEntries(list: AuditEntry, patientIds: readonly string[], newId: () => string): AuditEntry[] {
  return [...new Set(patientIds)].map((patientId) => {
    const { returned: _returned, ...rest } = list;
    return { ...rest, id: newId(), patientId, listedIn: list.id };
  });
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

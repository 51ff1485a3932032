/**
 * Ordering of resource versions. An older version never overwrites a newer one, a redelivery is a
 * no-op, and any delivery order converges on the same state: the comparison is total and deterministic.
 */
export interface VersionStamp {
  readonly versionId?: string;
  readonly lastUpdated?: string;
  /** When the change happened upstream; the last resort when the resource carries no meta. */
  readonly occurredAt: string;
}

export interface AppliedVersion {
  readonly stamp: VersionStamp;
  /** Content hash of the applied resource, or `deleted` for a tombstone. */
  readonly contentHash: string;
  readonly deleted: boolean;
  readonly patientIds: readonly string[];
  /** Optimistic-lock counter for the version record. */
  readonly revision: number;
  /** False until `Patient Facts Changed` was published for this version, so a redelivery can finish the job. */
  readonly announced: boolean;
  /** The patients this version's announcement is for: current and former (a move or a delete). */
  readonly pendingPatientIds: readonly string[];
  /** The bulk import job that wrote this version, if one did: a retried attempt of it counts the version as its own. */
  readonly writtenBy?: string;
}

export type ApplyDecision = 'apply' | 'stale' | 'duplicate';

const NUMERIC = /^\d{1,15}$/;

function sign(n: number): -1 | 0 | 1 {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/**
 * Orders versions by `meta.lastUpdated` (the server's version time; `occurredAt` when the resource carries
 * none), then numeric `meta.versionId`, then `occurredAt`. Every stamp has a value for each key, so this
 * is a total order: comparing field by field only where both sides have one would not be transitive
 * (a delete without meta could sit between two updates), and delivery order would decide the end state.
 */
export function compareStamps(a: VersionStamp, b: VersionStamp): -1 | 0 | 1 {
  const byInstant = sign(instantOf(a.lastUpdated ?? a.occurredAt) - instantOf(b.lastUpdated ?? b.occurredAt));
  if (byInstant !== 0) return byInstant;
  const byVersion = sign(versionNumber(a) - versionNumber(b));
  if (byVersion !== 0) return byVersion;
  return sign(instantOf(a.occurredAt) - instantOf(b.occurredAt));
}

/**
 * Milliseconds since the epoch. FHIR instants may carry a leap second (`23:59:60`), which `Date.parse`
 * rejects; it counts as the last millisecond of its minute. Anything unparseable sorts first, so the
 * order stays total (the schemas reject such values before they get here).
 */
export function instantOf(value: string): number {
  const parsed = Date.parse(value);
  if (!Number.isNaN(parsed)) return parsed;
  const leap = Date.parse(value.replace(/:60(\.\d+)?(?=Z|[+-]\d\d:\d\d$)/, ':59.999'));
  return Number.isNaN(leap) ? Number.NEGATIVE_INFINITY : leap;
}

function versionNumber(stamp: VersionStamp): number {
  return stamp.versionId && NUMERIC.test(stamp.versionId) ? Number(stamp.versionId) : -1;
}

export interface IncomingVersion {
  readonly stamp: VersionStamp;
  readonly contentHash: string;
  readonly deleted: boolean;
}

/**
 * Decides whether an incoming version replaces what was applied. Equal stamps with different content
 * (an upstream that reuses a version) are settled by a fixed rule — a delete wins, else the larger
 * hash — so that the end state never depends on arrival order.
 */
export function decideApplication(existing: AppliedVersion | undefined, incoming: IncomingVersion): ApplyDecision {
  if (!existing) return 'apply';
  const order = compareStamps(incoming.stamp, existing.stamp);
  if (order > 0) return 'apply';
  if (order < 0) return 'stale';
  if (incoming.deleted === existing.deleted && incoming.contentHash === existing.contentHash) return 'duplicate';
  if (incoming.deleted !== existing.deleted) return incoming.deleted ? 'apply' : 'stale';
  return incoming.contentHash > existing.contentHash ? 'apply' : 'stale';
}

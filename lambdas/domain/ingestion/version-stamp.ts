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
}

export type ApplyDecision = 'apply' | 'stale' | 'duplicate';

const NUMERIC = /^\d{1,15}$/;

function sign(n: number): -1 | 0 | 1 {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/** Compares `meta.versionId` (when both are numeric), else `meta.lastUpdated`, else `occurredAt`. */
export function compareStamps(a: VersionStamp, b: VersionStamp): -1 | 0 | 1 {
  if (a.versionId && b.versionId && NUMERIC.test(a.versionId) && NUMERIC.test(b.versionId)) {
    const byVersion = sign(Number(a.versionId) - Number(b.versionId));
    if (byVersion !== 0) return byVersion;
  }
  if (a.lastUpdated && b.lastUpdated) {
    const byLastUpdated = sign(Date.parse(a.lastUpdated) - Date.parse(b.lastUpdated));
    if (byLastUpdated !== 0) return byLastUpdated;
  }
  return sign(Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
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

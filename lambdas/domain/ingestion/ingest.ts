import { randomUUID } from 'node:crypto';
import type { PatientFactsChangedDetail } from '../events/event-schemas';
import type { AcceptedResourceType } from '../fhir/resource-types';
import type { Clock } from '../ports';
import type { FactsChangedPublisher, IngestionStore, ResourceKey } from './ports';
import type { ValidChange } from './validate-change';
import { type AppliedVersion, decideApplication } from './version-stamp';

export type ApplyOutcome = 'applied' | 'stale' | 'duplicate';

export interface AppliedChange {
  readonly outcome: ApplyOutcome;
  readonly key: ResourceKey;
  readonly action: ValidChange['action'];
  /** Patients whose facts changed and who still need a `Patient Facts Changed`. */
  readonly patientsToAnnounce: readonly string[];
  /** Revision to mark announced once the event is out. */
  readonly revision?: number;
  /** The announcement id the version was written under: marked once for all the versions that share it. */
  readonly announcementId?: string;
  /** For a duplicate: the bulk import job that wrote the stored version, if one did. */
  readonly writtenBy?: string;
}

export interface ApplyOptions {
  /** The version record as the caller just read it (a batch reads them together); read here when absent. */
  readonly prefetched?: { readonly version: AppliedVersion | undefined };
  /** Writes the version under this announcement id (see `newAnnouncementId`). */
  readonly announcementId?: string;
  /** The bulk import job writing, recorded on the version (see `AppliedVersion.writtenBy`). */
  readonly writtenBy?: string;
  /** The event carrying the change, named in the trace of a change dropped as stale. */
  readonly eventId?: string;
}

/**
 * A fresh id for the versions one round of ingestion writes and then announces together. Fresh on every
 * attempt, never derived from the events: a marked id means every version written under it was announced,
 * which a redelivered attempt reusing it could not promise.
 */
export function newAnnouncementId(): string {
  return randomUUID();
}

export class ConcurrentModificationError extends Error {
  constructor(key: ResourceKey) {
    super(`version record of ${key.resourceType}/${key.resourceId} kept changing; retry later`);
    this.name = 'ConcurrentModificationError';
  }
}

const MAX_ATTEMPTS = 5;

/**
 * Applies one valid change under the version rules: stale versions and redeliveries change nothing;
 * a concurrent writer makes us re-read and decide again.
 */
export async function applyValidChange(
  change: ValidChange,
  store: IngestionStore,
  clock: Clock,
  { prefetched, announcementId, writtenBy, eventId }: ApplyOptions = {},
): Promise<AppliedChange> {
  const key = { resourceType: change.resourceType, resourceId: change.resourceId };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    // A conflict means the prefetched record is out of date: every later attempt reads afresh.
    const existing = attempt === 0 && prefetched ? prefetched.version : await store.getAppliedVersion(key);
    const decision = decideApplication(existing, change);
    if (decision === 'stale') {
      await store.noteIgnored(key, {
        at: clock.now().toISOString(),
        action: change.action,
        reason: 'stale',
        stamp: change.stamp,
        appliedStamp: (existing as AppliedVersion).stamp,
        ...(eventId !== undefined ? { eventId } : {}),
        ...(writtenBy !== undefined ? { importJobId: writtenBy } : {}),
      });
      return { outcome: 'stale', key, action: change.action, patientsToAnnounce: [] };
    }
    if (decision === 'duplicate') {
      // A redelivery after a crash between the write and the announcement finishes the projection and the
      // announcement; announced, the projection was complete (it is written before the announcement).
      const unfinished = existing !== undefined && !existing.announced;
      if (unfinished) await store.completeProjection(change, existing, clock.now());
      const pending = unfinished ? existing.pendingPatientIds : [];
      return {
        outcome: 'duplicate',
        key,
        action: change.action,
        patientsToAnnounce: pending,
        revision: existing?.revision,
        ...(existing?.writtenBy !== undefined ? { writtenBy: existing.writtenBy } : {}),
      };
    }
    const patientsToAnnounce = affectedPatients(existing, change);
    if (
      (await store.applyChange(change, existing, patientsToAnnounce, clock.now(), announcementId, writtenBy)) ===
      'applied'
    ) {
      return {
        outcome: 'applied',
        key,
        action: change.action,
        patientsToAnnounce,
        revision: (existing?.revision ?? 0) + 1,
        ...(announcementId !== undefined && patientsToAnnounce.length > 0 ? { announcementId } : {}),
      };
    }
  }
  throw new ConcurrentModificationError(key);
}

/**
 * Patients whose facts a change alters: the former and the current ones. A newer stamp over identical
 * content (a bulk re-run, an upstream re-send) alters nobody's facts and announces nothing.
 */
function affectedPatients(existing: AppliedVersion | undefined, change: ValidChange): string[] {
  const before = existing && !existing.deleted ? existing.patientIds : [];
  const after = change.deleted ? [] : change.patientIds;
  // Whoever the replaced version still owed an announcement (its publish failed) is owed it now.
  const owed = existing && !existing.announced ? existing.pendingPatientIds : [];
  const sameContent =
    existing !== undefined && existing.deleted === change.deleted && existing.contentHash === change.contentHash;
  const samePatients = before.length === after.length && before.every((id) => after.includes(id));
  const changed = sameContent && samePatients ? [] : [...before, ...after];
  return [...new Set([...changed, ...owed])].sort();
}

/** Groups applied changes into one `Patient Facts Changed` detail per patient (ids only). */
export function factsChangedDetails(
  changes: readonly AppliedChange[],
  occurredAt: string,
): PatientFactsChangedDetail[] {
  const byPatient = new Map<string, Map<string, PatientFactsChangedDetail['changes'][number]>>();
  for (const change of changes) {
    for (const patientId of change.patientsToAnnounce) {
      const entries = byPatient.get(patientId) ?? new Map();
      entries.set(`${change.key.resourceType}/${change.key.resourceId}`, {
        resourceType: change.key.resourceType,
        resourceId: change.key.resourceId,
        action: change.action,
        ...(change.revision !== undefined ? { revision: change.revision } : {}),
      });
      byPatient.set(patientId, entries);
    }
  }
  return [...byPatient.entries()].map(([patientId, entries]) => {
    const list = [...entries.values()];
    const types = [...new Set(list.map((c) => c.resourceType as AcceptedResourceType))].sort();
    return { patientId, changedTypes: types, changes: list, occurredAt };
  });
}

/**
 * Publishes the announcements of a batch of applied changes, then marks their versions announced: once per
 * announcement id the versions were written under, one by one for the rest (redeliveries finishing an
 * announcement, versions written without an id).
 */
export async function announce(
  changes: readonly AppliedChange[],
  publisher: FactsChangedPublisher,
  store: IngestionStore,
  clock: Clock,
): Promise<number> {
  const pending = changes.filter((c) => c.patientsToAnnounce.length > 0);
  if (pending.length === 0) return 0;
  const details = factsChangedDetails(pending, clock.now().toISOString());
  await publisher.publishFactsChanged(details);
  const announcementIds = [...new Set(pending.flatMap((c) => (c.announcementId ? [c.announcementId] : [])))];
  if (announcementIds.length > 0) await store.markAnnouncementsPublished(announcementIds, clock.now());
  for (const change of pending) {
    if (change.announcementId === undefined && change.revision !== undefined) {
      await store.markAnnounced(change.key, change.revision);
    }
  }
  return details.length;
}

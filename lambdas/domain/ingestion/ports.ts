import type { PatientFactsChangedDetail } from '../events/event-schemas';
import type { AcceptedResourceType } from '../fhir/resource-types';
import type { Rejection } from './rejection';
import type { ValidChange } from './validate-change';
import type { AppliedVersion, VersionStamp } from './version-stamp';

export interface ResourceKey {
  readonly resourceType: AcceptedResourceType;
  readonly resourceId: string;
}

/** `Type/id`: how a batch keys the resources it touches. */
export const resourceKeyString = (key: ResourceKey): string => `${key.resourceType}/${key.resourceId}`;

/** The patient store as ingestion sees it: version records plus the projected resources. */
export interface IngestionStore {
  getAppliedVersion(key: ResourceKey): Promise<AppliedVersion | undefined>;
  /** The version records of many resources in one strongly consistent read, keyed by `resourceKeyString`. */
  getAppliedVersions(keys: readonly ResourceKey[]): Promise<ReadonlyMap<string, AppliedVersion>>;
  /**
   * Writes the change on condition that the version record is still `expected`: the version record first,
   * which decides, then the projected items under each patient and a tombstone under each patient no longer
   * referenced, each written only over an older revision, so that any interleaving of writers converges. With
   * an `announcementId`, the version's pending announcement is settled by `markAnnouncementsPublished` of that
   * id (one write for a whole batch); without one, by `markAnnounced` of this version. A fault after the
   * version record is written leaves the version unannounced: its redelivery finishes with `completeProjection`.
   */
  applyChange(
    change: ValidChange,
    expected: AppliedVersion | undefined,
    pendingPatientIds: readonly string[],
    appliedAt: Date,
    announcementId?: string,
    writtenBy?: string,
  ): Promise<'applied' | 'conflict'>;
  /** Writes the projected items of an applied, unannounced version again (a no-op where they are written). */
  completeProjection(change: ValidChange, version: AppliedVersion, appliedAt: Date): Promise<void>;
  markAnnounced(key: ResourceKey, revision: number): Promise<void>;
  /** Every version written under one of these announcement ids is announced from `at` on. */
  markAnnouncementsPublished(announcementIds: readonly string[], at: Date): Promise<void>;
  /** Keeps the trace of a change that was dropped as stale (kept `IGNORED_CHANGE_DAYS`). */
  noteIgnored(key: ResourceKey, ignored: IgnoredChange): Promise<void>;
  /** The traces of a resource's dropped changes, newest first. */
  ignoredChanges(key: ResourceKey, limit: number): Promise<IgnoredChange[]>;
}

/** How long the trace of a dropped change is kept. */
export const IGNORED_CHANGE_DAYS = 30;

/**
 * A change that arrived after a newer version of its resource was applied and changed nothing: never dropped
 * without this trace, so "why did my correction not show" has an answer (`GET /ingestion/resources/…`).
 */
export interface IgnoredChange {
  readonly at: string;
  readonly action: 'create' | 'update' | 'delete';
  readonly reason: 'stale';
  /** The dropped change's version stamp, and the applied version's that outranked it. */
  readonly stamp: VersionStamp;
  readonly appliedStamp: VersionStamp;
  /** The event that carried it, or the bulk import job. */
  readonly eventId?: string;
  readonly importJobId?: string;
}

export interface FactsChangedPublisher {
  publishFactsChanged(details: readonly PatientFactsChangedDetail[]): Promise<void>;
}

export interface DeadLetterEntry {
  /** Deterministic: the same rejected event is recorded once however often it is delivered. */
  readonly id: string;
  readonly receivedAt: string;
  /** `provider-feedback`: an SES or SMS event that breaks the provider's documented shape (not replayable). */
  readonly origin: 'event' | 'bulk-import' | 'delivery-failure' | 'provider-feedback';
  readonly rejection: Rejection;
  readonly resourceType?: string;
  readonly resourceId?: string;
  readonly correlationId?: string;
  /** The kept event's `source` and `detail-type` (ids, not PHI): what a replay puts back on the bus. */
  readonly source?: string;
  readonly detailType?: string;
  /** The function or rule target that failed the event (a delivery failure), for the operator. */
  readonly consumer?: string;
  /** The original event (or import line), kept encrypted at rest so that it can be replayed after a fix. */
  readonly payload: unknown;
}

export interface DeadLetterStore {
  record(entry: DeadLetterEntry): Promise<void>;
}

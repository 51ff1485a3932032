import type { IgnoredChange, IngestionStore, ResourceKey } from '../lambdas/domain/ingestion/ports';
import type { ValidChange } from '../lambdas/domain/ingestion/validate-change';
import type { AppliedVersion } from '../lambdas/domain/ingestion/version-stamp';

/**
 * The thinnest possible store: where DynamoDB would be. The benchmark of the projection core puts this
 * at the I/O boundary so that it measures the platform's own work, not a test fake's defensive copies.
 */
export class MapIngestionStore implements IngestionStore {
  private readonly versions = new Map<string, AppliedVersion>();
  private readonly projected = new Map<string, unknown>();
  private readonly announcementIds = new Map<string, string>();
  private readonly published = new Set<string>();

  async getAppliedVersion(key: ResourceKey): Promise<AppliedVersion | undefined> {
    const id = `${key.resourceType}/${key.resourceId}`;
    const version = this.versions.get(id);
    const announcementId = this.announcementIds.get(id);
    if (version && !version.announced && announcementId !== undefined && this.published.has(announcementId)) {
      return { ...version, announced: true };
    }
    return version;
  }

  async getAppliedVersions(keys: readonly ResourceKey[]): Promise<ReadonlyMap<string, AppliedVersion>> {
    const found = new Map<string, AppliedVersion>();
    for (const key of keys) {
      const version = await this.getAppliedVersion(key);
      if (version) found.set(`${key.resourceType}/${key.resourceId}`, version);
    }
    return found;
  }

  async applyChange(
    change: ValidChange,
    expected: AppliedVersion | undefined,
    pendingPatientIds: readonly string[],
    _appliedAt: Date,
    announcementId?: string,
    _writtenBy?: string,
  ): Promise<'applied' | 'conflict'> {
    const key = `${change.resourceType}/${change.resourceId}`;
    if (this.versions.get(key)?.revision !== expected?.revision) return 'conflict';
    this.versions.set(key, {
      stamp: change.stamp,
      contentHash: change.contentHash,
      deleted: change.deleted,
      patientIds: change.patientIds,
      revision: (expected?.revision ?? 0) + 1,
      announced: pendingPatientIds.length === 0,
      pendingPatientIds,
    });
    if (announcementId === undefined) this.announcementIds.delete(key);
    else this.announcementIds.set(key, announcementId);
    for (const patientId of change.patientIds) this.projected.set(`${patientId}|${key}`, change.facts);
    return 'applied';
  }

  async completeProjection(change: ValidChange): Promise<void> {
    const key = `${change.resourceType}/${change.resourceId}`;
    for (const patientId of change.patientIds) this.projected.set(`${patientId}|${key}`, change.facts);
  }

  async markAnnounced(key: ResourceKey, revision: number): Promise<void> {
    const id = `${key.resourceType}/${key.resourceId}`;
    const version = this.versions.get(id);
    if (version?.revision === revision) this.versions.set(id, { ...version, announced: true });
  }

  async markAnnouncementsPublished(announcementIds: readonly string[]): Promise<void> {
    for (const id of announcementIds) this.published.add(id);
  }

  /** Dropped changes are only counted: the bench measures the apply path, not operators' traces. */
  ignoredCount = 0;

  async noteIgnored(): Promise<void> {
    this.ignoredCount++;
  }

  async ignoredChanges(): Promise<IgnoredChange[]> {
    return [];
  }
}

import type { PatientFactsChangedDetail } from '../../lambdas/domain/events/event-schemas';
import { classifyImportFile, type ImportFileRef } from '../../lambdas/domain/ingestion/bulk-files';
import type { ImportFileReader, ImportFileResult } from '../../lambdas/domain/ingestion/import-file';
import {
  type ImportJobStore,
  type ImportJobSummary,
  type ImportSourceSpec,
  type OpenImportSource,
  summarizeFiles,
} from '../../lambdas/domain/ingestion/import-job';
import type { IngestDependencies } from '../../lambdas/domain/ingestion/ingest-event';
import {
  type DeadLetterEntry,
  type DeadLetterStore,
  type FactsChangedPublisher,
  type IgnoredChange,
  type IngestionStore,
  type ResourceKey,
  resourceKeyString,
} from '../../lambdas/domain/ingestion/ports';
import type { ValidChange } from '../../lambdas/domain/ingestion/validate-change';
import type { AppliedVersion } from '../../lambdas/domain/ingestion/version-stamp';
import { type Clock, silentLogger } from '../../lambdas/domain/ports';

/** A projected resource as it sits under one patient. */
export interface ProjectedResource {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly facts?: ValidChange['facts'];
  readonly resource?: ValidChange['resource'];
  readonly contentHash: string;
  readonly appliedAt: string;
}

interface VersionRecord extends AppliedVersion {
  readonly appliedAt: string;
  /** The announcement id the version was written under, when it was. */
  readonly announcementId?: string;
  /** Reference data (Location) has no patient to be projected under; it lives on its version record. */
  readonly resource?: ValidChange['resource'];
}

/** Patient id → `Type/id` → content hash, keys sorted, so two stores compare with `toEqual`. */
export type StoreSnapshot = Record<string, Record<string, string>>;

const keyOf = (key: ResourceKey) => `${key.resourceType}/${key.resourceId}`;

/**
 * The Patients table in memory, with the semantics of `DynamoIngestionStore`: a version record per
 * resource guarded by its revision, the resource projected under each patient it references, removed
 * from patients it no longer references, and tombstones that keep the patients they removed it from.
 */
export class InMemoryIngestionStore implements IngestionStore {
  private readonly versions = new Map<string, VersionRecord>();
  private readonly patients = new Map<string, Map<string, ProjectedResource>>();
  private readonly publishedAnnouncements = new Set<string>();
  private pendingConflicts = 0;
  /** Every `applyChange` call, including those answered with `conflict`. */
  applyCalls = 0;

  private pendingCrashes = 0;

  /**
   * The next `times` writes fail after the version record is written and before the projection, as a crashed
   * or timed-out function would leave them (the DynamoDB store writes them one after the other).
   */
  crashAfterVersionWrite(times = 1): void {
    this.pendingCrashes += times;
  }

  /** The next `times` writes answer `conflict` without writing, as if another writer got there first. */
  conflictOnNextApply(times = 1): void {
    this.pendingConflicts += times;
  }

  async getAppliedVersion(key: ResourceKey): Promise<AppliedVersion | undefined> {
    const record = this.versionRecord(key);
    if (!record) return undefined;
    const { appliedAt: _appliedAt, resource: _resource, announcementId: _id, ...version } = structuredClone(record);
    return version;
  }

  async getAppliedVersions(keys: readonly ResourceKey[]): Promise<ReadonlyMap<string, AppliedVersion>> {
    const found = new Map<string, AppliedVersion>();
    for (const key of keys) {
      const version = await this.getAppliedVersion(key);
      if (version) found.set(keyOf(key), version);
    }
    return found;
  }

  async applyChange(
    change: ValidChange,
    expected: AppliedVersion | undefined,
    pendingPatientIds: readonly string[],
    appliedAt: Date,
    announcementId?: string,
    writtenBy?: string,
  ): Promise<'applied' | 'conflict'> {
    this.applyCalls++;
    if (this.pendingConflicts > 0) {
      this.pendingConflicts--;
      return 'conflict';
    }
    const key = keyOf(change);
    const current = this.versions.get(key);
    const conditionHolds = expected ? current?.revision === expected.revision : current === undefined;
    if (!conditionHolds) return 'conflict';

    const at = appliedAt.toISOString();
    const previousPatients = expected && !expected.deleted ? expected.patientIds : [];
    const currentPatients = change.deleted ? [] : change.patientIds;
    const isReferenceData = !change.deleted && change.patientIds.length === 0;
    this.versions.set(key, {
      stamp: { ...change.stamp },
      contentHash: change.contentHash,
      deleted: change.deleted,
      patientIds: [...(change.deleted ? previousPatients : currentPatients)],
      revision: (expected?.revision ?? 0) + 1,
      announced: pendingPatientIds.length === 0,
      pendingPatientIds: [...pendingPatientIds],
      appliedAt: at,
      ...(writtenBy !== undefined ? { writtenBy } : {}),
      ...(announcementId !== undefined && pendingPatientIds.length > 0 ? { announcementId } : {}),
      ...(isReferenceData && change.resource ? { resource: structuredClone(change.resource) } : {}),
    });
    if (this.pendingCrashes > 0) {
      this.pendingCrashes--;
      throw new Error('the function stopped after writing the version record');
    }
    this.project(change, currentPatients, previousPatients, at);
    return 'applied';
  }

  async completeProjection(change: ValidChange, version: AppliedVersion, appliedAt: Date): Promise<void> {
    // Only the version still applied, as the DynamoDB store writes only over older revisions.
    if (this.versions.get(keyOf(change))?.revision !== version.revision) return;
    const current = change.deleted ? [] : change.patientIds;
    this.project(change, current, [...version.patientIds, ...version.pendingPatientIds], appliedAt.toISOString());
  }

  private project(change: ValidChange, current: readonly string[], former: readonly string[], at: string): void {
    const key = keyOf(change);
    for (const patientId of current) {
      const resources = this.patients.get(patientId) ?? new Map<string, ProjectedResource>();
      resources.set(key, {
        resourceType: change.resourceType,
        resourceId: change.resourceId,
        facts: structuredClone(change.facts),
        resource: structuredClone(change.resource),
        contentHash: change.contentHash,
        appliedAt: at,
      });
      this.patients.set(patientId, resources);
    }
    for (const patientId of former.filter((id) => !current.includes(id))) {
      const resources = this.patients.get(patientId);
      resources?.delete(key);
      if (resources?.size === 0) this.patients.delete(patientId);
    }
  }

  async markAnnounced(key: ResourceKey, revision: number): Promise<void> {
    const record = this.versions.get(keyOf(key));
    // A newer revision carries its own announcement, as in the DynamoDB store's conditional update.
    if (record?.revision === revision) this.versions.set(keyOf(key), { ...record, announced: true });
  }

  async markAnnouncementsPublished(announcementIds: readonly string[]): Promise<void> {
    for (const id of announcementIds) this.publishedAnnouncements.add(id);
  }

  /** Traces of dropped changes, by `Type/id`, oldest first. */
  readonly ignored = new Map<string, IgnoredChange[]>();

  async noteIgnored(key: ResourceKey, ignored: IgnoredChange): Promise<void> {
    const k = resourceKeyString(key);
    this.ignored.set(k, [...(this.ignored.get(k) ?? []), ignored]);
  }

  async ignoredChanges(key: ResourceKey, limit: number): Promise<IgnoredChange[]> {
    return [...(this.ignored.get(resourceKeyString(key)) ?? [])].reverse().slice(0, limit);
  }

  /** The resources projected under one patient, keyed `Type/id`. */
  resourcesOf(patientId: string): ReadonlyMap<string, ProjectedResource> {
    return this.patients.get(patientId) ?? new Map();
  }

  /**
   * The version record, including its applied-at time and any reference-data resource; `announced` once its
   * own flag or its announcement id says so, as the DynamoDB store reads it.
   */
  versionRecord(key: ResourceKey): VersionRecord | undefined {
    const record = this.versions.get(keyOf(key));
    const byId = record?.announcementId !== undefined && this.publishedAnnouncements.has(record.announcementId);
    return record && byId && !record.announced ? { ...record, announced: true } : record;
  }

  snapshot(): StoreSnapshot {
    const snapshot: StoreSnapshot = {};
    for (const patientId of [...this.patients.keys()].sort()) {
      const resources = this.patients.get(patientId)!;
      snapshot[patientId] = Object.fromEntries(
        [...resources.keys()].sort().map((key) => [key, resources.get(key)!.contentHash]),
      );
    }
    return snapshot;
  }
}

/** Keeps every batch of `Patient Facts Changed` details; can be told to fail the next publications. */
export class RecordingFactsChangedPublisher implements FactsChangedPublisher {
  readonly batches: PatientFactsChangedDetail[][] = [];
  private pendingFailures = 0;

  failNextPublish(times = 1): void {
    this.pendingFailures += times;
  }

  async publishFactsChanged(details: readonly PatientFactsChangedDetail[]): Promise<void> {
    if (this.pendingFailures > 0) {
      this.pendingFailures--;
      throw new Error('the event bus is unavailable');
    }
    this.batches.push(structuredClone([...details]));
  }

  get details(): PatientFactsChangedDetail[] {
    return this.batches.flat();
  }

  /** Patient ids in publication order, one per detail. */
  get announcedPatients(): string[] {
    return this.details.map((d) => d.patientId);
  }
}

/** Keeps dead-letter entries by id; a second entry with the same id is ignored, as the DynamoDB store does. */
export class RecordingDeadLetterStore implements DeadLetterStore {
  private readonly byId = new Map<string, DeadLetterEntry>();
  recordCalls = 0;

  async record(entry: DeadLetterEntry): Promise<void> {
    this.recordCalls++;
    if (!this.byId.has(entry.id)) this.byId.set(entry.id, structuredClone(entry));
  }

  get entries(): DeadLetterEntry[] {
    return [...this.byId.values()];
  }

  get(id: string): DeadLetterEntry | undefined {
    return this.byId.get(id);
  }
}

/** A clock that stands still until moved. */
export class FixedClock implements Clock {
  private current: Date;

  constructor(iso = '2025-06-01T12:00:00.000Z') {
    this.current = new Date(iso);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(iso: string): void {
    this.current = new Date(iso);
  }
}

export interface InMemoryIngestion {
  readonly store: InMemoryIngestionStore;
  readonly publisher: RecordingFactsChangedPublisher;
  readonly deadLetters: RecordingDeadLetterStore;
  readonly clock: FixedClock;
  readonly deps: IngestDependencies;
}

export const DEFAULT_MAX_RESOURCE_BYTES = 256 * 1024;

/** Fresh in-memory ingestion dependencies, wired together. */
export function inMemoryIngestion(maxResourceBytes = DEFAULT_MAX_RESOURCE_BYTES): InMemoryIngestion {
  const store = new InMemoryIngestionStore();
  const publisher = new RecordingFactsChangedPublisher();
  const deadLetters = new RecordingDeadLetterStore();
  const clock = new FixedClock();
  return {
    store,
    publisher,
    deadLetters,
    clock,
    deps: { store, publisher, deadLetters, clock, logger: silentLogger, limits: { maxResourceBytes } },
  };
}

/** An `ImportFileReader` over file contents held in memory. */
export function inMemoryFileReader(files: Readonly<Record<string, string>>): ImportFileReader {
  const contentOf = (name: string) => {
    const text = files[name];
    if (text === undefined) throw new Error(`no such file: ${name}`);
    return text;
  };
  return {
    async *lines(name: string) {
      yield* contentOf(name).split(/\r?\n/);
    },
    async text(name: string) {
      return contentOf(name);
    },
  };
}

/**
 * Opens a folder source over in-memory folders: path → file name → content. Files are listed in name
 * order, classified as the S3 and folder sources classify them.
 */
export function inMemoryImportSources(
  folders: Readonly<Record<string, Readonly<Record<string, string>>>>,
): OpenImportSource {
  return (spec: ImportSourceSpec) => {
    const files = spec.kind === 'folder' ? folders[spec.path] : undefined;
    if (!files) throw new Error(`no such import source: ${JSON.stringify(spec)}`);
    return {
      ...inMemoryFileReader(files),
      async list(): Promise<ImportFileRef[]> {
        return Object.keys(files)
          .sort()
          .map((name) => ({ name, kind: classifyImportFile(name) }));
      },
    };
  };
}

/** Import jobs in memory, totalled with the same `summarizeFiles` as the DynamoDB store. */
export class InMemoryImportJobStore implements ImportJobStore {
  private readonly jobs = new Map<string, { startedAt: string; listed: string[]; results: ImportFileResult[] }>();
  private readonly completed = new Map<string, ImportJobSummary>();

  async start(jobId: string, _spec: ImportSourceSpec, files: readonly ImportFileRef[], at: Date): Promise<void> {
    this.jobs.set(jobId, { startedAt: at.toISOString(), listed: files.map((f) => f.name), results: [] });
  }

  async listedFile(jobId: string, index: number): Promise<ImportFileRef | undefined> {
    const name = this.jobs.get(jobId)?.listed[index];
    return name === undefined ? undefined : { name, kind: classifyImportFile(name) };
  }

  async recordFile(jobId: string, result: ImportFileResult): Promise<void> {
    const job = this.jobOf(jobId);
    job.results = [...job.results.filter((r) => r.file !== result.file), structuredClone(result)];
  }

  async complete(jobId: string, at: Date): Promise<ImportJobSummary> {
    const job = this.jobOf(jobId);
    const summary = summarizeFiles({ jobId, startedAt: job.startedAt }, job.listed, job.results, at.toISOString());
    this.completed.set(jobId, summary);
    return summary;
  }

  async get(jobId: string): Promise<ImportJobSummary | undefined> {
    const job = this.jobs.get(jobId);
    if (!job) return undefined;
    return this.completed.get(jobId) ?? summarizeFiles({ jobId, startedAt: job.startedAt }, job.listed, job.results);
  }

  private jobOf(jobId: string) {
    const job = this.jobs.get(jobId);
    if (!job) throw new Error(`import job ${jobId} does not exist`);
    return job;
  }
}

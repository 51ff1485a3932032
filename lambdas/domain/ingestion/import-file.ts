import { createHash } from 'node:crypto';
import { type ImportFileRef, type ImportItem, itemsFromBundle, itemsFromNdjsonLine } from './bulk-files';
import { type AppliedChange, announce, applyValidChange, newAnnouncementId } from './ingest';
import type { IngestDependencies } from './ingest-event';
import { resourceKeyString } from './ports';
import type { RejectionCode } from './rejection';
import { type ValidChange, validateFhirChange } from './validate-change';
import type { AppliedVersion } from './version-stamp';

export interface ImportFileReader {
  /** The file's lines, streamed (NDJSON files can be large). */
  lines(name: string): AsyncIterable<string>;
  /** The whole file (Bundles are single JSON documents). */
  text(name: string): Promise<string>;
}

export interface ImportFileResult {
  readonly file: string;
  readonly status: 'imported' | 'skipped';
  readonly skippedReason?: string;
  /** Items that passed validation: applied, or already present (redelivery / older version). */
  readonly accepted: number;
  readonly applied: number;
  readonly unchanged: number;
  readonly rejected: number;
  readonly rejectionsByCode: Readonly<Partial<Record<RejectionCode | 'unreadable', number>>>;
  /** Resource types outside the accepted list, counted rather than dead-lettered one by one. */
  readonly unsupportedTypes: Readonly<Record<string, number>>;
  readonly announcedPatients: number;
}

export interface ImportOptions {
  readonly asOf: string;
  /** The job importing: what an earlier attempt of it applied is counted as applied again, not unchanged. */
  readonly jobId?: string;
  readonly batchSize?: number;
  readonly onProgress?: (itemsDone: number) => void;
}

const DEFAULT_BATCH = 25;
const ANNOUNCE_EVERY = 500;

/**
 * Imports one NDJSON file or Bundle through the same validation and version rules as live events.
 * Re-running it is safe: what is already applied comes back as `unchanged`, except what an earlier attempt of
 * the same job applied, which is the job's work (a file's task retried after a time-out counts it once, as applied).
 */
export async function importFile(
  file: ImportFileRef,
  reader: ImportFileReader,
  deps: IngestDependencies,
  options: ImportOptions,
): Promise<ImportFileResult> {
  if (file.kind === 'export-log' || file.kind === 'unknown') {
    return { ...emptyResult(file.name), status: 'skipped', skippedReason: skipReason(file.kind) };
  }
  const counts = { accepted: 0, applied: 0, unchanged: 0, rejected: 0, announcedPatients: 0 };
  const rejectionsByCode: Record<string, number> = {};
  const unsupportedTypes: Record<string, number> = {};
  let pendingAnnouncements: AppliedChange[] = [];
  // The versions written between two announcements share an id, marked once when they are announced.
  let announcementId = newAnnouncementId();
  let done = 0;

  const flushAnnouncements = async () => {
    counts.announcedPatients += await announce(pendingAnnouncements, deps.publisher, deps.store, deps.clock);
    pendingAnnouncements = [];
    announcementId = newAnnouncementId();
  };

  /** The change an item asks for, or undefined once a rejected item is counted and recorded. */
  const validItem = async (item: ImportItem): Promise<ValidChange | undefined> => {
    if ('unreadable' in item) {
      await recordRejection(file.name, item.position, 'unreadable', item.unreadable, undefined, deps);
      rejectionsByCode.unreadable = (rejectionsByCode.unreadable ?? 0) + 1;
      counts.rejected++;
      return undefined;
    }
    const validation = validateFhirChange(item.detail, deps.limits);
    if (validation.ok) return validation.change;
    counts.rejected++;
    rejectionsByCode[validation.rejection.code] = (rejectionsByCode[validation.rejection.code] ?? 0) + 1;
    if (validation.rejection.code === 'unsupported-resource-type') {
      const type = String((item.detail as { resource?: { resourceType?: unknown } }).resource?.resourceType);
      unsupportedTypes[type] = (unsupportedTypes[type] ?? 0) + 1;
      return undefined;
    }
    await recordRejection(
      file.name,
      item.position,
      validation.rejection.code,
      validation.rejection.message,
      item,
      deps,
      validation.rejection.issues,
    );
    return undefined;
  };

  const applyItem = async (change: ValidChange, known: ReadonlyMap<string, AppliedVersion>, first: boolean) => {
    // Only the first change of a resource in the batch can trust the batch's read; the others meet its write.
    const prefetched = first ? { version: known.get(resourceKeyString(change)) } : undefined;
    const applied = await applyValidChange(change, deps.store, deps.clock, {
      prefetched,
      announcementId,
      ...(options.jobId !== undefined ? { writtenBy: options.jobId } : {}),
    });
    counts.accepted++;
    // A retried attempt meets what its job's earlier attempt wrote: that is the job's doing, not unchanged.
    const ownEarlierWrite =
      applied.outcome === 'duplicate' && options.jobId !== undefined && applied.writtenBy === options.jobId;
    if (applied.outcome === 'applied' || ownEarlierWrite) counts.applied++;
    else counts.unchanged++;
    if (applied.patientsToAnnounce.length > 0) pendingAnnouncements.push(applied);
  };

  let batch: ImportItem[] = [];
  const runBatch = async () => {
    const changes = (await Promise.all(batch.map(validItem))).filter((c): c is ValidChange => c !== undefined);
    // The batch's version records in one read instead of one read per resource.
    const known = changes.length > 0 ? await deps.store.getAppliedVersions(changes) : new Map();
    const seen = new Set<string>();
    await Promise.all(
      changes.map((change) => {
        const key = resourceKeyString(change);
        const first = !seen.has(key);
        seen.add(key);
        return applyItem(change, known, first);
      }),
    );
    done += batch.length;
    batch = [];
    options.onProgress?.(done);
    if (pendingAnnouncements.length >= ANNOUNCE_EVERY) await flushAnnouncements();
  };
  for await (const item of readItems(file, reader, options.asOf)) {
    batch.push(item);
    if (batch.length >= (options.batchSize ?? DEFAULT_BATCH)) await runBatch();
  }
  await runBatch();
  await flushAnnouncements();
  return { file: file.name, status: 'imported', ...counts, rejectionsByCode, unsupportedTypes };
}

async function* readItems(file: ImportFileRef, reader: ImportFileReader, asOf: string): AsyncIterable<ImportItem> {
  if (file.kind === 'bundle') {
    yield* itemsFromBundle(await reader.text(file.name), asOf);
    return;
  }
  let lineNumber = 0;
  for await (const line of reader.lines(file.name)) {
    lineNumber++;
    const item = itemsFromNdjsonLine(line, lineNumber, asOf);
    if (item) yield item;
  }
}

async function recordRejection(
  fileName: string,
  position: string,
  code: RejectionCode | 'unreadable',
  message: string,
  item: ImportItem | undefined,
  deps: IngestDependencies,
  issues: readonly { path: string; message: string }[] = [],
): Promise<void> {
  const detail =
    item && 'detail' in item ? (item.detail as { resource?: { resourceType?: unknown; id?: unknown } }) : undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 128) : undefined);
  await deps.deadLetters.record({
    id: `import-${createHash('sha256').update(`${fileName}\n${position}`).digest('base64url').slice(0, 24)}`,
    receivedAt: deps.clock.now().toISOString(),
    origin: 'bulk-import',
    rejection: {
      code: code === 'unreadable' ? 'malformed-event' : code,
      message: `${fileName} ${position}: ${message}`,
      issues,
    },
    resourceType: text(detail?.resource?.resourceType),
    resourceId: text(detail?.resource?.id),
    payload: detail ?? { file: fileName, position },
  });
}

/** A file's result before any item is counted. */
export function emptyResult(file: string): ImportFileResult {
  return {
    file,
    status: 'imported',
    accepted: 0,
    applied: 0,
    unchanged: 0,
    rejected: 0,
    rejectionsByCode: {},
    unsupportedTypes: {},
    announcedPatients: 0,
  };
}

function skipReason(kind: 'export-log' | 'unknown'): string {
  return kind === 'export-log'
    ? 'a FHIR Bulk Data export log, not resources'
    : 'neither .ndjson nor .json; only FHIR Bulk Data NDJSON files and Bundles are imported';
}

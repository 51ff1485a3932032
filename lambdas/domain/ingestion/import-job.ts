import type { Clock } from '../ports';
import type { ImportFileRef } from './bulk-files';
import { type ImportFileReader, type ImportFileResult, importFile } from './import-file';
import type { IngestDependencies } from './ingest-event';

/** Where a bulk import reads from: an S3 prefix on AWS, a folder in the local stack. */
export type ImportSourceSpec =
  | { readonly kind: 's3'; readonly bucket: string; readonly prefix: string }
  | { readonly kind: 'folder'; readonly path: string };

export interface ImportJobOptions {
  /** Stands in for `occurredAt` of resources without `meta.lastUpdated`: the export's transaction time. */
  readonly asOf?: string;
}

export interface ImportSource extends ImportFileReader {
  list(): Promise<ImportFileRef[]>;
}

export type OpenImportSource = (spec: ImportSourceSpec) => ImportSource;

export interface ImportJobSummary {
  readonly jobId: string;
  readonly status: 'running' | 'completed' | 'completed-with-failures';
  readonly startedAt: string;
  readonly completedAt?: string;
  readonly files: number;
  readonly filesImported: number;
  readonly filesSkipped: number;
  readonly filesFailed: readonly string[];
  readonly accepted: number;
  readonly applied: number;
  readonly unchanged: number;
  readonly rejected: number;
  readonly rejectionsByCode: Readonly<Record<string, number>>;
  readonly unsupportedTypes: Readonly<Record<string, number>>;
}

/**
 * What leaves the job record — the workflow's output (Step Functions history) and `Bulk Import
 * Completed` — carries counts only: file names are upstream's choice and may name patients
 * (Synthea's do), so they stay in the job record behind the API.
 */
export type ImportJobTotals = Omit<ImportJobSummary, 'filesFailed'> & { readonly filesFailed: number };

export function totalsOf(summary: ImportJobSummary): ImportJobTotals {
  return { ...summary, filesFailed: summary.filesFailed.length };
}

export interface ImportCompletedPublisher {
  publishImportCompleted(totals: ImportJobTotals): Promise<void>;
}

export interface ImportJobStore {
  start(jobId: string, spec: ImportSourceSpec, files: readonly ImportFileRef[], at: Date): Promise<void>;
  recordFile(jobId: string, result: ImportFileResult): Promise<void>;
  /** Totals over the recorded files; a listed file without a result counts as failed. */
  complete(jobId: string, at: Date): Promise<ImportJobSummary>;
  get(jobId: string): Promise<ImportJobSummary | undefined>;
  /** The file at a position of the job's listing (the workflow passes positions, never names). */
  listedFile(jobId: string, index: number): Promise<ImportFileRef | undefined>;
}

/** First state of the workflow: list the files and open the job. */
export async function startImportJob(
  input: { jobId: string; source: ImportSourceSpec; options?: ImportJobOptions },
  open: OpenImportSource,
  jobs: ImportJobStore,
  clock: Clock,
): Promise<{ jobId: string; asOf: string; files: number[] }> {
  const files = await open(input.source).list();
  const startedAt = clock.now();
  await jobs.start(input.jobId, input.source, files, startedAt);
  return { jobId: input.jobId, asOf: input.options?.asOf ?? startedAt.toISOString(), files: files.map((_, i) => i) };
}

/** What one file's import reports to the workflow: its position and counts. */
export interface ImportFileOutcome {
  readonly file: number;
  readonly status: ImportFileResult['status'];
  readonly accepted: number;
  readonly rejected: number;
}

/** One item of the Distributed Map: import a file and record its counts on the job. */
export async function importJobFile(
  input: { jobId: string; source: ImportSourceSpec; asOf: string; file: number },
  open: OpenImportSource,
  jobs: ImportJobStore,
  deps: IngestDependencies,
  onProgress?: (itemsDone: number) => void,
): Promise<ImportFileOutcome> {
  const file = await jobs.listedFile(input.jobId, input.file);
  if (!file) throw new Error(`import job ${input.jobId} lists no file at position ${input.file}`);
  const result = await importFile(file, open(input.source), deps, { asOf: input.asOf, jobId: input.jobId, onProgress });
  await jobs.recordFile(input.jobId, result);
  deps.logger.info('import file processed', {
    jobId: input.jobId,
    file: input.file,
    accepted: result.accepted,
    rejected: result.rejected,
  });
  return { file: input.file, status: result.status, accepted: result.accepted, rejected: result.rejected };
}

/** Adds up per-file results into the job's totals. */
export function summarizeFiles(
  base: Pick<ImportJobSummary, 'jobId' | 'startedAt'>,
  listed: readonly string[],
  results: readonly ImportFileResult[],
  completedAt?: string,
): ImportJobSummary {
  const add = (into: Record<string, number>, from: Readonly<Record<string, number | undefined>>) => {
    for (const [key, n] of Object.entries(from)) into[key] = (into[key] ?? 0) + (n ?? 0);
  };
  const rejectionsByCode: Record<string, number> = {};
  const unsupportedTypes: Record<string, number> = {};
  for (const r of results) {
    add(rejectionsByCode, r.rejectionsByCode);
    add(unsupportedTypes, r.unsupportedTypes);
  }
  const recorded = new Set(results.map((r) => r.file));
  const filesFailed = listed.filter((name) => !recorded.has(name));
  const sum = (pick: (r: ImportFileResult) => number) => results.reduce((n, r) => n + pick(r), 0);
  return {
    ...base,
    status: completedAt === undefined ? 'running' : filesFailed.length > 0 ? 'completed-with-failures' : 'completed',
    ...(completedAt ? { completedAt } : {}),
    files: listed.length,
    filesImported: results.filter((r) => r.status === 'imported').length,
    filesSkipped: results.filter((r) => r.status === 'skipped').length,
    filesFailed,
    accepted: sum((r) => r.accepted),
    applied: sum((r) => r.applied),
    unchanged: sum((r) => r.unchanged),
    rejected: sum((r) => r.rejected),
    rejectionsByCode,
    unsupportedTypes,
  };
}

/** Last state of the workflow: close the job with its totals and announce it (counts only, no PHI). */
export async function completeImportJob(
  input: { jobId: string },
  jobs: ImportJobStore,
  publisher: ImportCompletedPublisher,
  clock: Clock,
): Promise<ImportJobTotals> {
  const totals = totalsOf(await jobs.complete(input.jobId, clock.now()));
  await publisher.publishImportCompleted(totals);
  return totals;
}

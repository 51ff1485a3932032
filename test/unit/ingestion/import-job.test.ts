import { emptyResult, type ImportFileResult } from '../../../lambdas/domain/ingestion/import-file';
import {
  completeImportJob,
  importJobFile,
  startImportJob,
  summarizeFiles,
} from '../../../lambdas/domain/ingestion/import-job';
import {
  FixedClock,
  InMemoryImportJobStore,
  type InMemoryIngestion,
  inMemoryImportSources,
  inMemoryIngestion,
} from '../../support/in-memory-ingestion';

const BASE = { jobId: 'job-1', startedAt: '2025-06-01T12:00:00.000Z' };
const COMPLETED_AT = '2025-06-01T12:05:00.000Z';

function result(file: string, counts: Partial<ImportFileResult> = {}): ImportFileResult {
  return { ...emptyResult(file), ...counts };
}

const patients = result('Patient.000.ndjson', {
  accepted: 12,
  applied: 10,
  unchanged: 2,
  rejected: 1,
  rejectionsByCode: { 'invalid-resource': 1 },
});
const devices = result('Device.000.ndjson', {
  rejected: 16,
  rejectionsByCode: { 'unsupported-resource-type': 16 },
  unsupportedTypes: { Device: 16 },
});
const bundle = result('Alden.json', {
  accepted: 200,
  applied: 200,
  rejected: 111,
  rejectionsByCode: { 'unsupported-resource-type': 110, unreadable: 1 },
  unsupportedTypes: { Claim: 60, Device: 50 },
});
const log = result('log.ndjson', { status: 'skipped', skippedReason: 'a FHIR Bulk Data export log, not resources' });

describe('summarizeFiles', () => {
  it('adds up the counts of every file', () => {
    const summary = summarizeFiles(
      BASE,
      [patients.file, devices.file, bundle.file],
      [patients, devices, bundle],
      COMPLETED_AT,
    );

    expect(summary).toMatchObject({ accepted: 212, applied: 210, unchanged: 2, rejected: 128 });
  });

  it('adds up rejections by code and unsupported resources by type across files', () => {
    const summary = summarizeFiles(
      BASE,
      [patients.file, devices.file, bundle.file],
      [patients, devices, bundle],
      COMPLETED_AT,
    );

    expect(summary.rejectionsByCode).toEqual({
      'invalid-resource': 1,
      'unsupported-resource-type': 126,
      unreadable: 1,
    });
    expect(summary.unsupportedTypes).toEqual({ Device: 66, Claim: 60 });
  });

  it('counts imported and skipped files apart', () => {
    const summary = summarizeFiles(BASE, [patients.file, log.file], [patients, log], COMPLETED_AT);

    expect(summary).toMatchObject({ files: 2, filesImported: 1, filesSkipped: 1, filesFailed: [] });
  });

  it('completes a job whose every listed file has a result', () => {
    const summary = summarizeFiles(BASE, [patients.file, log.file], [log, patients], COMPLETED_AT);

    expect(summary).toMatchObject({ ...BASE, status: 'completed', completedAt: COMPLETED_AT });
  });

  it('names the listed files without a result as failed and completes the job with failures', () => {
    const listed = [patients.file, 'Condition.000.ndjson', devices.file, 'Encounter.000.ndjson'];

    const summary = summarizeFiles(BASE, listed, [patients, devices], COMPLETED_AT);

    expect(summary).toMatchObject({
      status: 'completed-with-failures',
      files: 4,
      filesFailed: ['Condition.000.ndjson', 'Encounter.000.ndjson'],
    });
  });

  it('reports a job without a completion time as running', () => {
    const summary = summarizeFiles(BASE, [patients.file, devices.file], [patients]);

    expect(summary.status).toBe('running');
    expect(summary).not.toHaveProperty('completedAt');
  });
});

describe('startImportJob', () => {
  const source = { kind: 'folder', path: 'exports' } as const;
  const open = inMemoryImportSources({ exports: { 'Patient.000.ndjson': '', 'log.ndjson': '' } });
  const clock = new FixedClock('2025-06-01T12:00:00.000Z');

  it('opens a running job over the listed files, started at the clock time', async () => {
    const jobs = new InMemoryImportJobStore();

    const listing = await startImportJob({ jobId: 'job-1', source }, open, jobs, clock);

    // The workflow carries positions only; the names stay in the job record.
    expect(listing.files).toEqual([0, 1]);
    expect(await jobs.listedFile('job-1', 1)).toEqual({ name: 'log.ndjson', kind: 'export-log' });
    expect(await jobs.get('job-1')).toMatchObject({
      status: 'running',
      startedAt: '2025-06-01T12:00:00.000Z',
      files: 2,
    });
  });

  it('dates the import at the job start when the caller gives no asOf', async () => {
    const listing = await startImportJob({ jobId: 'job-1', source }, open, new InMemoryImportJobStore(), clock);

    expect(listing.asOf).toBe('2025-06-01T12:00:00.000Z');
  });

  it('dates the import at the asOf the caller gives, the export transaction time', async () => {
    const listing = await startImportJob(
      { jobId: 'job-1', source, options: { asOf: '2025-05-30T23:00:00.000Z' } },
      open,
      new InMemoryImportJobStore(),
      clock,
    );

    expect(listing.asOf).toBe('2025-05-30T23:00:00.000Z');
  });
});

describe('a bulk import job with the default asOf', () => {
  const patientLine = JSON.stringify({
    resourceType: 'Patient',
    id: 'p1',
    meta: { lastUpdated: '2024-03-01T00:00:00Z' },
  });
  const deletionBundle = JSON.stringify({
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [{ request: { method: 'DELETE', url: 'Patient/p1' } }],
  });
  const open = inMemoryImportSources({
    baseline: { 'Patient.000.ndjson': patientLine },
    deletions: { 'deletions.json': deletionBundle },
  });
  const P1 = { resourceType: 'Patient', resourceId: 'p1' } as const;
  let ingestion: InMemoryIngestion;
  let jobs: InMemoryImportJobStore;

  /** The workflow's steps in order: list the files, then import each at the asOf the listing chose. */
  async function runImport(jobId: string, path: string): Promise<void> {
    const source = { kind: 'folder', path } as const;
    const listing = await startImportJob({ jobId, source }, open, jobs, ingestion.clock);
    for (const file of listing.files) {
      await importJobFile({ jobId, source, asOf: listing.asOf, file }, open, jobs, ingestion.deps);
    }
  }

  beforeEach(() => {
    ingestion = inMemoryIngestion();
    jobs = new InMemoryImportJobStore();
  });

  it('deletes a Patient named by a later DELETE entry although its NDJSON line carried an older lastUpdated', async () => {
    await runImport('job-1', 'baseline');
    expect(ingestion.store.resourcesOf('p1').has('Patient/p1')).toBe(true);
    ingestion.clock.set('2025-06-02T09:00:00.000Z');

    await runImport('job-2', 'deletions');

    expect(ingestion.store.resourcesOf('p1').has('Patient/p1')).toBe(false);
    expect(ingestion.store.versionRecord(P1)).toMatchObject({
      deleted: true,
      stamp: { occurredAt: '2025-06-02T09:00:00.000Z' },
    });
  });
});

describe('what the workflow carries (Step Functions history, Bulk Import Completed)', () => {
  const fileName = 'Jane_Doe_0001.json';
  const bundle = JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [] });
  const open = inMemoryImportSources({ exports: { [fileName]: bundle, 'Patient.000.ndjson': '' } });
  const source = { kind: 'folder', path: 'exports' } as const;

  it('names no file: positions and counts only, even when a file failed', async () => {
    const ingestion = inMemoryIngestion();
    const jobs = new InMemoryImportJobStore();
    const published: unknown[] = [];
    const listing = await startImportJob({ jobId: 'job-9', source }, open, jobs, ingestion.clock);
    // Only the first file is imported; the second never reports, as if it failed after its retries.
    const outcome = await importJobFile(
      { jobId: 'job-9', source, asOf: listing.asOf, file: 0 },
      open,
      jobs,
      ingestion.deps,
    );

    const totals = await completeImportJob(
      { jobId: 'job-9' },
      jobs,
      { publishImportCompleted: async (t) => void published.push(t) },
      ingestion.clock,
    );

    expect(outcome).toEqual({ file: 0, status: 'imported', accepted: 0, rejected: 0 });
    expect(totals).toMatchObject({ status: 'completed-with-failures', filesFailed: 1 });
    expect(published).toEqual([totals]);
    expect(JSON.stringify([listing, outcome, totals])).not.toContain('Jane_Doe');
    expect((await jobs.get('job-9'))?.filesFailed).toEqual(['Patient.000.ndjson']);
  });
});

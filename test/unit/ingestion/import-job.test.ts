import type { ImportFileResult } from '../../../lambdas/domain/ingestion/import-file';
import { summarizeFiles } from '../../../lambdas/domain/ingestion/import-job';

const BASE = { jobId: 'job-1', startedAt: '2025-06-01T12:00:00.000Z' };
const COMPLETED_AT = '2025-06-01T12:05:00.000Z';

function result(file: string, counts: Partial<ImportFileResult> = {}): ImportFileResult {
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
    ...counts,
  };
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

import { readFileSync } from 'node:fs';
import { isAcceptedResourceType } from '../../../lambdas/domain/fhir/resource-types';
import { classifyImportFile, type ImportFileRef } from '../../../lambdas/domain/ingestion/bulk-files';
import { importFile } from '../../../lambdas/domain/ingestion/import-file';
import { listSamples, samplePath } from '../../support/fhir-samples';
import { type InMemoryIngestion, inMemoryFileReader, inMemoryIngestion } from '../../support/in-memory-ingestion';

const AS_OF = '1970-01-01T00:00:00.000Z';
const SYNTHEA_BUNDLE = 'Chad_Quigley_b9737c68-296c-46fa-9a3c-aca513681a73.json';

const ndjsonNames = listSamples('ndjson', '.ndjson');
const ndjsonFiles = Object.fromEntries(
  ndjsonNames.map((name) => [name, readFileSync(samplePath('ndjson', name), 'utf8')]),
);
const ndjsonReader = inMemoryFileReader(ndjsonFiles);

function ref(name: string): ImportFileRef {
  return { name, kind: classifyImportFile(name) };
}

function resourceLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

let ingestion: InMemoryIngestion;

beforeEach(() => {
  ingestion = inMemoryIngestion();
});

describe('importFile over the bulk-export NDJSON sample', () => {
  const resourceFiles = ndjsonNames.filter((name) => classifyImportFile(name) === 'ndjson');
  const typeOf = (name: string) => name.split('.')[0]!;

  it.each(resourceFiles.filter((name) => isAcceptedResourceType(typeOf(name))))(
    'accepts every line of %s',
    async (name) => {
      const lines = resourceLines(ndjsonFiles[name]!).length;

      const result = await importFile(ref(name), ndjsonReader, ingestion.deps, { asOf: AS_OF });

      expect(result).toMatchObject({ status: 'imported', accepted: lines, applied: lines, unchanged: 0, rejected: 0 });
      expect(result.rejectionsByCode).toEqual({});
      expect(ingestion.deadLetters.entries).toEqual([]);
    },
  );

  it.each(resourceFiles.filter((name) => !isAcceptedResourceType(typeOf(name))))(
    'counts every line of %s as an unsupported type without dead-lettering it',
    async (name) => {
      const lines = resourceLines(ndjsonFiles[name]!).length;

      const result = await importFile(ref(name), ndjsonReader, ingestion.deps, { asOf: AS_OF });

      expect(result).toMatchObject({ status: 'imported', accepted: 0, rejected: lines });
      expect(result.rejectionsByCode).toEqual({ 'unsupported-resource-type': lines });
      expect(result.unsupportedTypes).toEqual({ [typeOf(name)]: lines });
      expect(ingestion.deadLetters.entries).toEqual([]);
    },
  );

  it('skips the export log, reading nothing', async () => {
    const result = await importFile(ref('log.ndjson'), inMemoryFileReader({}), ingestion.deps, { asOf: AS_OF });

    expect(result).toMatchObject({
      status: 'skipped',
      skippedReason: 'a FHIR Bulk Data export log, not resources',
      accepted: 0,
      rejected: 0,
    });
  });

  it('announces every patient the imported conditions belong to', async () => {
    const subjects = resourceLines(ndjsonFiles['Condition.000.ndjson']!).map(
      (c) => (c.subject as { reference: string }).reference.split('/')[1],
    );

    const result = await importFile(ref('Condition.000.ndjson'), ndjsonReader, ingestion.deps, { asOf: AS_OF });

    expect(new Set(ingestion.publisher.announcedPatients)).toEqual(new Set(subjects));
    expect(result.announcedPatients).toBe(ingestion.publisher.details.length);
  });

  it('changes and announces nothing when the same file is imported again', async () => {
    await importFile(ref('Condition.000.ndjson'), ndjsonReader, ingestion.deps, { asOf: AS_OF });
    const stored = ingestion.store.snapshot();
    const announcements = ingestion.publisher.details.length;

    const again = await importFile(ref('Condition.000.ndjson'), ndjsonReader, ingestion.deps, { asOf: AS_OF });

    const lines = resourceLines(ndjsonFiles['Condition.000.ndjson']!).length;
    expect(again).toMatchObject({ accepted: lines, applied: 0, unchanged: lines, announcedPatients: 0 });
    expect(ingestion.publisher.details).toHaveLength(announcements);
    expect(ingestion.store.snapshot()).toEqual(stored);
  });

  it("counts, on a retried attempt of the same job, what the job's earlier attempt applied as applied", async () => {
    const name = 'Condition.000.ndjson';
    const lines = resourceLines(ndjsonFiles[name]!).length;
    // The first attempt dies part-way through the file (a time-out or a transient fault mid-file).
    const apply = ingestion.store.applyChange.bind(ingestion.store);
    let calls = 0;
    ingestion.store.applyChange = async (...args) => {
      if (++calls > Math.floor(lines / 2)) throw new Error('the attempt timed out');
      return apply(...args);
    };
    await expect(
      importFile(ref(name), ndjsonReader, ingestion.deps, { asOf: AS_OF, jobId: 'job-1' }),
    ).rejects.toThrow();
    ingestion.store.applyChange = apply;

    const retried = await importFile(ref(name), ndjsonReader, ingestion.deps, { asOf: AS_OF, jobId: 'job-1' });
    // Another job meets the same data: it applied nothing.
    const other = await importFile(ref(name), ndjsonReader, ingestion.deps, { asOf: AS_OF, jobId: 'job-2' });

    expect(retried).toMatchObject({ accepted: lines, applied: lines, unchanged: 0 });
    expect(other).toMatchObject({ accepted: lines, applied: 0, unchanged: lines });
  });
});

describe('importFile on a file with problems', () => {
  const patient = resourceLines(ndjsonFiles['Patient.000.ndjson']!)[0]!;
  const lines = [
    JSON.stringify(patient),
    '',
    '{"resourceType":"Patient",',
    '[1, 2, 3]',
    JSON.stringify({ resourceType: 'Claim', id: 'c1' }),
    JSON.stringify({ ...patient, id: 'p-invalid', gender: 'F' }),
    JSON.stringify({
      resourceType: 'Observation',
      id: 'o1',
      status: 'final',
      code: { text: 'x' },
      subject: { reference: 'Group/1' },
    }),
    JSON.stringify({ ...patient, id: undefined }),
    '   ',
  ];
  const reader = inMemoryFileReader({ 'mixed.ndjson': lines.join('\n') });

  it('counts every non-blank line as accepted or rejected, and each rejection under its code', async () => {
    const result = await importFile(ref('mixed.ndjson'), reader, ingestion.deps, { asOf: AS_OF });

    expect(result).toMatchObject({ accepted: 1, applied: 1, rejected: 6 });
    expect(result.rejectionsByCode).toEqual({
      unreadable: 2,
      'unsupported-resource-type': 1,
      'invalid-resource': 1,
      'unresolvable-patient-reference': 1,
      'malformed-event': 1,
    });
    expect(result.unsupportedTypes).toEqual({ Claim: 1 });
  });

  it('dead-letters every rejected line but the unsupported ones, naming the file and line', async () => {
    await importFile(ref('mixed.ndjson'), reader, ingestion.deps, { asOf: AS_OF });

    const entries = ingestion.deadLetters.entries
      .map((e) => [e.origin, e.rejection.code, e.rejection.message])
      .sort(([, , a], [, , b]) => String(a).localeCompare(String(b)));

    expect(entries).toEqual([
      ['bulk-import', 'malformed-event', 'mixed.ndjson line 3: the line is not valid JSON'],
      ['bulk-import', 'malformed-event', 'mixed.ndjson line 4: the line is not a JSON object'],
      ['bulk-import', 'invalid-resource', 'mixed.ndjson line 6: the Patient is not valid FHIR R4'],
      [
        'bulk-import',
        'unresolvable-patient-reference',
        'mixed.ndjson line 7: Observation.subject must reference a Patient as Patient/<id>',
      ],
      [
        'bulk-import',
        'malformed-event',
        'mixed.ndjson line 8: the event detail does not match the FHIR Resource Changed contract',
      ],
    ]);
  });

  it('dead-letters the lines of a file imported twice only once', async () => {
    await importFile(ref('mixed.ndjson'), reader, ingestion.deps, { asOf: AS_OF });

    await importFile(ref('mixed.ndjson'), reader, ingestion.deps, { asOf: AS_OF });

    expect(ingestion.deadLetters.recordCalls).toBe(10);
    expect(ingestion.deadLetters.entries).toHaveLength(5);
  });
});

describe('importFile with two versions of one resource in a batch', () => {
  const patient = resourceLines(ndjsonFiles['Patient.000.ndjson']!)[0]!;
  const older = { ...patient, meta: { versionId: '1' }, gender: 'male' };
  const newer = { ...patient, meta: { versionId: '2' }, gender: 'female' };

  it.each([
    ['older first', [older, newer]],
    ['newer first', [newer, older]],
  ])('keeps the newer version when the %s', async (_order, versions) => {
    const reader = inMemoryFileReader({ 'Patient.ndjson': versions.map((v) => JSON.stringify(v)).join('\n') });

    const result = await importFile(ref('Patient.ndjson'), reader, ingestion.deps, { asOf: AS_OF });

    expect(result).toMatchObject({ accepted: 2, rejected: 0 });
    const stored = ingestion.store.resourcesOf(String(patient.id)).get(`Patient/${String(patient.id)}`);
    expect(stored?.resource).toEqual(newer);
  });
});

describe('importFile on a Synthea transaction bundle', () => {
  const text = readFileSync(samplePath('synthea', SYNTHEA_BUNDLE), 'utf8');
  const entries = (JSON.parse(text) as { entry: { resource: { resourceType: string; id: string } }[] }).entry;
  const reader = inMemoryFileReader({ [SYNTHEA_BUNDLE]: text });

  it('accepts every resource of an accepted type and counts the others by type', async () => {
    const acceptedTypes = entries.filter((e) => isAcceptedResourceType(e.resource.resourceType));
    const unsupported: Record<string, number> = {};
    for (const e of entries.filter((e) => !isAcceptedResourceType(e.resource.resourceType))) {
      unsupported[e.resource.resourceType] = (unsupported[e.resource.resourceType] ?? 0) + 1;
    }

    const result = await importFile(ref(SYNTHEA_BUNDLE), reader, ingestion.deps, { asOf: AS_OF });

    expect(result).toMatchObject({ accepted: acceptedTypes.length, rejected: entries.length - acceptedTypes.length });
    expect(result.unsupportedTypes).toEqual(unsupported);
    expect(ingestion.deadLetters.entries).toEqual([]);
  });

  it('files every accepted resource under the bundle patient', async () => {
    const patientId = entries.find((e) => e.resource.resourceType === 'Patient')!.resource.id;
    const expected = entries
      .filter((e) => isAcceptedResourceType(e.resource.resourceType))
      .map((e) => `${e.resource.resourceType}/${e.resource.id}`)
      .sort();

    await importFile(ref(SYNTHEA_BUNDLE), reader, ingestion.deps, { asOf: AS_OF });

    expect(Object.keys(ingestion.store.snapshot())).toEqual([patientId]);
    expect([...ingestion.store.resourcesOf(patientId).keys()].sort()).toEqual(expected);
  });

  it('removes a resource named by a DELETE entry of a later bundle', async () => {
    await importFile(ref(SYNTHEA_BUNDLE), reader, ingestion.deps, { asOf: AS_OF });
    const condition = entries.find((e) => e.resource.resourceType === 'Condition')!.resource;
    const patientId = entries.find((e) => e.resource.resourceType === 'Patient')!.resource.id;
    const deletions = JSON.stringify({
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [{ request: { method: 'DELETE', url: `Condition/${condition.id}` } }],
    });

    const result = await importFile(
      ref('deletions.json'),
      inMemoryFileReader({ 'deletions.json': deletions }),
      ingestion.deps,
      {
        asOf: '2025-06-01T00:00:00.000Z',
      },
    );

    expect(result).toMatchObject({ accepted: 1, applied: 1 });
    expect(ingestion.store.resourcesOf(patientId).has(`Condition/${condition.id}`)).toBe(false);
    expect(ingestion.publisher.details.at(-1)).toMatchObject({
      patientId,
      changes: [{ resourceType: 'Condition', resourceId: condition.id, action: 'delete' }],
    });
  });
});

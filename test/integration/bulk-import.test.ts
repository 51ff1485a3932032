import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DetailType } from '../../lambdas/domain/events/event-names';
import type { LocalStack } from '../../local/local-stack';
import { samplePath } from '../support/fhir-samples';
import { startTestStack } from '../support/local-stack-for-tests';

jest.setTimeout(300_000);

let stack: LocalStack;
let folder: string;

beforeAll(async () => {
  stack = await startTestStack();
  // The NDJSON export and three Synthea bundles, side by side, as an upstream would drop them.
  folder = mkdtempSync(join(tmpdir(), 'bulk-import-'));
  cpSync(samplePath('ndjson'), join(folder, 'export'), { recursive: true });
  for (const name of [
    'Gus_Dicki_aa293eaa-6dc4-4503-a296-89d035aa9b1c.json',
    'Louis_Erdman_55bbe118-e08d-4408-86e5-6084457500d4.json',
    'Marcos_Delagarza_4acb6705-25a7-430a-b799-a4ad8d7fbb38.json',
  ]) {
    cpSync(samplePath('synthea', name), join(folder, 'synthea', name));
  }
});

afterAll(async () => {
  await stack?.stop();
  rmSync(folder, { recursive: true, force: true });
});

it('runs the bulk-import workflow over NDJSON and Bundles and accounts for every line', async () => {
  const summary = await stack.bulkImport(folder, { jobId: 'first-run' });

  expect(summary.status).toBe('completed');
  expect(summary.files).toBe(16);
  expect(summary.filesSkipped).toBe(1);
  expect(summary.filesFailed).toBe(0);
  // Devices, Organizations, Practitioners and Claims are not patient-outreach data: counted, not projected.
  expect(summary.unsupportedTypes).toMatchObject({
    Device: 16,
    // 43 from the NDJSON export, 2 from each Synthea bundle.
    Organization: 49,
    Practitioner: 49,
    PractitionerRole: 43,
  });
  expect(summary.rejectionsByCode['unsupported-resource-type']).toBe(
    Object.values(summary.unsupportedTypes).reduce((a, b) => a + b, 0),
  );
  expect(summary.accepted).toBeGreaterThan(5_700);
  // Every accepted resource is in the store once; a file retried after a transient store error counts what its
  // first attempt applied as applied (the retry itself is injected in test/unit/ingestion/import-file.test.ts).
  expect(summary.applied).toBeGreaterThan(0);
  expect(summary.applied + summary.unchanged).toBe(summary.accepted);
  const completed = stack.bus.archived().filter((e) => e['detail-type'] === DetailType.BulkImportCompleted);
  expect(completed.at(-1)?.detail).toMatchObject({ jobId: 'first-run', accepted: summary.accepted });
});

it('is safe to re-run: everything comes back unchanged and nothing is announced again', async () => {
  const announcedBefore = stack.bus
    .archived()
    .filter((e) => e['detail-type'] === DetailType.PatientFactsChanged).length;

  const summary = await stack.bulkImport(folder, { jobId: 'second-run' });

  expect(summary.applied).toBe(0);
  expect(summary.unchanged).toBe(summary.accepted);
  expect(stack.bus.archived().filter((e) => e['detail-type'] === DetailType.PatientFactsChanged)).toHaveLength(
    announcedBefore,
  );
});

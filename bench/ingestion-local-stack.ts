import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePopulationFiles } from '../local/demo/population-files';
import type { LocalStack } from '../local/local-stack';
import type { SyntheticPatient } from '../local/synthetic/population';
import { emitFhirChanges } from '../test/support/emit';

export interface LocalStackIngestionResult {
  readonly events: { readonly resources: number; readonly seconds: number; readonly perSecond: number };
  readonly bulkImport: { readonly resources: number; readonly seconds: number; readonly perSecond: number };
}

/**
 * Ingestion through the embedded local stack: events put on the bus with the real SDK client and
 * processed by the ingestion handler against DynamoDB Local (in memory), and the bulk-import workflow.
 * The stack is the bench's one: handlers are loaded once per process, so every section shares it.
 */
export async function benchIngestionLocalStack(
  stack: LocalStack,
  eventPopulation: readonly SyntheticPatient[],
  importPatients: number,
  now: Date,
): Promise<LocalStackIngestionResult> {
  const details = eventPopulation.flatMap((p) =>
    [p.patient, ...p.resources].map((resource) => ({ action: 'update', resource, occurredAt: now.toISOString() })),
  );
  const eventsStart = process.hrtime.bigint();
  await emitFhirChanges(stack, details);
  const eventSeconds = Number(process.hrtime.bigint() - eventsStart) / 1e9;

  const folder = mkdtempSync(join(tmpdir(), 'outreach-bench-'));
  const { resources } = writePopulationFiles({ folder, count: importPatients, seed: 99, now });
  const importStart = process.hrtime.bigint();
  const summary = await stack.bulkImport(folder);
  const importSeconds = Number(process.hrtime.bigint() - importStart) / 1e9;
  rmSync(folder, { recursive: true, force: true });
  if (summary.accepted !== resources) throw new Error(`bulk import accepted ${summary.accepted} of ${resources}`);
  return {
    events: { resources: details.length, seconds: eventSeconds, perSecond: details.length / eventSeconds },
    bulkImport: { resources, seconds: importSeconds, perSecond: resources / importSeconds },
  };
}

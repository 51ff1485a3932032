import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePopulation } from '../local/synthetic/population';
import { benchIngestionCore } from './ingestion-core';
import { benchIngestionLocalStack } from './ingestion-local-stack';

/**
 * `npm run bench`: throughput figures the issues set targets for. Sizes can be scaled with
 * BENCH_CORE_PATIENTS, BENCH_EVENT_PATIENTS and BENCH_IMPORT_PATIENTS.
 */
async function main(): Promise<void> {
  const now = new Date('2026-11-25T12:00:00Z');
  const corePatients = Number(process.env.BENCH_CORE_PATIENTS ?? 2_000);
  const eventPatients = Number(process.env.BENCH_EVENT_PATIENTS ?? 40);
  const importPatients = Number(process.env.BENCH_IMPORT_PATIENTS ?? 80);

  const population = [...generatePopulation({ count: corePatients, seed: 7, now })];
  const core = await benchIngestionCore(population, now);
  console.log(
    `ingestion core (no I/O): ${core.resources} resources in ${core.seconds.toFixed(2)} s = ${Math.round(core.perSecond)} resources/s (target ≥ 20,000); validation alone ${Math.round(core.validationOnlyPerSecond)}/s`,
  );

  const local = await benchIngestionLocalStack(population.slice(0, eventPatients), importPatients, now);
  console.log(
    `local stack, events through the bus: ${local.events.resources} resources in ${local.events.seconds.toFixed(1)} s = ${Math.round(local.events.perSecond)} resources/s`,
  );
  console.log(
    `local stack, bulk-import workflow: ${local.bulkImport.resources} resources in ${local.bulkImport.seconds.toFixed(1)} s = ${Math.round(local.bulkImport.perSecond)} resources/s`,
  );

  const results = join(__dirname, 'results');
  mkdirSync(results, { recursive: true });
  writeFileSync(
    join(results, 'latest.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, core, local }, null, 2)}\n`,
  );
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

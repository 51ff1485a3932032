import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as fhir4 from 'fhir/r4';
import { bookingChangesOf } from '../synthetic/booking-changes';
import { generatePopulation, populationToNdjson, type SyntheticPatient } from '../synthetic/population';

/**
 * Writes a synthetic population as FHIR Bulk Data NDJSON, one file per resource type, the shape an
 * upstream `$export` produces; streamed in batches so large populations never sit in memory.
 */
export function writePopulationFiles(options: {
  folder: string;
  count: number;
  seed: number;
  now: Date;
  onProgress?: (patientsDone: number) => void;
  /** Where to write, as a FHIR Bundle, the bookings moved or entered late after the export (`booking-changes.ts`). */
  changesFile?: string;
}): { files: string[]; resources: number; changes: number } {
  rmSync(options.folder, { recursive: true, force: true });
  mkdirSync(options.folder, { recursive: true });
  const files = new Set<string>();
  let resources = 0;
  let batch: SyntheticPatient[] = [];
  let done = 0;
  const changes: fhir4.Appointment[] = [];
  const flush = () => {
    for (const [type, ndjson] of populationToNdjson(batch)) {
      const file = join(options.folder, `${type}.000.ndjson`);
      appendFileSync(file, ndjson.endsWith('\n') ? ndjson : `${ndjson}\n`);
      files.add(file);
      resources += ndjson.split('\n').filter((line) => line.trim() !== '').length;
    }
    done += batch.length;
    batch = [];
    options.onProgress?.(done);
  };
  for (const patient of generatePopulation({ count: options.count, seed: options.seed, now: options.now })) {
    batch.push(patient);
    if (options.changesFile) changes.push(...bookingChangesOf(patient, options.now.getTime()));
    if (batch.length >= 500) flush();
  }
  flush();
  if (options.changesFile) {
    const bundle: fhir4.Bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: changes.map((resource) => ({ resource })),
    };
    writeFileSync(
      options.changesFile,
      `${JSON.stringify(bundle)}
`,
    );
  }
  return { files: [...files].sort(), resources, changes: changes.length };
}

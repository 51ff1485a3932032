import { appendFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
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
}): { files: string[]; resources: number } {
  rmSync(options.folder, { recursive: true, force: true });
  mkdirSync(options.folder, { recursive: true });
  const files = new Set<string>();
  let resources = 0;
  let batch: SyntheticPatient[] = [];
  let done = 0;
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
    if (batch.length >= 500) flush();
  }
  flush();
  return { files: [...files].sort(), resources };
}

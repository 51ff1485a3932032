import { readFileSync } from 'node:fs';
import { type ImportItem, itemsFromBundle, itemsFromNdjsonLine } from '../../lambdas/domain/ingestion/bulk-files';
import { listSamples, samplePath } from './fhir-samples';

/**
 * Every resource of `../shared/fhir-samples` as a `FHIR Resource Changed` detail: HL7 examples one by
 * one, Bundle entries (Synthea, notifications) with `urn:uuid:` references resolved, NDJSON lines.
 */
export function allSampleDetails(occurredAt: string): Record<string, unknown>[] {
  const details: Record<string, unknown>[] = [];
  const add = (items: readonly (ImportItem | undefined)[]) => {
    for (const item of items) if (item && 'detail' in item) details.push(item.detail as Record<string, unknown>);
  };
  for (const name of listSamples('hl7-examples')) {
    add(itemsFromBundle(readFileSync(samplePath('hl7-examples', name), 'utf8'), occurredAt));
  }
  for (const name of listSamples('synthea')) {
    add(itemsFromBundle(readFileSync(samplePath('synthea', name), 'utf8'), occurredAt));
  }
  for (const name of listSamples('ndjson', '.ndjson').filter((n) => n !== 'log.ndjson')) {
    const lines = readFileSync(samplePath('ndjson', name), 'utf8').split('\n');
    add(lines.map((line, index) => itemsFromNdjsonLine(line, index + 1, occurredAt)));
  }
  return details;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The real public FHIR R4 data beside the project (`../shared/fhir-samples`); read, never copied in. */
export const FHIR_SAMPLES = join(__dirname, '..', '..', '..', 'shared', 'fhir-samples');

export function samplePath(...parts: string[]): string {
  return join(FHIR_SAMPLES, ...parts);
}

export function readSample<T = Record<string, unknown>>(...parts: string[]): T {
  return JSON.parse(readFileSync(samplePath(...parts), 'utf8')) as T;
}

export function listSamples(folder: string, suffix = '.json'): string[] {
  return readdirSync(samplePath(folder))
    .filter((name) => name.endsWith(suffix))
    .sort();
}

/** HL7 core examples of resources (the Bundle-* files are notification bundles, not single resources). */
export function hl7ExampleResources(): Record<string, unknown>[] {
  return listSamples('hl7-examples')
    .filter((name) => !name.startsWith('Bundle-'))
    .map((name) => readSample('hl7-examples', name));
}

import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type * as fhir4 from 'fhir/r4';

/**
 * How a FHIR resource is kept on a Patients-table item: its JSON, Brotli-compressed, in the binary attribute
 * `resourceZ`. A resource's JSON is mostly repeated keys and codes, so it shrinks to about 40 %, which keeps
 * a projected resource and its version record under the 1 KB a write unit pays for. Items written before
 * compression carry the text in `resourceJson`, and read the same.
 */
export const RESOURCE_CONTENT_ATTRIBUTES = ['resourceZ', 'resourceJson'] as const;

export function resourceContent(resource: unknown): { resourceZ: Uint8Array } {
  const json = Buffer.from(JSON.stringify(resource), 'utf8');
  return {
    resourceZ: brotliCompressSync(json, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: json.length },
    }),
  };
}

/** The JSON text of an item's resource; undefined when the item keeps none. */
export function resourceJsonOf(item: Record<string, unknown> | undefined): string | undefined {
  const compressed = item?.resourceZ;
  if (compressed instanceof Uint8Array) return brotliDecompressSync(compressed).toString('utf8');
  return typeof item?.resourceJson === 'string' ? item.resourceJson : undefined;
}

export function resourceOf<R = fhir4.FhirResource>(item: Record<string, unknown> | undefined): R | undefined {
  const json = resourceJsonOf(item);
  return json === undefined ? undefined : (JSON.parse(json) as R);
}

import type { FhirResourceChangedDetail } from '../events/event-schemas';

/**
 * Reading FHIR bulk files into the same `FHIR Resource Changed` details that upstream systems send,
 * so a bulk load goes through exactly the validation and version rules of live events.
 */
export type ImportFileKind = 'ndjson' | 'bundle' | 'export-log' | 'unknown';

export interface ImportFileRef {
  /** Path relative to the import root (a folder locally, a key prefix in S3). */
  readonly name: string;
  readonly kind: ImportFileKind;
  readonly bytes?: number;
}

export function classifyImportFile(name: string): ImportFileKind {
  const base = name.split('/').pop() ?? name;
  if (/^log\.ndjson$/i.test(base)) return 'export-log';
  if (/\.ndjson$/i.test(base)) return 'ndjson';
  if (/\.json$/i.test(base)) return 'bundle';
  return 'unknown';
}

/** One line of an NDJSON file or one entry of a Bundle, turned into a change (or why it could not be). */
export type ImportItem =
  | { readonly position: string; readonly detail: FhirResourceChangedDetail | Record<string, unknown> }
  | { readonly position: string; readonly unreadable: string };

/**
 * `asOf` stands in for `occurredAt` when a resource carries no `meta.lastUpdated`: the export's
 * transaction time when the caller knows it, else the time the import started. Re-running an import
 * rewrites nothing that changed nobody's facts (identical content announces nothing).
 */
export function itemsFromNdjsonLine(line: string, lineNumber: number, asOf: string): ImportItem | undefined {
  if (line.trim() === '') return undefined;
  const position = `line ${lineNumber}`;
  let resource: unknown;
  try {
    resource = JSON.parse(line);
  } catch {
    return { position, unreadable: 'the line is not valid JSON' };
  }
  if (resource === null || typeof resource !== 'object' || Array.isArray(resource)) {
    return { position, unreadable: 'the line is not a JSON object' };
  }
  const object = resource as Record<string, unknown>;
  return { position, detail: { action: 'update', resource: object, occurredAt: occurredAtOf(object, asOf) } };
}

interface BundleEntry {
  fullUrl?: string;
  resource?: Record<string, unknown>;
  request?: { method?: string; url?: string };
  response?: { lastModified?: string };
}

/**
 * The entries of a transaction, batch, collection, searchset or history Bundle. `urn:uuid:` references
 * between entries (Synthea's style) are rewritten to `Type/id`, since that is how the patient store links them.
 */
export function itemsFromBundle(text: string, asOf: string): ImportItem[] {
  let bundle: { resourceType?: unknown; entry?: BundleEntry[] };
  try {
    bundle = JSON.parse(text);
  } catch {
    return [{ position: 'file', unreadable: 'the file is not valid JSON' }];
  }
  if (bundle?.resourceType !== 'Bundle') {
    if (bundle && typeof bundle === 'object' && typeof bundle.resourceType === 'string') {
      const resource = bundle as Record<string, unknown>;
      return [{ position: 'file', detail: { action: 'update', resource, occurredAt: occurredAtOf(resource, asOf) } }];
    }
    return [{ position: 'file', unreadable: 'the file is neither a FHIR Bundle nor a FHIR resource' }];
  }
  const entries = bundle.entry ?? [];
  const fullUrls = new Map<string, string>();
  for (const entry of entries) {
    const type = entry.resource?.resourceType;
    const id = entry.resource?.id ?? uuidOf(entry.fullUrl);
    if (entry.fullUrl && typeof type === 'string' && typeof id === 'string')
      fullUrls.set(entry.fullUrl, `${type}/${id}`);
  }
  return entries.map((entry, index): ImportItem => {
    const position = `entry ${index}`;
    if (entry.request?.method === 'DELETE') {
      const [resourceType, id] = (entry.request.url ?? '').split('/');
      if (!resourceType || !id) return { position, unreadable: 'a DELETE entry without Type/id in request.url' };
      // A history Bundle says when the delete happened; otherwise it happened as of the import.
      const occurredAt = entry.response?.lastModified ?? asOf;
      return { position, detail: { action: 'delete', resource: { resourceType, id }, occurredAt } };
    }
    if (!entry.resource) return { position, unreadable: 'the entry has no resource' };
    const resource = rewriteReferences(entry.resource, fullUrls) as Record<string, unknown>;
    if (resource.id === undefined && uuidOf(entry.fullUrl)) resource.id = uuidOf(entry.fullUrl);
    return { position, detail: { action: 'update', resource, occurredAt: occurredAtOf(resource, asOf) } };
  });
}

function occurredAtOf(resource: Record<string, unknown>, asOf: string): string {
  const lastUpdated = (resource.meta as { lastUpdated?: unknown } | undefined)?.lastUpdated;
  return typeof lastUpdated === 'string' ? lastUpdated : asOf;
}

function uuidOf(fullUrl: string | undefined): string | undefined {
  return fullUrl?.startsWith('urn:uuid:') ? fullUrl.slice('urn:uuid:'.length) : undefined;
}

function rewriteReferences(value: unknown, fullUrls: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteReferences(v, fullUrls));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] =
      key === 'reference' && typeof v === 'string' && fullUrls.has(v)
        ? fullUrls.get(v)
        : rewriteReferences(v, fullUrls);
  }
  return out;
}

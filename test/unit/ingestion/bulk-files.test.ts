import { readFileSync } from 'node:fs';
import {
  classifyImportFile,
  type ImportItem,
  itemsFromBundle,
  itemsFromNdjsonLine,
} from '../../../lambdas/domain/ingestion/bulk-files';
import { samplePath } from '../../support/fhir-samples';

const AS_OF = '1970-01-01T00:00:00.000Z';
const SYNTHEA_BUNDLE = 'Dennis_Durgan_78f005f3-7b33-4a5b-84d9-28417b36dbab.json';

type Detail = { action: string; occurredAt: string; resource: Record<string, unknown> };

function detailOf(item: ImportItem | undefined): Detail {
  if (!item || !('detail' in item)) throw new Error(`expected a change, got ${JSON.stringify(item)}`);
  return item.detail as Detail;
}

/** Every `reference` string anywhere in a JSON value. */
function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'reference' && typeof v === 'string' ? [v] : referencesIn(v),
  );
}

describe('classifyImportFile', () => {
  it.each([
    ['log.ndjson', 'export-log'],
    ['exports/2024-08-06/LOG.NDJSON', 'export-log'],
    ['Patient.000.ndjson', 'ndjson'],
    ['exports/changelog.ndjson', 'ndjson'],
    ['bundles/Alden_Considine.json', 'bundle'],
    ['README.md', 'unknown'],
    ['Patient.000.ndjson.gz', 'unknown'],
  ])('classifies %s as %s', (name, kind) => {
    expect(classifyImportFile(name)).toBe(kind);
  });
});

describe('itemsFromNdjsonLine', () => {
  it.each([[''], ['   '], ['\t']])('skips the blank line %j', (line) => {
    expect(itemsFromNdjsonLine(line, 4, AS_OF)).toBeUndefined();
  });

  it('reports a line that is not JSON as unreadable, with its line number', () => {
    expect(itemsFromNdjsonLine('{"resourceType":"Patient",', 7, AS_OF)).toEqual({
      position: 'line 7',
      unreadable: 'the line is not valid JSON',
    });
  });

  it.each([['[{"resourceType":"Patient"}]'], ['42'], ['null'], ['"Patient"']])(
    'reports the non-object line %s as unreadable',
    (line) => {
      expect(itemsFromNdjsonLine(line, 2, AS_OF)).toEqual({
        position: 'line 2',
        unreadable: 'the line is not a JSON object',
      });
    },
  );

  it('turns a resource into an update that occurred at its meta.lastUpdated', () => {
    const resource = { resourceType: 'Patient', id: 'p1', meta: { lastUpdated: '2024-08-06T18:12:57Z' } };

    expect(itemsFromNdjsonLine(JSON.stringify(resource), 1, AS_OF)).toEqual({
      position: 'line 1',
      detail: { action: 'update', resource, occurredAt: '2024-08-06T18:12:57Z' },
    });
  });

  it('dates a resource without meta.lastUpdated at the import as-of time', () => {
    const line = readFileSync(samplePath('ndjson', 'Patient.000.ndjson'), 'utf8').split('\n')[0]!;

    expect(detailOf(itemsFromNdjsonLine(line, 1, AS_OF)).occurredAt).toBe(AS_OF);
  });
});

describe('itemsFromBundle on a Synthea transaction bundle', () => {
  const text = readFileSync(samplePath('synthea', SYNTHEA_BUNDLE), 'utf8');
  const bundle = JSON.parse(text) as { entry: { fullUrl: string; resource: { resourceType: string; id: string } }[] };
  const details = itemsFromBundle(text, AS_OF).map(detailOf);
  const patient = bundle.entry.find((e) => e.resource.resourceType === 'Patient')!.resource;

  it('yields one update per entry, keeping each resource type and id', () => {
    expect(details.map((d) => [d.action, d.resource.resourceType, d.resource.id])).toEqual(
      bundle.entry.map((e) => ['update', e.resource.resourceType, e.resource.id]),
    );
  });

  it('rewrites every urn:uuid reference to Type/id of the entry it names', () => {
    const targets = new Map(bundle.entry.map((e) => [e.fullUrl, `${e.resource.resourceType}/${e.resource.id}`]));
    const original = bundle.entry.flatMap((e) => referencesIn(e.resource));

    const rewritten = details.flatMap((d) => referencesIn(d.resource));

    expect(original.filter((ref) => ref.startsWith('urn:uuid:')).length).toBeGreaterThan(0);
    expect(rewritten).toEqual(original.map((ref) => targets.get(ref) ?? ref));
    expect(rewritten.filter((ref) => ref.startsWith('urn:uuid:'))).toEqual([]);
  });

  it('points the subject or patient of every clinical resource at the bundle patient', () => {
    const owners = details
      .map((d) => d.resource as { subject?: { reference?: string }; patient?: { reference?: string } })
      .map((r) => r.subject?.reference ?? r.patient?.reference)
      .filter((ref): ref is string => ref !== undefined);

    expect(new Set(owners)).toEqual(new Set([`Patient/${patient.id}`]));
  });
});

describe('itemsFromBundle', () => {
  function bundleOf(...entry: Record<string, unknown>[]): string {
    return JSON.stringify({ resourceType: 'Bundle', type: 'transaction', entry });
  }

  it('turns a DELETE entry into a delete of the type and id in request.url, dated at the as-of time', () => {
    const text = bundleOf({ request: { method: 'DELETE', url: 'Observation/bp-1' } });

    expect(itemsFromBundle(text, AS_OF)).toEqual([
      {
        position: 'entry 0',
        detail: { action: 'delete', resource: { resourceType: 'Observation', id: 'bp-1' }, occurredAt: AS_OF },
      },
    ]);
  });

  it('dates a DELETE entry of a history Bundle at its response.lastModified', () => {
    const text = bundleOf({
      request: { method: 'DELETE', url: 'Observation/bp-1' },
      response: { status: '204', lastModified: '2024-11-05T09:30:00Z' },
    });

    expect(detailOf(itemsFromBundle(text, AS_OF)[0]).occurredAt).toBe('2024-11-05T09:30:00Z');
  });

  it('reports a DELETE entry whose request.url has no id as unreadable', () => {
    const text = bundleOf({ request: { method: 'DELETE', url: 'Observation?code=8480-6' } });

    expect(itemsFromBundle(text, AS_OF)).toEqual([
      { position: 'entry 0', unreadable: 'a DELETE entry without Type/id in request.url' },
    ]);
  });

  it('reports an entry without a resource as unreadable and reads the others', () => {
    const text = bundleOf(
      { request: { method: 'GET', url: 'Patient/p1' } },
      { resource: { resourceType: 'Patient', id: 'p1' } },
    );

    const items = itemsFromBundle(text, AS_OF);

    expect(items[0]).toEqual({ position: 'entry 0', unreadable: 'the entry has no resource' });
    expect(detailOf(items[1]).resource).toEqual({ resourceType: 'Patient', id: 'p1' });
  });

  it('takes the id of a resource without one from its urn:uuid fullUrl', () => {
    const text = bundleOf({
      fullUrl: 'urn:uuid:9b1f3f4e-0c3a-4c36-9f1e-0d3c2b1a0f00',
      resource: { resourceType: 'Patient' },
    });

    expect(detailOf(itemsFromBundle(text, AS_OF)[0]).resource.id).toBe('9b1f3f4e-0c3a-4c36-9f1e-0d3c2b1a0f00');
  });

  it('reads a file holding a single resource as one update', () => {
    const resource = { resourceType: 'Patient', id: 'p1' };

    expect(itemsFromBundle(JSON.stringify(resource), AS_OF)).toEqual([
      { position: 'file', detail: { action: 'update', resource, occurredAt: AS_OF } },
    ]);
  });

  it('reports a file that is not JSON as unreadable', () => {
    expect(itemsFromBundle('{"resourceType":"Bundle",', AS_OF)).toEqual([
      { position: 'file', unreadable: 'the file is not valid JSON' },
    ]);
  });

  it.each([['{"exportId":"export-10"}'], ['[]'], ['null']])('reports the non-FHIR file %s as unreadable', (text) => {
    expect(itemsFromBundle(text, AS_OF)).toEqual([
      { position: 'file', unreadable: 'the file is neither a FHIR Bundle nor a FHIR resource' },
    ]);
  });
});

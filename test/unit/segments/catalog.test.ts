import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEGMENT_CATALOG } from '../../../catalog/segments';
import { compilesLocally } from '../../../lambdas/domain/fhir/local-fhirpath';
import { validateSegment, validateSegmentSet } from '../../../lambdas/domain/segments/validate-segment';

const CATALOG_DIR = join(__dirname, '../../../catalog/segments');
const files = readdirSync(CATALOG_DIR).filter((name) => name.endsWith('.json'));
const readCatalogFile = (name: string): unknown => JSON.parse(readFileSync(join(CATALOG_DIR, name), 'utf8'));

/** Other modules (journeys, templates, the API) refer to these ids: renaming or removing one breaks them. */
const EXPECTED_IDS = [
  'upcoming-appointment-7d',
  'missed-appointment-30d',
  'uncontrolled-type-2-diabetes',
  'diabetes-no-hba1c-6m',
  'hypertension-uncontrolled-bp',
  'colorectal-screening-due',
  'breast-screening-due',
  'influenza-vaccine-due-65',
  'discharged-inpatient-7d',
  'no-encounter-18m',
  'new-patients-30d',
  'not-engaged-90d',
];

describe('the segment catalog', () => {
  it.each(files)('%s is a valid definition', (name) => {
    const result = validateSegment(readCatalogFile(name), compilesLocally);

    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each(files)('%s is named after its id', (name) => {
    expect(readCatalogFile(name)).toMatchObject({ id: name.replace(/\.json$/, '') });
  });

  it.each(files)('%s names its code sources and describes itself for clinicians', (name) => {
    const definition = readCatalogFile(name) as { description: string; sources?: string[] };

    expect(definition.description.length).toBeGreaterThan(100);
    expect(definition.sources?.length).toBeGreaterThan(0);
  });

  it('exports every file of the folder, as it is on disk, and nothing else', () => {
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    const exported = [...SEGMENT_CATALOG].sort(byId);
    const onDisk = files.map((name) => readCatalogFile(name) as { id: string }).sort(byId);

    expect(exported).toEqual(onDisk);
  });

  it('keeps every id other modules depend on', () => {
    expect(SEGMENT_CATALOG.map((definition) => definition.id)).toEqual(expect.arrayContaining(EXPECTED_IDS));
  });

  it('can be activated as one set', () => {
    expect(validateSegmentSet(SEGMENT_CATALOG)).toMatchObject({ ok: true });
  });

  it('excludes deceased patients from every segment', () => {
    for (const definition of SEGMENT_CATALOG) {
      expect(definition.criteria).toMatchObject({ all: expect.arrayContaining([{ deceased: false }]) });
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JOURNEY_CATALOG } from '../../../catalog/journeys';
import { SEGMENT_CATALOG } from '../../../catalog/segments';
import { TEMPLATE_CATALOG } from '../../../catalog/templates';
import { compilesLocally } from '../../../lambdas/domain/fhir/local-fhirpath';
import { type JourneyReferences, validateJourney } from '../../../lambdas/domain/journeys/validate-journey';

const CATALOG_DIR = join(__dirname, '../../../catalog/journeys');
const files = readdirSync(CATALOG_DIR).filter((name) => name.endsWith('.json'));
const readCatalogFile = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(CATALOG_DIR, name), 'utf8'));

const templateIds = new Set(TEMPLATE_CATALOG.map((template) => template.templateId));
const segmentIds = new Set(SEGMENT_CATALOG.map((segment) => segment.id));
const catalogReferences: JourneyReferences = {
  templateExists: (id) => templateIds.has(id),
  segmentExists: (id) => segmentIds.has(id),
  fhirPath: compilesLocally,
};

describe('the journey catalog', () => {
  it.each(files)('%s is valid against the template and segment catalogs', (name) => {
    const result = validateJourney(readCatalogFile(name), catalogReferences);

    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each(files)('%s is named after its id', (name) => {
    expect(readCatalogFile(name)).toMatchObject({ id: name.replace(/\.json$/, '') });
  });

  it('lists every file in the index', () => {
    expect(JOURNEY_CATALOG.map((journey) => `${journey.id}.json`).sort()).toEqual([...files].sort());
  });

  it('fails validation when a step that others go to is removed', () => {
    const definition = readCatalogFile('appointment-reminders.json');
    const { 'sms-24h': _removed, ...steps } = definition.steps as Record<string, unknown>;

    const result = validateJourney({ ...definition, steps }, catalogReferences);

    expect(result.ok ? [] : result.errors).toEqual([
      { pointer: '/steps/wait-until-24h-before/next', message: 'names no step: there is no step "sms-24h"' },
    ]);
  });

  it('fails validation when a template the catalog refers to is missing', () => {
    const withoutSms: JourneyReferences = {
      ...catalogReferences,
      templateExists: (id) => id !== 'appointment-reminder-sms' && templateIds.has(id),
    };

    const result = validateJourney(readCatalogFile('appointment-reminders.json'), withoutSms);

    expect(result.ok ? [] : result.errors.map((error) => error.pointer)).toEqual([
      '/steps/sms-24h/template',
      '/steps/sms-2h/template',
    ]);
  });
});

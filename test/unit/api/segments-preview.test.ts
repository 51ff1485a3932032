import type * as fhir4 from 'fhir/r4';
import { segmentPreviewRoutes } from '../../../lambdas/api/routes/segments-preview-routes';
import { segmentRoutes } from '../../../lambdas/api/routes/segments-routes';
import type { SegmentDefinition } from '../../../lambdas/domain/segments/definition-schema';
import { previewSegment } from '../../../lambdas/domain/segments/preview';
import { type ApiUnderTest, apiUnderTest } from '../../support/api-harness';
import { inMemorySegmentServices, SEGMENT_TEST_NOW } from '../../support/in-memory-segments';
import { SHIPPED_CATALOG } from '../../support/shipped-catalog';

const LOINC = 'http://loinc.org';

const uncontrolled = {
  schemaVersion: 1,
  id: 'uncontrolled-over-50',
  name: 'Uncontrolled diabetes over 50',
  description: '',
  criteria: {
    all: [
      { age: { min: 50 } },
      {
        latestObservation: {
          codes: [{ system: LOINC, code: '4548-4' }],
          within: { last: 'P12M' },
          value: { comparator: '>=', value: 9, unit: '%' },
        },
      },
    ],
  },
} as const;

const person = (id: string, birthDate: string): fhir4.Patient & { id: string } => ({
  resourceType: 'Patient',
  id,
  birthDate,
});

const hba1c = (patientId: string, value: number): fhir4.Observation => ({
  resourceType: 'Observation',
  id: `hba1c-${patientId}`,
  status: 'final',
  code: { coding: [{ system: LOINC, code: '4548-4' }] },
  subject: { reference: `Patient/${patientId}` },
  effectiveDateTime: '2026-10-01T09:00:00Z',
  valueQuantity: { value, unit: '%', system: 'http://unitsofmeasure.org', code: '%' },
});

let fakes: ReturnType<typeof inMemorySegmentServices>;
let api: ApiUnderTest;

beforeEach(() => {
  fakes = inMemorySegmentServices();
  api = apiUnderTest(
    [...segmentRoutes({ ...fakes.services, shippedCatalog: SHIPPED_CATALOG }), ...segmentPreviewRoutes(fakes.services)],
    SEGMENT_TEST_NOW,
  );
  fakes.addPatient(person('p-high-1', '1960-05-01'), [hba1c('p-high-1', 9.6)]);
  fakes.addPatient(person('p-high-2', '1955-01-20'), [hba1c('p-high-2', 10.2)]);
  fakes.addPatient(person('p-low', '1960-05-01'), [hba1c('p-low', 7.1)]);
  fakes.addPatient(person('p-young', '2001-02-02'), [hba1c('p-young', 9.9)]);
  fakes.addPatient(person('p-untested', '1950-07-07'));
});

const preview = (body: Record<string, unknown>) =>
  api.call({ method: 'POST', path: '/segments/preview', role: 'marketing-professional', body });
/** A marketer who is also a clinician (two Cognito groups): may see who is in a clinical segment. */
const previewAsClinicalMarketer = (body: Record<string, unknown>) =>
  api.call({ method: 'POST', path: '/segments/preview', roles: ['marketing-professional', 'healthcare-user'], body });

const over50 = { ...uncontrolled, id: 'over-50', name: 'Over 50', criteria: { age: { min: 50 } } } as const;

type Preview = {
  evaluated: number;
  matched: number;
  sample?: string[];
  readsClinicalData: boolean;
  complete: boolean;
  patient?: { member: boolean; explanation: { children: { criterion: string; matched: boolean; reason?: string }[] } };
};

describe('POST /segments/preview', () => {
  it('counts every patient when they fit in the limit, with a sample of the members', async () => {
    const response = await previewAsClinicalMarketer({ definition: uncontrolled });

    expect(response.status).toBe(200);
    const body = response.json() as Preview;
    expect([body.evaluated, body.matched, body.complete, body.readsClinicalData]).toEqual([5, 2, true, true]);
    expect(body.sample?.sort()).toEqual(['p-high-1', 'p-high-2']);
  });

  it('gives a caller without clinical read the counts of a clinical definition, not who matches', async () => {
    const response = await preview({ definition: uncontrolled });

    expect(response.status).toBe(200);
    const body = response.json() as Preview;
    expect([body.evaluated, body.matched, body.readsClinicalData]).toEqual([5, 2, true]);
    expect(body).not.toHaveProperty('sample');
  });

  it('gives anyone who manages segments the sample of a definition that reads no clinical data', async () => {
    const body = (await preview({ definition: over50 })).json() as Preview;

    expect(body.readsClinicalData).toBe(false);
    expect(body.sample?.sort()).toEqual(['p-high-1', 'p-high-2', 'p-low', 'p-untested']);
  });

  it('says the count is partial when patients remain beyond the limit', async () => {
    const body = (await preview({ definition: uncontrolled, limit: 3 })).json() as Preview;

    expect([body.evaluated, body.complete]).toEqual([3, false]);
  });

  it('calls a count complete when the limit is exactly the number of patients', async () => {
    const body = (await preview({ definition: uncontrolled, limit: 5 })).json() as Preview;

    expect([body.evaluated, body.complete]).toEqual([5, true]);
  });

  it('refuses to explain one patient against a clinical definition to a caller without clinical read', async () => {
    const response = await preview({ definition: uncontrolled, patientId: 'p-low' });

    expect(response.status).toBe(403);
    expect((response.json() as { detail: string }).detail).toMatch(/clinical/);
    expect(api.audit.entries.map((e) => [e.action, e.patientId, e.outcome])).toEqual([
      ['segment.preview', 'p-low', 'denied'],
    ]);
  });

  it('explains one patient per criterion, with the clinical values, to a caller with clinical read', async () => {
    const body = (await previewAsClinicalMarketer({ definition: uncontrolled, patientId: 'p-low' })).json() as Preview;

    expect(body.patient?.member).toBe(false);
    expect(body.patient?.explanation.children[0]).toEqual({
      criterion: 'age',
      path: '/criteria/all/0/age',
      matched: true,
      reason: 'age 66, needs 50 or more',
    });
    expect(body.patient?.explanation.children[1]?.reason).toMatch(/7\.1/);
  });

  it('explains one patient against a definition that reads no clinical data to whoever manages segments', async () => {
    const body = (await preview({ definition: over50, patientId: 'p-young' })).json() as Preview;

    expect(body.patient?.member).toBe(false);
  });

  it('names the explained patient in the audit entry', async () => {
    await preview({ definition: over50, patientId: 'p-low' });

    expect(api.audit.entries.map((e) => [e.action, e.patientId])).toEqual([['segment.preview', 'p-low']]);
  });

  it('answers 404 for a patient with nothing projected', async () => {
    expect((await preview({ definition: over50, patientId: 'nobody' })).status).toBe(404);
  });

  it('answers a bad definition with 400 and pointers into /definition', async () => {
    const response = await preview({
      definition: { ...uncontrolled, criteria: { age: { min: 80, max: 50 } } },
    });

    expect(response.status).toBe(400);
    expect((response.json() as { errors: unknown }).errors).toEqual([
      { in: 'body', pointer: '/definition/criteria/age', detail: 'min 80 is greater than max 50' },
    ]);
  });

  it('refuses a limit over 5000', async () => {
    const response = await preview({ definition: uncontrolled, limit: 5001 });

    expect(response.status).toBe(400);
    expect((response.json() as { errors: { pointer: string }[] }).errors[0]?.pointer).toBe('/limit');
  });

  it('writes nothing', async () => {
    await previewAsClinicalMarketer({ definition: uncontrolled, patientId: 'p-high-1' });

    expect(fakes.memberships.states.size).toBe(0);
    expect(fakes.definitions.records.size).toBe(0);
  });
});

describe('previewSegment', () => {
  const registryMember = () =>
    fakes.memberships.states.set('p-low', {
      revision: 1,
      memberships: [{ segmentId: 'registry', version: 1, since: '2026-01-01T00:00:00.000Z', kind: 'static' }],
    });

  it('lets inSegment read the memberships patients have now', async () => {
    registryMember();
    const definition = { ...uncontrolled, criteria: { inSegment: 'registry' } } as unknown as SegmentDefinition;

    const result = await previewSegment(
      { definition, limit: 10, sampleSize: 20, mayReadClinical: false },
      fakes.services,
    );

    expect(result).toEqual(expect.objectContaining({ readsClinicalData: false, sample: ['p-low'] }));
  });

  it('counts a definition that reads a clinical segment as clinical', async () => {
    await fakes.services.segments.create({
      segmentId: 'uncontrolled-over-50',
      version: 1,
      kind: 'dynamic',
      name: uncontrolled.name,
      description: '',
      definition: uncontrolled as unknown as SegmentDefinition,
      createdAt: SEGMENT_TEST_NOW.toISOString(),
      createdBy: 'test',
    });
    const record = await fakes.services.segments.get('uncontrolled-over-50');
    await fakes.services.segments.setStatus(record as NonNullable<typeof record>, 'active', 1, 'now');
    const definition = {
      ...over50,
      criteria: { not: { inSegment: 'uncontrolled-over-50' } },
    } as unknown as SegmentDefinition;

    const result = await previewSegment(
      { definition, limit: 10, sampleSize: 20, mayReadClinical: false },
      fakes.services,
    );

    expect(result).toEqual(expect.objectContaining({ readsClinicalData: true, evaluated: 5 }));
    expect(result).not.toHaveProperty('sample');
  });
});

import type * as fhir4 from 'fhir/r4';
import { patientRoutes } from '../../../lambdas/api/routes/patient-routes';
import { segmentMemberRoutes } from '../../../lambdas/api/routes/segments-member-routes';
import { segmentRoutes } from '../../../lambdas/api/routes/segments-routes';
import { ROLES } from '../../../lambdas/domain/access/roles';
import { projectPatientFacts } from '../../../lambdas/domain/fhir/facts';
import { assemblePatient360, maySeeSegments } from '../../../lambdas/domain/patients/patient-360';
import { visibilityOf } from '../../../lambdas/domain/patients/visibility';
import type { Membership } from '../../../lambdas/domain/segments/ports';
import { type ApiUnderTest, apiUnderTest, type Call } from '../../support/api-harness';
import { InMemoryPreferenceStore } from '../../support/in-memory-preferences';
import { inMemorySegmentServices, SEGMENT_TEST_NOW } from '../../support/in-memory-segments';
import { SHIPPED_CATALOG } from '../../support/shipped-catalog';

const MRN = 'http://hospital.example.org/mrn';

const person = (id: string, mrn?: string): fhir4.Patient & { id: string } => ({
  resourceType: 'Patient',
  id,
  birthDate: '1970-01-01',
  ...(mrn ? { identifier: [{ system: MRN, value: mrn }] } : {}),
});

let fakes: ReturnType<typeof inMemorySegmentServices>;
let api: ApiUnderTest;

beforeEach(async () => {
  fakes = inMemorySegmentServices();
  const { services } = fakes;
  const patient360 = patientRoutes({
    ...services,
    patientPreferences: new InMemoryPreferenceStore(),
    patientMessages: async () => [],
    patientJourneys: async () => [],
    organisationTimeZone: async () => 'America/New_York',
  });
  api = apiUnderTest(
    [
      ...segmentRoutes({ ...services, shippedCatalog: SHIPPED_CATALOG }),
      ...segmentMemberRoutes(services),
      ...patient360,
    ],
    SEGMENT_TEST_NOW,
  );
  fakes.addPatient(person('p1', 'M-1'));
  fakes.addPatient(person('p2', 'M-2'));
  fakes.addPatient(person('p3', 'M-3'));
  await asMarketer({ method: 'POST', path: '/segments', body: { kind: 'static', id: 'registry', name: 'Registry' } });
  await asMarketer({ method: 'POST', path: '/segments/registry/activate' });
});

const asMarketer = (call: Omit<Call, 'role'>) => api.call({ ...call, role: 'marketing-professional' });
const upload = (csv: string, segmentId = 'registry') =>
  asMarketer({ method: 'PUT', path: `/segments/${segmentId}/members`, body: { csv } });

const membership = (segmentId: string, kind: Membership['kind'] = 'dynamic'): Membership => ({
  segmentId,
  version: 1,
  since: '2026-11-01T00:00:00.000Z',
  kind,
});

describe('PUT /segments/{segmentId}/members', () => {
  it('makes the listed patients members, by id or identifier, and reports the rows that name nobody', async () => {
    const csv = ['patientId,identifier', 'p1,', `,${MRN}|M-2`, 'nobody,', `,${MRN}|M-404`, ',', `,|`].join('\n');

    const response = await upload(csv);

    expect(response.status).toBe(200);
    expect(response.json()).toEqual({
      rows: 6,
      members: 2,
      entered: 2,
      exited: 0,
      unresolved: [
        { line: 4, value: 'nobody', reason: 'unknown' },
        { line: 5, value: `${MRN}|M-404`, reason: 'unknown' },
        { line: 6, reason: 'empty' },
        { line: 7, value: '|', reason: 'malformed' },
      ],
    });
    expect(fakes.memberships.membersOf('registry')).toEqual(['p1', 'p2']);
    expect(fakes.memberships.stateOf('p1').memberships).toEqual([
      { segmentId: 'registry', version: 1, since: SEGMENT_TEST_NOW.toISOString(), kind: 'static' },
    ]);
  });

  it('announces each change as Segment Membership Changed and clears the record of it', async () => {
    await upload('patientId\np1\np2');

    expect(fakes.publisher.published.map((a) => [a.patientId, a.entered, a.exited])).toEqual([
      ['p1', ['registry'], []],
      ['p2', ['registry'], []],
    ]);
    expect(fakes.memberships.stateOf('p1').unannounced).toBeUndefined();
  });

  it('replaces the list: members no longer listed exit, those still listed stay as they were', async () => {
    await upload('patientId\np1\np2');

    const response = await upload('patientId\np2\np3');

    expect(response.json()).toEqual(expect.objectContaining({ members: 2, entered: 1, exited: 1, unresolved: [] }));
    expect(fakes.memberships.membersOf('registry')).toEqual(['p2', 'p3']);
    expect(fakes.publisher.published.slice(2).map((a) => [a.patientId, a.entered, a.exited])).toEqual([
      ['p3', ['registry'], []],
      ['p1', [], ['registry']],
    ]);
  });

  it('reports an identifier value found in two patients as ambiguous', async () => {
    fakes.addPatient({ ...person('p4'), identifier: [{ system: 'http://other.example.org/id', value: 'M-1' }] });

    const response = await upload('identifier\nM-1');

    expect((response.json() as { unresolved: unknown }).unresolved).toEqual([
      { line: 2, value: 'M-1', reason: 'ambiguous' },
    ]);
  });

  it('keeps other memberships, and wins a race with a concurrent re-evaluation by reading again', async () => {
    fakes.memberships.states.set('p1', { revision: 3, memberships: [membership('adults')] });
    let raced = false;
    fakes.memberships.beforeApply = (patientId) => {
      if (raced) return;
      raced = true;
      const state = fakes.memberships.stateOf(patientId);
      fakes.memberships.states.set(patientId, { ...state, revision: state.revision + 1 });
    };

    await upload('patientId\np1');

    expect(
      fakes.memberships
        .stateOf('p1')
        .memberships.map((m) => m.segmentId)
        .sort(),
    ).toEqual(['adults', 'registry']);
  });

  it('first announces a change a crash left unannounced, so the upload does not lose it', async () => {
    const lost = { patientId: 'p1', entered: ['adults'], exited: [], occurredAt: '2026-11-24T00:00:00.000Z' };
    fakes.memberships.states.set('p1', { revision: 1, memberships: [membership('adults')], unannounced: lost });

    await upload('patientId\np1');

    expect(fakes.publisher.published[0]).toEqual(lost);
    expect(fakes.publisher.published[1]).toEqual(expect.objectContaining({ patientId: 'p1', entered: ['registry'] }));
  });

  it('starts a computation when active segments read the list, and not otherwise', async () => {
    await upload('patientId\np1');
    const readsRegistry = {
      schemaVersion: 1,
      id: 'registry-adults',
      name: 'Registry adults',
      description: '',
      criteria: { all: [{ inSegment: 'registry' }, { age: { min: 18 } }] },
    };
    await asMarketer({ method: 'POST', path: '/segments', body: readsRegistry });
    await asMarketer({ method: 'POST', path: '/segments/registry-adults/activate' });

    const response = await upload('patientId\np2');

    expect((response.json() as { computation: unknown }).computation).toEqual({
      computationId: 'computation-2',
      reason: 'uploaded',
    });
    expect(fakes.starter.started.map((s) => [s.segmentId, s.reason])).toEqual([
      ['registry-adults', 'activated'],
      ['registry', 'uploaded'],
    ]);
  });

  it('answers 400 on /csv for a file without a patientId or identifier column, or with too many rows', async () => {
    const noColumn = await upload('mrn\nM-1');
    const tooMany = await upload(`patientId\n${'p1\n'.repeat(10_001)}`);

    for (const response of [noColumn, tooMany]) {
      expect(response.status).toBe(400);
      expect((response.json() as { errors: { pointer: string }[] }).errors[0]?.pointer).toBe('/csv');
    }
    expect(fakes.memberships.membersOf('registry')).toEqual([]);
  });

  it('answers 409 for a dynamic segment and for a static one that is not active, 404 for an unknown one', async () => {
    const adults = { schemaVersion: 1, id: 'adults', name: 'Adults', description: '', criteria: { age: { min: 18 } } };
    await asMarketer({ method: 'POST', path: '/segments', body: adults });
    await asMarketer({ method: 'POST', path: '/segments', body: { kind: 'static', id: 'draft-list', name: 'Draft' } });

    expect((await upload('patientId\np1', 'adults')).status).toBe(409);
    expect((await upload('patientId\np1', 'draft-list')).status).toBe(409);
    expect((await upload('patientId\np1', 'nowhere')).status).toBe(404);
  });
});

describe('GET /segments/{segmentId}/members', () => {
  it('pages through the members by patient id', async () => {
    await upload('patientId\np3\np1\np2');

    const first = await asMarketer({ method: 'GET', path: '/segments/registry/members', query: { limit: '2' } });
    const { items, cursor } = first.json() as { items: { patientId: string }[]; cursor: string };
    const second = await asMarketer({ method: 'GET', path: '/segments/registry/members', query: { cursor } });

    expect(items.map((m) => m.patientId)).toEqual(['p1', 'p2']);
    expect(items[0]).toEqual({ patientId: 'p1', version: 1, since: SEGMENT_TEST_NOW.toISOString(), kind: 'static' });
    expect((second.json() as { items: { patientId: string }[] }).items.map((m) => m.patientId)).toEqual(['p3']);
  });

  it('answers 404 for an unknown segment', async () => {
    expect((await asMarketer({ method: 'GET', path: '/segments/nowhere/members' })).status).toBe(404);
  });

  it('is refused to every other role', async () => {
    for (const role of ROLES.filter((r) => r !== 'marketing-professional')) {
      expect((await api.call({ method: 'GET', path: '/segments/registry/members', role })).status).toBe(403);
      expect(
        (await api.call({ method: 'PUT', path: '/segments/registry/members', role, body: { csv: 'x' } })).status,
      ).toBe(403);
    }
  });
});

describe("a patient's segments", () => {
  beforeEach(async () => {
    await upload('patientId\np1');
    // A membership of a segment archived a moment ago, which the computation has not removed yet.
    await asMarketer({ method: 'POST', path: '/segments', body: { kind: 'static', id: 'old-list', name: 'Old' } });
    const state = fakes.memberships.stateOf('p1');
    fakes.memberships.states.set('p1', {
      ...state,
      memberships: [...state.memberships, membership('old-list', 'static')],
    });
  });

  const expected = [
    {
      segmentId: 'registry',
      name: 'Registry',
      version: 1,
      since: SEGMENT_TEST_NOW.toISOString(),
      kind: 'static',
      readsClinicalData: false,
    },
  ];

  it('lists the active segments the patient is in, with names, and audits the look at the patient', async () => {
    const response = await api.call({ method: 'GET', path: '/patients/p1/segments', role: 'non-clinical-user' });

    expect(response.json()).toEqual({ patientId: 'p1', items: expected });
    expect(api.audit.entries.at(-1)).toEqual(
      expect.objectContaining({ action: 'patient.segments.read', patientId: 'p1', outcome: 'allowed' }),
    );
  });

  it('is refused to a role that does not see engagement, and the refusal names the patient', async () => {
    const response = await api.call({ method: 'GET', path: '/patients/p1/segments', role: 'event-planner' });

    expect(response.status).toBe(403);
    expect(api.audit.entries.at(-1)).toEqual(expect.objectContaining({ patientId: 'p1', outcome: 'denied' }));
  });

  it('answers 404 for an unknown patient', async () => {
    expect((await api.call({ method: 'GET', path: '/patients/nobody/segments', role: 'healthcare-user' })).status).toBe(
      404,
    );
  });

  it('shows the same memberships in the 360 view to a caller who sees engagement', async () => {
    for (const role of ['non-clinical-user', 'marketing-professional'] as const) {
      const view = (await api.call({ method: 'GET', path: '/patients/p1', role })).json() as { segments: unknown };
      expect([role, view.segments]).toEqual([role, expected]);
    }
  });

  it('leaves the segments out of the 360 view for a caller who does not see engagement', async () => {
    const view = (await api.call({ method: 'GET', path: '/patients/p1', role: 'event-planner' })).json() as object;

    expect(view).toEqual(expect.objectContaining({ id: 'p1' }));
    expect(view).not.toHaveProperty('segments');
  });
});

describe('clinical segments (their criteria read clinical data)', () => {
  const DEPRESSION = {
    schemaVersion: 1,
    id: 'depression',
    name: 'Depression on record',
    description: '',
    criteria: { resource: { type: 'Condition', codes: [{ system: 'http://snomed.info/sct', code: '35489007' }] } },
  };
  /** Reads the clinical segment through `inSegment`: clinical too. */
  const NOT_DEPRESSED = {
    ...DEPRESSION,
    id: 'not-depressed',
    name: 'No depression on record',
    criteria: { not: { inSegment: 'depression' } },
  };
  const clinicalMarketer = ['marketing-professional', 'healthcare-user'] as const;

  beforeEach(async () => {
    await upload('patientId\np1');
    for (const definition of [DEPRESSION, NOT_DEPRESSED]) {
      await asMarketer({ method: 'POST', path: '/segments', body: definition });
      await asMarketer({ method: 'POST', path: `/segments/${definition.id}/activate` });
    }
    const state = fakes.memberships.stateOf('p1');
    fakes.memberships.states.set('p1', { ...state, memberships: [...state.memberships, membership('depression')] });
    const other = fakes.memberships.stateOf('p2');
    fakes.memberships.states.set('p2', { ...other, memberships: [membership('not-depressed')] });
  });

  const segmentIdsIn = (body: unknown) =>
    (
      (body as { items?: { segmentId: string }[]; segments?: { segmentId: string }[] }).items ??
      (body as { segments: { segmentId: string }[] }).segments
    ).map((s) => s.segmentId);

  it("leaves a patient's clinical segments out for the roles without clinical read, on both routes", async () => {
    for (const role of ['non-clinical-user', 'marketing-professional'] as const) {
      const list = await api.call({ method: 'GET', path: '/patients/p1/segments', role });
      const view = await api.call({ method: 'GET', path: '/patients/p1', role });
      expect([role, segmentIdsIn(list.json()), segmentIdsIn(view.json())]).toEqual([role, ['registry'], ['registry']]);
    }
  });

  it('shows them, marked clinical, to a role with clinical read', async () => {
    const list = await api.call({ method: 'GET', path: '/patients/p1/segments', role: 'healthcare-user' });
    const view = await api.call({ method: 'GET', path: '/patients/p1', role: 'healthcare-user' });

    const items = (list.json() as { items: { segmentId: string; readsClinicalData: boolean }[] }).items;
    expect(items.map((s) => [s.segmentId, s.readsClinicalData])).toEqual([
      ['depression', true],
      ['registry', false],
    ]);
    expect(segmentIdsIn(view.json())).toEqual(['depression', 'registry']);
  });

  it('treats a segment that reads a clinical segment as clinical', async () => {
    const hidden = await api.call({ method: 'GET', path: '/patients/p2/segments', role: 'non-clinical-user' });
    const shown = await api.call({ method: 'GET', path: '/patients/p2/segments', role: 'healthcare-user' });

    expect(segmentIdsIn(hidden.json())).toEqual([]);
    expect(segmentIdsIn(shown.json())).toEqual(['not-depressed']);
  });

  it('refuses the member list of a clinical segment to a caller without clinical read, and audits the refusal', async () => {
    const refused = await asMarketer({ method: 'GET', path: '/segments/depression/members' });
    const throughReference = await asMarketer({ method: 'GET', path: '/segments/not-depressed/members' });

    expect([refused.status, throughReference.status]).toEqual([403, 403]);
    expect(api.audit.entries.at(-1)).toEqual(
      expect.objectContaining({ action: 'segment.members.list', outcome: 'denied' }),
    );
  });

  it('lists the members of a clinical segment to a caller who manages segments and may read clinical data', async () => {
    const response = await api.call({ method: 'GET', path: '/segments/depression/members', roles: clinicalMarketer });

    expect(response.status).toBe(200);
  });

  it('still lists the members of a segment that reads no clinical data to the marketer', async () => {
    expect((await asMarketer({ method: 'GET', path: '/segments/registry/members' })).status).toBe(200);
  });
});

describe('the segments section of the patient 360 view', () => {
  it('is for the roles that see engagement or manage segments', () => {
    expect(ROLES.filter((role) => maySeeSegments([role]))).toEqual([
      'marketing-professional',
      'healthcare-user',
      'non-clinical-user',
    ]);
  });

  it('holds the memberships it is given, and is absent when none are given to a caller without engagement', () => {
    const patient = person('p1');
    const record = { patient, facts: projectPatientFacts(patient), resources: [] };
    const segments = [
      {
        segmentId: 'registry',
        name: 'Registry',
        version: 2,
        since: '2026-11-01T00:00:00Z',
        kind: 'static' as const,
        readsClinicalData: false,
      },
    ];

    const shown = assemblePatient360({
      record,
      preferences: [],
      visibility: visibilityOf(['event-planner']),
      asOf: SEGMENT_TEST_NOW,
      organisationTimeZone: 'America/New_York',
      segments,
    });
    const hidden = assemblePatient360({
      record,
      preferences: [],
      visibility: visibilityOf(['event-planner']),
      asOf: SEGMENT_TEST_NOW,
      organisationTimeZone: 'America/New_York',
    });

    expect(shown.segments).toEqual(segments);
    expect(hidden).not.toHaveProperty('segments');
  });
});

import { segmentPreviewRoutes } from '../../../lambdas/api/routes/segments-preview-routes';
import { segmentRoutes } from '../../../lambdas/api/routes/segments-routes';
import { ROLES } from '../../../lambdas/domain/access/roles';
import { type ApiUnderTest, apiUnderTest, type Call } from '../../support/api-harness';
import { inMemorySegmentServices, SEGMENT_TEST_NOW } from '../../support/in-memory-segments';
import { SHIPPED_CATALOG } from '../../support/shipped-catalog';

const screeningAge = (overrides: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  id: 'screening-age',
  name: 'Screening age',
  description: 'adults of 50 to 74',
  criteria: { age: { min: 50, max: 74 } },
  ...overrides,
});

const readsScreeningAge = {
  schemaVersion: 1,
  id: 'screening-age-women',
  name: 'Women of screening age',
  description: '',
  criteria: { all: [{ inSegment: 'screening-age' }, { gender: ['female'] }] },
};

let fakes: ReturnType<typeof inMemorySegmentServices>;
let api: ApiUnderTest;

beforeEach(() => {
  fakes = inMemorySegmentServices();
  api = apiUnderTest(
    [...segmentRoutes({ ...fakes.services, shippedCatalog: SHIPPED_CATALOG }), ...segmentPreviewRoutes(fakes.services)],
    SEGMENT_TEST_NOW,
  );
});

const asMarketer = (call: Omit<Call, 'role'>) => api.call({ ...call, role: 'marketing-professional' });
const create = (body: unknown) => asMarketer({ method: 'POST', path: '/segments', body });
const activate = (segmentId: string, query?: Record<string, string>) =>
  asMarketer({ method: 'POST', path: `/segments/${segmentId}/activate`, query });

describe('POST /segments', () => {
  it('creates a dynamic segment as a draft at version 1, recording who wrote it', async () => {
    const response = await create(screeningAge());

    expect(response.status).toBe(201);
    expect(response.json()).toEqual({
      segment: {
        segmentId: 'screening-age',
        kind: 'dynamic',
        name: 'Screening age',
        description: 'adults of 50 to 74',
        status: 'draft',
        latestVersion: 1,
        updatedAt: SEGMENT_TEST_NOW.toISOString(),
        revision: 1,
      },
      version: expect.objectContaining({
        version: 1,
        definition: screeningAge(),
        createdBy: 'user-marketing-professional',
      }),
    });
  });

  it('creates a static segment from its id, name and description', async () => {
    const response = await create({ kind: 'static', id: 'diabetes-registry', name: 'Diabetes registry' });

    expect(response.status).toBe(201);
    expect((response.json() as { segment: unknown }).segment).toEqual(
      expect.objectContaining({ segmentId: 'diabetes-registry', kind: 'static', description: '', status: 'draft' }),
    );
  });

  it("answers a bad definition with 400 and the validator's JSON pointers", async () => {
    const response = await create(
      screeningAge({
        criteria: {
          all: [{ age: { min: 80, max: 50 } }, { resource: { type: 'Appointment', within: { next: 'P7X' } } }],
        },
      }),
    );

    expect(response.status).toBe(400);
    expect((response.json() as { errors: unknown }).errors).toEqual([
      { in: 'body', pointer: '/criteria/all/0/age', detail: 'min 80 is greater than max 50' },
      {
        in: 'body',
        pointer: '/criteria/all/1/resource/within/next',
        detail: '"P7X" is not a duration of the form P[nY][nM][nD][T[nH]]',
      },
    ]);
    expect(fakes.definitions.records.size).toBe(0);
  });

  it('answers criteria nested deeper than the limit with 400, not 500', async () => {
    let criteria: Record<string, unknown> = { age: { min: 50 } };
    for (let i = 0; i < 400; i++) criteria = { not: criteria };

    const response = await create(screeningAge({ criteria }));

    expect(response.status).toBe(400);
    expect(JSON.stringify(response.json())).toMatch(/nest/);
  });

  it('answers a static segment with an unknown or missing field with 400 naming each', async () => {
    const response = await create({ kind: 'static', id: 'registry', colour: 'blue' });

    expect(response.status).toBe(400);
    expect((response.json() as { errors: unknown }).errors).toEqual(
      expect.arrayContaining([
        { in: 'body', pointer: '/name', detail: 'is required' },
        { in: 'body', pointer: '/colour', detail: 'unknown field' },
      ]),
    );
  });

  it('refuses the ids of fixed paths under /segments', async () => {
    const response = await create(screeningAge({ id: 'catalog' }));

    expect(response.status).toBe(400);
    expect((response.json() as { errors: { pointer: string }[] }).errors[0]?.pointer).toBe('/id');
  });

  it('answers 409 when the id is taken', async () => {
    await create(screeningAge());

    const again = await create(screeningAge({ name: 'Another' }));

    expect(again.status).toBe(409);
    expect(fakes.definitions.records.get('screening-age')?.name).toBe('Screening age');
  });
});

describe('PUT /segments/{segmentId}', () => {
  it('adds the next version and keeps an active segment on its active version', async () => {
    await create(screeningAge());
    await activate('screening-age');

    const response = await asMarketer({
      method: 'PUT',
      path: '/segments/screening-age',
      body: screeningAge({ criteria: { age: { min: 45, max: 74 } } }),
    });

    expect(response.status).toBe(200);
    expect((response.json() as { segment: unknown }).segment).toEqual(
      expect.objectContaining({ status: 'active', latestVersion: 2, activeVersion: 1 }),
    );
    expect((await fakes.segments.activeSegments())[0]?.definition).toEqual(screeningAge());
  });

  it('refuses a definition whose id is not the id in the path', async () => {
    await create(screeningAge());

    const response = await asMarketer({ method: 'PUT', path: '/segments/screening-age', body: readsScreeningAge });

    expect(response.status).toBe(400);
    expect((response.json() as { errors: unknown }).errors).toEqual([
      { in: 'body', pointer: '/id', detail: 'must be "screening-age", the id in the path' },
    ]);
  });

  it('answers 409 when another version was added since the one the edit is based on', async () => {
    await create(screeningAge());
    await asMarketer({ method: 'PUT', path: '/segments/screening-age', body: screeningAge({ name: 'v2' }) });

    const stale = await asMarketer({
      method: 'PUT',
      path: '/segments/screening-age',
      query: { basedOnVersion: '1' },
      body: screeningAge({ name: 'v3' }),
    });

    expect(stale.status).toBe(409);
    expect(fakes.definitions.records.get('screening-age')?.latestVersion).toBe(2);
  });

  it('answers 409 when the record changes between the read and the write', async () => {
    await create(screeningAge());
    fakes.definitions.beforeWrite = (id) => {
      const record = fakes.definitions.records.get(id);
      if (record) fakes.definitions.records.set(id, { ...record, revision: record.revision + 1 });
    };

    const response = await asMarketer({ method: 'PUT', path: '/segments/screening-age', body: screeningAge() });

    expect(response.status).toBe(409);
  });

  it('answers 404 for an unknown segment', async () => {
    const response = await asMarketer({ method: 'PUT', path: '/segments/screening-age', body: screeningAge() });

    expect(response.status).toBe(404);
  });
});

describe('POST /segments/{segmentId}/activate', () => {
  it('activates the latest version and starts a full computation', async () => {
    await create(screeningAge());

    const response = await activate('screening-age');

    expect(response.status).toBe(202);
    expect(response.json()).toEqual({
      segment: expect.objectContaining({ status: 'active', activeVersion: 1 }),
      computation: { computationId: 'computation-1', reason: 'activated' },
    });
    expect(fakes.starter.started).toEqual([
      { computationId: 'computation-1', segmentId: 'screening-age', reason: 'activated' },
    ]);
  });

  it('activates an earlier version when asked to', async () => {
    await create(screeningAge());
    await asMarketer({ method: 'PUT', path: '/segments/screening-age', body: screeningAge({ name: 'v2' }) });

    const response = await activate('screening-age', { version: '1' });

    expect((response.json() as { segment: unknown }).segment).toEqual(
      expect.objectContaining({ activeVersion: 1, latestVersion: 2 }),
    );
  });

  it('refuses a version that does not exist, pointing at the query parameter', async () => {
    await create(screeningAge());

    const response = await activate('screening-age', { version: '7' });

    expect(response.status).toBe(400);
    expect((response.json() as { errors: unknown }).errors).toEqual([
      { in: 'query', pointer: '/version', detail: 'the latest version is 1' },
    ]);
  });

  it('refuses a segment that reads a segment which is not active, and accepts it once that one is', async () => {
    await create(screeningAge());
    await create(readsScreeningAge);

    const refused = await activate('screening-age-women');
    await activate('screening-age');
    const accepted = await activate('screening-age-women');

    expect(refused.status).toBe(409);
    expect((refused.json() as { detail: string }).detail).toContain('/criteria/all/0/inSegment: unknown segment');
    expect(accepted.status).toBe(202);
  });

  it('refuses a version that would close a cycle with the active segments', async () => {
    await create(screeningAge());
    await activate('screening-age');
    await create(readsScreeningAge);
    await activate('screening-age-women');
    await asMarketer({
      method: 'PUT',
      path: '/segments/screening-age',
      body: screeningAge({ criteria: { inSegment: 'screening-age-women' } }),
    });

    const response = await activate('screening-age', { version: '2' });

    expect(response.status).toBe(409);
    expect((response.json() as { detail: string }).detail).toContain('depend on each other');
  });

  it('answers 409 when the version is already the active one', async () => {
    await create(screeningAge());
    await activate('screening-age');

    expect((await activate('screening-age')).status).toBe(409);
    expect(fakes.starter.started).toHaveLength(1);
  });

  it('activates a static list without a computation: its members are uploaded', async () => {
    await create({ kind: 'static', id: 'registry', name: 'Registry' });

    const response = await activate('registry');

    expect(response.status).toBe(202);
    expect(response.json()).toEqual({ segment: expect.objectContaining({ status: 'active' }) });
    expect(fakes.starter.started).toEqual([]);
  });

  it('answers 404 for an unknown segment', async () => {
    expect((await activate('nowhere')).status).toBe(404);
  });
});

describe('POST /segments/{segmentId}/archive', () => {
  it('archives an active segment and starts the computation that removes its memberships', async () => {
    await create(screeningAge());
    await activate('screening-age');

    const response = await asMarketer({ method: 'POST', path: '/segments/screening-age/archive' });

    expect(response.status).toBe(202);
    expect(response.json()).toEqual({
      segment: expect.objectContaining({ status: 'archived' }),
      computation: { computationId: 'computation-2', reason: 'archived' },
    });
    expect(await fakes.segments.activeSegments()).toEqual([]);
  });

  it('archives a draft without a computation', async () => {
    await create(screeningAge());

    const response = await asMarketer({ method: 'POST', path: '/segments/screening-age/archive' });

    expect(response.json()).toEqual({ segment: expect.objectContaining({ status: 'archived' }) });
    expect(fakes.starter.started).toEqual([]);
  });

  it('refuses to archive a segment that an active segment reads, naming it', async () => {
    await create(screeningAge());
    await activate('screening-age');
    await create(readsScreeningAge);
    await activate('screening-age-women');

    const response = await asMarketer({ method: 'POST', path: '/segments/screening-age/archive' });

    expect(response.status).toBe(409);
    expect((response.json() as { detail: string }).detail).toContain('screening-age-women');
    expect(fakes.definitions.records.get('screening-age')?.status).toBe('active');
  });

  it('answers 409 for a segment already archived, and 404 for an unknown one', async () => {
    await create(screeningAge());
    await asMarketer({ method: 'POST', path: '/segments/screening-age/archive' });

    expect((await asMarketer({ method: 'POST', path: '/segments/screening-age/archive' })).status).toBe(409);
    expect((await asMarketer({ method: 'POST', path: '/segments/nowhere/archive' })).status).toBe(404);
  });
});

describe('an archived segment', () => {
  it('is neither activated again nor given a new version: archiving is final', async () => {
    await create(screeningAge());
    await asMarketer({ method: 'POST', path: '/segments/screening-age/archive' });

    const activated = await activate('screening-age');
    const revised = await asMarketer({ method: 'PUT', path: '/segments/screening-age', body: screeningAge() });

    expect([activated.status, revised.status]).toEqual([409, 409]);
    expect((activated.json() as { detail: string }).detail).toContain('archived');
    expect(fakes.definitions.records.get('screening-age')).toMatchObject({ status: 'archived', latestVersion: 1 });
  });
});

describe('POST /segments/{segmentId}/compute', () => {
  it('starts a computation for an active segment', async () => {
    await create(screeningAge());
    await activate('screening-age');

    const response = await asMarketer({ method: 'POST', path: '/segments/screening-age/compute' });

    expect(response.status).toBe(202);
    expect(response.json()).toEqual({ computationId: 'computation-2', reason: 'requested' });
  });

  it('answers 409 for a segment that is not active', async () => {
    await create(screeningAge());

    expect((await asMarketer({ method: 'POST', path: '/segments/screening-age/compute' })).status).toBe(409);
  });
});

describe('GET /segments/{segmentId} and GET /segments', () => {
  it('shows the record, every version newest first, and the latest computation', async () => {
    await create(screeningAge());
    await asMarketer({ method: 'PUT', path: '/segments/screening-age', body: screeningAge({ name: 'v2' }) });
    const computation = {
      computationId: 'c-9',
      segmentId: 'screening-age',
      reason: 'activated' as const,
      status: 'running' as const,
      startedAt: '2026-11-25T11:00:00.000Z',
      shards: 16,
      shardsDone: 5,
      patientsEvaluated: 5000,
      entered: 40,
      exited: 0,
      failed: 0,
    };
    fakes.computations.record(computation);

    const response = await asMarketer({ method: 'GET', path: '/segments/screening-age' });

    const body = response.json() as { versions: { version: number }[]; computation: unknown };
    expect(body.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(body.computation).toEqual(computation);
  });

  it('answers 404 for an unknown segment', async () => {
    expect((await asMarketer({ method: 'GET', path: '/segments/nowhere' })).status).toBe(404);
  });

  it('lists segments of one status, a page at a time, with cursors that only that list accepts', async () => {
    for (const id of ['a-list', 'b-list', 'c-list']) await create(screeningAge({ id }));
    await activate('c-list');

    const first = await asMarketer({ method: 'GET', path: '/segments', query: { status: 'draft', limit: '1' } });
    const { items, cursor } = first.json() as { items: { segmentId: string }[]; cursor: string };
    const second = await asMarketer({ method: 'GET', path: '/segments', query: { status: 'draft', cursor } });
    const foreign = await asMarketer({ method: 'GET', path: '/segments', query: { status: 'active', cursor } });

    expect(items.map((s) => s.segmentId)).toEqual(['a-list']);
    expect((second.json() as { items: { segmentId: string }[] }).items.map((s) => s.segmentId)).toEqual(['b-list']);
    expect(foreign.status).toBe(400);
  });
});

describe('GET /segments/catalog', () => {
  it('lists the predefined segments, each a definition that POST /segments accepts', async () => {
    const response = await asMarketer({ method: 'GET', path: '/segments/catalog' });
    const { items } = response.json() as { items: { id: string }[] };

    expect(items.length).toBeGreaterThan(0);
    const installed = await create(items[0]);
    expect(installed.status).toBe(201);
  });
});

const SEGMENT_CALLS: readonly (Omit<Call, 'role'> & { action: string })[] = [
  { method: 'GET', path: '/segments', action: 'segment.list' },
  { method: 'POST', path: '/segments', body: screeningAge(), action: 'segment.create' },
  { method: 'GET', path: '/segments/catalog', action: 'segment.catalog.read' },
  { method: 'POST', path: '/segments/preview', body: { definition: screeningAge() }, action: 'segment.preview' },
  { method: 'GET', path: '/segments/screening-age', action: 'segment.read' },
  { method: 'PUT', path: '/segments/screening-age', body: screeningAge(), action: 'segment.update' },
  { method: 'POST', path: '/segments/screening-age/activate', action: 'segment.activate' },
  { method: 'POST', path: '/segments/screening-age/compute', action: 'segment.compute' },
  { method: 'POST', path: '/segments/screening-age/archive', action: 'segment.archive' },
];

describe('the role matrix and the audit trail', () => {
  it.each(ROLES.filter((role) => role !== 'marketing-professional'))(
    '%s is refused every segment route with 403, and each refusal is audited as denied',
    async (role) => {
      for (const call of SEGMENT_CALLS) {
        const response = await api.call({ ...call, role });
        expect([call.path, response.status]).toEqual([call.path, 403]);
      }

      expect(api.audit.settled.map((e) => [e.action, e.outcome])).toEqual(
        SEGMENT_CALLS.map((c) => [c.action, 'denied']),
      );
      expect(fakes.definitions.records.size).toBe(0);
    },
  );

  it('records one audit entry per call of the marketing professional, naming the segment created', async () => {
    for (const call of SEGMENT_CALLS) await asMarketer(call);

    expect(api.audit.settled.map((e) => [e.action, e.outcome, e.actor])).toEqual(
      SEGMENT_CALLS.map((c) => [c.action, 'allowed', 'user-marketing-professional']),
    );
    expect(api.audit.settled.find((e) => e.action === 'segment.create')?.resource).toBe('/segments/screening-age');
  });

  it('answers 401 without a token', async () => {
    expect((await api.call({ method: 'GET', path: '/segments' })).status).toBe(401);
  });
});

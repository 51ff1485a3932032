import { JOURNEY_CATALOG } from '../../../catalog/journeys';
import { journeyRoutes } from '../../../lambdas/api/routes/journey-routes';
import { type ApiUnderTest, apiUnderTest, type Call } from '../../support/api-harness';
import { inMemoryJourneyServices, JOURNEY_TEST_NOW, welcomeJourney } from '../../support/in-memory-journeys';
import { SHIPPED_CATALOG } from '../../support/shipped-catalog';

let fakes: ReturnType<typeof inMemoryJourneyServices>;
let api: ApiUnderTest;

beforeEach(() => {
  fakes = inMemoryJourneyServices();
  api = apiUnderTest(journeyRoutes({ ...fakes.services, shippedCatalog: SHIPPED_CATALOG }), JOURNEY_TEST_NOW);
});

const asMarketer = (call: Omit<Call, 'role'>) => api.call({ ...call, role: 'marketing-professional' });
const create = (body: unknown = welcomeJourney()) => asMarketer({ method: 'POST', path: '/journeys', body });
const post = (path: string, query?: Record<string, string>) => asMarketer({ method: 'POST', path, query });

describe('POST /journeys', () => {
  it('creates a draft at version 1 and audits it against the journey', async () => {
    const response = await create();

    expect(response.status).toBe(201);
    expect(response.json()).toMatchObject({
      journey: { journeyId: 'welcome', status: 'draft', latestVersion: 1, revision: 1 },
      version: { version: 1, definition: welcomeJourney(), createdBy: 'user-marketing-professional' },
    });
    expect(api.audit.settled).toEqual([
      expect.objectContaining({ action: 'journey.create', resource: '/journeys/welcome', status: 201 }),
    ]);
  });

  it("answers a bad definition with 400 and the validator's JSON pointers", async () => {
    fakes.references.templates.delete('welcome');

    const response = await create();

    expect(response.status).toBe(400);
    expect((response.json() as { errors: unknown }).errors).toEqual([
      { in: 'body', pointer: '/steps/email/template', detail: expect.stringContaining('welcome') },
    ]);
  });

  it('answers an id that is taken with 409', async () => {
    await create();

    expect((await create()).status).toBe(409);
  });

  it('is refused to a role without journeys:manage', async () => {
    const response = await api.call({ method: 'POST', path: '/journeys', role: 'healthcare-user', body: {} });

    expect(response.status).toBe(403);
  });
});

describe('GET /journeys and /journeys/{journeyId}', () => {
  it('lists journeys in one status', async () => {
    await create();
    await create(welcomeJourney({ id: 'second' }));
    await post('/journeys/second/publish');

    const response = await asMarketer({ method: 'GET', path: '/journeys', query: { status: 'active' } });

    expect(response.status).toBe(200);
    expect((response.json() as { items: { journeyId: string }[] }).items.map((j) => j.journeyId)).toEqual(['second']);
  });

  it('reads a journey with every version, newest first', async () => {
    await create();
    await asMarketer({
      method: 'PUT',
      path: '/journeys/welcome',
      query: { expectedRevision: '1' },
      body: welcomeJourney({ name: 'Welcome 2' }),
    });

    const response = await asMarketer({ method: 'GET', path: '/journeys/welcome' });

    expect(response.status).toBe(200);
    const body = response.json() as { journey: unknown; versions: { version: number }[] };
    expect(body.journey).toMatchObject({ name: 'Welcome 2', latestVersion: 2, revision: 2 });
    expect(body.versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it('answers a journey that does not exist with 404', async () => {
    expect((await asMarketer({ method: 'GET', path: '/journeys/nobody' })).status).toBe(404);
  });
});

describe('GET /journeys/catalog', () => {
  it('answers the predefined journeys', async () => {
    const response = await asMarketer({ method: 'GET', path: '/journeys/catalog' });

    expect(response.status).toBe(200);
    expect((response.json() as { items: unknown[] }).items).toEqual(JOURNEY_CATALOG);
  });
});

describe('POST /journeys/validate', () => {
  it('answers an invalid definition with 200, valid false and the errors, saving nothing', async () => {
    const response = await asMarketer({
      method: 'POST',
      path: '/journeys/validate',
      body: { definition: welcomeJourney({ start: 'nowhere' }) },
    });

    expect(response.status).toBe(200);
    expect(response.json()).toEqual({
      valid: false,
      errors: [expect.objectContaining({ pointer: '/start' })],
    });
    expect(await fakes.journeys.get('welcome')).toBeUndefined();
  });

  it('answers a valid definition with valid true', async () => {
    const response = await asMarketer({
      method: 'POST',
      path: '/journeys/validate',
      body: { definition: welcomeJourney() },
    });

    expect(response.json()).toEqual({ valid: true, errors: [] });
  });
});

describe('PUT /journeys/{journeyId}', () => {
  const update = (expectedRevision: string) =>
    asMarketer({ method: 'PUT', path: '/journeys/welcome', query: { expectedRevision }, body: welcomeJourney() });

  it('answers a stale revision with 409', async () => {
    await create();
    await update('1');

    expect((await update('1')).status).toBe(409);
  });

  it('requires the expected revision', async () => {
    await create();

    const response = await asMarketer({ method: 'PUT', path: '/journeys/welcome', body: welcomeJourney() });

    expect(response.status).toBe(400);
  });
});

describe('publishing and lifecycle', () => {
  it('publishes the latest version and audits it', async () => {
    await create();

    const response = await post('/journeys/welcome/publish');

    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ journey: { status: 'active', publishedVersion: 1 } });
    expect(fakes.publisher.liveVersion('welcome')).toBe(1);
    expect(api.audit.settled.at(-1)).toMatchObject({ action: 'journey.publish', status: 200 });
  });

  it('answers a version that does not exist with 400 pointing at the query', async () => {
    await create();

    const response = await post('/journeys/welcome/publish', { version: '4' });

    expect(response.status).toBe(400);
    expect((response.json() as { errors: unknown }).errors).toEqual([
      { in: 'query', pointer: '/version', detail: 'the latest version is 1' },
    ]);
  });

  it('pauses, resumes and archives', async () => {
    await create();
    await post('/journeys/welcome/publish');

    expect((await post('/journeys/welcome/pause')).json()).toMatchObject({ journey: { status: 'paused' } });
    expect((await post('/journeys/welcome/resume')).json()).toMatchObject({ journey: { status: 'active' } });
    expect((await post('/journeys/welcome/archive')).json()).toMatchObject({
      journey: { status: 'archived', archivedAt: JOURNEY_TEST_NOW.toISOString() },
    });
    expect(api.audit.settled.slice(-3).map((e) => e.action)).toEqual([
      'journey.pause',
      'journey.resume',
      'journey.archive',
    ]);
  });

  it('answers a transition from the wrong status with 409 and the reason', async () => {
    await create();

    const response = await post('/journeys/welcome/pause');

    expect(response.status).toBe(409);
    expect(response.json()).toMatchObject({ detail: 'journey welcome is draft: only an active journey can be paused' });
  });
});

describe('GET /journeys/{journeyId}/asl', () => {
  it('answers the ASL a published version runs, with the template versions pinned in it', async () => {
    await create();
    await post('/journeys/welcome/publish');

    const response = await asMarketer({ method: 'GET', path: '/journeys/welcome/asl', query: { version: '1' } });

    expect(response.status).toBe(200);
    expect(response.json()).toEqual({
      journeyId: 'welcome',
      version: 1,
      published: true,
      templateVersions: { reminder: 1, welcome: 3 },
      asl: fakes.publisher.asl('welcome', 1),
    });
  });

  it('answers a journey that does not exist with 404', async () => {
    expect((await asMarketer({ method: 'GET', path: '/journeys/nobody/asl' })).status).toBe(404);
  });
});

import { defineRoute } from '../../../lambdas/api/route';
import { apiUnderTest } from '../../support/api-harness';

const patientParams = {
  type: 'object',
  required: ['patientId'],
  additionalProperties: false,
  properties: { patientId: { type: 'string', pattern: '^[a-z0-9-]{1,64}$' } },
} as const;

const routes = [
  defineRoute({
    operationId: 'explode',
    method: 'GET',
    path: '/patients/{patientId}/explode',
    summary: 'fails with an internal error that mentions patient data',
    tag: 'test',
    access: { kind: 'permission', permission: 'patients:read-contact' },
    audit: { action: 'patient.explode', patientIdParam: 'patientId' },
    params: patientParams,
    response: { status: 200, description: 'never', schema: { type: 'object' } },
    handle: async () => {
      throw new Error('Jane Doe, +1 202 555 0100, diabetic');
    },
  }),
];

const linkRoute = defineRoute({
  operationId: 'answerLink',
  method: 'POST',
  path: '/links/answer',
  summary: 'a patient link: the handler names the patient once the token verified',
  tag: 'test',
  access: { kind: 'public' },
  audit: { action: 'link.answer', anonymousActor: 'patient-link' },
  query: { type: 'object', properties: { token: { type: 'string' } } } as const,
  raw: true,
  response: { status: 200, description: 'a page', schema: { type: 'string' } },
  handle: async ({ query, audit }) => {
    if (query.token === 'good') audit.patientId = 'p-9';
    return { contentType: 'text/html', body: '<p>done</p>', ...(query.token === 'good' ? {} : { status: 410 }) };
  },
});

describe('the API pipeline', () => {
  it('audits a patient link whose token named the patient', async () => {
    const api = apiUnderTest([linkRoute]);

    await api.call({ method: 'POST', path: '/links/answer', query: { token: 'good' } });

    expect(api.audit.entries).toEqual([
      expect.objectContaining({ actor: 'patient-link', action: 'link.answer', patientId: 'p-9', status: 200 }),
    ]);
  });

  it('writes no audit entry for a link whose token named nobody, and counts it in the log instead', async () => {
    const api = apiUnderTest([linkRoute]);

    const response = await api.call({ method: 'POST', path: '/links/answer', query: { token: 'forged' } });

    expect(response.status).toBe(410);
    expect(api.audit.entries).toEqual([]);
    expect(api.logged).toEqual([
      { level: 'warn', message: 'Anonymous call refused', ids: { operationId: 'answerLink', status: 410 } },
    ]);
  });

  it('turns an unexpected failure into a plain 500 problem that leaks nothing, and audits it as failed', async () => {
    const api = apiUnderTest(routes);

    const response = await api.call({ method: 'GET', path: '/patients/p-1/explode', role: 'healthcare-user' });

    expect(response.status).toBe(500);
    expect(response.headers['content-type']).toBe('application/problem+json');
    expect(response.body).not.toMatch(/Jane|555|diabetic/);
    expect(api.audit.entries).toEqual([
      expect.objectContaining({ action: 'patient.explode', patientId: 'p-1', outcome: 'failed', status: 500 }),
    ]);
  });

  it('audits a denied attempt with the patient it was aimed at', async () => {
    const api = apiUnderTest(routes);

    const response = await api.call({ method: 'GET', path: '/patients/p-2/explode', role: 'fhir-sync-admin' });

    expect(response.status).toBe(403);
    expect(api.audit.entries).toEqual([expect.objectContaining({ patientId: 'p-2', outcome: 'denied', status: 403 })]);
  });

  it('answers an anonymous caller with 401 and leaves no audit entry without an actor', async () => {
    const api = apiUnderTest(routes);

    const response = await api.call({ method: 'GET', path: '/patients/p-3/explode' });

    expect(response.status).toBe(401);
    expect(api.audit.entries).toEqual([]);
  });

  it('answers 404 for an unknown path and 405 for a known path with another method', async () => {
    const api = apiUnderTest(routes);

    const unknown = await api.call({ method: 'GET', path: '/nowhere', role: 'healthcare-user' });
    const wrongMethod = await api.call({ method: 'DELETE', path: '/patients/p-1/explode', role: 'healthcare-user' });

    expect([unknown.status, wrongMethod.status]).toEqual([404, 405]);
  });

  it('rejects a malformed path parameter with a field-level 400 before the handler runs', async () => {
    const api = apiUnderTest(routes);

    const response = await api.call({ method: 'GET', path: '/patients/NOT_VALID/explode', role: 'healthcare-user' });

    expect(response.status).toBe(400);
    expect((response.json() as { errors: { in: string; pointer: string }[] }).errors[0]).toMatchObject({
      in: 'path',
      pointer: '/patientId',
    });
  });
});

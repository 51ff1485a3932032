import { API_REFERENCE_PATH, systemRoutes } from '../../../lambdas/api/routes/system-routes';
import { apiUnderTest } from '../../support/api-harness';

describe('GET /docs', () => {
  const api = apiUnderTest(
    systemRoutes(() => ({
      info: { title: 'T' },
      paths: { '/x': { get: { summary: 'an <x>', responses: { 200: {} }, 'x-permission': 'audit:read' } } },
    })),
  );

  it("sends the browser to the console's Swagger UI and keeps a plain table of the routes as a fallback", async () => {
    const response = await api.call({ method: 'GET', path: '/docs' });

    expect(response.status).toBe(200);
    expect(response.body).toContain(`<meta http-equiv="refresh" content="0; url=${API_REFERENCE_PATH}">`);
    expect(response.body).toContain('<code>/x</code>');
    expect(response.body).toContain('an &lt;x&gt;');
    expect(response.body).not.toMatch(/<script/);
  });
});

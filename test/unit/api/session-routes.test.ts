import { sessionRoutes } from '../../../lambdas/api/routes/session-routes';
import { PERMISSIONS, ROLE_PERMISSIONS } from '../../../lambdas/domain/access/roles';
import { apiUnderTest } from '../../support/api-harness';

describe('GET /me', () => {
  const api = apiUnderTest(sessionRoutes());

  it("answers every signed-in caller with the union of its roles' permissions and the whole matrix", async () => {
    const response = await api.call({
      method: 'GET',
      path: '/me',
      roles: ['event-planner', 'fhir-sync-admin'],
      subject: 'u-1',
    });

    expect(response.status).toBe(200);
    expect(response.json()).toEqual({
      subject: 'u-1',
      roles: ['event-planner', 'fhir-sync-admin'],
      permissions: [...new Set([...ROLE_PERMISSIONS['event-planner'], ...ROLE_PERMISSIONS['fhir-sync-admin']])].sort(),
      matrix: { roles: ROLE_PERMISSIONS, permissions: PERMISSIONS },
    });
  });

  it('refuses a caller without a token', async () => {
    const response = await api.call({ method: 'GET', path: '/me' });

    expect(response.status).toBe(401);
  });

  it('is not audited (it says nothing about patients)', async () => {
    await api.call({ method: 'GET', path: '/me', role: 'healthcare-user' });

    expect(api.audit.entries).toEqual([]);
  });
});

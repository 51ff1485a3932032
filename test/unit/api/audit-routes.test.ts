import { auditRoutes } from '../../../lambdas/api/routes/audit-routes';
import type { AuditEntry } from '../../../lambdas/domain/access/audit-trail';
import { ROLES, type Role } from '../../../lambdas/domain/access/roles';
import { type ApiUnderTest, apiUnderTest, auditEntry } from '../../support/api-harness';

const NOW = new Date('2026-11-25T12:00:00.000Z');
const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS).toISOString();

let api: ApiUnderTest;

beforeEach(() => {
  // The routes query the same in-memory log the pipeline writes to, read lazily as the factory promises.
  api = apiUnderTest(
    auditRoutes({
      get audit() {
        return api.audit;
      },
      clock: { now: () => NOW },
    }),
    NOW,
  );
});

const entry = auditEntry;

async function seed(...entries: AuditEntry[]): Promise<void> {
  for (const e of entries) await api.audit.record(e);
}

const ROUTES = [
  { name: 'by patient', path: '/audit/patients/p1' },
  { name: 'by actor', path: '/audit/actors/nurse-1' },
] as const;

describe.each(ROUTES)('GET audit $name: who may ask', ({ path }) => {
  const expected = (role: Role) => (role === 'fhir-sync-admin' ? 200 : 403);

  it.each(ROLES)('answers %s as the role matrix says', async (role) => {
    const response = await api.call({ method: 'GET', path, role });

    expect(response.status).toBe(expected(role));
  });

  it('asks for a token when there is none', async () => {
    const response = await api.call({ method: 'GET', path });

    expect(response.status).toBe(401);
  });

  it.each(ROLES)('records the %s request as audit.read, allowed or denied', async (role) => {
    await api.call({ method: 'GET', path, role });

    expect(api.audit.entries).toEqual([
      expect.objectContaining({
        actor: `user-${role}`,
        action: 'audit.read',
        resource: path,
        outcome: role === 'fhir-sync-admin' ? 'allowed' : 'denied',
      }),
    ]);
  });
});

describe('GET /audit/patients/{patientId}', () => {
  it('answers who saw the patient in the last 30 days, newest first', async () => {
    await seed(
      entry({ id: 'old', at: daysAgo(31) }),
      entry({ id: 'recent', at: daysAgo(2), actor: 'front-desk-7' }),
      entry({ id: 'today', at: daysAgo(0.5) }),
      entry({ id: 'other-patient', at: daysAgo(1), patientId: 'p2' }),
    );

    const response = await api.call({ method: 'GET', path: '/audit/patients/p1', role: 'fhir-sync-admin' });

    expect(response.json()).toEqual({
      from: daysAgo(30),
      to: NOW.toISOString(),
      items: [
        expect.objectContaining({ id: 'today' }),
        expect.objectContaining({ id: 'recent', actor: 'front-desk-7' }),
      ],
    });
  });

  it('searches the window the caller names, inclusive at both ends', async () => {
    await seed(
      entry({ id: 'before', at: '2026-03-31T23:59:59.999Z' }),
      entry({ id: 'first', at: '2026-04-01T00:00:00.000Z' }),
      entry({ id: 'last', at: '2026-04-30T00:00:00.000Z' }),
      entry({ id: 'after', at: '2026-04-30T00:00:00.001Z' }),
    );

    const response = await api.call({
      method: 'GET',
      path: '/audit/patients/p1',
      role: 'fhir-sync-admin',
      query: { from: '2026-04-01T02:00:00+02:00', to: '2026-04-30T00:00:00Z' },
    });

    expect((response.json() as { items: AuditEntry[] }).items.map((e) => e.id)).toEqual(['last', 'first']);
  });

  it('counts 30 days back from `to` when only `to` is given', async () => {
    const response = await api.call({
      method: 'GET',
      path: '/audit/patients/p1',
      role: 'fhir-sync-admin',
      query: { to: '2026-05-31T00:00:00Z' },
    });

    expect(response.json()).toMatchObject({ from: '2026-05-01T00:00:00.000Z', to: '2026-05-31T00:00:00.000Z' });
  });

  it('records the audit query against the patient, so it shows up in their own trail', async () => {
    await api.call({ method: 'GET', path: '/audit/patients/p1', role: 'fhir-sync-admin', subject: 'auditor-3' });

    const response = await api.call({ method: 'GET', path: '/audit/patients/p1', role: 'fhir-sync-admin' });

    expect((response.json() as { items: AuditEntry[] }).items).toEqual([
      expect.objectContaining({ actor: 'auditor-3', action: 'audit.read', patientId: 'p1' }),
    ]);
  });

  it('takes the page size from `limit`', async () => {
    await seed(...[1, 2, 3].map((n) => entry({ id: `e${n}`, at: daysAgo(n) })));

    const response = await api.call({
      method: 'GET',
      path: '/audit/patients/p1',
      role: 'fhir-sync-admin',
      query: { limit: '2' },
    });

    expect((response.json() as { items: AuditEntry[] }).items.map((e) => e.id)).toEqual(['e1', 'e2']);
  });

  it.each([
    ['a window that ends before it starts', { from: '2026-11-20T00:00:00Z', to: '2026-11-10T00:00:00Z' }, '/from'],
    ['a `from` that is not a date-time', { from: 'last week' }, '/from'],
    ['a leap second, which no instant can represent', { to: '2016-12-31T23:59:60Z' }, '/to'],
    ['a page size over 100', { limit: '101' }, '/limit'],
    ['an unknown parameter', { since: '2026-11-01T00:00:00Z' }, '/since'],
  ])('rejects %s with a field error', async (_, query, pointer) => {
    const response = await api.call({ method: 'GET', path: '/audit/patients/p1', role: 'fhir-sync-admin', query });

    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ errors: [expect.objectContaining({ in: 'query', pointer })] });
  });

  it('rejects a patient id that is not a FHIR id', async () => {
    const response = await api.call({ method: 'GET', path: '/audit/patients/p%201', role: 'fhir-sync-admin' });

    expect(response.status).toBe(400);
  });
});

describe('GET /audit/actors/{actor}', () => {
  it('answers what one person did, across patients, newest first', async () => {
    await seed(
      entry({ id: 'p1-read', at: daysAgo(3) }),
      entry({ id: 'p2-read', at: daysAgo(1), patientId: 'p2', resource: '/patients/p2' }),
      entry({ id: 'someone-else', at: daysAgo(1), actor: 'nurse-2' }),
    );

    const response = await api.call({ method: 'GET', path: '/audit/actors/nurse-1', role: 'fhir-sync-admin' });

    expect((response.json() as { items: AuditEntry[] }).items.map((e) => e.id)).toEqual(['p2-read', 'p1-read']);
  });

  it('does not tie the audit query to a patient', async () => {
    await api.call({ method: 'GET', path: '/audit/actors/nurse-1', role: 'fhir-sync-admin' });

    expect(api.audit.entries[0]?.patientId).toBeUndefined();
  });
});

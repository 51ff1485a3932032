import { criteriaHash } from '../../../lambdas/api/audit-entries';
import { defineRoute } from '../../../lambdas/api/route';
import { AUDIT_CRITERIA_TEST_KEY, apiUnderTest } from '../../support/api-harness';

/** A change whose side effect the test can see, and a list that returns patient rows. */
function routesWith(changes: string[]) {
  return [
    defineRoute({
      operationId: 'changeSomething',
      method: 'PUT',
      path: '/patients/{patientId}/thing',
      summary: 'changes something about a patient',
      tag: 'test',
      access: { kind: 'permission', permission: 'preferences:write' },
      audit: { action: 'thing.change', patientIdParam: 'patientId' },
      params: { type: 'object', required: ['patientId'], properties: { patientId: { type: 'string' } } } as const,
      response: { status: 200, description: 'done', schema: { type: 'object' } },
      handle: async ({ params }) => {
        changes.push(params.patientId);
        return {};
      },
    }),
    defineRoute({
      operationId: 'listPeople',
      method: 'GET',
      path: '/people',
      summary: 'a list of patient rows',
      tag: 'test',
      access: { kind: 'permission', permission: 'patients:search' },
      audit: { action: 'people.list' },
      query: {
        type: 'object',
        properties: { family: { type: 'string' }, cursor: { type: 'string' }, limit: { type: 'string' } },
      } as const,
      response: { status: 200, description: 'rows', schema: { type: 'object' } },
      handle: async ({ query, audit }) => {
        const items = query.family === 'chalmers' ? ['p-1', 'p-2', 'p-1'] : [];
        audit.patientIds = items;
        return { items };
      },
    }),
  ];
}

describe('a complete audit trail', () => {
  it('writes the entry of a change before making it, then the entry with its outcome', async () => {
    const changes: string[] = [];
    const api = apiUnderTest(routesWith(changes));

    await api.call({ method: 'PUT', path: '/patients/p-1/thing', role: 'healthcare-user' });

    expect(api.audit.entries.map((e) => [e.outcome, e.patientId, e.operationId])).toEqual([
      ['attempted', 'p-1', 'changeSomething'],
      ['allowed', 'p-1', 'changeSomething'],
    ]);
    expect(new Set(api.audit.entries.map((e) => e.requestId)).size).toBe(1);
    expect(changes).toEqual(['p-1']);
  });

  it('makes no change when its audit entry cannot be written', async () => {
    const changes: string[] = [];
    const api = apiUnderTest(routesWith(changes));
    api.audit.record = async () => {
      throw new Error('audit table unavailable');
    };

    const response = api.call({ method: 'PUT', path: '/patients/p-1/thing', role: 'healthcare-user' });

    // The function fails (API Gateway answers 502): the caller retries, nothing changed meanwhile.
    await expect(response).rejects.toThrow('audit table unavailable');
    expect(changes).toEqual([]);
  });

  it('answers a read with no data when its audit entry cannot be written', async () => {
    const api = apiUnderTest(routesWith([]));
    api.audit.record = async () => {
      throw new Error('audit table unavailable');
    };

    const response = api.call({
      method: 'GET',
      path: '/people',
      role: 'non-clinical-user',
      query: { family: 'chalmers' },
    });

    await expect(response).rejects.toThrow('audit table unavailable');
  });

  it('records every patient a list returned, so "who saw patient X" finds the list', async () => {
    const api = apiUnderTest(routesWith([]));

    await api.call({ method: 'GET', path: '/people', role: 'non-clinical-user', query: { family: 'chalmers' } });

    const [list, ...rows] = api.audit.entries;
    expect(list).toMatchObject({ operationId: 'listPeople', returned: 3, outcome: 'allowed' });
    expect(list).not.toHaveProperty('patientId');
    expect(rows.map((row) => [row.patientId, row.listedIn, row.criteria])).toEqual([
      ['p-1', list?.id, list?.criteria],
      ['p-2', list?.id, list?.criteria],
    ]);
    const whoSawP2 = await api.audit.byPatient('p-2', '2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z', 10);
    expect(whoSawP2.items.map((e) => e.actor)).toEqual(['user-non-clinical-user']);
  });

  it('keeps the criteria as a keyed hash: the same search pages alike, another differs, the values never appear', async () => {
    const api = apiUnderTest(routesWith([]));

    await api.call({ method: 'GET', path: '/people', role: 'non-clinical-user', query: { family: 'chalmers' } });
    await api.call({
      method: 'GET',
      path: '/people',
      role: 'non-clinical-user',
      query: { family: 'chalmers', cursor: 'c', limit: '5' },
    });
    await api.call({ method: 'GET', path: '/people', role: 'non-clinical-user', query: { family: 'smith' } });

    const lists = api.audit.entries.filter((e) => e.returned !== undefined);
    expect(lists.map((e) => e.criteria)).toEqual([
      criteriaHash('listPeople', { family: 'chalmers' }, AUDIT_CRITERIA_TEST_KEY),
      criteriaHash('listPeople', { family: 'chalmers' }, AUDIT_CRITERIA_TEST_KEY),
      criteriaHash('listPeople', { family: 'smith' }, AUDIT_CRITERIA_TEST_KEY),
    ]);
    expect(lists[0]?.criteria).not.toEqual(lists[2]?.criteria);
    expect(criteriaHash('listPeople', { family: 'chalmers' }, 'another key')).not.toEqual(lists[0]?.criteria);
    expect(JSON.stringify(api.audit.entries)).not.toMatch(/chalmers|smith/);
  });
});

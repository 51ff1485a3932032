import { journeyRoutes } from '../../../lambdas/api/routes/journey-routes';
import { journeyRunRoutes } from '../../../lambdas/api/routes/journey-run-routes';
import { type MessagingApiServices, messageRoutes } from '../../../lambdas/api/routes/message-routes';
import type { MessageRecord } from '../../../lambdas/domain/messaging/ports';
import type { AttentionStatus } from '../../../lambdas/domain/messaging/send-ports';
import { encodeCursor, type Page } from '../../../lambdas/domain/paging';
import { apiUnderTest } from '../../support/api-harness';
import { inMemoryJourneyServices, JOURNEY_TEST_NOW, welcomeJourney } from '../../support/in-memory-journeys';
import { SHIPPED_CATALOG } from '../../support/shipped-catalog';

function message(messageId: string, status: MessageRecord['status'], updatedAt: string): MessageRecord {
  return {
    messageId,
    patientId: `patient-${messageId}`,
    cause: { kind: 'staff', requestId: messageId },
    templateId: 'welcome',
    topic: 'general',
    channel: 'sms',
    status,
    checks: [],
    createdAt: '2026-11-24T08:00:00.000Z',
    updatedAt,
    events: [],
    revision: 1,
  };
}

/** The attention index's semantics: one list per status, newest change first, cursors bound to their list. */
class InMemoryAttentionMessages {
  constructor(readonly records: MessageRecord[]) {}

  async byAttentionStatus(status: AttentionStatus, limit: number, cursor?: string): Promise<Page<MessageRecord>> {
    const listed = this.records
      .filter((r) => r.status === status)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    const start = cursor ? Number(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')).at) : 0;
    const items = listed.slice(start, start + limit);
    const next = start + limit < listed.length ? encodeCursor({ at: start + limit }) : undefined;
    return { items, ...(next ? { cursor: next } : {}) };
  }
}

function messagesApi(records: MessageRecord[]) {
  const unused = () => Promise.reject(new Error('not used'));
  const services = {
    messages: Object.assign(new InMemoryAttentionMessages(records), {
      byPatient: unused,
      byCause: unused,
      get: unused,
    }),
    devices: { devices: unused, register: unused, unregister: unused },
    requestMessage: unused,
    patientExists: unused,
    clock: { now: () => JOURNEY_TEST_NOW },
  } as unknown as MessagingApiServices;
  return apiUnderTest(messageRoutes(services));
}

describe('GET /messages?status=', () => {
  const records = [
    message('m-old', 'in-doubt', '2026-11-24T09:00:00.000Z'),
    message('m-new', 'in-doubt', '2026-11-25T09:00:00.000Z'),
    message('m-failed', 'failed', '2026-11-25T10:00:00.000Z'),
    message('m-sent', 'sent', '2026-11-25T11:00:00.000Z'),
  ];

  it('lists the messages in one attention status, newest change first, and audits each patient as seen', async () => {
    const api = messagesApi(records);

    const response = await api.call({
      method: 'GET',
      path: '/messages',
      query: { status: 'in-doubt' },
      role: 'non-clinical-user',
    });

    expect(response.status).toBe(200);
    expect((response.json() as { items: { messageId: string }[] }).items.map((m) => m.messageId)).toEqual([
      'm-new',
      'm-old',
    ]);
    expect(
      api.audit.settled
        .map((e) => e.patientId)
        .filter(Boolean)
        .sort(),
    ).toEqual(['patient-m-new', 'patient-m-old']);
  });

  it('pages with the cursor it answered', async () => {
    const api = messagesApi(records);
    const call = (query: Record<string, string>) =>
      api.call({
        method: 'GET',
        path: '/messages',
        query: { status: 'in-doubt', limit: '1', ...query },
        role: 'non-clinical-user',
      });

    const first = (await call({})).json() as { items: { messageId: string }[]; cursor?: string };
    const second = (await call({ cursor: first.cursor as string })).json() as {
      items: { messageId: string }[];
      cursor?: string;
    };

    expect([first.items[0]?.messageId, second.items[0]?.messageId]).toEqual(['m-new', 'm-old']);
    expect(second.cursor).toBeUndefined();
  });

  it('answers a status that is not an attention status, or none, with 400 on the status field', async () => {
    const api = messagesApi(records);

    const sent = await api.call({
      method: 'GET',
      path: '/messages',
      query: { status: 'sent' },
      role: 'non-clinical-user',
    });
    const none = await api.call({ method: 'GET', path: '/messages', role: 'non-clinical-user' });

    expect(sent.status).toBe(400);
    expect(none.status).toBe(400);
    expect(JSON.stringify(sent.json())).toContain('/status');
  });

  it('is refused to a role without patients:read-engagement', async () => {
    const api = messagesApi(records);

    const response = await api.call({
      method: 'GET',
      path: '/messages',
      query: { status: 'failed' },
      role: 'fhir-sync-admin',
    });

    expect(response.status).toBe(403);
  });
});

describe('GET /journeys/runs?status=failed', () => {
  async function journeysWithRuns() {
    const fakes = inMemoryJourneyServices();
    const api = apiUnderTest(
      [...journeyRunRoutes(fakes.services), ...journeyRoutes({ ...fakes.services, shippedCatalog: SHIPPED_CATALOG })],
      JOURNEY_TEST_NOW,
    );
    const asMarketer = (method: string, path: string, body?: unknown) =>
      api.call({ method, path, body, role: 'marketing-professional' });
    for (const id of ['welcome', 'second', 'draft-only']) await asMarketer('POST', '/journeys', welcomeJourney({ id }));
    await asMarketer('POST', '/journeys/welcome/publish');
    await asMarketer('POST', '/journeys/second/publish');
    const failed = (patientId: string, stoppedAt: string) => ({
      status: 'FAILED' as const,
      startedAt: '2026-11-20T08:00:00.000Z',
      stoppedAt,
      patientId,
      error: 'States.TaskFailed',
    });
    fakes.executions.states
      .set('welcome-v1-aaa', failed('p-1', '2026-11-21T08:00:00.000Z'))
      .set('second-v1-bbb', failed('p-2', '2026-11-23T08:00:00.000Z'))
      .set('welcome-v1-ccc', failed('p-3', '2026-11-22T08:00:00.000Z'))
      .set('welcome-v1-ddd', { status: 'SUCCEEDED', startedAt: '2026-11-20T08:00:00.000Z', patientId: 'p-4' })
      .set('draft-only-v1-eee', failed('p-5', '2026-11-24T08:00:00.000Z'));
    const list = (query: Record<string, string>) =>
      api.call({ method: 'GET', path: '/journeys/runs', query, role: 'marketing-professional' });
    return { api, list };
  }

  it('lists the failed runs of every published journey, newest first, with the patient and error name', async () => {
    const { api, list } = await journeysWithRuns();

    const response = await list({ status: 'failed' });

    expect(response.status).toBe(200);
    expect(response.json()).toEqual({
      items: [
        expect.objectContaining({ journeyId: 'second', executionName: 'second-v1-bbb', patientId: 'p-2' }),
        expect.objectContaining({ journeyId: 'welcome', executionName: 'welcome-v1-ccc', patientId: 'p-3' }),
        expect.objectContaining({
          journeyId: 'welcome',
          journeyName: welcomeJourney().name,
          executionName: 'welcome-v1-aaa',
          patientId: 'p-1',
          error: 'States.TaskFailed',
          stoppedAt: '2026-11-21T08:00:00.000Z',
        }),
      ],
      more: false,
    });
    expect(
      api.audit.settled
        .map((e) => e.patientId)
        .filter(Boolean)
        .sort(),
    ).toEqual(['p-1', 'p-2', 'p-3']);
  });

  it('keeps to the limit and says there are more', async () => {
    const { list } = await journeysWithRuns();

    const response = await list({ status: 'failed', limit: '2' });

    const body = response.json() as { items: { executionName: string }[]; more: boolean };
    expect(body.items.map((run) => run.executionName)).toEqual(['second-v1-bbb', 'welcome-v1-ccc']);
    expect(body.more).toBe(true);
  });

  it('is not shadowed by /journeys/{journeyId}, and is refused to a role without journeys:manage', async () => {
    const { api } = await journeysWithRuns();

    const refused = await api.call({
      method: 'GET',
      path: '/journeys/runs',
      query: { status: 'failed' },
      role: 'non-clinical-user',
    });

    expect(refused.status).toBe(403);
    expect(api.audit.settled.at(-1)).toMatchObject({ operationId: 'listFailedJourneyRuns' });
  });

  it('cannot create a journey with the reserved id runs', async () => {
    const { api } = await journeysWithRuns();

    const response = await api.call({
      method: 'POST',
      path: '/journeys',
      body: welcomeJourney({ id: 'runs' }),
      role: 'marketing-professional',
    });

    expect(response.status).toBe(400);
  });
});

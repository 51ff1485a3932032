import { ingestionRoutes } from '../../../lambdas/api/routes/ingestion-routes';
import { ROLES } from '../../../lambdas/domain/access/roles';
import type { ImportJobSummary } from '../../../lambdas/domain/ingestion/import-job';
import type {
  BulkImportRequest,
  BusEntry,
  DeadLetterInbox,
  DeadLetterPage,
  DeadLetterStatus,
  IngestionOperationsServices,
  StoredDeadLetter,
} from '../../../lambdas/domain/ingestion/operations';
import type { RejectionCode } from '../../../lambdas/domain/ingestion/rejection';
import { encodeCursor } from '../../../lambdas/domain/paging';
import { type ApiUnderTest, apiUnderTest, type Call } from '../../support/api-harness';

const NOW = new Date('2026-11-25T12:00:00.000Z');
const BUS = 'outreach-bus';
const UPSTREAM = 'ehr.example';

/** The dead-letter store's semantics in memory: newest first per status, cursors as encoded keys. */
class InMemoryDeadLetters implements DeadLetterInbox {
  readonly entries = new Map<string, StoredDeadLetter>();

  add(entry: StoredDeadLetter): void {
    this.entries.set(entry.id, entry);
  }

  async get(id: string): Promise<StoredDeadLetter | undefined> {
    return this.entries.get(id);
  }

  async list(status: DeadLetterStatus, limit: number, cursor?: string): Promise<DeadLetterPage> {
    const after = cursor
      ? (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { at: string }).at
      : '\uffff';
    const sorted = [...this.entries.values()]
      .filter((e) => e.status === status && sortKey(e) < after)
      .sort((a, b) => sortKey(b).localeCompare(sortKey(a)));
    const items = sorted.slice(0, limit);
    const last = items.at(-1);
    return { items, cursor: sorted.length > limit && last ? encodeCursor({ at: sortKey(last) }) : undefined };
  }

  async markReplayed(id: string, at: Date): Promise<void> {
    const entry = this.entries.get(id);
    if (entry) this.entries.set(id, { ...entry, status: 'replayed', replayedAt: at.toISOString() });
  }
}

const sortKey = (e: StoredDeadLetter) => `${e.receivedAt}#${e.id}`;

function observationChange(patientId: string) {
  return {
    action: 'update',
    occurredAt: '2026-11-24T08:00:00Z',
    resource: { resourceType: 'Observation', id: `obs-${patientId}`, subject: { reference: `Patient/${patientId}` } },
  };
}

function deadLetter(
  id: string,
  overrides: Partial<StoredDeadLetter> & { code?: RejectionCode; minutesAgo?: number } = {},
): StoredDeadLetter {
  const { code = 'processing-failed', minutesAgo = 1, ...rest } = overrides;
  return {
    id,
    receivedAt: new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(),
    origin: 'delivery-failure',
    rejection: { code, message: 'processing failed after retries', issues: [] },
    resourceType: 'Observation',
    resourceId: `obs-${id}`,
    payload: {
      id: `event-${id}`,
      source: UPSTREAM,
      'detail-type': 'FHIR Resource Changed',
      detail: observationChange(`patient-${id}`),
    },
    status: 'open',
    ...rest,
  };
}

function importSummary(jobId: string): ImportJobSummary {
  return {
    jobId,
    status: 'completed',
    startedAt: '2026-11-25T10:00:00.000Z',
    completedAt: '2026-11-25T10:05:00.000Z',
    files: 2,
    filesImported: 2,
    filesSkipped: 0,
    filesFailed: [],
    accepted: 120,
    applied: 118,
    unchanged: 2,
    rejected: 3,
    rejectionsByCode: { 'invalid-resource': 3 },
    unsupportedTypes: {},
  };
}

let deadLetters: InMemoryDeadLetters;
let busEntries: BusEntry[];
let importRequests: BulkImportRequest[];
let importJobs: Map<string, ImportJobSummary>;
let api: ApiUnderTest;

beforeEach(() => {
  deadLetters = new InMemoryDeadLetters();
  busEntries = [];
  importRequests = [];
  importJobs = new Map([['job-1', importSummary('job-1')]]);
  let ids = 0;
  const services: IngestionOperationsServices = {
    deadLetters,
    bus: {
      put: async (entries) => {
        busEntries.push(...entries);
      },
    },
    busName: BUS,
    upstreamEventSource: UPSTREAM,
    importJobs: { get: async (jobId) => importJobs.get(jobId) },
    importStarter: {
      start: async (request) => {
        importRequests.push(request);
      },
    },
    clock: { now: () => NOW },
    newId: () => `job-${++ids}-new`,
  };
  api = apiUnderTest(ingestionRoutes(services), NOW);
  deadLetters.add(deadLetter('dl-1'));
});

const ROUTES: readonly (Omit<Call, 'role'> & { action: string; success: number })[] = [
  { method: 'GET', path: '/ingestion/dead-letters', action: 'ingestion.deadletters.list', success: 200 },
  { method: 'GET', path: '/ingestion/dead-letters/dl-1', action: 'ingestion.deadletter.read', success: 200 },
  { method: 'POST', path: '/ingestion/dead-letters/dl-1/replay', action: 'ingestion.deadletter.replay', success: 202 },
  { method: 'POST', path: '/ingestion/dead-letters/replay', action: 'ingestion.deadletters.replay', success: 202 },
  {
    method: 'POST',
    path: '/ingestion/imports',
    body: { prefix: 'exports/2026-11-25/' },
    action: 'ingestion.import.start',
    success: 202,
  },
  { method: 'GET', path: '/ingestion/imports/job-1', action: 'ingestion.import.read', success: 200 },
];

describe.each(ROUTES)('$method $path: who may call it', ({ action, success, ...call }) => {
  it.each(ROLES)('answers %s as the role matrix says', async (role) => {
    const response = await api.call({ ...call, role });

    expect(response.status).toBe(role === 'fhir-sync-admin' ? success : 403);
  });

  it('asks for a token when there is none', async () => {
    const response = await api.call(call);

    expect(response.status).toBe(401);
    expect(api.audit.settled).toEqual([]);
  });

  it.each(ROLES)(`records the %s request as ${action}`, async (role) => {
    await api.call({ ...call, role });

    expect(api.audit.settled).toEqual([
      expect.objectContaining({
        actor: `user-${role}`,
        action,
        outcome: role === 'fhir-sync-admin' ? 'allowed' : 'denied',
      }),
    ]);
  });
});

const admin = { role: 'fhir-sync-admin' } as const;

type ListBody = { items: Record<string, unknown>[]; cursor?: string };

describe('GET /ingestion/dead-letters', () => {
  it('lists open entries newest first with their reasons and without payloads', async () => {
    deadLetters.add(deadLetter('dl-2', { minutesAgo: 0.5, code: 'invalid-resource', origin: 'event' }));
    deadLetters.add(deadLetter('dl-3', { status: 'replayed', replayedAt: NOW.toISOString() }));

    const response = await api.call({ ...admin, method: 'GET', path: '/ingestion/dead-letters' });

    const { items } = response.json() as ListBody;
    expect(items.map((e) => e.id)).toEqual(['dl-2', 'dl-1']);
    expect(items[0]).toMatchObject({ status: 'open', origin: 'event', rejection: { code: 'invalid-resource' } });
    expect(items.some((e) => 'payload' in e)).toBe(false);
  });

  it('lists replayed entries when asked', async () => {
    deadLetters.add(deadLetter('dl-3', { status: 'replayed', replayedAt: NOW.toISOString() }));

    const response = await api.call({
      ...admin,
      method: 'GET',
      path: '/ingestion/dead-letters',
      query: { status: 'replayed' },
    });

    expect((response.json() as ListBody).items).toEqual([
      expect.objectContaining({ id: 'dl-3', replayedAt: NOW.toISOString() }),
    ]);
  });

  it('pages with the cursor it returns until there is none', async () => {
    for (let n = 2; n <= 5; n++) deadLetters.add(deadLetter(`dl-${n}`, { minutesAgo: n }));
    const seen: unknown[] = [];
    let cursor: string | undefined;

    do {
      const query: Record<string, string> = cursor ? { limit: '2', cursor } : { limit: '2' };
      const page = (
        await api.call({ ...admin, method: 'GET', path: '/ingestion/dead-letters', query })
      ).json() as ListBody;
      seen.push(...page.items.map((e) => e.id));
      cursor = page.cursor;
    } while (cursor);

    expect(seen).toEqual(['dl-1', 'dl-2', 'dl-3', 'dl-4', 'dl-5']);
  });

  it.each([
    ['is not base64 JSON', '%%%'],
    ['is an encoded key of some other list', encodeCursor({ pk: 'PATIENT#p1', sk: 'ENTRY' }) as string],
    [
      'wraps something that is not a store cursor',
      encodeCursor({ list: 'dead-letters/open', after: 'not-a-key' }) as string,
    ],
    ['wraps nothing', encodeCursor({ list: 'dead-letters/open' }) as string],
  ])('rejects a cursor that %s', async (_, cursor) => {
    const response = await api.call({ ...admin, method: 'GET', path: '/ingestion/dead-letters', query: { cursor } });

    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ in: 'query', pointer: '/cursor' }] });
  });

  it('rejects a cursor of the replayed list on the open list', async () => {
    for (let n = 2; n <= 3; n++) deadLetters.add(deadLetter(`dl-${n}`, { status: 'replayed' }));
    const replayedPage = (
      await api.call({
        ...admin,
        method: 'GET',
        path: '/ingestion/dead-letters',
        query: { status: 'replayed', limit: '1' },
      })
    ).json() as ListBody;

    const response = await api.call({
      ...admin,
      method: 'GET',
      path: '/ingestion/dead-letters',
      query: { status: 'open', cursor: replayedPage.cursor as string },
    });

    expect(response.status).toBe(400);
  });

  it('rejects an unknown status', async () => {
    const response = await api.call({
      ...admin,
      method: 'GET',
      path: '/ingestion/dead-letters',
      query: { status: 'closed' },
    });

    expect(response.status).toBe(400);
  });
});

describe('GET /ingestion/dead-letters/{id}', () => {
  it('shows one entry with the event it kept', async () => {
    const response = await api.call({ ...admin, method: 'GET', path: '/ingestion/dead-letters/dl-1' });

    expect(response.json()).toEqual(deadLetter('dl-1'));
  });

  it('names the patient the payload is about in the audit entry', async () => {
    await api.call({ ...admin, method: 'GET', path: '/ingestion/dead-letters/dl-1' });

    expect(api.audit.settled[0]).toMatchObject({ action: 'ingestion.deadletter.read', patientId: 'patient-dl-1' });
  });

  it('answers 404 for an unknown id, and records the attempt', async () => {
    const response = await api.call({ ...admin, method: 'GET', path: '/ingestion/dead-letters/nope' });

    expect(response.status).toBe(404);
    expect(api.audit.settled[0]).toMatchObject({ outcome: 'failed', status: 404 });
  });
});

describe('POST /ingestion/dead-letters/{id}/replay', () => {
  it('puts the kept detail back on the bus as an upstream FHIR Resource Changed event', async () => {
    await api.call({ ...admin, method: 'POST', path: '/ingestion/dead-letters/dl-1/replay' });

    expect(busEntries).toEqual([
      {
        EventBusName: BUS,
        Source: UPSTREAM,
        DetailType: 'FHIR Resource Changed',
        Detail: JSON.stringify(observationChange('patient-dl-1')),
      },
    ]);
  });

  it('puts a platform event back with its original source and detail-type, and names its patient in the audit', async () => {
    const detail = { patientId: 'p7', messageId: 'm1', keyword: 'STOP', occurredAt: '2026-11-24T08:00:00Z' };
    deadLetters.add(
      deadLetter('dl-3', {
        resourceType: undefined,
        resourceId: undefined,
        payload: { id: 'event-dl-3', source: 'patient-outreach', 'detail-type': 'Patient Replied', detail },
      }),
    );

    const response = await api.call({ ...admin, method: 'POST', path: '/ingestion/dead-letters/dl-3/replay' });

    expect(response.status).toBe(202);
    expect(busEntries).toEqual([
      { EventBusName: BUS, Source: 'patient-outreach', DetailType: 'Patient Replied', Detail: JSON.stringify(detail) },
    ]);
    expect(api.audit.settled[0]).toMatchObject({ action: 'ingestion.deadletter.replay', patientId: 'p7' });
  });

  it('answers 409 for an AWS service event, which PutEvents does not take back', async () => {
    deadLetters.add(
      deadLetter('dl-4', { payload: { id: 'e4', source: 'aws.ses', 'detail-type': 'Email Bounced', detail: {} } }),
    );

    const response = await api.call({ ...admin, method: 'POST', path: '/ingestion/dead-letters/dl-4/replay' });

    expect(response.status).toBe(409);
    expect((response.json() as { detail: string }).detail).toContain('AWS service event');
    expect(busEntries).toEqual([]);
  });

  it('replays the detail of a bulk-import rejection as it was kept', async () => {
    deadLetters.add(deadLetter('dl-2', { origin: 'bulk-import', payload: observationChange('p9') }));

    await api.call({ ...admin, method: 'POST', path: '/ingestion/dead-letters/dl-2/replay' });

    expect(busEntries.map((e) => JSON.parse(e.Detail))).toEqual([observationChange('p9')]);
  });

  it('marks the entry replayed and says when', async () => {
    const response = await api.call({ ...admin, method: 'POST', path: '/ingestion/dead-letters/dl-1/replay' });

    expect(response.json()).toEqual({ id: 'dl-1', status: 'replayed', replayedAt: NOW.toISOString() });
    expect(deadLetters.entries.get('dl-1')).toMatchObject({ status: 'replayed', replayedAt: NOW.toISOString() });
  });

  it('answers 409 for an entry already replayed, and puts nothing on the bus', async () => {
    await api.call({ ...admin, method: 'POST', path: '/ingestion/dead-letters/dl-1/replay' });
    busEntries.length = 0;

    const response = await api.call({ ...admin, method: 'POST', path: '/ingestion/dead-letters/dl-1/replay' });

    expect(response.status).toBe(409);
    expect(busEntries).toEqual([]);
  });

  it('answers 409 for an entry that kept no event to replay', async () => {
    deadLetters.add(
      deadLetter('dl-2', { origin: 'bulk-import', payload: { file: 'Patient.ndjson', position: 'line 4' } }),
    );

    const response = await api.call({ ...admin, method: 'POST', path: '/ingestion/dead-letters/dl-2/replay' });

    expect(response.status).toBe(409);
    expect(busEntries).toEqual([]);
    expect(deadLetters.entries.get('dl-2')?.status).toBe('open');
  });

  it('answers 404 for an unknown id', async () => {
    const response = await api.call({ ...admin, method: 'POST', path: '/ingestion/dead-letters/nope/replay' });

    expect(response.status).toBe(404);
  });

  it('takes no body', async () => {
    const response = await api.call({
      ...admin,
      method: 'POST',
      path: '/ingestion/dead-letters/dl-1/replay',
      body: {},
    });

    expect(response.status).toBe(400);
  });
});

type ReplayBody = { examined: number; replayed: number; skipped: number; unreplayable: number; cursor?: string };

describe('POST /ingestion/dead-letters/replay', () => {
  beforeEach(() => {
    deadLetters.add(deadLetter('dl-2', { code: 'invalid-resource', origin: 'event', resourceType: 'Patient' }));
    deadLetters.add(deadLetter('dl-3', { status: 'replayed' }));
  });

  it('replays every open entry when called without a filter or a body', async () => {
    const response = await api.call({ ...admin, method: 'POST', path: '/ingestion/dead-letters/replay' });

    expect(response.json()).toEqual({ examined: 2, replayed: 2, skipped: 0, unreplayable: 0 });
    expect([...deadLetters.entries.values()].every((e) => e.status === 'replayed')).toBe(true);
    expect(busEntries).toHaveLength(2);
  });

  it('replays only the entries with the rejection code asked for', async () => {
    const response = await api.call({
      ...admin,
      method: 'POST',
      path: '/ingestion/dead-letters/replay',
      query: { code: 'processing-failed' },
    });

    expect(response.json()).toEqual({ examined: 2, replayed: 1, skipped: 1, unreplayable: 0 });
    expect(deadLetters.entries.get('dl-2')?.status).toBe('open');
  });

  it('replays only the entries of the resource type asked for, and records the filter', async () => {
    await api.call({
      ...admin,
      method: 'POST',
      path: '/ingestion/dead-letters/replay',
      query: { resourceType: 'Patient' },
    });

    expect(deadLetters.entries.get('dl-1')?.status).toBe('open');
    expect(deadLetters.entries.get('dl-2')?.status).toBe('replayed');
    expect(api.audit.settled[0]?.resource).toBe('/ingestion/dead-letters/replay?resourceType=Patient');
  });

  it('replays only the events of the detail-type asked for', async () => {
    const detail = { patientId: 'p7', changes: [] };
    deadLetters.add(
      deadLetter('dl-5', {
        detailType: 'Patient Facts Changed',
        payload: { id: 'e5', source: 'patient-outreach', 'detail-type': 'Patient Facts Changed', detail },
      }),
    );

    const response = await api.call({
      ...admin,
      method: 'POST',
      path: '/ingestion/dead-letters/replay',
      query: { detailType: 'Patient Facts Changed' },
    });

    expect(response.json()).toMatchObject({ replayed: 1, skipped: 2 });
    expect(busEntries.map((e) => e.DetailType)).toEqual(['Patient Facts Changed']);
  });

  it('leaves entries without an event open and counts them', async () => {
    deadLetters.add(
      deadLetter('dl-4', { origin: 'bulk-import', payload: { file: 'Patient.ndjson', position: 'line 4' } }),
    );

    const response = await api.call({ ...admin, method: 'POST', path: '/ingestion/dead-letters/replay' });

    expect(response.json()).toMatchObject({ replayed: 2, unreplayable: 1 });
    expect(deadLetters.entries.get('dl-4')?.status).toBe('open');
  });

  it('looks at 500 entries per call and returns a cursor to continue from', async () => {
    for (let n = 0; n < 520; n++)
      deadLetters.add(deadLetter(`bulk-${n}`, { minutesAgo: 10 + n, code: 'invalid-resource' }));
    const call = {
      ...admin,
      method: 'POST',
      path: '/ingestion/dead-letters/replay',
      query: { code: 'processing-failed' },
    };

    const first = (await api.call(call)).json() as ReplayBody;
    const second = (
      await api.call({ ...call, query: { ...call.query, cursor: first.cursor as string } })
    ).json() as ReplayBody;

    expect(first).toMatchObject({ examined: 500, replayed: 1, skipped: 499, cursor: expect.any(String) });
    expect(second).toEqual({ examined: 22, replayed: 0, skipped: 22, unreplayable: 0 });
  });

  it('rejects an unknown rejection code', async () => {
    const response = await api.call({
      ...admin,
      method: 'POST',
      path: '/ingestion/dead-letters/replay',
      query: { code: 'bad-hair-day' },
    });

    expect(response.status).toBe(400);
  });

  it('rejects a cursor of another list', async () => {
    const response = await api.call({
      ...admin,
      method: 'POST',
      path: '/ingestion/dead-letters/replay',
      query: {
        cursor: encodeCursor({ list: 'dead-letters/replayed', after: encodeCursor({ at: 'x' }) as string }) as string,
      },
    });

    expect(response.status).toBe(400);
  });
});

describe('POST /ingestion/imports', () => {
  it('starts the workflow under a new job id and answers 202 with it', async () => {
    const response = await api.call({
      ...admin,
      method: 'POST',
      path: '/ingestion/imports',
      body: { prefix: 'exports/2026-11-25/', asOf: '2026-11-25T00:00:00Z' },
    });

    expect(response.status).toBe(202);
    expect(response.json()).toEqual({ jobId: 'job-1-new' });
    expect(importRequests).toEqual([
      { jobId: 'job-1-new', prefix: 'exports/2026-11-25/', asOf: '2026-11-25T00:00:00Z' },
    ]);
  });

  it('records the job it started in the audit entry', async () => {
    await api.call({ ...admin, method: 'POST', path: '/ingestion/imports', body: { prefix: 'exports/' } });

    expect(api.audit.settled[0]).toMatchObject({
      action: 'ingestion.import.start',
      resource: '/ingestion/imports/job-1-new',
    });
  });

  it.each([
    ['a prefix that climbs out of the import root', { prefix: 'exports/../../etc' }, '/prefix'],
    ['an absolute prefix', { prefix: '/etc' }, '/prefix'],
    ['an empty prefix', { prefix: '' }, '/prefix'],
    ['an asOf that is not a date-time', { prefix: 'exports/', asOf: 'yesterday' }, '/asOf'],
    ['an unknown field', { prefix: 'exports/', bucket: 'elsewhere' }, '/bucket'],
    ['no prefix', {}, '/prefix'],
  ])('rejects %s', async (_, body, pointer) => {
    const response = await api.call({ ...admin, method: 'POST', path: '/ingestion/imports', body });

    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ errors: [expect.objectContaining({ in: 'body', pointer })] });
    expect(importRequests).toEqual([]);
  });
});

describe('GET /ingestion/imports/{jobId}', () => {
  it('shows the job summary', async () => {
    const response = await api.call({ ...admin, method: 'GET', path: '/ingestion/imports/job-1' });

    expect(response.json()).toEqual(importSummary('job-1'));
  });

  it('answers 404 for a job it does not know', async () => {
    const response = await api.call({ ...admin, method: 'GET', path: '/ingestion/imports/job-2' });

    expect(response.status).toBe(404);
  });
});

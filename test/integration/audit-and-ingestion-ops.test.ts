import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoAuditLog } from '../../lambdas/adapters/dynamodb/audit-log';
import { DynamoDeadLetterStore } from '../../lambdas/adapters/dynamodb/dead-letter-store';
import { DynamoImportJobStore } from '../../lambdas/adapters/dynamodb/import-job-store';
import { DynamoIngestionStore } from '../../lambdas/adapters/dynamodb/ingestion-store';
import { EventBridgePublisher } from '../../lambdas/adapters/eventbridge/event-publisher';
import { type ApiResponse, createApi } from '../../lambdas/api/dispatch';
import { auditRoutes } from '../../lambdas/api/routes/audit-routes';
import { ingestionRoutes } from '../../lambdas/api/routes/ingestion-routes';
import { ingestionTraceRoutes } from '../../lambdas/api/routes/ingestion-trace-routes';
import type { AuditEntry } from '../../lambdas/domain/access/audit-trail';
import type { Role } from '../../lambdas/domain/access/roles';
import { InvalidCursorError } from '../../lambdas/domain/paging';
import { silentLogger } from '../../lambdas/domain/ports';
import { LocalBulkImportStarter } from '../../local/api/local-bulk-import-starter';
import { createPlatformTables, localDynamoClient } from '../../local/dynamodb/dynamodb-local';
import { LOCAL_EVENT_BUS_NAME } from '../../local/local-environment';
import type { LocalStack } from '../../local/local-stack';
import { auditEntry } from '../support/api-harness';
import { emitFhirChanges } from '../support/emit';
import { readSample } from '../support/fhir-samples';
import { startTestStack } from '../support/local-stack-for-tests';

jest.setTimeout(120_000);

const RETENTION_DAYS = 2190;

let stack: LocalStack;
let auditLog: DynamoAuditLog;
let deadLetters: DynamoDeadLetterStore;
let patients: DynamoIngestionStore;
let importStarter: LocalBulkImportStarter;
let importRoot: string;
let api: (request: {
  method: string;
  path: string;
  role?: Role;
  query?: Record<string, string>;
  body?: unknown;
}) => Promise<ApiResponse & { json: () => Record<string, unknown> }>;

beforeAll(async () => {
  stack = await startTestStack();
  const client = DynamoDBDocumentClient.from(localDynamoClient(stack.endpoints.dynamodb), {
    marshallOptions: { removeUndefinedValues: true },
  });
  auditLog = new DynamoAuditLog(client, stack.tables.audit, RETENTION_DAYS);
  deadLetters = new DynamoDeadLetterStore(client, stack.tables.platform, 14);
  patients = new DynamoIngestionStore(client, stack.tables.patients);
  importRoot = mkdtempSync(join(tmpdir(), 'import-root-'));
  importStarter = new LocalBulkImportStarter(importRoot, stack.clock, silentLogger);
  const eventBridge = new EventBridgeClient({
    endpoint: stack.endpoints.eventBridge,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const routes = [
    ...auditRoutes({ audit: auditLog, clock: stack.clock }),
    ...ingestionTraceRoutes({ ingestionStore: patients }),
    ...ingestionRoutes({
      deadLetters,
      bus: new EventBridgePublisher(eventBridge, LOCAL_EVENT_BUS_NAME),
      busName: LOCAL_EVENT_BUS_NAME,
      upstreamEventSource: stack.upstreamEventSource,
      importJobs: new DynamoImportJobStore(client, stack.tables.platform),
      importStarter,
      clock: stack.clock,
      newId: randomUUID,
    }),
  ];
  const handle = createApi(routes, {
    audit: auditLog,
    clock: stack.clock,
    logger: silentLogger,
    newId: randomUUID,
    maxBodyBytes: 64 * 1024,
    criteriaKey: async () => 'audit-criteria-test-key',
  });
  api = async ({ method, path, role = 'fhir-sync-admin', query = {}, body }) => {
    const response = await handle({
      method,
      path,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      query,
      body: body === undefined ? undefined : JSON.stringify(body),
      requestId: randomUUID(),
      principal: { subject: `user-${role}`, roles: [role] },
    });
    return { ...response, json: () => JSON.parse(response.body) };
  };
});

afterAll(async () => {
  await stack?.stop();
  rmSync(importRoot, { recursive: true, force: true });
});

function entry(id: string, at: string, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return auditEntry({ id, at, ...overrides });
}

describe('DynamoAuditLog', () => {
  beforeAll(async () => {
    for (const e of [
      entry('a1', '2026-10-01T09:00:00.000Z'),
      entry('a2', '2026-10-15T09:00:00.000Z', { actor: 'front-desk-7', roles: ['non-clinical-user'] }),
      entry('a3', '2026-10-20T09:00:00.000Z', { patientId: 'p2', resource: '/patients/p2' }),
      entry('a4', '2026-10-31T09:00:00.000Z', { outcome: 'denied', status: 403 }),
      entry('a5', '2026-11-02T09:00:00.000Z'),
      entry('a6', '2026-11-03T09:00:00.000Z', { patientId: undefined, resource: '/segments', action: 'segment.list' }),
    ]) {
      await auditLog.record(e);
    }
  });

  it("answers who saw a patient within a window, newest first, and only that patient's entries", async () => {
    const page = await auditLog.byPatient('p1', '2026-10-10T00:00:00Z', '2026-11-01T00:00:00Z', 25);

    expect(page.items).toEqual([
      entry('a4', '2026-10-31T09:00:00.000Z', { outcome: 'denied', status: 403 }),
      entry('a2', '2026-10-15T09:00:00.000Z', { actor: 'front-desk-7', roles: ['non-clinical-user'] }),
    ]);
  });

  it('includes entries at both ends of the window', async () => {
    const page = await auditLog.byPatient('p1', '2026-10-01T09:00:00.000Z', '2026-10-31T09:00:00.000Z', 25);

    expect(page.items.map((e) => e.id)).toEqual(['a4', 'a2', 'a1']);
  });

  it('answers what an actor did, patient or not', async () => {
    const page = await auditLog.byActor('nurse-1', '2026-10-25T00:00:00Z', '2026-11-30T00:00:00Z', 25);

    expect(page.items.map((e) => e.id)).toEqual(['a6', 'a5', 'a4']);
  });

  it('pages through a window with its cursors', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await auditLog.byActor('nurse-1', '2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z', 2, cursor);
      seen.push(...page.items.map((e) => e.id));
      cursor = page.cursor;
    } while (cursor);

    expect(seen).toEqual(['a6', 'a5', 'a4', 'a3', 'a1']);
  });

  it("rejects another patient's cursor with a 400", async () => {
    const { cursor } = await auditLog.byPatient('p1', '2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z', 1);

    await expect(
      auditLog.byPatient('p2', '2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z', 1, cursor),
    ).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('answers an empty page when the window has moved past the cursor', async () => {
    const { cursor } = await auditLog.byPatient('p1', '2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z', 4);

    const page = await auditLog.byPatient('p1', '2026-10-02T00:00:00Z', '2026-12-31T00:00:00Z', 4, cursor);

    expect(page).toEqual({ items: [] });
  });

  it('never overwrites an entry, and lets it expire after the retention period', async () => {
    await auditLog.record(entry('a1', '2026-11-20T00:00:00.000Z', { actor: 'someone-else' }));

    const { Item } = await DynamoDBDocumentClient.from(localDynamoClient(stack.endpoints.dynamodb)).send(
      new GetCommand({ TableName: stack.tables.audit, Key: { pk: 'AUDIT#a1', sk: 'ENTRY' } }),
    );
    expect(Item).toMatchObject({
      actor: 'nurse-1',
      expiresAt: Date.parse('2026-10-01T09:00:00.000Z') / 1000 + RETENTION_DAYS * 86_400,
    });
  });
});

describe('audit routes over DynamoDB', () => {
  it('answers who saw a patient, including the auditors who asked', async () => {
    await api({ method: 'GET', path: '/audit/patients/p7' });

    const response = await api({ method: 'GET', path: '/audit/patients/p7' });

    expect(response.json().items).toEqual([
      expect.objectContaining({ actor: 'user-fhir-sync-admin', action: 'audit.read', patientId: 'p7', status: 200 }),
    ]);
  });

  it('rejects a cursor issued for another patient', async () => {
    const window = { from: '2026-01-01T00:00:00Z', to: '2026-12-31T00:00:00Z' };
    const page = await api({ method: 'GET', path: '/audit/patients/p1', query: { ...window, limit: '1' } });

    const response = await api({
      method: 'GET',
      path: '/audit/patients/p2',
      query: { ...window, cursor: page.json().cursor as string },
    });

    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ in: 'query', pointer: '/cursor' }] });
  });
});

describe('ingestion operations over the local stack', () => {
  it('starts a bulk import from a folder of the import root and reports the job', async () => {
    mkdirSync(join(importRoot, 'batch-1'));
    const patient = readSample('hl7-examples', 'Patient-example.json');
    writeFileSync(
      join(importRoot, 'batch-1', 'Patient.ndjson'),
      ['imp-1', 'imp-2'].map((id) => JSON.stringify({ ...patient, id })).join('\n'),
    );

    const started = await api({ method: 'POST', path: '/ingestion/imports', body: { prefix: 'batch-1' } });
    const { jobId } = started.json() as { jobId: string };
    await importStarter.finished(jobId);
    const job = await api({ method: 'GET', path: `/ingestion/imports/${jobId}` });

    expect(started.status).toBe(202);
    expect(job.json()).toMatchObject({ jobId, status: 'completed', files: 1, accepted: 2, applied: 2 });
  });

  it('lists a rejected event with its reason, shows its payload on request, and audits that read', async () => {
    const patient = readSample('hl7-examples', 'Patient-example.json');
    await emitFhirChanges(stack, [
      { action: 'update', occurredAt: '2026-11-25T09:00:00Z', resource: { ...patient, gender: 'M' } },
    ]);

    const list = await api({ method: 'GET', path: '/ingestion/dead-letters' });
    const listed = (list.json().items as Record<string, unknown>[]).find((e) => e.resourceId === 'example');
    const shown = await api({ method: 'GET', path: `/ingestion/dead-letters/${listed?.id}` });

    expect(listed).toMatchObject({
      status: 'open',
      rejection: { code: 'invalid-resource', issues: [{ path: '/gender' }] },
    });
    expect(listed).not.toHaveProperty('payload');
    expect(shown.json().payload).toMatchObject({ detail: { resource: { id: 'example', gender: 'M' } } });
    const trail = await auditLog.byPatient('example', '2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z', 25);
    expect(trail.items).toEqual([expect.objectContaining({ action: 'ingestion.deadletter.read', status: 200 })]);
  });

  it('replays events the platform failed to process, once the fault is fixed, one by one and in bulk', async () => {
    const observation = readSample('hl7-examples', 'Observation-f001.json');
    const change = (id: string, correlationId: string) => ({
      action: 'create',
      occurredAt: '2026-11-25T10:00:00Z',
      correlationId,
      resource: { ...observation, id },
    });
    // Fault: the patient store disappears (a broken deployment), so every attempt fails.
    await localDynamoClient(stack.endpoints.dynamodb).send(
      new DeleteTableCommand({ TableName: stack.tables.patients }),
    );
    await emitFhirChanges(stack, [change('obs-one', 'msg-1'), change('obs-two', 'msg-2')]);
    const open = (await api({ method: 'GET', path: '/ingestion/dead-letters' })).json().items as Record<
      string,
      unknown
    >[];
    const first = open.find((e) => e.correlationId === 'msg-1');
    expect(
      open.filter((e) => e.rejection && (e.rejection as { code: string }).code === 'processing-failed'),
    ).toHaveLength(2);

    // Fix: the table is back.
    await createPlatformTables(stack.endpoints.dynamodb, stack.tables.patients.replace(/-Patients$/, ''));
    const one = await api({ method: 'POST', path: `/ingestion/dead-letters/${first?.id}/replay` });
    const again = await api({ method: 'POST', path: `/ingestion/dead-letters/${first?.id}/replay` });
    const rest = await api({
      method: 'POST',
      path: '/ingestion/dead-letters/replay',
      query: { code: 'processing-failed' },
    });
    await stack.bus.drain();

    expect(one.status).toBe(202);
    expect(again.status).toBe(409);
    expect(rest.json()).toMatchObject({ replayed: 1, skipped: 1 });
    for (const resourceId of ['obs-one', 'obs-two']) {
      expect(await patients.getAppliedVersion({ resourceType: 'Observation', resourceId })).toMatchObject({
        deleted: false,
      });
    }
    const remaining = (await api({ method: 'GET', path: '/ingestion/dead-letters' })).json().items as Record<
      string,
      unknown
    >[];
    expect(remaining.map((e) => e.resourceId)).toEqual(['example']);
  });
});

describe('stale events', () => {
  it('keeps a trace of a change dropped as stale, which the operator finds by the resource', async () => {
    const base = { ...readSample<Record<string, unknown>>('hl7-examples', 'Patient-example.json'), id: 'stale-trace' };
    await emitFhirChanges(stack, [
      {
        action: 'update',
        occurredAt: '2026-11-25T08:00:00Z',
        resource: { ...base, meta: { versionId: '3', lastUpdated: '2026-11-25T07:59:00Z' } },
      },
    ]);
    await emitFhirChanges(stack, [
      {
        action: 'update',
        occurredAt: '2026-11-25T08:05:00Z',
        resource: { ...base, meta: { versionId: '2', lastUpdated: '2026-11-25T07:30:00Z' } },
      },
    ]);

    const response = await api({ method: 'GET', path: '/ingestion/resources/Patient/stale-trace' });
    const unknown = await api({ method: 'GET', path: '/ingestion/resources/Patient/never-sent' });

    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({
      applied: { stamp: { versionId: '3' }, revision: 1, deleted: false, announced: true, patients: 1 },
      ignored: [{ action: 'update', reason: 'stale', stamp: { versionId: '2' }, appliedStamp: { versionId: '3' } }],
    });
    expect(unknown.status).toBe(404);
  });
});

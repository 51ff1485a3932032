import type * as fhir4 from 'fhir/r4';
import { cursorAfter, startKeyWithin } from '../../../lambdas/adapters/dynamodb/page-cursor';
import { type SearchItem, searchItemOf, searchQueryOf } from '../../../lambdas/adapters/dynamodb/patient-search-keys';
import { buildOpenApi } from '../../../lambdas/api/openapi';
import { type PatientApiServices, patientRoutes } from '../../../lambdas/api/routes/patient-routes';
import { type Permission, ROLE_PERMISSIONS, ROLES, type Role } from '../../../lambdas/domain/access/roles';
import { type ClinicalFacts, type PatientFacts, projectFacts } from '../../../lambdas/domain/fhir/facts';
import { patientReferencesOf } from '../../../lambdas/domain/fhir/references';
import { isAcceptedResourceType } from '../../../lambdas/domain/fhir/resource-types';
import type { Page } from '../../../lambdas/domain/paging';
import { searchDocumentOf } from '../../../lambdas/domain/patients/index-patient-search';
import type { PatientSummary } from '../../../lambdas/domain/patients/patient-summary';
import type { PatientDirectory, PatientRecord, PatientResource } from '../../../lambdas/domain/patients/ports';
import type { SearchCriteria } from '../../../lambdas/domain/patients/search-terms';
import { apiUnderTest } from '../../support/api-harness';
import { hl7ExampleResources } from '../../support/fhir-samples';
import { InMemoryPreferenceStore } from '../../support/in-memory-preferences';

const NOW = new Date('2026-11-25T12:00:00Z');

/** The directory over the real search key design, with DynamoDB's Query semantics (Limit before filters). */
class InMemoryPatientDirectory implements PatientDirectory {
  private readonly records = new Map<string, PatientRecord>();
  private items: SearchItem[] = [];

  add(record: PatientRecord): void {
    this.records.set(record.patient.id as string, record);
    const document = searchDocumentOf(record.patient, NOW);
    this.items.push(...document.entries.map((entry) => searchItemOf(entry, document.summary)));
    this.items.sort((a, b) => a.pk.localeCompare(b.pk) || (a.sk < b.sk ? -1 : a.sk > b.sk ? 1 : 0));
  }

  async search(criteria: SearchCriteria, limit: number, cursor?: string): Promise<Page<PatientSummary>> {
    const plan = searchQueryOf(criteria);
    const start = startKeyWithin(cursor, plan.pk, plan.skPrefix);
    const inRange = this.items.filter(
      (i) => i.pk === plan.pk && i.sk.startsWith(plan.skPrefix) && (!start || i.sk > (start.sk as string)),
    );
    const examined = inRange.slice(0, limit);
    const matched = examined.filter((i) => plan.filters.every((f) => (i[f.attribute] ?? '').includes(f.contains)));
    const last = examined[examined.length - 1];
    const next = inRange.length > limit && last ? cursorAfter({ pk: last.pk, sk: last.sk }) : undefined;
    const unique = [...new Map(matched.map((i) => [i.patientId, i.summary])).values()];
    return { items: unique, ...(next ? { cursor: next } : {}) };
  }

  async getPatient(patientId: string) {
    return this.records.get(patientId)?.patient;
  }

  async getRecord(patientId: string) {
    return this.records.get(patientId);
  }

  async listResources(patientId: string, resourceType: PatientResource['resourceType']) {
    return (this.records.get(patientId)?.resources ?? []).filter((r) => r.resourceType === resourceType);
  }
}

/** A patient's record as ingestion would project it, from the HL7 core examples that refer to it. */
function hl7Record(patientId: string, examples: readonly Record<string, unknown>[]): PatientRecord {
  const patient = examples.find((r) => r.resourceType === 'Patient' && r.id === patientId) as unknown as fhir4.Patient;
  const resources = examples
    .filter((r) => isAcceptedResourceType(r.resourceType) && r.resourceType !== 'Patient')
    .filter((r) => {
      const refs = patientReferencesOf(r as Parameters<typeof patientReferencesOf>[0]);
      return refs.kind === 'patients' && refs.patientIds.includes(patientId);
    })
    .map(
      (r): PatientResource => ({
        resourceType: r.resourceType as PatientResource['resourceType'],
        resourceId: r.id as string,
        facts: projectFacts(r as unknown as fhir4.FhirResource) as ClinicalFacts,
        resource: r,
      }),
    );
  return { patient, facts: projectFacts(patient) as PatientFacts, resources };
}

const examples = hl7ExampleResources();
const example = hl7Record('example', examples);
const muller: fhir4.Patient = {
  resourceType: 'Patient',
  id: 'p-muller',
  name: [{ family: 'Müller', given: ['Zoë'] }],
  birthDate: '1980-02-29',
  telecom: [{ system: 'email', value: 'zoe@example.org' }],
};

const SENT_REMINDER = {
  messageId: 'msg-0123456789abcdef0123456789abcdef',
  templateId: 'appointment-reminder-sms',
  topic: 'appointment-reminders',
  channel: 'sms',
  status: 'delivered',
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:05.000Z',
};

function setUp() {
  const directory = new InMemoryPatientDirectory();
  for (const id of ['example', 'f001', 'pat1', 'pat2', 'ch-example', 'mom']) directory.add(hl7Record(id, examples));
  directory.add({ patient: muller, facts: projectFacts(muller) as PatientFacts, resources: [] });
  const preferences = new InMemoryPreferenceStore();
  const services: PatientApiServices = {
    patientDirectory: directory,
    patientPreferences: preferences,
    patientSegments: async () => [],
    organisationTimeZone: async () => 'America/New_York',
    patientMessages: async (patientId) => (patientId === 'example' ? [SENT_REMINDER] : []),
    patientJourneys: async () => [],
    clock: { now: () => NOW },
  };
  return { api: apiUnderTest(patientRoutes(services), NOW), preferences };
}

const ids = (body: unknown) => (body as { items: { id: string }[] }).items.map((i) => i.id);

interface RouteCall {
  readonly method: string;
  readonly path: string;
  readonly permission: Permission;
  readonly query?: Record<string, string>;
  readonly body?: unknown;
  readonly audit: string;
}

/** Every patient route, with the permission the documented matrix gives it. */
const ROUTES: readonly RouteCall[] = [
  {
    method: 'GET',
    path: '/patients',
    query: { family: 'chal' },
    permission: 'patients:search',
    audit: 'patient.search',
  },
  { method: 'GET', path: '/patients/example', permission: 'patients:read-contact', audit: 'patient.read' },
  { method: 'GET', path: '/patients/example/preferences', permission: 'preferences:read', audit: 'preferences.read' },
  {
    method: 'GET',
    path: '/patients/example/preferences/history',
    permission: 'preferences:read',
    audit: 'preferences.read',
  },
  {
    method: 'PUT',
    path: '/patients/example/preferences/sms/campaigns',
    body: { status: 'opted-out', reason: 'asked at the front desk' },
    permission: 'preferences:write',
    audit: 'preferences.update',
  },
];

describe('role × route', () => {
  const cases = ROUTES.flatMap((route) => [
    ...ROLES.map((role) => [route, role] as const),
    [route, undefined] as const,
  ]);

  it.each(cases.map(([route, role]) => [`${route.method} ${route.path}`, role ?? 'no token', route, role]))(
    '%s as %s gets what the matrix says',
    async (_name, _who, route, role) => {
      const { api } = setUp();
      const expected = role === undefined ? 401 : ROLE_PERMISSIONS[role as Role].includes(route.permission) ? 200 : 403;

      const response = await api.call({ ...route, role: role as Role | undefined });

      expect(response.status).toBe(expected);
    },
  );
});

describe('audit', () => {
  it.each(ROUTES.filter((r) => r.path !== '/patients'))(
    '$method $path leaves an entry naming the patient',
    async (route) => {
      const { api } = setUp();

      await api.call({ ...route, role: 'healthcare-user' });

      expect(api.audit.settled).toEqual([
        expect.objectContaining({
          action: route.audit,
          patientId: 'example',
          actor: 'user-healthcare-user',
          outcome: 'allowed',
          status: 200,
        }),
      ]);
    },
  );

  it('records a search and the patients it returned, without the search terms', async () => {
    const { api } = setUp();

    await api.call({ method: 'GET', path: '/patients', query: { family: 'chalmers' }, role: 'non-clinical-user' });

    const [search, ...rows] = api.audit.settled;
    expect(search).toEqual(
      expect.objectContaining({
        action: 'patient.search',
        resource: '/patients',
        returned: 1,
        criteria: expect.any(String),
      }),
    );
    expect(rows).toEqual([expect.objectContaining({ patientId: 'example', listedIn: search?.id })]);
    expect(JSON.stringify(api.audit.settled)).not.toContain('chalmers');
  });

  it('answers a 3,000-character patient id with 400 before noting it: the entry names neither it nor its path', async () => {
    const { api } = setUp();
    const id = 'x'.repeat(3000);

    const response = await api.call({ method: 'GET', path: `/patients/${id}`, role: 'healthcare-user' });

    expect(response.status).toBe(400);
    expect(api.audit.settled).toEqual([
      expect.objectContaining({ action: 'patient.read', resource: '/patients/{patientId}', status: 400 }),
    ]);
    expect(api.audit.settled[0]).not.toHaveProperty('patientId');
  });

  it('records a denied read of a patient as denied', async () => {
    const { api } = setUp();

    await api.call({ method: 'GET', path: '/patients/example', role: 'fhir-sync-admin' });

    expect(api.audit.settled).toEqual([
      expect.objectContaining({ action: 'patient.read', resource: '/patients/example', outcome: 'denied' }),
    ]);
  });
});

describe('minimum necessary', () => {
  const CLINICAL_KEYS = new Set([
    'clinical',
    'conditions',
    'observations',
    'procedures',
    'immunizations',
    'medicationRequests',
    'allergies',
    'encounters',
    'episodesOfCare',
    'serviceRequests',
    'codes',
    'categories',
    'verification',
    'quantity',
    'components',
    'latest',
    'classCode',
  ]);
  /** The primary codes of every clinical fixture resource of the patient, with their displays. */
  const clinicalCodes = new Set(
    example.resources
      .filter((r) => r.resourceType !== 'Consent')
      .flatMap((r) => r.facts.codes.map((token) => token.slice(token.lastIndexOf('|') + 1)))
      .filter((code) => code.length > 2),
  );

  function leaks(value: unknown, path = ''): string[] {
    if (Array.isArray(value)) return value.flatMap((v, i) => leaks(v, `${path}/${i}`));
    if (value !== null && typeof value === 'object') {
      return Object.entries(value).flatMap(([key, v]) => [
        ...(CLINICAL_KEYS.has(key) ? [`${path}/${key}`] : []),
        ...leaks(v, `${path}/${key}`),
      ]);
    }
    return typeof value === 'string' && clinicalCodes.has(value.slice(value.lastIndexOf('|') + 1))
      ? [`${path} = ${value}`]
      : [];
  }

  it('has clinical codes in the fixtures to look for', () => {
    expect(clinicalCodes.size).toBeGreaterThan(20);
  });

  it('gives the healthcare user the clinical facts (so the walk below can find them)', async () => {
    const { api } = setUp();

    const response = await api.call({ method: 'GET', path: '/patients/example', role: 'healthcare-user' });

    expect(leaks(response.json()).length).toBeGreaterThan(20);
  });

  it.each(ROUTES)('gives a non-clinical user no clinical field or code from $method $path', async (route) => {
    const { api } = setUp();

    const response = await api.call({ ...route, role: 'non-clinical-user' });

    expect(response.status).toBe(200);
    expect(leaks(response.json())).toEqual([]);
  });

  it('gives the non-clinical user appointment times without their service types', async () => {
    const { api } = setUp();

    const response = await api.call({ method: 'GET', path: '/patients/example', role: 'non-clinical-user' });

    const appointments = (response.json() as { appointments: Record<string, unknown>[] }).appointments;
    expect(appointments.map((a) => a.id).sort()).toEqual(['2docs', 'example', 'examplereq']);
    for (const appointment of appointments) {
      expect(Object.keys(appointment).every((k) => ['id', 'status', 'start', 'end'].includes(k))).toBe(true);
    }
  });

  it("lists the patient's newest messages for a role that reads engagement", async () => {
    const { api } = setUp();

    const response = await api.call({ method: 'GET', path: '/patients/example', role: 'non-clinical-user' });

    expect((response.json() as { messages: unknown[] }).messages).toEqual([SENT_REMINDER]);
  });

  it('leaves out the engagement sections for a role without read-engagement', async () => {
    const { api } = setUp();

    const response = await api.call({ method: 'GET', path: '/patients/example', role: 'event-planner' });

    expect(Object.keys(response.json() as object).sort()).toEqual([
      'communication',
      'consents',
      'contact',
      'id',
      'preferences',
      'profile',
    ]);
  });
});

describe('GET /patients', () => {
  const search = async (query: Record<string, string>) => {
    const { api } = setUp();
    const response = await api.call({ method: 'GET', path: '/patients', query, role: 'marketing-professional' });
    expect(response.status).toBe(200);
    return response.json();
  };

  it.each([
    [{ family: 'CHAL' }, ['example']],
    [{ family: 'windsor' }, ['example']],
    [{ family: 'MÜL' }, ['p-muller']],
    [{ family: 'mul', given: 'zoe' }, ['p-muller']],
    [{ family: 'chalmers', given: 'ja' }, ['example']],
    [{ family: 'chalmers', given: 'xa' }, []],
    [{ given: 'jim' }, ['example']],
    [{ family: '张无忌' }, ['ch-example']],
    [{ identifier: 'urn:oid:1.2.36.146.595.217.0.1|12345' }, ['example']],
    [{ identifier: 'http://other.example|12345' }, []],
    [{ identifier: '12345' }, ['example']],
    [{ birthDate: '1974-12-25' }, ['ch-example', 'example']],
    [{ birthDate: '1974-12-25', family: 'chal' }, ['example']],
  ])('finds %j', async (query, expected) => {
    expect(ids(await search(query)).sort()).toEqual(expected);
  });

  it('matches a name from its start, not inside it', async () => {
    expect(ids(await search({ family: 'heuvel' }))).toEqual([]);
    expect(ids(await search({ family: 'van de' }))).toEqual(['f001']);
  });

  it('returns identity and contact fields to a role that may read contacts', async () => {
    const body = await search({ family: 'vandeheuvel' });

    expect((body as { items: unknown[] }).items).toEqual([
      {
        id: 'f001',
        name: [{ use: 'usual', family: 'van de Heuvel', given: ['Pieter'], suffix: ['MSc'] }],
        birthDate: '1944-11-17',
        gender: 'male',
        telecom: [
          { system: 'phone', value: '0648352638', use: 'mobile' },
          { system: 'email', value: 'p.heuvel@gmail.com', use: 'home' },
        ],
        address: [
          { use: 'home', line: ['Van Egmondkade 23'], city: 'Amsterdam', postalCode: '1024 RJ', country: 'NLD' },
        ],
      },
    ]);
  });

  it('pages through the results with cursors', async () => {
    const { api } = setUp();
    const call = (cursor?: string) =>
      api.call({
        method: 'GET',
        path: '/patients',
        query: { family: 'donald', limit: '1', ...(cursor ? { cursor } : {}) },
        role: 'non-clinical-user',
      });

    const first = (await call()).json() as { items: { id: string }[]; cursor?: string };
    const second = (await call(first.cursor)).json() as { items: { id: string }[]; cursor?: string };

    expect(first.cursor).toEqual(expect.any(String));
    expect([...ids(first), ...ids(second)]).toEqual(['pat1', 'pat2']);
  });
});

describe('preferences', () => {
  it('records a staff change with its actor, shows it as current and in the history', async () => {
    const { api } = setUp();

    const put = await api.call({
      method: 'PUT',
      path: '/patients/example/preferences/sms/campaigns',
      body: { status: 'opted-out', reason: 'asked at the front desk' },
      role: 'non-clinical-user',
      subject: 'staff-42',
    });
    const current = await api.call({ method: 'GET', path: '/patients/example/preferences', role: 'event-planner' });
    const history = await api.call({
      method: 'GET',
      path: '/patients/example/preferences/history',
      role: 'marketing-professional',
    });

    const expected = {
      changeId: expect.stringMatching(/^staff-/),
      patientId: 'example',
      channel: 'sms',
      topic: 'campaigns',
      status: 'opted-out',
      source: 'staff',
      actor: 'staff-42',
      at: NOW.toISOString(),
      reason: 'asked at the front desk',
    };
    expect(put.json()).toEqual({ outcome: 'applied', preference: expected });
    expect(current.json()).toEqual({
      patientId: 'example',
      preferences: [expected],
      consents: [expect.objectContaining({ id: 'consent-example-pkb' })],
    });
    expect(history.json()).toEqual({ items: [expected] });
  });

  it('lists the FHIR Consents on record beside the preferences', async () => {
    const { api } = setUp();

    const response = await api.call({ method: 'GET', path: '/patients/f001/preferences', role: 'non-clinical-user' });

    const consents = (response.json() as { consents: { id: string }[] }).consents;
    expect(consents.map((c) => c.id)).toContain('consent-example-Out');
  });

  it('answers 404 for a patient that is not projected and records nothing', async () => {
    const { api, preferences } = setUp();

    const put = await api.call({
      method: 'PUT',
      path: '/patients/nobody/preferences/email/general',
      body: { status: 'opted-in' },
      role: 'healthcare-user',
    });
    const read = await api.call({ method: 'GET', path: '/patients/nobody', role: 'healthcare-user' });
    const list = await api.call({ method: 'GET', path: '/patients/nobody/preferences', role: 'healthcare-user' });

    expect([put.status, read.status, list.status]).toEqual([404, 404, 404]);
    expect(preferences.changes).toEqual([]);
  });
});

describe('invalid requests', () => {
  const PREFS = '/patients/example/preferences';
  const role = 'healthcare-user' as const;
  const put = (body: unknown, path = `${PREFS}/email/results`) => ({ method: 'PUT', path, body, role });
  const get = (path: string) => ({ method: 'GET', path, role });
  const find = (query: Record<string, string>) => ({ method: 'GET', path: '/patients', query, role });

  it.each([
    ['an unknown body field', put({ status: 'opted-in', channel: 'sms' }), { in: 'body', pointer: '/channel' }],
    ['a missing status', put({ reason: 'x' }), { in: 'body', pointer: '/status' }],
    ['an unknown status', put({ status: 'maybe' }), { in: 'body', pointer: '/status' }],
    ['a long reason', put({ status: 'opted-in', reason: 'x'.repeat(501) }), { in: 'body', pointer: '/reason' }],
    ['an unknown channel', put({ status: 'opted-in' }, `${PREFS}/fax/results`), { in: 'path', pointer: '/channel' }],
    ['an unknown topic', put({ status: 'opted-in' }, `${PREFS}/email/lottery`), { in: 'path', pointer: '/topic' }],
    ['a malformed patient id', get('/patients/a%20b'), { in: 'path', pointer: '/patientId' }],
    ['an unknown query parameter', find({ surname: 'x' }), { in: 'query', pointer: '/surname' }],
    ['an impossible birth date', find({ birthDate: '1974-02-30' }), { in: 'query', pointer: '/birthDate' }],
    ['no search criteria', find({}), { in: 'query', pointer: '/family' }],
    ['an identifier with a name', find({ identifier: '12345', family: 'x' }), { in: 'query', pointer: '/family' }],
    ['a limit over 100', find({ family: 'ab', limit: '101' }), { in: 'query', pointer: '/limit' }],
    ['a garbled cursor', find({ family: 'donald', cursor: 'not-a-cursor' }), { in: 'query', pointer: '/cursor' }],
  ])('rejects %s with a 400 naming the field', async (_name, call, error) => {
    const { api } = setUp();

    const response = await api.call(call);

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json');
    expect((response.json() as { errors: unknown[] }).errors).toContainEqual(expect.objectContaining(error));
  });

  it('rejects a body that is not JSON', async () => {
    const { api } = setUp();

    const response = await api.call({ ...put(undefined), rawBody: '{"status":' });

    expect(response.status).toBe(400);
  });

  it('accepts a cursor only inside the key range of the search it is sent with', async () => {
    const { api } = setUp();
    const page = (query: Record<string, string>) =>
      api.call({ method: 'GET', path: '/patients', query, role: 'healthcare-user' });
    const { cursor } = (await page({ family: 'donald', limit: '1' })).json() as { cursor: string };

    const sameRange = await page({ family: 'do', cursor });
    const samePartitionOtherRange = await page({ family: 'dog', cursor });
    const otherPartition = await page({ family: 'chalmers', cursor });

    expect([sameRange.status, samePartitionOtherRange.status, otherPartition.status]).toEqual([200, 400, 400]);
  });
});

describe('patientRoutes', () => {
  it('builds its routes and their OpenAPI without touching its services', () => {
    const untouchable = new Proxy({} as PatientApiServices, {
      get: (_, name) => {
        throw new Error(`${String(name)} was used while building routes`);
      },
    });

    const document = buildOpenApi(patientRoutes(untouchable), { title: 'test', version: '0' });

    expect(Object.keys(document.paths).sort()).toEqual([
      '/patients',
      '/patients/{patientId}',
      '/patients/{patientId}/preferences',
      '/patients/{patientId}/preferences/history',
      '/patients/{patientId}/preferences/{channel}/{topic}',
    ]);
  });
});

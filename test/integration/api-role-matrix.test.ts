import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoActivityStore } from '../../lambdas/adapters/dynamodb/activity-store';
import { DynamoMessageStore } from '../../lambdas/adapters/dynamodb/message-store';
import type { RouteDefinition } from '../../lambdas/api/route';
import { describeRoutes } from '../../lambdas/api/routes';
import { ROLE_PERMISSIONS, ROLES, type Role } from '../../lambdas/domain/access/roles';
import { activityIdOf } from '../../lambdas/domain/journeys/activities';
import { type LinkAction, signLinkToken } from '../../lambdas/domain/messaging/links';
import { DEFAULT_MESSAGING_SETTINGS } from '../../lambdas/domain/messaging/settings';
import { localDynamoClient } from '../../local/dynamodb/dynamodb-local';
import type { LocalStack } from '../../local/local-stack';
import { emitFhirChanges } from '../support/emit';
import { readSample, samplePath } from '../support/fhir-samples';
import { startTestStack } from '../support/local-stack-for-tests';

/**
 * The documented matrix, end to end: every route of the route table, with every role and with no token,
 * through the local API server (token verification as the Cognito authorizer does it), the real handler
 * and DynamoDB Local. Then: every look at the patient left an audit entry, the audit query answers
 * "who saw patient example", and a non-clinical user never received a clinical field.
 */
jest.setTimeout(300_000);

const PATIENT = 'example';
const MATRIX_SEGMENT = {
  schemaVersion: 1,
  id: 'matrix-segment',
  name: 'Matrix segment',
  description: '',
  criteria: { age: { min: 18 } },
};
const CLINICAL_CODES = ['39065001', '29463-7', '227493005'];
/** An active segment whose criteria read clinical data, with the patient as a member. */
const CLINICAL_SEGMENT = {
  schemaVersion: 1,
  id: 'matrix-clinical',
  name: 'Matrix clinical segment',
  description: '',
  criteria: { resource: { type: 'Condition', codes: [{ system: 'http://snomed.info/sct', code: '39065001' }] } },
};
const CLINICAL_KEYS = [
  'clinical',
  'conditions',
  'observations',
  'allergies',
  'procedures',
  'immunizations',
  'medicationRequests',
];

let stack: LocalStack;
let deadLetterId: string;
const responses: { role: Role | undefined; operationId: string; status: number; body: string }[] = [];

interface Sample {
  readonly path: () => string;
  readonly body?: unknown;
  /** An `application/x-www-form-urlencoded` body (the patient link pages). */
  readonly form?: string;
}

const MATRIX_MESSAGE_ID = `msg-${'0'.repeat(32)}`;
const MATRIX_TEMPLATE = {
  schemaVersion: 1,
  name: 'Matrix template',
  topic: 'care-gaps',
  defaultLanguage: 'en',
  content: { en: { email: { subject: 'Hello', html: '<p>Hi {{ patient.givenName }}</p>', text: 'Hi' } } },
};

/** Staff request entry, one email: needs only the matrix template (created by an earlier route). */
const MATRIX_JOURNEY = {
  schemaVersion: 1,
  id: 'matrix-journey',
  name: 'Matrix journey',
  entry: { staffRequest: {} },
  reEntry: { policy: 'always' },
  start: 'email',
  steps: {
    email: { type: 'send', template: 'matrix-template', topic: 'care-gaps', channels: ['email'], next: 'done' },
    done: { type: 'exit' },
  },
};
/** Open activities of the example patient, one per call of the complete route (each role completes its own). */
const MATRIX_ACTIVITIES = Array.from({ length: 6 }, (_, i) => activityIdOf('matrix-execution', `step-${i}`));
let activityCalls = 0;

/** One valid request per route; the test fails if a route is added without one. */
const SAMPLES: Record<string, Sample> = {
  getHealth: { path: () => '/health' },
  getOpenApi: { path: () => '/openapi.json' },
  getApiDocs: { path: () => '/docs' },
  getCaller: { path: () => '/me' },
  searchPatients: { path: () => '/patients?family=chalm' },
  getPatient: { path: () => `/patients/${PATIENT}` },
  getPatientPreferences: { path: () => `/patients/${PATIENT}/preferences` },
  getPatientPreferenceHistory: { path: () => `/patients/${PATIENT}/preferences/history` },
  putPatientPreference: {
    path: () => `/patients/${PATIENT}/preferences/sms/appointment-reminders`,
    body: { status: 'opted-out', reason: 'asked at the front desk' },
  },
  getPatientAuditTrail: { path: () => `/audit/patients/${PATIENT}` },
  getActorAuditTrail: { path: () => '/audit/actors/user-healthcare-user' },
  listDeadLetters: { path: () => '/ingestion/dead-letters' },
  getDeadLetter: { path: () => `/ingestion/dead-letters/${deadLetterId}` },
  replayDeadLetter: { path: () => `/ingestion/dead-letters/${deadLetterId}/replay` },
  replayDeadLetters: { path: () => '/ingestion/dead-letters/replay' },
  startBulkImport: { path: () => '/ingestion/imports', body: { prefix: 'matrix' } },
  getBulkImport: { path: () => '/ingestion/imports/job-matrix' },
  getIngestedResource: { path: () => `/ingestion/resources/Patient/${PATIENT}` },
  listSegments: { path: () => '/segments' },
  createSegment: { path: () => '/segments', body: MATRIX_SEGMENT },
  getSegmentCatalog: { path: () => '/segments/catalog' },
  previewSegment: { path: () => '/segments/preview', body: { definition: MATRIX_SEGMENT, patientId: PATIENT } },
  getSegment: { path: () => '/segments/matrix-segment' },
  updateSegment: { path: () => '/segments/matrix-segment', body: MATRIX_SEGMENT },
  activateSegment: { path: () => '/segments/matrix-segment/activate' },
  computeSegment: { path: () => '/segments/matrix-segment/compute' },
  archiveSegment: { path: () => '/segments/matrix-segment/archive' },
  listSegmentMembers: { path: () => '/segments/matrix-segment/members' },
  replaceSegmentMembers: { path: () => '/segments/matrix-registry/members', body: { csv: `patientId\n${PATIENT}\n` } },
  getPatientSegments: { path: () => `/patients/${PATIENT}/segments` },
  listTemplates: { path: () => '/templates' },
  createTemplate: { path: () => '/templates', body: { templateId: 'matrix-template', definition: MATRIX_TEMPLATE } },
  getTemplateCatalog: { path: () => '/templates/catalog' },
  validateTemplate: { path: () => '/templates/validate', body: { definition: MATRIX_TEMPLATE } },
  getTemplate: { path: () => '/templates/matrix-template' },
  updateTemplate: { path: () => '/templates/matrix-template', body: { definition: MATRIX_TEMPLATE } },
  previewTemplate: { path: () => '/templates/matrix-template/preview', body: { patientId: PATIENT } },
  previewTemplateDraft: { path: () => '/templates/preview', body: { definition: MATRIX_TEMPLATE, patientId: PATIENT } },
  listPatientMessages: { path: () => `/patients/${PATIENT}/messages` },
  getMessage: { path: () => `/messages/${MATRIX_MESSAGE_ID}` },
  listJourneyMessages: { path: () => '/journeys/matrix-journey/messages' },
  listMessagesNeedingAttention: { path: () => '/messages?status=in-doubt' },
  listCampaignMessages: { path: () => '/campaigns/matrix-campaign/messages' },
  sendPatientMessage: {
    path: () => `/patients/${PATIENT}/messages`,
    body: {
      requestId: 'matrix-send',
      templateId: 'matrix-template',
      intent: { topic: 'care-gaps', channels: ['email'], fallback: false, quietHours: 'skip' },
    },
  },
  listPatientDevices: { path: () => `/patients/${PATIENT}/devices` },
  putPatientDevice: {
    path: () => `/patients/${PATIENT}/devices/matrix-phone`,
    body: { platform: 'GCM', token: 'fcm-token-of-the-matrix-phone' },
  },
  deletePatientDevice: { path: () => `/patients/${PATIENT}/devices/matrix-phone` },
  getMessagingSettings: { path: () => '/messaging/settings' },
  putMessagingSettings: {
    path: () => '/messaging/settings',
    body: { settings: DEFAULT_MESSAGING_SETTINGS, expectedRevision: 0 },
  },
  showUnsubscribe: { path: () => `/links/unsubscribe?token=${linkToken('unsubscribe')}` },
  unsubscribe: {
    path: () => `/links/unsubscribe?token=${linkToken('unsubscribe')}`,
    form: 'List-Unsubscribe=One-Click',
  },
  showConfirmAppointment: { path: () => `/links/confirm?token=${linkToken('confirm')}` },
  confirmAppointment: { path: () => `/links/confirm?token=${linkToken('confirm')}`, form: '' },
  showCancelAppointment: { path: () => `/links/cancel?token=${linkToken('cancel')}` },
  cancelAppointment: { path: () => `/links/cancel?token=${linkToken('cancel')}`, form: '' },
  listJourneys: { path: () => '/journeys' },
  createJourney: { path: () => '/journeys', body: MATRIX_JOURNEY },
  getJourneyCatalog: { path: () => '/journeys/catalog' },
  validateJourney: { path: () => '/journeys/validate', body: { definition: MATRIX_JOURNEY } },
  getJourney: { path: () => '/journeys/matrix-journey' },
  updateJourney: { path: () => '/journeys/matrix-journey?expectedRevision=1', body: MATRIX_JOURNEY },
  publishJourney: { path: () => '/journeys/matrix-journey/publish' },
  pauseJourney: { path: () => '/journeys/matrix-journey/pause' },
  resumeJourney: { path: () => '/journeys/matrix-journey/resume' },
  // A journey of its own, so that the enrolment routes below still find matrix-journey active.
  archiveJourney: { path: () => '/journeys/matrix-archived/archive' },
  getJourneyAsl: { path: () => '/journeys/matrix-journey/asl' },
  listJourneyEnrolments: { path: () => '/journeys/matrix-journey/enrolments' },
  listFailedJourneyRuns: { path: () => '/journeys/runs?status=failed' },
  enrolPatient: {
    path: () => '/journeys/matrix-journey/enrolments',
    body: { patientId: PATIENT, idempotencyKey: 'matrix-enrolment' },
  },
  startBulkEnrolment: {
    path: () => '/journeys/matrix-journey/bulk-enrolments',
    body: { segmentId: 'matrix-registry', idempotencyKey: 'matrix-bulk' },
  },
  listPatientJourneys: { path: () => `/patients/${PATIENT}/journeys` },
  simulateJourney: { path: () => '/journeys/matrix-journey/simulate', body: { patientId: PATIENT } },
  listOpenActivities: { path: () => '/activities?team=care-team' },
  listPatientActivities: { path: () => `/patients/${PATIENT}/activities` },
  completeActivity: {
    path: () =>
      `/patients/${PATIENT}/activities/${MATRIX_ACTIVITIES[activityCalls++ % MATRIX_ACTIVITIES.length]}/complete`,
  },
};

/** A signed patient link for the example patient, as a sent message would carry. */
function linkToken(action: LinkAction): string {
  const token = signLinkToken(
    {
      action,
      messageId: MATRIX_MESSAGE_ID,
      patientId: PATIENT,
      channel: 'email',
      topic: 'appointment-reminders',
      expiresAt: Math.floor(stack.clock.now().getTime() / 1000) + 86_400,
      resourceId: 'matrix-appointment',
    },
    stack.messaging.linkSigningKey,
  );
  return encodeURIComponent(token);
}

const ROUTES = describeRoutes();

async function call(route: RouteDefinition, role: Role | undefined) {
  const sample = SAMPLES[route.operationId] as Sample;
  const headers: Record<string, string> = {};
  if (role) headers.authorization = `Bearer ${stack.identity.issueToken({ role, subject: `user-${role}` })}`;
  if (sample.body !== undefined) headers['content-type'] = 'application/json';
  if (sample.form !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
  const response = await fetch(`${stack.endpoints.api}${sample.path()}`, {
    method: route.method,
    headers,
    body: sample.body === undefined ? sample.form : JSON.stringify(sample.body),
  });
  const body = await response.text();
  responses.push({ role, operationId: route.operationId, status: response.status, body });
  return response.status;
}

function expectedStatusClass(route: RouteDefinition, role: Role | undefined): string {
  if (route.access.kind === 'public') return '2xx';
  if (!role) return '401';
  if (route.access.kind === 'signed-in') return '2xx';
  return ROLE_PERMISSIONS[role].includes(route.access.permission) ? '2xx' : '403';
}

beforeAll(async () => {
  // With the outboxes: the staff send route's message is really sent (to the local SES outbox).
  stack = await startTestStack({ withFrontDoors: true });
  const occurredAt = '2026-11-25T08:00:00Z';
  const resources = [
    'Patient-example.json',
    'Condition-example.json',
    'Observation-example.json',
    'AllergyIntolerance-example.json',
  ];
  await emitFhirChanges(stack, [
    ...resources.map((file) => ({ action: 'update', occurredAt, resource: readSample('hl7-examples', file) })),
    // A rejected event, for the dead-letter routes.
    { action: 'update', occurredAt, resource: { ...readSample('hl7-examples', 'Patient-pat1.json'), gender: 'M' } },
  ]);
  const folder = join(stack.importRoot, 'matrix');
  mkdirSync(folder, { recursive: true });
  cpSync(samplePath('ndjson', 'Location.000.ndjson'), join(folder, 'Location.000.ndjson'));
  await stack.bulkImport(folder, { jobId: 'job-matrix' });
  const list = await fetch(`${stack.endpoints.api}/ingestion/dead-letters`, {
    headers: { authorization: `Bearer ${stack.identity.issueToken({ role: 'fhir-sync-admin' })}` },
  });
  deadLetterId = ((await list.json()) as { items: { id: string }[] }).items[0]?.id as string;
  // An active static list, for the upload route.
  const marketer = {
    authorization: `Bearer ${stack.identity.issueToken({ role: 'marketing-professional' })}`,
    'content-type': 'application/json',
  };
  const registry = { kind: 'static', id: 'matrix-registry', name: 'Matrix registry' };
  await fetch(`${stack.endpoints.api}/segments`, { method: 'POST', headers: marketer, body: JSON.stringify(registry) });
  await fetch(`${stack.endpoints.api}/segments/matrix-registry/activate`, { method: 'POST', headers: marketer });
  await fetch(`${stack.endpoints.api}/segments`, {
    method: 'POST',
    headers: marketer,
    body: JSON.stringify(CLINICAL_SEGMENT),
  });
  await fetch(`${stack.endpoints.api}/segments/matrix-clinical/activate`, { method: 'POST', headers: marketer });
  await stack.settle();
  // A journey to archive (with a template of its own: the template routes run later), and open activities.
  await fetch(`${stack.endpoints.api}/templates`, {
    method: 'POST',
    headers: marketer,
    body: JSON.stringify({ templateId: 'matrix-archive-template', definition: MATRIX_TEMPLATE }),
  });
  const archived = {
    ...MATRIX_JOURNEY,
    id: 'matrix-archived',
    name: 'Matrix journey to archive',
    steps: { ...MATRIX_JOURNEY.steps, email: { ...MATRIX_JOURNEY.steps.email, template: 'matrix-archive-template' } },
  };
  const created = await fetch(`${stack.endpoints.api}/journeys`, {
    method: 'POST',
    headers: marketer,
    body: JSON.stringify(archived),
  });
  expect(created.status).toBe(201);
  const activities = new DynamoActivityStore(
    DynamoDBDocumentClient.from(localDynamoClient(stack.endpoints.dynamodb)),
    stack.tables.patients,
  );
  for (const [index, activityId] of MATRIX_ACTIVITIES.entries()) {
    await activities.create({
      activityId,
      patientId: PATIENT,
      journeyId: 'matrix-journey',
      journeyVersion: 1,
      executionId: 'matrix-execution',
      stepId: `step-${index}`,
      kind: 'follow-up-call',
      title: 'Call to book a follow-up',
      assignTo: 'care-team',
      status: 'open',
      createdAt: '2026-11-25T08:00:00.000Z',
    });
  }
  // A logged message, for the message route.
  const messages = new DynamoMessageStore(
    DynamoDBDocumentClient.from(localDynamoClient(stack.endpoints.dynamodb)),
    stack.tables.messages,
  );
  await messages.recordDecision({
    messageId: MATRIX_MESSAGE_ID,
    patientId: PATIENT,
    cause: { kind: 'staff', requestId: 'matrix' },
    templateId: 'matrix-template',
    topic: 'care-gaps',
    status: 'skipped',
    reason: 'no-contact-point',
    checks: [],
    createdAt: '2026-11-25T08:00:00.000Z',
    updatedAt: '2026-11-25T08:00:00.000Z',
    events: [],
    revision: 0,
  });
});

afterAll(async () => {
  await stack?.settle();
  await stack?.stop();
});

it('has a sample request for every route in the route table', () => {
  expect(ROUTES.map((r) => r.operationId).sort()).toEqual(Object.keys(SAMPLES).sort());
});

it.each(ROUTES.map((route) => [`${route.method} ${route.path}`, route] as const))(
  '%s answers every role and the anonymous caller exactly as the matrix says',
  async (_, route) => {
    const actual: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const role of [undefined, ...ROLES]) {
      const status = await call(route, role);
      actual[role ?? 'no token'] = status >= 200 && status < 300 ? '2xx' : String(status);
      expected[role ?? 'no token'] = expectedStatusClass(route, role);
    }
    expect(actual).toEqual(expected);
  },
);

it("left an audit entry for every look at the patient, and the audit query answers who saw patient 'example'", async () => {
  const admin = `Bearer ${stack.identity.issueToken({ role: 'fhir-sync-admin', subject: 'auditor' })}`;
  const items: { actor: string; operationId: string; outcome: string }[] = [];
  let cursor: string | undefined;
  do {
    const page = `/audit/patients/${PATIENT}?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await fetch(`${stack.endpoints.api}${page}`, { headers: { authorization: admin } });
    const body = (await response.json()) as { items: typeof items; cursor?: string };
    items.push(...body.items);
    cursor = body.cursor;
  } while (cursor);
  const seen = new Set(items.map((e) => `${e.actor} ${e.operationId} ${e.outcome}`));

  const patientRoutes = ROUTES.filter((r) => r.audit?.patientIdParam && r.path.startsWith('/patients/'));
  expect(patientRoutes.length).toBeGreaterThanOrEqual(4);
  for (const route of patientRoutes) {
    for (const role of ROLES) {
      const allowed = expectedStatusClass(route, role) === '2xx';
      expect(seen).toContain(`user-${role} ${route.operationId} ${allowed ? 'allowed' : 'denied'}`);
    }
  }
  // A search that returned the patient counts as a look at the patient, for every role that may search.
  for (const role of ROLES.filter((r) => ROLE_PERMISSIONS[r].includes('patients:search'))) {
    expect(seen).toContain(`user-${role} searchPatients allowed`);
  }
});

it('never sent a clinical field or code to the non-clinical user, and did send them to the healthcare user', () => {
  // Every route that can return patient data; the public ones describe the API, not patients.
  const patientData = new Set(ROUTES.filter((r) => r.access.kind !== 'public').map((r) => r.operationId));
  const bodiesOf = (role: Role) =>
    responses.filter((r) => r.role === role && r.status < 300 && patientData.has(r.operationId)).map((r) => r.body);
  const clinicalKey = new RegExp(`"(${CLINICAL_KEYS.join('|')})"\\s*:`);
  for (const body of bodiesOf('non-clinical-user')) {
    expect(body).not.toMatch(clinicalKey);
    for (const code of CLINICAL_CODES) expect(body).not.toContain(code);
  }
  const healthcare = bodiesOf('healthcare-user').join('\n');
  for (const code of CLINICAL_CODES) expect(healthcare).toContain(code);
});

it("never showed a clinical segment's membership to a role without clinical read, and did to the healthcare user", async () => {
  const bodies = (role: Role, operationIds: readonly string[]) =>
    responses
      .filter((r) => r.role === role && r.status < 300 && operationIds.includes(r.operationId))
      .map((r) => r.body);
  const patientViews = ['getPatient', 'getPatientSegments'];

  const clinicianViews = bodies('healthcare-user', patientViews);
  expect(clinicianViews).toHaveLength(patientViews.length);
  expect(clinicianViews.every((body) => body.includes(CLINICAL_SEGMENT.id))).toBe(true);
  // The non-clinical user cannot list segments at all: the id appears in none of its answers.
  for (const body of bodies('non-clinical-user', Object.keys(SAMPLES))) expect(body).not.toContain(CLINICAL_SEGMENT.id);
  // The marketer lists segments (their names are not about a patient), but sees no patient's membership of one.
  const marketerViews = bodies('marketing-professional', patientViews);
  expect(marketerViews).toHaveLength(patientViews.length);
  for (const body of marketerViews) expect(body).not.toContain(CLINICAL_SEGMENT.id);

  const marketer = { authorization: `Bearer ${stack.identity.issueToken({ role: 'marketing-professional' })}` };
  const members = await fetch(`${stack.endpoints.api}/segments/matrix-clinical/members`, { headers: marketer });
  const explained = await fetch(`${stack.endpoints.api}/segments/preview`, {
    method: 'POST',
    headers: { ...marketer, 'content-type': 'application/json' },
    body: JSON.stringify({ definition: CLINICAL_SEGMENT, patientId: PATIENT }),
  });
  const counted = await fetch(`${stack.endpoints.api}/segments/preview`, {
    method: 'POST',
    headers: { ...marketer, 'content-type': 'application/json' },
    body: JSON.stringify({ definition: CLINICAL_SEGMENT }),
  });
  expect([members.status, explained.status, counted.status]).toEqual([403, 403, 200]);
  expect(await counted.json()).toEqual(expect.objectContaining({ matched: 1, readsClinicalData: true }));
});

it('rejects a bad body, an unknown field, an oversized body and a bad cursor with the documented problem', async () => {
  const token = `Bearer ${stack.identity.issueToken({ role: 'healthcare-user' })}`;
  const put = (body: string) =>
    fetch(`${stack.endpoints.api}/patients/${PATIENT}/preferences/email/campaigns`, {
      method: 'PUT',
      headers: { authorization: token, 'content-type': 'application/json' },
      body,
    });

  const malformed = await put('{"status": ');
  const unknown = await put(JSON.stringify({ status: 'opted-in', colour: 'blue' }));
  const oversized = await put(JSON.stringify({ status: 'opted-in', reason: 'x'.repeat(300_000) }));
  const badCursor = await fetch(`${stack.endpoints.api}/patients?family=chalm&cursor=not-a-cursor`, {
    headers: { authorization: token },
  });

  expect([malformed.status, unknown.status, oversized.status, badCursor.status]).toEqual([400, 400, 413, 400]);
  for (const response of [malformed, unknown, oversized, badCursor]) {
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  }
  expect(((await unknown.json()) as { errors: unknown[] }).errors).toEqual([
    { in: 'body', pointer: '/colour', detail: 'unknown field' },
  ]);
  expect(((await badCursor.json()) as { errors: { pointer: string }[] }).errors[0]?.pointer).toBe('/cursor');
});

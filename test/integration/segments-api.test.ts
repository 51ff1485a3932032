import type * as fhir4 from 'fhir/r4';
import type { Role } from '../../lambdas/domain/access/roles';
import { DetailType } from '../../lambdas/domain/events/event-names';
import type { LocalStack } from '../../local/local-stack';
import { emitFhirChanges } from '../support/emit';
import { startTestStack } from '../support/local-stack-for-tests';

/**
 * The segments API end to end: tokens from the local user pool, the real handler over DynamoDB Local, the
 * computation workflow run locally, and membership kept up to date by the evaluation rules on the local bus.
 */
jest.setTimeout(300_000);

const OCCURRED_AT = '2026-11-25T08:00:00Z';
const MRN = 'http://hospital.example.org/mrn';
const SEGMENT = 'women-over-50';

const definition = {
  schemaVersion: 1,
  id: SEGMENT,
  name: 'Women over 50',
  description: 'for the screening campaign',
  criteria: { all: [{ age: { min: 50 } }, { gender: ['female'] }] },
};

const patient = (id: string, birthDate: string, gender: fhir4.Patient['gender'], mrn: string): fhir4.Patient => ({
  resourceType: 'Patient',
  id,
  name: [{ family: 'Segment', given: [id] }],
  birthDate,
  gender,
  identifier: [{ system: MRN, value: mrn }],
});

const BEFORE = patient('seg-api-before', '1961-04-02', 'female', 'M-100');
const AFTER = patient('seg-api-after', '1958-09-30', 'female', 'M-200');
const YOUNG = patient('seg-api-young', '1999-01-01', 'female', 'M-300');

let stack: LocalStack;
let baseUrl: string;

async function call(role: Role, method: string, path: string, body?: unknown) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${stack.identity.issueToken({ role, subject: `it-${role}` })}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> };
}

const marketer = (method: string, path: string, body?: unknown) => call('marketing-professional', method, path, body);
const emitPatients = (...patients: fhir4.Patient[]) =>
  emitFhirChanges(
    stack,
    patients.map((resource) => ({ action: 'create', occurredAt: OCCURRED_AT, resource })),
  );

async function finishComputation(response: { body: Record<string, unknown> }) {
  const { computationId } = response.body.computation as { computationId: string };
  await stack.computationStarter.finished(computationId);
  await stack.bus.drain();
}

async function members(segmentId: string): Promise<string[]> {
  const { body } = await marketer('GET', `/segments/${segmentId}/members`);
  return (body.items as { patientId: string }[]).map((m) => m.patientId);
}

beforeAll(async () => {
  stack = await startTestStack();
  baseUrl = stack.endpoints.api;
  await emitPatients(BEFORE, YOUNG);
});

afterAll(async () => {
  await stack?.stop();
});

it('creates a segment, activates it, and the full computation admits the patients who match', async () => {
  const created = await marketer('POST', '/segments', definition);
  expect(created.status).toBe(201);

  const activated = await marketer('POST', `/segments/${SEGMENT}/activate`);
  expect(activated.status).toBe(202);
  await finishComputation(activated);

  expect(await members(SEGMENT)).toEqual([BEFORE.id]);
  const detail = await marketer('GET', `/segments/${SEGMENT}`);
  expect(detail.body.computation).toEqual(
    expect.objectContaining({ reason: 'activated', status: 'completed', entered: 1 }),
  );
});

it('admits a patient who arrives afterwards through the FHIR events alone', async () => {
  await emitPatients(AFTER);

  expect(await members(SEGMENT)).toEqual([AFTER.id, BEFORE.id].sort());
});

it("shows the membership in the patient's 360 view and segments to those who see engagement, and only to them", async () => {
  const view = await call('non-clinical-user', 'GET', `/patients/${AFTER.id}`);
  const segments = await call('marketing-professional', 'GET', `/patients/${AFTER.id}/segments`);
  const planner = await call('event-planner', 'GET', `/patients/${AFTER.id}`);

  const expected = [expect.objectContaining({ segmentId: SEGMENT, name: 'Women over 50', version: 1 })];
  expect(view.body.segments).toEqual(expected);
  expect(segments.body.items).toEqual(expected);
  expect(planner.status).toBe(200);
  expect(planner.body).not.toHaveProperty('segments');
});

it('previews a definition over every patient and explains one of them', async () => {
  const preview = await marketer('POST', '/segments/preview', {
    definition: { ...definition, id: 'draft', criteria: { all: [{ age: { min: 66 } }, { gender: ['female'] }] } },
    patientId: BEFORE.id,
  });

  expect(preview.status).toBe(200);
  expect(preview.body).toEqual(
    expect.objectContaining({ evaluated: 3, matched: 1, sample: [AFTER.id], complete: true, readsClinicalData: false }),
  );
  expect(preview.body.patient).toEqual(
    expect.objectContaining({
      patientId: BEFORE.id,
      member: false,
      nextChange: '2027-04-02T00:00:00.000Z',
      explanation: expect.objectContaining({
        matched: false,
        children: [
          expect.objectContaining({ criterion: 'age', matched: false, reason: 'age 65, needs 66 or more' }),
          expect.objectContaining({ criterion: 'gender', matched: true }),
        ],
      }),
    }),
  );
});

it('replaces the members of a static list from a CSV upload and announces each entry', async () => {
  await marketer('POST', '/segments', { kind: 'static', id: 'registry', name: 'Diabetes registry' });
  await marketer('POST', '/segments/registry/activate');

  const upload = await marketer('PUT', '/segments/registry/members', {
    csv: `patientId,identifier\n${YOUNG.id},\n,${MRN}|M-200\n,${MRN}|M-999\n`,
  });

  expect(upload.status).toBe(200);
  expect(upload.body).toEqual({
    rows: 3,
    members: 2,
    entered: 2,
    exited: 0,
    unresolved: [{ line: 4, value: `${MRN}|M-999`, reason: 'unknown' }],
  });
  expect(await members('registry')).toEqual([AFTER.id, YOUNG.id].sort());
  const announced = stack.bus
    .archived()
    .filter((e) => e['detail-type'] === DetailType.SegmentMembershipChanged)
    .map((e) => e.detail as { patientId: string; entered: string[] })
    .filter((d) => d.entered.includes('registry'))
    .map((d) => d.patientId);
  expect(announced.sort()).toEqual([AFTER.id, YOUNG.id].sort());
});

it('audited every look at a patient, naming the patient', async () => {
  const trail = await call('fhir-sync-admin', 'GET', `/audit/patients/${BEFORE.id}?limit=100`);

  const operations = (trail.body.items as { operationId: string }[]).map((e) => e.operationId);
  expect(operations).toEqual(expect.arrayContaining(['previewSegment']));
  const after = await call('fhir-sync-admin', 'GET', `/audit/patients/${AFTER.id}?limit=100`);
  expect((after.body.items as { operationId: string }[]).map((e) => e.operationId)).toEqual(
    expect.arrayContaining(['getPatient', 'getPatientSegments']),
  );
});

it('refuses the segment routes to a role without segments:manage', async () => {
  const response = await call('healthcare-user', 'POST', `/segments/${SEGMENT}/archive`);

  expect(response.status).toBe(403);
});

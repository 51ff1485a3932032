import { readFileSync } from 'node:fs';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type * as fhir4 from 'fhir/r4';
import { DynamoPatientDirectory } from '../../lambdas/adapters/dynamodb/patient-directory';
import { DynamoPreferenceStore } from '../../lambdas/adapters/dynamodb/preference-store';
import { patientRoutes } from '../../lambdas/api/routes/patient-routes';
import { patientResourceChangedPattern } from '../../lambdas/domain/events/event-patterns';
import { itemsFromBundle } from '../../lambdas/domain/ingestion/bulk-files';
import { InvalidCursorError } from '../../lambdas/domain/paging';
import type { PreferenceChange } from '../../lambdas/domain/patients/preferences';
import type { SearchCriteria } from '../../lambdas/domain/patients/search-terms';
import { localDynamoClient } from '../../local/dynamodb/dynamodb-local';
import { localLambdaContext } from '../../local/lambda-context';
import type { LocalStack } from '../../local/local-stack';
import { apiUnderTest } from '../support/api-harness';
import { emitFhirChanges } from '../support/emit';
import { listSamples, readSample, samplePath } from '../support/fhir-samples';
import { startTestStack } from '../support/local-stack-for-tests';

/**
 * HL7 examples and one Synthea patient ingested through the local bus; the search index kept by the
 * real indexing handler behind the real event pattern; the API's adapters read DynamoDB Local.
 */
jest.setTimeout(120_000);

const OCCURRED_AT = '2026-11-25T08:00:00Z';
const LATER = '2026-11-25T09:00:00Z';
const SYNTHEA = 'Alden_Considine_42ba9929-3ab7-44fd-8f64-401c936fd769.json';
const SYNTHEA_PATIENT = '39cc9d76-0952-4ded-9b39-b97d1e43b9cf';
const HL7_PATIENTS = ['example', 'f001', 'pat1', 'pat2', 'ch-example'];

let stack: LocalStack;
let client: DynamoDBDocumentClient;
let directory: DynamoPatientDirectory;
let preferences: DynamoPreferenceStore;

function hl7Details(): Record<string, unknown>[] {
  const wanted = new Set(HL7_PATIENTS.map((id) => `Patient/${id}`));
  return listSamples('hl7-examples')
    .filter((name) => !name.startsWith('Bundle-'))
    .filter((name) => {
      const text = readFileSync(samplePath('hl7-examples', name), 'utf8');
      return (
        [...wanted].some((reference) => text.includes(`"${reference}"`)) || wanted.has(`Patient/${name.slice(8, -5)}`)
      );
    })
    .flatMap((name) => itemsFromBundle(readFileSync(samplePath('hl7-examples', name), 'utf8'), OCCURRED_AT))
    .flatMap((item) => ('detail' in item ? [item.detail as Record<string, unknown>] : []));
}

function syntheaDetails(): Record<string, unknown>[] {
  return itemsFromBundle(readFileSync(samplePath('synthea', SYNTHEA), 'utf8'), OCCURRED_AT).flatMap((item) =>
    'detail' in item ? [item.detail as Record<string, unknown>] : [],
  );
}

const search = async (criteria: SearchCriteria, limit = 25, cursor?: string) =>
  directory.search(criteria, limit, cursor);
const idsOf = (page: { items: readonly { id: string }[] }) => page.items.map((i) => i.id).sort();

async function searchPartitionItems(pk: string) {
  const page = await client.send(
    new QueryCommand({
      TableName: stack.tables.patients,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
    }),
  );
  return page.Items ?? [];
}

beforeAll(async () => {
  stack = await startTestStack();
  // Loaded once the stack has set the environment: the handler reads its configuration at module scope.
  const { handler } =
    require('../../lambdas/handlers/index-patient-search') as typeof import('../../lambdas/handlers/index-patient-search');
  stack.bus.addRule({
    name: 'IndexPatientSearch',
    pattern: patientResourceChangedPattern(),
    target: (event) => handler(event as never, localLambdaContext('IndexPatientSearch')),
    retryAttempts: 2,
    concurrency: 4,
  });
  client = DynamoDBDocumentClient.from(localDynamoClient(stack.endpoints.dynamodb), {
    marshallOptions: { removeUndefinedValues: true },
  });
  directory = new DynamoPatientDirectory(client, stack.tables.patients);
  preferences = new DynamoPreferenceStore(client, stack.tables.patients);
  await emitFhirChanges(stack, [...hl7Details(), ...syntheaDetails()]);
});

afterAll(async () => {
  await stack?.stop();
});

describe('patient search over DynamoDB', () => {
  it('finds ingested patients by family prefix, ignoring case and accents', async () => {
    expect(idsOf(await search({ by: 'family', family: 'chal' }))).toEqual(['example']);
    expect(idsOf(await search({ by: 'family', family: 'consi' }))).toEqual([SYNTHEA_PATIENT]);
    expect(idsOf(await search({ by: 'family', family: '张无忌' }))).toEqual(['ch-example']);
  });

  it('narrows a family search by given name with a filter', async () => {
    expect(idsOf(await search({ by: 'family', family: 'chalmers', given: 'jam' }))).toEqual(['example']);
    expect(idsOf(await search({ by: 'family', family: 'chalmers', given: 'xa' }))).toEqual([]);
  });

  it('finds a patient by identifier with or without its system', async () => {
    const ssn = { by: 'identifier', system: 'http://hl7.org/fhir/sid/us-ssn', value: '999-12-8616' } as const;

    expect(idsOf(await search(ssn))).toEqual([SYNTHEA_PATIENT]);
    expect(idsOf(await search({ by: 'identifier', value: '999-12-8616' }))).toEqual([SYNTHEA_PATIENT]);
    expect(idsOf(await search({ ...ssn, system: 'urn:other' }))).toEqual([]);
  });

  it('finds patients by birth date, optionally narrowed by name', async () => {
    expect(idsOf(await search({ by: 'birthDate', birthDate: '1974-12-25' }))).toEqual(['ch-example', 'example']);
    expect(idsOf(await search({ by: 'birthDate', birthDate: '1974-12-25', family: 'wind' }))).toEqual(['example']);
  });

  it('pages with cursors that DynamoDB accepts back', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await search({ by: 'family', family: 'donald' }, 1, cursor);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.cursor;
      pages++;
    } while (cursor && pages < 5);

    expect(seen).toEqual(['pat1', 'pat2']);
  });

  it('answers a cursor from another key range with a 400, not a DynamoDB error', async () => {
    const { cursor } = await search({ by: 'family', family: 'donald' }, 1);

    await expect(search({ by: 'family', family: 'dog' }, 1, cursor)).rejects.toBeInstanceOf(InvalidCursorError);
  });
});

describe('keeping the index in step with the Patient', () => {
  it('removes the entries of a former name and writes the new one', async () => {
    const patient = readSample<fhir4.Patient>('hl7-examples', 'Patient-f001.json');
    const renamed = { ...patient, name: [{ use: 'official' as const, family: 'Åkesson', given: ['Pieter'] }] };
    expect(idsOf(await search({ by: 'family', family: 'vandeheuvel' }))).toEqual(['f001']);

    await emitFhirChanges(stack, [{ action: 'update', resource: renamed, occurredAt: LATER }]);

    expect(idsOf(await search({ by: 'family', family: 'vandeheuvel' }))).toEqual([]);
    expect(idsOf(await search({ by: 'family', family: 'akess' }))).toEqual(['f001']);
    expect(await searchPartitionItems('SEARCH#FAMILY#va')).toEqual([]);
    const { Item } = await client.send(
      new GetCommand({ TableName: stack.tables.patients, Key: { pk: 'PATIENT#f001', sk: 'SEARCHKEYS' } }),
    );
    expect(Item?.keys).toContain(JSON.stringify(['SEARCH#FAMILY#ak', 'akesson#pieter#f001']));
    expect(Item?.keys).not.toContain(JSON.stringify(['SEARCH#FAMILY#va', 'vandeheuvel#pieter#f001']));
  });

  it('removes every entry and the key record when the Patient is deleted', async () => {
    expect(idsOf(await search({ by: 'identifier', value: '123456' }))).toEqual(['pat2']);
    await emitFhirChanges(stack, [
      { action: 'delete', resource: { resourceType: 'Patient', id: 'pat2' }, occurredAt: LATER },
    ]);

    expect(idsOf(await search({ by: 'family', family: 'donald' }))).toEqual(['pat1']);
    expect(idsOf(await search({ by: 'identifier', value: '123456' }))).toEqual([]);
    const { Item } = await client.send(
      new GetCommand({ TableName: stack.tables.patients, Key: { pk: 'PATIENT#pat2', sk: 'SEARCHKEYS' } }),
    );
    expect(Item).toBeUndefined();
  });
});

describe('the 360 record', () => {
  it('reads the Patient with every resource projected under it', async () => {
    const record = await directory.getRecord(SYNTHEA_PATIENT);

    expect(record?.facts).toMatchObject({ kind: 'Patient', birthDate: '1949-06-09' });
    expect(new Set(record?.resources.map((r) => r.resourceType))).toEqual(
      new Set([
        'Observation',
        'Encounter',
        'Immunization',
        'Condition',
        'Procedure',
        'MedicationRequest',
        'AllergyIntolerance',
      ]),
    );
    expect(await directory.getRecord('nobody')).toBeUndefined();
  });

  it('lists the projected resources of one type', async () => {
    const consents = await directory.listResources('f001', 'Consent');

    expect(consents.length).toBeGreaterThan(5);
    expect(consents.every((c) => c.resourceType === 'Consent')).toBe(true);
  });
});

describe('preferences over DynamoDB', () => {
  const change = (overrides: Partial<PreferenceChange>): PreferenceChange => ({
    changeId: 'staff-r1',
    patientId: 'pat1',
    channel: 'email',
    topic: 'campaigns',
    status: 'opted-out',
    source: 'staff',
    actor: 'user-1',
    at: '2026-11-25T10:00:00.000Z',
    ...overrides,
  });

  it('keeps the latest change current, an older one as history only, and a repeat once', async () => {
    const latest = change({});
    const older = change({
      changeId: 'fhir-consent-k1-x-email-campaigns',
      source: 'fhir-consent',
      status: 'opted-in',
      at: '2026-01-01T00:00:00.000Z',
    });

    const outcomes = [
      await preferences.record(latest),
      await preferences.record(older),
      await preferences.record(latest),
    ];

    expect(outcomes).toEqual(['applied', 'superseded', 'duplicate']);
    expect(await preferences.current('pat1')).toEqual([latest]);
    expect((await preferences.history('pat1', 10)).items).toEqual([latest, older]);
  });

  it('pages the history newest first', async () => {
    for (const [i, topic] of (['results', 'events', 'general'] as const).entries()) {
      await preferences.record(
        change({ patientId: 'f001', changeId: `staff-h${i}`, topic, at: `2026-11-2${i}T00:00:00.000Z` }),
      );
    }

    const first = await preferences.history('f001', 2);
    const second = await preferences.history('f001', 2, first.cursor);

    expect(first.items.map((c) => c.topic)).toEqual(['general', 'events']);
    expect(second.items.map((c) => c.topic)).toEqual(['results']);
    await expect(preferences.history('example', 2, first.cursor)).rejects.toBeInstanceOf(InvalidCursorError);
  });
});

describe('the patient routes on DynamoDB', () => {
  it('serves search, the 360 view and a preference change through the API pipeline', async () => {
    const api = apiUnderTest(
      patientRoutes({
        patientDirectory: new DynamoPatientDirectory(client, stack.tables.patients),
        patientPreferences: new DynamoPreferenceStore(client, stack.tables.patients),
        clock: stack.clock,
        patientSegments: async () => [],
        organisationTimeZone: async () => 'America/New_York',
        patientJourneys: async () => [],
        patientMessages: async () => [],
      }),
    );

    const found = await api.call({
      method: 'GET',
      path: '/patients',
      query: { family: 'chal' },
      role: 'non-clinical-user',
    });
    const view = await api.call({ method: 'GET', path: `/patients/${SYNTHEA_PATIENT}`, role: 'non-clinical-user' });
    const clinicalView = await api.call({
      method: 'GET',
      path: `/patients/${SYNTHEA_PATIENT}`,
      role: 'healthcare-user',
    });
    const put = await api.call({
      method: 'PUT',
      path: '/patients/example/preferences/letter/general',
      body: { status: 'opted-in' },
      role: 'healthcare-user',
    });

    expect(found.status).toBe(200);
    expect((found.json() as { items: { id: string }[] }).items.map((i) => i.id)).toEqual(['example']);
    expect(view.json()).not.toHaveProperty('clinical');
    expect(clinicalView.json()).toHaveProperty('clinical.conditions.total', 8);
    expect(put.json()).toMatchObject({ outcome: 'applied', preference: { source: 'staff', status: 'opted-in' } });
  });
});

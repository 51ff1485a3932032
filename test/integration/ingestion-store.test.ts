import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type * as fhir4 from 'fhir/r4';
import { DynamoIngestionStore } from '../../lambdas/adapters/dynamodb/ingestion-store';
import { DynamoPatientDirectory } from '../../lambdas/adapters/dynamodb/patient-directory';
import { DynamoResourceChanges } from '../../lambdas/adapters/dynamodb/resource-changes';
import { type ValidChange, validateFhirChange } from '../../lambdas/domain/ingestion/validate-change';
import { createPlatformTables, localDynamoClient } from '../../local/dynamodb/dynamodb-local';
import { DEFAULT_MAX_RESOURCE_BYTES } from '../support/in-memory-ingestion';

/**
 * The ingestion store against DynamoDB Local, where its writes are single items one after the other: an
 * older revision's write that lands after a newer revision was applied changes nothing a reader sees.
 */
let store: DynamoIngestionStore;
let directory: DynamoPatientDirectory;
let changes: DynamoResourceChanges;
const APPLIED_AT = new Date('2026-11-25T08:00:00Z');

beforeAll(async () => {
  const endpoint = process.env.TEST_DYNAMODB_ENDPOINT;
  if (!endpoint) throw new Error('TEST_DYNAMODB_ENDPOINT is not set: run integration tests through jest');
  const tables = await createPlatformTables(endpoint, `t${randomUUID().slice(0, 8)}`);
  const client = DynamoDBDocumentClient.from(localDynamoClient(endpoint));
  store = new DynamoIngestionStore(client, tables.Patients as string);
  directory = new DynamoPatientDirectory(client, tables.Patients as string);
  changes = new DynamoResourceChanges(client, tables.Patients as string);
});

function weight(id: string, patientId: string, versionId: string, kilograms: number): fhir4.Observation {
  return {
    resourceType: 'Observation',
    id,
    meta: { versionId, lastUpdated: `2026-11-2${versionId}T08:00:00Z` },
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: '29463-7' }] },
    subject: { reference: `Patient/${patientId}` },
    valueQuantity: { value: kilograms, unit: 'kg', system: 'http://unitsofmeasure.org', code: 'kg' },
  };
}

function changeOf(resource: fhir4.Observation): ValidChange {
  const result = validateFhirChange(
    { action: 'update', occurredAt: '2026-11-25T08:00:00Z', resource },
    { maxResourceBytes: DEFAULT_MAX_RESOURCE_BYTES },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.rejection));
  return result.change;
}

/** Reads the version record and applies the change over it, as ingestion does. */
async function apply(change: ValidChange) {
  const expected = await store.getAppliedVersion(change);
  expect(await store.applyChange(change, expected, change.patientIds, APPLIED_AT)).toBe('applied');
  return store.getAppliedVersion(change);
}

it('keeps a moved resource off its former patient when the older revision’s write lands after the move', async () => {
  const first = changeOf(weight('w-move', 'p1', '1', 80));
  const v1 = await apply(first);
  await apply(changeOf(weight('w-move', 'p2', '2', 81)));

  // The first revision's patient write, still on its way when the move was applied.
  await store.completeProjection(first, v1!, APPLIED_AT);

  expect(await directory.getResource('p1', 'Observation', 'w-move')).toBeUndefined();
  expect(await directory.listResources('p1', 'Observation')).toEqual([]);
  expect(await directory.getResource('p2', 'Observation', 'w-move')).toMatchObject({ valueQuantity: { value: 81 } });
});

it('keeps the newer content under the patient when an older revision’s write lands late', async () => {
  const first = changeOf(weight('w-late', 'p3', '1', 80));
  const v1 = await apply(first);
  await apply(changeOf(weight('w-late', 'p3', '2', 82)));

  await store.completeProjection(first, v1!, APPLIED_AT);

  expect(await directory.getResource('p3', 'Observation', 'w-late')).toMatchObject({ valueQuantity: { value: 82 } });
});

it('answers %current and %previous of every revision: the latest from the version record, the replaced from change records', async () => {
  await apply(changeOf(weight('w-rev', 'p4', '1', 80)));
  await apply(changeOf(weight('w-rev', 'p4', '2', 81)));
  await apply(changeOf(weight('w-rev', 'p4', '3', 82)));

  const kilogramsOf = (resource: fhir4.FhirResource | undefined) =>
    (resource as fhir4.Observation)?.valueQuantity?.value;
  const at = async (revision: number) => {
    const change = await changes.change('Observation', 'w-rev', revision);
    return [kilogramsOf(change?.current), kilogramsOf(change?.previous)];
  };
  expect(await at(1)).toEqual([80, undefined]);
  expect(await at(2)).toEqual([81, 80]);
  expect(await at(3)).toEqual([82, 81]);
});

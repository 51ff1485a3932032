import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoJourneyEntryStore } from '../../lambdas/adapters/dynamodb/journey-entry-store';
import type { JourneyEntryRecord } from '../../lambdas/domain/journeys/enrolment/ports';
import { createPlatformTables, localDynamoClient } from '../../local/dynamodb/dynamodb-local';

/** The journey entry store against DynamoDB Local: round trip, keys apart, conditional writes by revision. */
let entries: DynamoJourneyEntryStore;

beforeAll(async () => {
  const endpoint = process.env.TEST_DYNAMODB_ENDPOINT;
  if (!endpoint) throw new Error('TEST_DYNAMODB_ENDPOINT is not set: run integration tests through jest');
  const tables = await createPlatformTables(endpoint, `t${randomUUID().slice(0, 8)}`);
  entries = new DynamoJourneyEntryStore(
    DynamoDBDocumentClient.from(localDynamoClient(endpoint)),
    tables.Patients as string,
  );
});

function entry(patientId: string, overrides: Partial<JourneyEntryRecord> = {}): JourneyEntryRecord {
  return {
    patientId,
    journeyId: 'appointment-reminders',
    key: 'patient',
    lastEnteredAt: '2026-03-01T00:00:00.000Z',
    executionName: 'appointment-reminders-v1-0123456789abcdef',
    journeyVersion: 1,
    entries: 1,
    revision: 1,
    ...overrides,
  };
}

describe('journey entry store', () => {
  it('reads back the entry it recorded', async () => {
    const recorded = entry('p-round-trip', { lastOccurrence: 'create:Appointment/a1/_history/1' });

    expect(await entries.record(recorded, undefined)).toBe('recorded');

    expect(await entries.get('p-round-trip', 'appointment-reminders', 'patient')).toEqual(recorded);
  });

  it('finds nothing for a patient who never entered', async () => {
    expect(await entries.get('p-never', 'appointment-reminders', 'patient')).toBeUndefined();
  });

  it('keeps the records of two keys apart', async () => {
    await entries.record(entry('p-keys', { key: 'Appointment/a1', executionName: 'name-a1' }), undefined);
    await entries.record(entry('p-keys', { key: 'Appointment/a2', executionName: 'name-a2' }), undefined);

    expect((await entries.get('p-keys', 'appointment-reminders', 'Appointment/a1'))?.executionName).toBe('name-a1');
    expect((await entries.get('p-keys', 'appointment-reminders', 'Appointment/a2'))?.executionName).toBe('name-a2');
  });

  it('refuses a first entry when one is already recorded', async () => {
    await entries.record(entry('p-first-race'), undefined);

    expect(await entries.record(entry('p-first-race', { executionName: 'other' }), undefined)).toBe('conflict');
    expect((await entries.get('p-first-race', 'appointment-reminders', 'patient'))?.executionName).toBe(
      entry('p-first-race').executionName,
    );
  });

  it('replaces the record at the expected revision, and refuses a stale one', async () => {
    await entries.record(entry('p-revision'), undefined);
    const second = entry('p-revision', { entries: 2, revision: 2, lastEnteredAt: '2026-04-01T00:00:00.000Z' });

    expect(await entries.record(second, 1)).toBe('recorded');
    expect(await entries.record(entry('p-revision', { entries: 2, revision: 2 }), 1)).toBe('conflict');

    expect(await entries.get('p-revision', 'appointment-reminders', 'patient')).toEqual(second);
  });
});

import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoJourneyWaitStore } from '../../lambdas/adapters/dynamodb/journey-wait-store';
import { DynamoPatientEventLog } from '../../lambdas/adapters/dynamodb/patient-event-log';
import type { LoggedEvent, WaitDependencies, WaitRegistration } from '../../lambdas/domain/journeys/waits/ports';
import { registerWait } from '../../lambdas/domain/journeys/waits/register-wait';
import { resumeWaiting } from '../../lambdas/domain/journeys/waits/resume-waiting';
import { silentLogger } from '../../lambdas/domain/ports';
import { createPlatformTables, localDynamoClient } from '../../local/dynamodb/dynamodb-local';
import { InMemoryTaskResumer } from '../support/in-memory-waits';

/** The patient event log and the journey wait store against DynamoDB Local: keys, TTL, idempotency, prefixes. */
let client: DynamoDBDocumentClient;
let table: string;
let eventLog: DynamoPatientEventLog;
let waits: DynamoJourneyWaitStore;

beforeAll(async () => {
  const endpoint = process.env.TEST_DYNAMODB_ENDPOINT;
  if (!endpoint) throw new Error('TEST_DYNAMODB_ENDPOINT is not set: run integration tests through jest');
  const tables = await createPlatformTables(endpoint, `t${randomUUID().slice(0, 8)}`);
  table = tables.Patients as string;
  client = DynamoDBDocumentClient.from(localDynamoClient(endpoint));
  eventLog = new DynamoPatientEventLog(client, table);
  waits = new DynamoJourneyWaitStore(client, table);
});

const reply = (id: string, at: string): LoggedEvent => ({
  id,
  at,
  kind: 'reply',
  key: 'appointment-confirmed',
  messageId: 'm-1',
});

describe('DynamoPatientEventLog', () => {
  it('returns a patient’s events since an instant, oldest first, with their ids', async () => {
    const change: LoggedEvent = {
      id: 'c-1',
      at: '2026-11-20T12:00:00.000Z',
      kind: 'fhirChange',
      key: 'Appointment',
      resourceType: 'Appointment',
      resourceId: 'appt-1',
      action: 'delete',
    };
    await eventLog.append('log-1', change);
    await eventLog.append('log-1', reply('r-0', '2026-11-20T09:00:00.000Z'));
    await eventLog.append('log-1', reply('r-1', '2026-11-20T10:00:00.000Z'));
    await eventLog.append('log-2', reply('r-2', '2026-11-20T11:00:00.000Z'));

    expect(await eventLog.since('log-1', '2026-11-20T10:00:00.000Z')).toEqual([
      reply('r-1', '2026-11-20T10:00:00.000Z'),
      change,
    ]);
  });

  it('logs a redelivered event once', async () => {
    await eventLog.append('log-3', reply('r-3', '2026-11-20T10:00:00.000Z'));
    await eventLog.append('log-3', reply('r-3', '2026-11-20T10:00:00.000Z'));

    expect(await eventLog.since('log-3', '2026-01-01T00:00:00.000Z')).toHaveLength(1);
  });

  it('logs the changes of one announcement in one item and reads them back one by one', async () => {
    const change = (id: string, resourceId: string): LoggedEvent => ({
      id,
      at: '2026-11-20T12:00:00.000Z',
      kind: 'fhirChange',
      key: 'Observation',
      resourceType: 'Observation',
      resourceId,
      action: 'update',
      revision: 2,
    });
    await eventLog.append('log-5', reply('r-5', '2026-11-20T11:00:00.000Z'));

    await eventLog.appendAll('log-5', [change('c-1', 'obs-1'), change('c-2', 'obs-2')]);

    expect(await eventLog.since('log-5', '2026-11-20T00:00:00.000Z')).toEqual([
      reply('r-5', '2026-11-20T11:00:00.000Z'),
      change('c-1', 'obs-1'),
      change('c-2', 'obs-2'),
    ]);
    const items = await client.send(
      new QueryCommand({
        TableName: table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'PATIENT#log-5' },
      }),
    );
    expect(items.Count).toBe(2);
  });

  it('reads an event once when it was logged alone and again in a group, or the group twice', async () => {
    const at = '2026-11-20T12:00:00.000Z';
    const first = { ...reply('r-6', at) };
    const second = { ...reply('r-7', at) };
    await eventLog.append('log-6', first);

    await eventLog.appendAll('log-6', [first, second]);
    await eventLog.appendAll('log-6', [first, second]);

    expect(await eventLog.since('log-6', at)).toEqual([first, second]);
  });

  it('sets the TTL about 400 days after the event', async () => {
    await eventLog.append('log-4', reply('r-4', '2026-11-20T10:00:00.000Z'));

    const { Item } = await client.send(
      new GetCommand({ TableName: table, Key: { pk: 'PATIENT#log-4', sk: 'JEVENT#2026-11-20T10:00:00.000Z#r-4' } }),
    );

    expect(Item?.expiresAt).toBe(Date.parse('2026-11-20T10:00:00.000Z') / 1000 + 400 * 86_400);
  });
});

const registration = (overrides: Partial<WaitRegistration> = {}): WaitRegistration => ({
  patientId: 'wait-1',
  journeyId: 'appointment-reminders',
  journeyVersion: 3,
  executionId: 'exec-1',
  stepId: 'await-confirmation',
  kindKey: 'reply#appointment-confirmed',
  event: { reply: 'appointment-confirmed' },
  taskToken: 'token-1',
  registeredAt: '2026-11-20T10:00:00.000Z',
  expiresAt: '2026-11-27T10:00:00.000Z',
  ...overrides,
});

describe('DynamoJourneyWaitStore', () => {
  it('lists the registrations of a patient and kind key, and no longer key sharing its prefix', async () => {
    const fhir = registration({
      executionId: 'exec-2',
      kindKey: 'fhirChange#Appointment',
      event: { fhirChange: { resourceType: 'Appointment', actions: ['update'], sameResource: true } },
      triggeringResource: { resourceType: 'Appointment', id: 'appt-1' },
    });
    await waits.register(registration());
    await waits.register(registration({ executionId: 'exec-3', kindKey: 'reply#appointment-confirmed-late' }));
    await waits.register(fhir);

    expect(await waits.waitingFor('wait-1', 'reply#appointment-confirmed')).toEqual([registration()]);
    expect(await waits.waitingFor('wait-1', 'fhirChange#Appointment')).toEqual([fhir]);
  });

  it('lists the registrations of several kind keys of a patient in one read', async () => {
    const fhir = registration({
      patientId: 'wait-5',
      executionId: 'exec-2',
      kindKey: 'fhirChange#Appointment',
      event: { fhirChange: { resourceType: 'Appointment' } },
    });
    await waits.register(registration({ patientId: 'wait-5' }));
    await waits.register(registration({ patientId: 'wait-5', executionId: 'exec-3', kindKey: 'reply#other' }));
    await waits.register(fhir);

    const found = await waits.waitingForAny('wait-5', ['reply#appointment-confirmed', 'fhirChange#Appointment']);

    expect([...found].sort((a, b) => a.executionId.localeCompare(b.executionId))).toEqual([
      registration({ patientId: 'wait-5' }),
      fhir,
    ]);
  });

  it('keys the item by kind, execution and step, with the TTL at the expiry', async () => {
    await waits.register(registration({ patientId: 'wait-2' }));

    const { Item } = await client.send(
      new GetCommand({
        TableName: table,
        Key: { pk: 'PATIENT#wait-2', sk: 'WAIT#reply#appointment-confirmed#exec-1#await-confirmation' },
      }),
    );

    expect(Item?.expiresAt).toBe(Date.parse('2026-11-27T10:00:00.000Z') / 1000);
  });

  it('removes a registration, and removing it again is not an error', async () => {
    await waits.register(registration({ patientId: 'wait-3' }));

    await waits.remove(registration({ patientId: 'wait-3' }));
    await waits.remove(registration({ patientId: 'wait-3' }));

    expect(await waits.waitingFor('wait-3', 'reply#appointment-confirmed')).toEqual([]);
  });

  it('keeps a newer registration of the same step when an older token is removed', async () => {
    await waits.register(registration({ patientId: 'wait-4', taskToken: 'token-new' }));

    await waits.remove(registration({ patientId: 'wait-4', taskToken: 'token-old' }));

    expect(await waits.waitingFor('wait-4', 'reply#appointment-confirmed')).toEqual([
      registration({ patientId: 'wait-4', taskToken: 'token-new' }),
    ]);
  });
});

describe('registerWait and resumeWaiting on the DynamoDB stores', () => {
  const deps = (resumer: InMemoryTaskResumer): WaitDependencies => ({
    waits,
    eventLog,
    resumer,
    conditions: { matches: async () => true },
    clock: { now: () => new Date('2026-11-20T10:00:01.000Z') },
    logger: silentLogger,
  });
  const payload = (patientId: string) => ({
    taskToken: `token-${patientId}`,
    patientId,
    journeyId: 'appointment-reminders',
    journeyVersion: 3,
    executionId: 'exec-1',
    stepId: 'await-confirmation',
    event: { reply: 'appointment-confirmed' },
    expiresInSeconds: 86_400,
    stepStartedAt: '2026-11-20T10:00:00.000Z',
  });

  it('resumes a wait whose event was logged just before the registration', async () => {
    const resumer = new InMemoryTaskResumer();
    resumer.issue('token-race-1');
    await resumeWaiting({ patientId: 'race-1', ...reply('r-1', '2026-11-20T10:00:00.500Z') }, deps(resumer));

    await registerWait(payload('race-1'), deps(resumer));

    expect(resumer.resumed).toEqual(['token-race-1']);
    expect(await waits.waitingFor('race-1', 'reply#appointment-confirmed')).toEqual([]);
  });

  it('resumes a wait whose event arrives after the registration, once for two deliveries', async () => {
    const resumer = new InMemoryTaskResumer();
    resumer.issue('token-race-2');
    await registerWait(payload('race-2'), deps(resumer));

    await resumeWaiting({ patientId: 'race-2', ...reply('r-2', '2026-11-20T10:05:00.000Z') }, deps(resumer));
    const again = await resumeWaiting(
      { patientId: 'race-2', ...reply('r-2', '2026-11-20T10:05:00.000Z') },
      deps(resumer),
    );

    expect(resumer.resumed).toEqual(['token-race-2']);
    expect(again).toEqual({ resumed: 0, expired: 0 });
  });
});

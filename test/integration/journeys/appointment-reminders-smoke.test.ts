import type * as fhir4 from 'fhir/r4';
import { JOURNEY_CATALOG } from '../../../catalog/journeys';
import { TIMEZONE_EXTENSION_URL } from '../../../lambdas/domain/fhir/facts';
import { VirtualClock } from '../../../local/clock';
import { installCatalogTemplates } from '../../../local/demo/install-templates';
import type { LocalStack } from '../../../local/local-stack';
import { smsMessages } from '../../../local/outbox/pinpoint-outbox';
import { emitFhirChanges } from '../../support/emit';
import { startTestStack } from '../../support/local-stack-for-tests';

jest.setTimeout(180_000);

const START = new Date('2026-11-25T17:00:00Z');
const HOUR = 3_600_000;

let stack: LocalStack;

async function api(method: string, path: string, body?: unknown) {
  const response = await fetch(`${stack.endpoints.api}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${stack.identity.issueToken({ role: 'marketing-professional' })}`,
      'content-type': 'application/json',
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  stack = await startTestStack({ withFrontDoors: true, clock: new VirtualClock(START), recordJourneyHistory: true });
  await installCatalogTemplates(stack, 'test');
  const definition = JOURNEY_CATALOG.find((journey) => journey.id === 'appointment-reminders');
  const created = await api('POST', '/journeys', definition);
  if (created.status !== 201) console.log(JSON.stringify(created.body));
  expect(created.status).toBe(201);
  const published = await api('POST', '/journeys/appointment-reminders/publish');
  expect(published).toMatchObject({ status: 200 });
});

afterAll(async () => {
  await stack?.stop();
});

it('sends the 72 h email, the 24 h and 2 h texts at their times', async () => {
  const patient: fhir4.Patient = {
    resourceType: 'Patient',
    id: 'ar-1',
    name: [{ family: 'Okafor', given: ['Ada'] }],
    telecom: [
      { system: 'phone', use: 'mobile', value: '+16175550142' },
      { system: 'email', value: 'ada@example.org' },
    ],
    extension: [{ url: TIMEZONE_EXTENSION_URL, valueCode: 'America/New_York' }],
  };
  const appointment: fhir4.Appointment = {
    resourceType: 'Appointment',
    id: 'appt-1',
    status: 'booked',
    start: new Date(START.getTime() + 5 * 24 * HOUR).toISOString(),
    end: new Date(START.getTime() + 5 * 24 * HOUR + HOUR / 2).toISOString(),
    participant: [{ actor: { reference: 'Patient/ar-1' }, status: 'accepted' }],
  };
  await emitFhirChanges(stack, [
    { action: 'create', resource: patient, occurredAt: START.toISOString() },
    { action: 'create', resource: appointment, occurredAt: START.toISOString() },
  ]);
  const executions = [...stack.stepFunctions.executions.values()];
  expect(executions).toHaveLength(1);
  await stack.clock.advance(6 * 24 * HOUR);
  const execution = [...stack.stepFunctions.executions.values()][0];
  console.log(execution?.status, execution?.error, execution?.cause, execution?.transitions);
  console.log(execution?.history.map((h) => `${h.at} ${h.name}`).join('\n'));
  console.log(smsMessages(stack.smsAndPushOutbox).map((m) => `${m.at} ${m.to}`));
  expect(execution?.status).toBe('SUCCEEDED');
});

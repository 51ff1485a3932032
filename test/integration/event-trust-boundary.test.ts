import { type EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import type * as fhir4 from 'fhir/r4';
import { DetailType, PLATFORM_EVENT_SOURCE } from '../../lambdas/domain/events/event-names';
import { TIMEZONE_EXTENSION_URL } from '../../lambdas/domain/fhir/facts';
import { repoPath } from '../../lib/paths';
import { emitFiles } from '../../local/cli/emit';
import { VirtualClock } from '../../local/clock';
import { installCatalogTemplates } from '../../local/demo/install-templates';
import { LOCAL_EVENT_BUS_NAME, LOCAL_INGRESS_BUS_NAME } from '../../local/local-environment';
import type { LocalStack } from '../../local/local-stack';
import { emitFhirChanges, upstreamEventBridge } from '../support/emit';
import { startTestStack } from '../support/local-stack-for-tests';

/**
 * The event trust boundary on the local stack: an upstream system may put only the upstream contract;
 * internal detail-types (here a staff send) come only from the platform's own functions.
 */
jest.setTimeout(60_000);

// 12:00 in New York: a message that got through would be sent, not deferred.
const NOON_NEW_YORK = new Date('2026-11-25T17:00:00Z');
const PATIENT_ID = 'trust-email';

const patient: fhir4.Patient = {
  resourceType: 'Patient',
  id: PATIENT_ID,
  name: [{ family: 'Okafor', given: ['Ada'] }],
  telecom: [{ system: 'email', value: 'ada.trust@example.org' }],
  extension: [{ url: TIMEZONE_EXTENSION_URL, valueCode: 'America/New_York' }],
};

let stack: LocalStack;
/** An upstream system (an EHR integration engine): its own credentials, not the platform's. */
let upstream: EventBridgeClient;

const token = () => `Bearer ${stack.identity.issueToken({ role: 'non-clinical-user' })}`;

const staffSendRequested = (busName: string, requestId: string): PutEventsRequestEntry => ({
  EventBusName: busName,
  Source: PLATFORM_EVENT_SOURCE,
  DetailType: DetailType.MessageRequested,
  Detail: JSON.stringify({
    patientId: PATIENT_ID,
    cause: { kind: 'staff', requestId },
    templateId: 'flu-vaccine',
    intent: { topic: 'care-gaps', channels: ['email'], fallback: false, quietHours: 'defer' },
  }),
});

async function messagesOf(patientId: string): Promise<unknown[]> {
  const response = await fetch(`${stack.endpoints.api}/patients/${patientId}/messages`, {
    headers: { authorization: token() },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: unknown[] }).items;
}

beforeAll(async () => {
  stack = await startTestStack({ withFrontDoors: true, clock: new VirtualClock(NOON_NEW_YORK) });
  await installCatalogTemplates(stack, 'test');
  await emitFhirChanges(stack, [{ action: 'update', resource: patient, occurredAt: '2026-11-25T08:00:00Z' }]);
  upstream = upstreamEventBridge(stack);
});

afterAll(async () => {
  upstream?.destroy();
  await stack?.stop();
});

it('an upstream system cannot create a staff send by putting Message Requested on the platform bus', async () => {
  const put = await upstream
    .send(new PutEventsCommand({ Entries: [staffSendRequested(LOCAL_EVENT_BUS_NAME, 'forged-1')] }))
    .then(
      () => 'accepted',
      (error: Error) => error.name,
    );
  await stack.settle();

  expect(await messagesOf(PATIENT_ID)).toEqual([]);
  expect(put).toBe('AccessDeniedException');
});

it('an upstream Message Requested on the ingress bus is accepted, forwarded nowhere, and counted', async () => {
  const before = stack.ingress.outsideContractCount();
  const put = await upstream.send(
    new PutEventsCommand({ Entries: [staffSendRequested(LOCAL_INGRESS_BUS_NAME, 'forged-2')] }),
  );
  await stack.settle();

  expect(put.FailedEntryCount).toBe(0);
  expect(await messagesOf(PATIENT_ID)).toEqual([]);
  expect(stack.ingress.outsideContractCount()).toBe(before + 1);
  expect(stack.bus.archived().filter((e) => e['detail-type'] === DetailType.MessageRequested)).toEqual([]);
});

it('the upstream contract on the ingress bus reaches ingestion on the platform bus', async () => {
  const facts = stack.bus
    .archived()
    .filter((e) => e['detail-type'] === DetailType.PatientFactsChanged)
    .map((e) => (e.detail as { patientId: string }).patientId);

  expect(facts).toContain(PATIENT_ID);
});

it('refuses a whole call when one of its entries is for the platform bus', async () => {
  const fhirChange = {
    EventBusName: LOCAL_INGRESS_BUS_NAME,
    Source: stack.upstreamEventSource,
    DetailType: DetailType.FhirResourceChanged,
    Detail: JSON.stringify({ action: 'update', resource: patient, occurredAt: '2026-11-25T09:00:00Z' }),
  };
  const archivedBefore = stack.ingress.bus.archived().length;

  await expect(
    upstream.send(
      new PutEventsCommand({ Entries: [fhirChange, staffSendRequested(LOCAL_EVENT_BUS_NAME, 'forged-3')] }),
    ),
  ).rejects.toMatchObject({ name: 'AccessDeniedException' });
  expect(stack.ingress.bus.archived()).toHaveLength(archivedBefore);
});

it("the platform's own functions still put internal detail-types: a staff request is sent", async () => {
  const response = await fetch(`${stack.endpoints.api}/patients/${PATIENT_ID}/messages`, {
    method: 'POST',
    headers: { authorization: token(), 'content-type': 'application/json' },
    body: JSON.stringify({
      requestId: 'staff-trust-1',
      templateId: 'flu-vaccine',
      intent: { topic: 'care-gaps', channels: ['email'], fallback: false, quietHours: 'defer' },
    }),
  });
  expect(response.status).toBe(202);
  await stack.settle();

  expect(await messagesOf(PATIENT_ID)).toEqual([expect.objectContaining({ status: 'sent' })]);
});

it('`npx outreach emit` puts on the ingress bus as an upstream system, and its example is ingested', async () => {
  const result = await emitFiles([repoPath('examples', 'fhir', 'patient-with-hba1c.json')], {
    action: 'update',
    endpoint: stack.endpoints.eventBridge,
    busName: LOCAL_INGRESS_BUS_NAME,
    source: stack.upstreamEventSource,
    occurredAt: '2026-11-25T10:00:00Z',
  });
  await stack.settle();

  expect(result).toEqual({ sent: expect.any(Number), failed: 0 });
  const facts = stack.bus.archived().filter((e) => e['detail-type'] === DetailType.PatientFactsChanged);
  expect(facts.map((e) => (e.detail as { patientId: string }).patientId)).toContain('example-1');
});

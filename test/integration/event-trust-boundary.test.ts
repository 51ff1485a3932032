import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import type * as fhir4 from 'fhir/r4';
import { DetailType, PLATFORM_EVENT_SOURCE } from '../../lambdas/domain/events/event-names';
import { TIMEZONE_EXTENSION_URL } from '../../lambdas/domain/fhir/facts';
import { VirtualClock } from '../../local/clock';
import { installCatalogTemplates } from '../../local/demo/install-templates';
import { LOCAL_EVENT_BUS_NAME } from '../../local/local-environment';
import type { LocalStack } from '../../local/local-stack';
import { emitFhirChanges } from '../support/emit';
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
    headers: { authorization: `Bearer ${stack.identity.issueToken({ role: 'non-clinical-user' })}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: unknown[] }).items;
}

beforeAll(async () => {
  stack = await startTestStack({ withFrontDoors: true, clock: new VirtualClock(NOON_NEW_YORK) });
  await installCatalogTemplates(stack, 'test');
  await emitFhirChanges(stack, [{ action: 'update', resource: patient, occurredAt: '2026-11-25T08:00:00Z' }]);
  upstream = new EventBridgeClient({
    endpoint: stack.endpoints.eventBridge,
    region: 'us-east-1',
    credentials: { accessKeyId: 'ehr-integration', secretAccessKey: 'local' },
  });
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

import type * as fhir4 from 'fhir/r4';
import { DetailType, PLATFORM_EVENT_SOURCE } from '../../lambdas/domain/events/event-names';
import { OUTREACH_TOPIC_SYSTEM } from '../../lambdas/domain/patients/consent-preferences';
import type { PreferenceRecord } from '../../lambdas/domain/patients/preferences';
import type { LocalStack } from '../../local/local-stack';
import { throttleDynamoDb, writesPreference } from '../support/dynamodb-throttle';
import { emitFhirChanges } from '../support/emit';
import { startTestStack } from '../support/local-stack-for-tests';

/**
 * A platform event (not an upstream FHIR change) whose consumer fails every retry is kept whole in the
 * dead-letter store, and replay puts it back on the bus as it was, so it reaches that consumer again.
 */
jest.setTimeout(120_000);

const PATIENT_ID = 'dl-consent-p1';
const OCCURRED_AT = '2026-11-25T08:00:00Z';
const FIVE_MINUTES = 5 * 60_000;

const revocation: fhir4.Consent = {
  resourceType: 'Consent',
  id: 'dl-sms-revocation',
  status: 'active',
  scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
  category: [{ coding: [{ system: OUTREACH_TOPIC_SYSTEM, code: 'campaigns' }] }],
  patient: { reference: `Patient/${PATIENT_ID}` },
  dateTime: '2026-11-20T10:00:00Z',
  provision: {
    type: 'deny',
    code: [{ coding: [{ system: 'http://hl7.org/fhir/contact-point-system', code: 'sms' }] }],
  },
};

let stack: LocalStack;

async function call(
  method: string,
  path: string,
  role = 'fhir-sync-admin',
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${stack.endpoints.api}${path}`, {
    method,
    headers: { authorization: `Bearer ${stack.identity.issueToken({ role: role as never })}` },
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

async function smsCampaignPreference(): Promise<PreferenceRecord | undefined> {
  const { body } = await call('GET', `/patients/${PATIENT_ID}/preferences`, 'healthcare-user');
  return (body.preferences as PreferenceRecord[]).find((r) => r.channel === 'sms' && r.topic === 'campaigns');
}

beforeAll(async () => {
  stack = await startTestStack();
  await emitFhirChanges(stack, [
    {
      action: 'update',
      occurredAt: OCCURRED_AT,
      resource: { resourceType: 'Patient', id: PATIENT_ID, name: [{ family: 'Okafor' }], birthDate: '1985-04-12' },
    },
  ]);
});

afterAll(async () => {
  await stack?.stop();
});

describe('a Consent revocation whose preference write is throttled for five minutes', () => {
  it('is dead-lettered with its original source and detail-type, and replay revokes the consent', async () => {
    const throttledUntil = stack.clock.now().getTime() + FIVE_MINUTES;
    const restore = throttleDynamoDb(() => stack.clock.now().getTime() < throttledUntil, writesPreference);
    try {
      await emitFhirChanges(stack, [{ action: 'update', occurredAt: OCCURRED_AT, resource: revocation }]);
      await stack.clock.advance(FIVE_MINUTES);
      await stack.settle();
    } finally {
      restore();
    }
    const open = await call('GET', '/ingestion/dead-letters');
    const [entry] = open.body.items as { id: string }[];
    const kept = await call('GET', `/ingestion/dead-letters/${entry?.id}`);
    expect(kept.body.payload).toMatchObject({
      source: PLATFORM_EVENT_SOURCE,
      'detail-type': DetailType.PatientFactsChanged,
    });
    expect(await smsCampaignPreference()).toBeUndefined();

    const replay = await call('POST', `/ingestion/dead-letters/${entry?.id}/replay`);
    await stack.settle();

    expect(replay.status).toBe(202);
    expect(await smsCampaignPreference()).toMatchObject({
      status: 'opted-out',
      actor: `Consent/${revocation.id}`,
    });
  });
});

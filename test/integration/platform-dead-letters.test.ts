import type * as fhir4 from 'fhir/r4';
import { DetailType, PLATFORM_EVENT_SOURCE } from '../../lambdas/domain/events/event-names';
import type { PreferenceRecord } from '../../lambdas/domain/patients/preferences';
import type { LocalStack } from '../../local/local-stack';
import { smsOptOut } from '../support/consents';
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

/** A Consent that revokes the patient's SMS consent for one topic. */
const revocation = (id: string, topic: string) => smsOptOut(id, PATIENT_ID, topic);

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

async function smsPreference(topic: string): Promise<PreferenceRecord | undefined> {
  const { body } = await call('GET', `/patients/${PATIENT_ID}/preferences`, 'healthcare-user');
  return (body.preferences as PreferenceRecord[]).find((r) => r.channel === 'sms' && r.topic === topic);
}

type Summary = { id: string; source?: string; detailType?: string; consumer?: string; rejection: { code: string } };

async function openDeadLetters(): Promise<Summary[]> {
  return (await call('GET', '/ingestion/dead-letters')).body.items as Summary[];
}

/** Puts the Consent through ingestion while the preference writes are throttled for `outage`, then lets `wait` pass. */
async function revokeDuringThrottling(consent: fhir4.Consent, outage: number, wait: number): Promise<void> {
  const throttledUntil = stack.clock.now().getTime() + outage;
  const restore = throttleDynamoDb(() => stack.clock.now().getTime() < throttledUntil, writesPreference);
  try {
    await emitFhirChanges(stack, [{ action: 'update', occurredAt: OCCURRED_AT, resource: consent }]);
    await stack.clock.advance(wait);
    await stack.settle();
  } finally {
    restore();
  }
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

describe('a Consent revocation while DynamoDB throttles the preference writes', () => {
  it('is applied once a five-minute throttling burst is over, with nothing dead-lettered', async () => {
    const consent = revocation('dl-burst', 'campaigns');

    await revokeDuringThrottling(consent, FIVE_MINUTES, FIVE_MINUTES);
    expect(await smsPreference('campaigns')).toBeUndefined();
    await stack.clock.advance(2 * FIVE_MINUTES);
    await stack.settle();

    expect(await smsPreference('campaigns')).toMatchObject({ status: 'opted-out', actor: 'Consent/dl-burst' });
    expect(await openDeadLetters()).toEqual([]);
  });

  it('outlasting the redelivery, lands as a dead letter that replay applies', async () => {
    const consent = revocation('dl-outage', 'events');

    await revokeDuringThrottling(consent, 12 * FIVE_MINUTES, 12 * FIVE_MINUTES);
    const [entry] = await openDeadLetters();
    const kept = await call('GET', `/ingestion/dead-letters/${entry?.id}`);
    const replay = await call('POST', `/ingestion/dead-letters/${entry?.id}/replay`);
    await stack.settle();

    expect(entry).toMatchObject({
      source: PLATFORM_EVENT_SOURCE,
      detailType: DetailType.PatientFactsChanged,
      consumer: 'ApplyConsentPreferences',
      rejection: { code: 'processing-failed' },
    });
    expect(kept.body.payload).toMatchObject({
      source: PLATFORM_EVENT_SOURCE,
      'detail-type': DetailType.PatientFactsChanged,
    });
    expect(replay.status).toBe(202);
    expect(await smsPreference('events')).toMatchObject({ status: 'opted-out', actor: 'Consent/dl-outage' });
  });
});

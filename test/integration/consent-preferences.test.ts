import type * as fhir4 from 'fhir/r4';
import type { PreferenceRecord } from '../../lambdas/domain/patients/preferences';
import type { LocalStack } from '../../local/local-stack';
import { smsOptOut as smsOptOutOf } from '../support/consents';
import { emitFhirChanges } from '../support/emit';
import { startTestStack } from '../support/local-stack-for-tests';

/**
 * A FHIR Consent ingested through the local bus reaches the preference recorder by the real rule, and
 * the staff API shows the change it made.
 */
jest.setTimeout(120_000);

const OCCURRED_AT = '2026-11-25T08:00:00Z';
const LATER = '2026-11-25T09:00:00Z';
const PATIENT_ID = 'consent-p1';

const patient: fhir4.Patient = {
  resourceType: 'Patient',
  id: PATIENT_ID,
  name: [{ family: 'Okafor', given: ['Ada'] }],
  birthDate: '1985-04-12',
};

/** A Consent that opts the patient out of one topic by SMS. */
const smsOptOut = (id: string, topic: string) => smsOptOutOf(id, PATIENT_ID, topic);

let stack: LocalStack;

async function currentPreferences(): Promise<PreferenceRecord[]> {
  const response = await fetch(`${stack.endpoints.api}/patients/${PATIENT_ID}/preferences`, {
    headers: { authorization: `Bearer ${stack.identity.issueToken({ role: 'healthcare-user' })}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { preferences: PreferenceRecord[] }).preferences;
}

beforeAll(async () => {
  stack = await startTestStack();
  await emitFhirChanges(stack, [{ action: 'update', resource: patient, occurredAt: OCCURRED_AT }]);
});

afterAll(async () => {
  await stack?.stop();
});

const preferenceOf = (records: readonly PreferenceRecord[], topic: string) =>
  records.find((r) => r.channel === 'sms' && r.topic === topic);

describe('communication preferences from an ingested FHIR Consent', () => {
  it('records the opt-out with source fhir-consent and the Consent as actor', async () => {
    await emitFhirChanges(stack, [
      { action: 'update', resource: smsOptOut('sms-campaigns-optout', 'campaigns'), occurredAt: OCCURRED_AT },
    ]);

    expect(preferenceOf(await currentPreferences(), 'campaigns')).toMatchObject({
      patientId: PATIENT_ID,
      status: 'opted-out',
      source: 'fhir-consent',
      actor: 'Consent/sms-campaigns-optout',
      at: '2026-11-20T10:00:00.000Z',
    });
  });

  it('keeps the opt-out when the Consent is deleted upstream', async () => {
    await emitFhirChanges(stack, [
      { action: 'update', resource: smsOptOut('sms-events-optout', 'events'), occurredAt: OCCURRED_AT },
    ]);

    await emitFhirChanges(stack, [
      { action: 'delete', resource: { resourceType: 'Consent', id: 'sms-events-optout' }, occurredAt: LATER },
    ]);

    expect(preferenceOf(await currentPreferences(), 'events')).toMatchObject({
      status: 'opted-out',
      actor: 'Consent/sms-events-optout',
    });
  });
});

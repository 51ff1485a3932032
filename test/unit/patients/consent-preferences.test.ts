import type * as fhir4 from 'fhir/r4';
import {
  OUTREACH_CHANNEL_SYSTEM,
  OUTREACH_TOPIC_SYSTEM,
  preferenceChangesFromConsent,
} from '../../../lambdas/domain/patients/consent-preferences';
import { listSamples, readSample } from '../../support/fhir-samples';

const AS_OF = new Date('2026-11-25T12:00:00Z');
const HMARKT = { system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'HMARKT' };
const topic = (code: string) => ({ system: OUTREACH_TOPIC_SYSTEM, code });
const channel = (code: string) => ({ coding: [{ system: OUTREACH_CHANNEL_SYSTEM, code }] });

function consent(overrides: Partial<fhir4.Consent>): fhir4.Consent {
  return {
    resourceType: 'Consent',
    id: 'comms-1',
    status: 'active',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0' }] }],
    patient: { reference: 'Patient/p1' },
    dateTime: '2026-03-01T09:30:00+01:00',
    ...overrides,
  };
}

const statuses = (changes: ReturnType<typeof preferenceChangesFromConsent>) =>
  Object.fromEntries(changes.map((c) => [`${c.channel}/${c.topic}`, c.status]));

describe('preferenceChangesFromConsent', () => {
  it('changes no preference for any HL7 example Consent (data sharing and treatment, not outreach)', () => {
    const consents = listSamples('hl7-examples')
      .filter((name) => name.startsWith('Consent-'))
      .map((name) => readSample<fhir4.Consent>('hl7-examples', name));

    expect(consents.length).toBeGreaterThan(10);
    for (const example of consents) expect(preferenceChangesFromConsent(example, 'p1', AS_OF)).toEqual([]);
  });

  it('opts out of campaigns and events on every channel for a deny of healthcare marketing', () => {
    const changes = preferenceChangesFromConsent(
      consent({ provision: { type: 'deny', purpose: [HMARKT] } }),
      'p1',
      AS_OF,
    );

    expect(changes).toHaveLength(8);
    expect(new Set(changes.map((c) => c.status))).toEqual(new Set(['opted-out']));
    expect(new Set(changes.map((c) => c.topic))).toEqual(new Set(['campaigns', 'events']));
  });

  it('records the source, the Consent as actor, and the Consent time as an instant', () => {
    const [change] = preferenceChangesFromConsent(
      consent({ provision: { type: 'permit', purpose: [topic('results')], code: [channel('email')] } }),
      'p1',
      AS_OF,
    );

    expect(change).toEqual({
      changeId: expect.stringMatching(/^fhir-consent-comms-1-[\w-]{16}-email-results$/),
      patientId: 'p1',
      channel: 'email',
      topic: 'results',
      status: 'opted-in',
      source: 'fhir-consent',
      actor: 'Consent/comms-1',
      at: '2026-03-01T08:30:00.000Z',
    });
  });

  it('applies a nested provision as an exception to its parent, inheriting what it does not name', () => {
    const changes = preferenceChangesFromConsent(
      consent({
        category: [{ coding: [topic('appointment-reminders')] }],
        provision: {
          type: 'permit',
          provision: [
            { type: 'deny', code: [{ coding: [{ system: 'http://hl7.org/fhir/contact-point-system', code: 'sms' }] }] },
          ],
        },
      }),
      'p1',
      AS_OF,
    );

    expect(statuses(changes)).toEqual({
      'email/appointment-reminders': 'opted-in',
      'sms/appointment-reminders': 'opted-out',
      'push/appointment-reminders': 'opted-in',
      'letter/appointment-reminders': 'opted-in',
    });
  });

  it('does not let a general permit opt the patient in to anything when only an exception names outreach', () => {
    const changes = preferenceChangesFromConsent(
      consent({
        provision: { type: 'permit', provision: [{ type: 'deny', purpose: [HMARKT], code: [channel('sms')] }] },
      }),
      'p1',
      AS_OF,
    );

    expect(statuses(changes)).toEqual({ 'sms/campaigns': 'opted-out', 'sms/events': 'opted-out' });
  });

  it('takes the type from the policy rule when the base provision has none', () => {
    const changes = preferenceChangesFromConsent(
      consent({
        policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTOUT' }] },
        provision: { purpose: [topic('general')], code: [channel('letter')] },
      }),
      'p1',
      AS_OF,
    );

    expect(statuses(changes)).toEqual({ 'letter/general': 'opted-out' });
  });

  it('applies a provision from the day its period starts', () => {
    const provision = (start: string): fhir4.ConsentProvision => ({
      type: 'deny',
      purpose: [HMARKT],
      period: { start },
    });

    expect(preferenceChangesFromConsent(consent({ provision: provision('2026-11-26') }), 'p1', AS_OF)).toEqual([]);
    expect(preferenceChangesFromConsent(consent({ provision: provision('2026-11-25') }), 'p1', AS_OF)).toHaveLength(8);
  });

  it('ignores a Consent that is not active and a provision whose period has ended', () => {
    const provision: fhir4.ConsentProvision = { type: 'deny', purpose: [HMARKT] };

    expect(preferenceChangesFromConsent(consent({ status: 'inactive', provision }), 'p1', AS_OF)).toEqual([]);
    expect(
      preferenceChangesFromConsent(
        consent({ provision: { ...provision, period: { start: '2020-01-01', end: '2025-12-31' } } }),
        'p1',
        AS_OF,
      ),
    ).toEqual([]);
  });

  it('gives the same change ids for the same Consent and new ones when its content changes', () => {
    const first = consent({ provision: { type: 'deny', purpose: [topic('care-gaps')], code: [channel('push')] } });
    const amended = { ...first, provision: { ...first.provision, type: 'permit' as const } };

    const ids = (c: fhir4.Consent) => preferenceChangesFromConsent(c, 'p1', AS_OF).map((x) => x.changeId);

    expect(ids(first)).toEqual(ids(structuredClone(first)));
    expect(ids(amended)).not.toEqual(ids(first));
  });
});

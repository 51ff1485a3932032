import type * as fhir4 from 'fhir/r4';
import { PLATFORM_EVENT_SOURCE } from '../../../lambdas/domain/events/event-names';
import { consentChangedPattern } from '../../../lambdas/domain/events/event-patterns';
import type { PatientFactsChangedDetail } from '../../../lambdas/domain/events/event-schemas';
import { MalformedFactsChangedError } from '../../../lambdas/domain/events/parse-facts-changed';
import { applyConsentPreferences, consentChangesOf } from '../../../lambdas/domain/patients/apply-consent-preferences';
import { OUTREACH_TOPIC_SYSTEM } from '../../../lambdas/domain/patients/consent-preferences';
import type { PatientResource } from '../../../lambdas/domain/patients/ports';
import { silentLogger } from '../../../lambdas/domain/ports';
import { compilePattern } from '../../../local/event-bus/pattern-matcher';
import { InMemoryPreferenceStore } from '../../support/in-memory-preferences';

const OCCURRED_AT = '2026-11-25T08:00:00Z';
const SMS = { coding: [{ system: 'http://hl7.org/fhir/contact-point-system', code: 'sms' }] };

function consent(id: string, provision: fhir4.ConsentProvision): fhir4.Consent {
  return {
    resourceType: 'Consent',
    id,
    status: 'active',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
    category: [{ coding: [{ system: OUTREACH_TOPIC_SYSTEM, code: 'campaigns' }] }],
    patient: { reference: 'Patient/p1' },
    dateTime: '2026-11-20T10:00:00Z',
    provision,
  };
}

function factsChanged(changes: PatientFactsChangedDetail['changes']): PatientFactsChangedDetail {
  return {
    patientId: 'p1',
    changedTypes: [...new Set(changes.map((c) => c.resourceType))],
    changes,
    occurredAt: OCCURRED_AT,
  };
}

function setUp(...consents: fhir4.Consent[]) {
  const resources: PatientResource[] = consents.map((c) => ({
    resourceType: 'Consent',
    resourceId: c.id as string,
    facts: {} as PatientResource['facts'],
    resource: c as unknown as Record<string, unknown>,
  }));
  const preferences = new InMemoryPreferenceStore();
  const deps = {
    patients: { listResources: async () => resources },
    preferences,
    logger: silentLogger,
  };
  const apply = (detail: PatientFactsChangedDetail) => {
    const changes = consentChangesOf(detail);
    if (!changes) throw new Error('expected Consent changes');
    return applyConsentPreferences(changes, deps);
  };
  return { preferences, apply };
}

describe('consentChangesOf', () => {
  it('lists the created, updated and deleted Consents of the event', () => {
    const changes = consentChangesOf(
      factsChanged([
        { resourceType: 'Consent', resourceId: 'c1', action: 'create' },
        { resourceType: 'Observation', resourceId: 'o1', action: 'update' },
        { resourceType: 'Consent', resourceId: 'c2', action: 'delete' },
      ]),
    );

    expect(changes).toEqual({ patientId: 'p1', upserted: ['c1'], deleted: ['c2'], occurredAt: OCCURRED_AT });
  });

  it('ignores an event without Consent changes', () => {
    expect(consentChangesOf(factsChanged([{ resourceType: 'Patient', resourceId: 'p1', action: 'update' }]))).toBe(
      undefined,
    );
  });

  it('throws on a detail that breaks the Patient Facts Changed contract', () => {
    expect(() => consentChangesOf({ patientId: 'p1', changedTypes: ['Consent'] })).toThrow(MalformedFactsChangedError);
  });
});

describe('consentChangedPattern', () => {
  it('matches Facts Changed events that include a Consent, and no others', () => {
    const matches = compilePattern(consentChangedPattern());
    const event = (changedTypes: string[]) => ({
      source: PLATFORM_EVENT_SOURCE,
      'detail-type': 'Patient Facts Changed',
      detail: { changedTypes },
    });

    expect(matches(event(['Observation', 'Consent']))).toBe(true);
    expect(matches(event(['Patient']))).toBe(false);
  });
});

describe('applyConsentPreferences', () => {
  it('records an opt-out for a deny Consent, with source fhir-consent and the Consent as actor', async () => {
    const { preferences, apply } = setUp(consent('c1', { type: 'deny', code: [SMS] }));

    const outcome = await apply(factsChanged([{ resourceType: 'Consent', resourceId: 'c1', action: 'create' }]));

    expect(outcome).toMatchObject({ applied: 1, duplicate: 0 });
    expect(await preferences.current('p1')).toEqual([
      expect.objectContaining({
        channel: 'sms',
        topic: 'campaigns',
        status: 'opted-out',
        source: 'fhir-consent',
        actor: 'Consent/c1',
        at: '2026-11-20T10:00:00.000Z',
      }),
    ]);
  });

  it('records an opt-in for a permit Consent', async () => {
    const { preferences, apply } = setUp(consent('c1', { type: 'permit', code: [SMS] }));

    await apply(factsChanged([{ resourceType: 'Consent', resourceId: 'c1', action: 'update' }]));

    expect((await preferences.current('p1')).map((p) => [p.channel, p.topic, p.status])).toEqual([
      ['sms', 'campaigns', 'opted-in'],
    ]);
  });

  it('records nothing twice when the event is delivered again', async () => {
    const { preferences, apply } = setUp(consent('c1', { type: 'deny', code: [SMS] }));
    const detail = factsChanged([{ resourceType: 'Consent', resourceId: 'c1', action: 'create' }]);
    await apply(detail);

    const again = await apply(detail);

    expect(again).toMatchObject({ applied: 0, duplicate: 1 });
    expect(preferences.changes).toHaveLength(1);
  });

  it('records nothing for a Consent that states no outreach preference', async () => {
    const { preferences, apply } = setUp({ ...consent('c1', { type: 'permit' }), category: [] });

    const outcome = await apply(factsChanged([{ resourceType: 'Consent', resourceId: 'c1', action: 'create' }]));

    expect(outcome).toMatchObject({ applied: 0, superseded: 0, duplicate: 0, missing: 0 });
    expect(preferences.changes).toEqual([]);
  });

  it('applies only the Consents the event names', async () => {
    const { preferences, apply } = setUp(
      consent('c1', { type: 'deny', code: [SMS] }),
      consent('c2', { type: 'permit', code: [SMS] }),
    );

    await apply(factsChanged([{ resourceType: 'Consent', resourceId: 'c2', action: 'update' }]));

    expect(preferences.changes.map((c) => c.actor)).toEqual(['Consent/c2']);
  });

  it('counts a changed Consent that is no longer projected as missing and records nothing for it', async () => {
    const { preferences, apply } = setUp();

    const outcome = await apply(factsChanged([{ resourceType: 'Consent', resourceId: 'c1', action: 'update' }]));

    expect(outcome).toMatchObject({ missing: 1, applied: 0 });
    expect(preferences.changes).toEqual([]);
  });

  it('keeps the preferences a deleted Consent set: a deletion is not an opt-in', async () => {
    const { preferences, apply } = setUp(consent('c1', { type: 'deny', code: [SMS] }));
    await apply(factsChanged([{ resourceType: 'Consent', resourceId: 'c1', action: 'create' }]));
    const before = await preferences.current('p1');

    const outcome = await apply(factsChanged([{ resourceType: 'Consent', resourceId: 'c1', action: 'delete' }]));

    expect(outcome).toMatchObject({ applied: 0, deletedKept: 1 });
    expect(await preferences.current('p1')).toEqual(before);
    expect(before).toEqual([expect.objectContaining({ status: 'opted-out', actor: 'Consent/c1' })]);
  });
});

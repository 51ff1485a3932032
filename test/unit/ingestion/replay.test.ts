import { replayPlan } from '../../../lambdas/domain/ingestion/replay';

const UPSTREAM = 'ehr.example';

const change = {
  action: 'update',
  occurredAt: '2026-11-24T08:00:00Z',
  resource: { resourceType: 'Consent', id: 'c1', patient: { reference: 'Patient/p1' } },
};

function busEvent(source: string, detailType: string, detail: unknown) {
  return { version: '0', id: 'e1', source, 'detail-type': detailType, time: '2026-11-24T08:00:01Z', detail };
}

describe('replayPlan', () => {
  it('replays a platform event under its own source and detail-type', () => {
    const detail = { patientId: 'p1', occurredAt: '2026-11-24T08:00:00Z', changes: [] };
    const entry = {
      origin: 'delivery-failure' as const,
      payload: busEvent('patient-outreach', 'Patient Replied', detail),
    };

    expect(replayPlan(entry, UPSTREAM)).toEqual({
      replayable: true,
      event: { source: 'patient-outreach', detailType: 'Patient Replied', detail },
    });
  });

  it('replays an upstream FHIR change under the source it came with', () => {
    const entry = { origin: 'event' as const, payload: busEvent('fhir.other-ehr', 'FHIR Resource Changed', change) };

    expect(replayPlan(entry, UPSTREAM)).toMatchObject({ event: { source: 'fhir.other-ehr' } });
  });

  it('replays a bulk-import rejection, which kept only the detail, as an upstream FHIR change', () => {
    expect(replayPlan({ origin: 'bulk-import', payload: change }, UPSTREAM)).toEqual({
      replayable: true,
      event: { source: UPSTREAM, detailType: 'FHIR Resource Changed', detail: change },
    });
  });

  it('does not replay an AWS service event, which PutEvents refuses', () => {
    const entry = {
      origin: 'delivery-failure' as const,
      payload: busEvent('aws.ses', 'Email Bounced', { eventType: 'Bounce' }),
    };

    expect(replayPlan(entry, UPSTREAM)).toEqual({ replayable: false, reason: 'aws-source' });
  });

  it('does not replay an SNS notification, which never was on the bus', () => {
    const entry = { origin: 'delivery-failure' as const, payload: { Records: [{ Sns: { Message: '{}' } }] } };

    expect(replayPlan(entry, UPSTREAM)).toEqual({ replayable: false, reason: 'not-a-bus-event' });
  });

  it('does not replay a FHIR change without a resource, or a body that is no event', () => {
    const noResource = {
      origin: 'event' as const,
      payload: busEvent(UPSTREAM, 'FHIR Resource Changed', { action: 'update' }),
    };

    expect(replayPlan(noResource, UPSTREAM)).toEqual({ replayable: false, reason: 'no-resource' });
    expect(replayPlan({ origin: 'delivery-failure', payload: 'not json' }, UPSTREAM)).toEqual({
      replayable: false,
      reason: 'no-event',
    });
  });

  it('does not replay a provider event that broke the provider shape', () => {
    const entry = { origin: 'provider-feedback' as const, payload: busEvent('patient-outreach', 'Anything', {}) };

    expect(replayPlan(entry, UPSTREAM)).toEqual({ replayable: false, reason: 'malformed-provider-event' });
  });
});

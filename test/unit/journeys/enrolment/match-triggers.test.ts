import type { JourneyDefinition } from '../../../../lambdas/domain/journeys/definition-schema';
import {
  type ActiveJourney,
  enrolmentRequestsFor,
  fhirTriggerMatches,
  segmentEntryRequests,
} from '../../../../lambdas/domain/journeys/enrolment/match-triggers';
import type { FhirChange, TriggerConditions } from '../../../../lambdas/domain/journeys/enrolment/ports';

const active = (journeyId: string, entry: JourneyDefinition['entry']): ActiveJourney => ({
  journeyId,
  definition: { entry },
});

/** Conditions that hold when they are in the set; every evaluation is recorded. */
function fakeConditions(holding: string[]): TriggerConditions & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    matches: async (condition) => {
      asked.push(condition);
      return holding.includes(condition);
    },
  };
}

const created: FhirChange = { resourceType: 'Appointment', id: 'a1', action: 'create', versionId: '1' };

describe('fhirTriggerMatches', () => {
  it('matches its resource type for every action when it lists none', () => {
    expect(fhirTriggerMatches({ resourceType: 'Appointment' }, { resourceType: 'Appointment', action: 'delete' })).toBe(
      true,
    );
  });

  it('does not match another resource type', () => {
    expect(fhirTriggerMatches({ resourceType: 'Appointment' }, { resourceType: 'Encounter', action: 'create' })).toBe(
      false,
    );
  });

  it('matches only the actions it lists', () => {
    const trigger = { resourceType: 'Appointment', actions: ['create'] } as const;

    expect(fhirTriggerMatches(trigger, { resourceType: 'Appointment', action: 'create' })).toBe(true);
    expect(fhirTriggerMatches(trigger, { resourceType: 'Appointment', action: 'update' })).toBe(false);
  });

  it('needs its condition to hold, and takes an unevaluated condition as not holding', () => {
    const trigger = { resourceType: 'Observation', condition: "%current.status = 'final'" } as const;
    const change = { resourceType: 'Observation', action: 'update' } as const;

    expect(fhirTriggerMatches(trigger, change, true)).toBe(true);
    expect(fhirTriggerMatches(trigger, change, false)).toBe(false);
    expect(fhirTriggerMatches(trigger, change)).toBe(false);
  });
});

describe('enrolmentRequestsFor', () => {
  it('asks a keyed trigger for one run per resource, carrying the resource and the delivery', async () => {
    const journeys = [active('reminders', { fhirTrigger: { resourceType: 'Appointment', keyedBy: 'resource' } })];

    expect(await enrolmentRequestsFor(journeys, { patientId: 'p1', change: created }, fakeConditions([]))).toEqual([
      {
        journeyId: 'reminders',
        patientId: 'p1',
        cause: 'fhir-trigger',
        triggeringResource: { resourceType: 'Appointment', id: 'a1' },
        entryKey: 'Appointment/a1',
        occurrence: 'create:Appointment/a1/_history/1',
      },
    ]);
  });

  it('keys a trigger by patient by default', async () => {
    const journeys = [active('welcome-visit', { fhirTrigger: { resourceType: 'Appointment' } })];

    const [request] = await enrolmentRequestsFor(journeys, { patientId: 'p1', change: created }, fakeConditions([]));

    expect(request?.entryKey).toBeUndefined();
  });

  it('evaluates a condition only for triggers of the right type and action, and keeps those it holds for', async () => {
    const conditions = fakeConditions(['holds']);
    const journeys = [
      active('holding', { fhirTrigger: { resourceType: 'Appointment', condition: 'holds' } }),
      active('failing', { fhirTrigger: { resourceType: 'Appointment', condition: 'fails' } }),
      active('other-type', { fhirTrigger: { resourceType: 'Observation', condition: 'never-asked' } }),
      active('segment', { segmentEntered: 'new-patients' }),
    ];

    const requests = await enrolmentRequestsFor(journeys, { patientId: 'p1', change: created }, conditions);

    expect(requests.map((r) => r.journeyId)).toEqual(['holding']);
    expect(conditions.asked).toEqual(['holds', 'fails']);
  });
});

describe('segmentEntryRequests', () => {
  it('asks every journey entered by one of the segments the patient entered', () => {
    const journeys = [
      active('welcome', { segmentEntered: 'new-patients' }),
      active('diabetes', { segmentEntered: 'diabetes-gap' }),
      active('flu', { segmentEntered: 'flu-eligible' }),
      active('reminders', { fhirTrigger: { resourceType: 'Appointment' } }),
    ];

    const requests = segmentEntryRequests(journeys, { patientId: 'p1', entered: ['new-patients', 'flu-eligible'] });

    expect(requests).toEqual([
      { journeyId: 'welcome', patientId: 'p1', cause: 'segment-entry' },
      { journeyId: 'flu', patientId: 'p1', cause: 'segment-entry' },
    ]);
  });
});

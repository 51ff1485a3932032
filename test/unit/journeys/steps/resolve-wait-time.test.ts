import type * as fhir4 from 'fhir/r4';
import { TIMEZONE_EXTENSION_URL } from '../../../../lambdas/domain/fhir/facts';
import { nextLocalTime, resolveWaitTime } from '../../../../lambdas/domain/journeys/steps/resolve-wait-time';
import { InvalidStepPayloadError } from '../../../../lambdas/domain/journeys/steps/step-input';
import { ids, patientsWith, recordingLogger } from './fakes';

const NOW = new Date('2026-03-01T12:00:00.000Z');

const appointment: fhir4.Appointment = {
  resourceType: 'Appointment',
  id: 'appt-1',
  status: 'booked',
  participant: [],
  start: '2026-03-10T14:00:00Z',
  end: '2026-03-10T14:30:00Z',
};

function deps(resources: fhir4.FhirResource[], patient?: fhir4.Patient) {
  return {
    patients: patientsWith(resources, patient),
    defaultTimeZone: 'America/New_York',
    clock: { now: () => NOW },
    logger: recordingLogger(),
  };
}

const resourceWait = (resourceType: string, id: string, field: 'start' | 'end' | 'date', offsetSeconds: number) => ({
  ...ids,
  triggeringResource: { resourceType, id },
  resourceTime: { field, offsetSeconds },
});

describe('resolveWaitTime on a resource time', () => {
  it('waits until the appointment start minus a negative offset', async () => {
    const at = await resolveWaitTime(resourceWait('Appointment', 'appt-1', 'start', -86_400), deps([appointment]));

    expect(at).toMatchObject({ at: '2026-03-09T14:00:00.000Z' });
  });

  it('waits until the appointment end plus a positive offset', async () => {
    const at = await resolveWaitTime(resourceWait('Appointment', 'appt-1', 'end', 3_600), deps([appointment]));

    expect(at).toMatchObject({ at: '2026-03-10T15:30:00.000Z' });
  });

  it('reads an encounter period end', async () => {
    const encounter: fhir4.Encounter = {
      resourceType: 'Encounter',
      id: 'enc-1',
      status: 'finished',
      class: { code: 'IMP' },
      period: { start: '2026-02-20T08:00:00Z', end: '2026-02-25T10:00:00+01:00' },
    };

    const at = await resolveWaitTime(resourceWait('Encounter', 'enc-1', 'end', 7 * 86_400), deps([encounter]));

    expect(at).toMatchObject({ at: '2026-03-04T09:00:00.000Z' });
  });

  it('takes an observation issued time for its date when it has no effective time', async () => {
    const observation: fhir4.Observation = {
      resourceType: 'Observation',
      id: 'obs-1',
      status: 'final',
      code: { text: 'x' },
      issued: '2026-02-28T09:15:00.000Z',
    };

    const at = await resolveWaitTime(resourceWait('Observation', 'obs-1', 'date', 0), deps([observation]));

    expect(at).toMatchObject({ at: '2026-02-28T09:15:00.000Z' });
  });

  it('reads a procedure performed period start', async () => {
    const procedure: fhir4.Procedure = {
      resourceType: 'Procedure',
      id: 'proc-1',
      status: 'completed',
      subject: { reference: 'Patient/p-1' },
      performedPeriod: { start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z' },
    };

    const at = await resolveWaitTime(resourceWait('Procedure', 'proc-1', 'start', 60), deps([procedure]));

    expect(at).toMatchObject({ at: '2026-03-02T10:01:00.000Z' });
  });

  it('continues now when the resource is gone, and logs ids only', async () => {
    const d = deps([]);

    const at = await resolveWaitTime(resourceWait('Appointment', 'appt-1', 'start', -86_400), d);

    expect(at).toEqual({ at: NOW.toISOString(), seconds: 1, moment: 'due', resolvedAt: NOW.toISOString() });
    expect(d.logger.lines).toEqual([
      expect.objectContaining({
        fields: expect.objectContaining({
          ...ids,
          resourceType: 'Appointment',
          resourceId: 'appt-1',
          resourceFound: false,
        }),
      }),
    ]);
  });

  it('continues now when the resource lacks the field', async () => {
    const { end: _end, ...withoutEnd } = appointment;

    const at = await resolveWaitTime(resourceWait('Appointment', 'appt-1', 'end', 0), deps([withoutEnd]));

    expect(at).toMatchObject({ at: NOW.toISOString() });
  });

  it('answers a wait ahead with the whole seconds until it, and when it was resolved', async () => {
    const answer = await resolveWaitTime(
      resourceWait('Appointment', 'appt-1', 'start', -72 * 3_600),
      deps([appointment]),
    );

    expect(answer).toEqual({
      at: '2026-03-07T14:00:00.000Z',
      seconds: 6 * 86_400 + 2 * 3_600,
      moment: 'ahead',
      resolvedAt: NOW.toISOString(),
    });
  });

  it('follows the resource as projected now: a moved appointment gives the new instant', async () => {
    const movedLater = { ...appointment, start: '2026-03-16T14:00:00Z' };

    const answer = await resolveWaitTime(
      resourceWait('Appointment', 'appt-1', 'start', -72 * 3_600),
      deps([movedLater]),
    );

    expect(answer).toMatchObject({ at: '2026-03-13T14:00:00.000Z', moment: 'ahead' });
  });

  it('is due at once, one second, when the instant has passed but the resource time has not', async () => {
    const soon = { ...appointment, start: '2026-03-02T08:00:00Z' };

    const answer = await resolveWaitTime(resourceWait('Appointment', 'appt-1', 'start', -72 * 3_600), deps([soon]));

    expect(answer).toMatchObject({ at: '2026-02-27T08:00:00.000Z', seconds: 1, moment: 'due' });
  });

  it('is gone when a wait before the resource time finds that time has come (the appointment began)', async () => {
    const begun = { ...appointment, start: '2026-03-01T09:00:00Z' };
    const d = deps([begun]);

    const answer = await resolveWaitTime(resourceWait('Appointment', 'appt-1', 'start', -2 * 3_600), d);

    expect(answer).toMatchObject({ moment: 'gone', seconds: 1 });
    expect(d.logger.lines).toEqual([expect.objectContaining({ fields: ids })]);
  });

  it('is due, not gone, for a wait after the resource time that has passed (a follow-up after the visit)', async () => {
    const answer = await resolveWaitTime(
      resourceWait('Appointment', 'appt-1', 'end', 0),
      deps([{ ...appointment, end: '2026-03-01T11:00:00Z' }]),
    );

    expect(answer).toMatchObject({ moment: 'due' });
  });

  it('waits at most a year, the longest a task may wait', async () => {
    const far = { ...appointment, start: '2028-03-01T12:00:00Z' };

    const answer = await resolveWaitTime(resourceWait('Appointment', 'appt-1', 'start', 0), deps([far]));

    expect(answer).toMatchObject({ moment: 'ahead', seconds: 365 * 86_400 });
  });

  it('refuses a payload with both or neither kind of time', async () => {
    const both = { ...resourceWait('Appointment', 'appt-1', 'start', 0), localTime: '09:00' };

    await expect(resolveWaitTime(both, deps([appointment]))).rejects.toBeInstanceOf(InvalidStepPayloadError);
    await expect(resolveWaitTime({ ...ids }, deps([appointment]))).rejects.toBeInstanceOf(InvalidStepPayloadError);
  });
});

describe('resolveWaitTime on a local time', () => {
  it("uses the patient's own zone", async () => {
    const patient: fhir4.Patient = {
      resourceType: 'Patient',
      id: 'p-1',
      extension: [{ url: TIMEZONE_EXTENSION_URL, valueCode: 'Europe/London' }],
    };

    const at = await resolveWaitTime({ ...ids, localTime: '14:00' }, deps([], patient));

    expect(at).toEqual({ at: '2026-03-01T14:00:00.000Z' });
  });

  it("falls back to the organisation's zone", async () => {
    const at = await resolveWaitTime({ ...ids, localTime: '14:00' }, deps([]));

    expect(at).toEqual({ at: '2026-03-01T19:00:00.000Z' });
  });

  it.each([
    ['later the same day', '2026-03-01T12:00:00Z', '09:00', '2026-03-01T14:00:00.000Z'],
    ['the next day once passed', '2026-03-01T15:00:00Z', '09:00', '2026-03-02T14:00:00.000Z'],
    ['the next day when now is exactly the time', '2026-03-01T14:00:00Z', '09:00', '2026-03-02T14:00:00.000Z'],
    ['past midnight', '2026-03-01T12:00:00Z', '00:15', '2026-03-02T05:15:00.000Z'],
    ['the first instant after a spring-forward gap', '2026-03-08T05:00:00Z', '02:30', '2026-03-08T07:00:00.000Z'],
    ['the first 01:30 of a fall-back day', '2026-11-01T04:00:00Z', '01:30', '2026-11-01T05:30:00.000Z'],
    [
      'the gap time, asked within the hour after it the day before',
      '2026-03-07T07:45:00Z',
      '02:30',
      '2026-03-08T07:00:00.000Z',
    ],
    ['a time after a spring-forward in EDT', '2026-03-08T05:00:00Z', '09:00', '2026-03-08T13:00:00.000Z'],
  ])('America/New_York: %s', (_, now, time, expected) => {
    expect(nextLocalTime(new Date(now), 'America/New_York', time).toISOString()).toBe(expected);
  });

  it.each([
    ['the first instant after a spring-forward gap', '2026-03-29T00:00:00Z', '01:30', '2026-03-29T01:00:00.000Z'],
    ['the first 01:30 of a fall-back day', '2026-10-24T23:00:00Z', '01:30', '2026-10-25T00:30:00.000Z'],
    ['a time after a fall-back in GMT', '2026-10-24T23:00:00Z', '09:00', '2026-10-25T09:00:00.000Z'],
  ])('Europe/London: %s', (_, now, time, expected) => {
    expect(nextLocalTime(new Date(now), 'Europe/London', time).toISOString()).toBe(expected);
  });
});

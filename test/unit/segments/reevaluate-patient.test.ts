import { silentLogger } from '../../../lambdas/domain/ports';
import type { ActiveSegment } from '../../../lambdas/domain/segments/ports';
import {
  MembershipConflictError,
  type ReevaluationDependencies,
  reevaluatePatient,
  wakeDuePatients,
} from '../../../lambdas/domain/segments/reevaluate-patient';
import {
  activeSegmentsOf,
  InMemoryMembershipStore,
  RecordingMembershipPublisher,
} from '../../support/in-memory-membership';
import { patientFacts, resource } from './fixtures';

const START = new Date('2026-11-25T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

const upcoming: ActiveSegment = {
  segmentId: 'upcoming',
  version: 1,
  kind: 'dynamic',
  definition: {
    schemaVersion: 1,
    id: 'upcoming',
    name: 'Upcoming appointment',
    description: '',
    criteria: { resource: { type: 'Appointment', status: ['booked'], within: { next: 'P7D' } } },
  },
};

function setUp() {
  let now = START;
  const memberships = new InMemoryMembershipStore();
  const publisher = new RecordingMembershipPublisher();
  const dependencies: ReevaluationDependencies = {
    segments: activeSegmentsOf([upcoming]),
    memberships,
    publisher,
    clock: { now: () => now },
    logger: silentLogger,
  };
  const withAppointmentAt = (patientId: string, at: Date) =>
    memberships.facts.set(patientId, {
      patientId,
      patient: patientFacts({ birthDate: '1970-01-01' }),
      resources: [resource({ kind: 'Appointment', status: 'booked', date: at.toISOString() })],
      engagement: [],
    });
  return { memberships, publisher, dependencies, withAppointmentAt, setNow: (at: Date) => (now = at) };
}

describe('reevaluatePatient', () => {
  it('writes the entry and announces it once', async () => {
    const { memberships, publisher, dependencies, withAppointmentAt } = setUp();
    withAppointmentAt('p1', new Date(START.getTime() + DAY));
    await expect(reevaluatePatient('p1', dependencies)).resolves.toEqual({
      outcome: 'changed',
      entered: ['upcoming'],
      exited: [],
    });
    await expect(reevaluatePatient('p1', dependencies)).resolves.toEqual({ outcome: 'unchanged' });
    expect(memberships.membersOf('upcoming')).toEqual(['p1']);
    expect(publisher.published).toEqual([
      { patientId: 'p1', entered: ['upcoming'], exited: [], occurredAt: START.toISOString() },
    ]);
    expect(memberships.stateOf('p1').unannounced).toBeUndefined();
  });

  it('reads again and recomputes when a concurrent re-evaluation wrote first', async () => {
    const { memberships, publisher, dependencies, withAppointmentAt } = setUp();
    withAppointmentAt('p1', new Date(START.getTime() + DAY));
    let raced = false;
    memberships.beforeApply = (patientId) => {
      if (raced) return;
      raced = true;
      // Someone else bumps the revision between our read and our write.
      const state = memberships.stateOf(patientId);
      memberships.states.set(patientId, { ...state, revision: state.revision + 1 });
    };
    await reevaluatePatient('p1', dependencies);
    expect(memberships.membersOf('upcoming')).toEqual(['p1']);
    expect(publisher.published).toHaveLength(1);
  });

  it('gives up with a conflict error (for the caller to retry) when it never wins the race', async () => {
    const { memberships, dependencies, withAppointmentAt } = setUp();
    withAppointmentAt('p1', new Date(START.getTime() + DAY));
    memberships.beforeApply = (patientId) => {
      const state = memberships.stateOf(patientId);
      memberships.states.set(patientId, { ...state, revision: state.revision + 1 });
    };
    await expect(reevaluatePatient('p1', dependencies)).rejects.toBeInstanceOf(MembershipConflictError);
    expect(memberships.membersOf('upcoming')).toEqual([]);
  });

  it('finishes an announcement a crash left unpublished, exactly once, on the next re-evaluation', async () => {
    const { memberships, publisher, dependencies, withAppointmentAt } = setUp();
    withAppointmentAt('p1', new Date(START.getTime() + DAY));
    publisher.failNext = true;
    await expect(reevaluatePatient('p1', dependencies)).rejects.toThrow('bus unavailable');
    // The membership is written and the announcement kept with it.
    expect(memberships.membersOf('upcoming')).toEqual(['p1']);
    expect(memberships.stateOf('p1').unannounced?.entered).toEqual(['upcoming']);

    await expect(reevaluatePatient('p1', dependencies)).resolves.toEqual({ outcome: 'unchanged' });
    expect(publisher.published.map((p) => p.entered)).toEqual([['upcoming']]);
    expect(memberships.stateOf('p1').unannounced).toBeUndefined();
  });
});

describe('reevaluatePatient when segments change under it', () => {
  it('reads only the small membership record when no segment is active and the patient has none', async () => {
    const { memberships, dependencies, withAppointmentAt } = setUp();
    withAppointmentAt('p1', new Date(START.getTime() + DAY));
    const load = jest.spyOn(memberships, 'load');
    await expect(reevaluatePatient('p1', { ...dependencies, segments: activeSegmentsOf([]) })).resolves.toEqual({
      outcome: 'unchanged',
    });
    expect(load).not.toHaveBeenCalled();
  });

  it('still removes memberships of a segment archived since, when nothing is active any more', async () => {
    const { memberships, dependencies, withAppointmentAt } = setUp();
    withAppointmentAt('p1', new Date(START.getTime() + DAY));
    await reevaluatePatient('p1', dependencies);
    await reevaluatePatient('p1', { ...dependencies, segments: activeSegmentsOf([]) });
    expect(memberships.membersOf('upcoming')).toEqual([]);
  });

  it('reads the active segments again after losing a race, so a segment activated meanwhile is kept', async () => {
    const { memberships, dependencies, withAppointmentAt } = setUp();
    withAppointmentAt('p1', new Date(START.getTime() + DAY));
    const adults: ActiveSegment = {
      segmentId: 'adults',
      version: 1,
      kind: 'dynamic',
      definition: { schemaVersion: 1, id: 'adults', name: 'Adults', description: '', criteria: { age: { min: 18 } } },
    };
    // The first read predates the activation of `upcoming`, whose full computation then writes the patient.
    const reads = [[adults], [adults, upcoming]];
    const segments = { activeSegments: async () => reads.shift() ?? [adults, upcoming] };
    memberships.beforeApply = (patientId) => {
      memberships.beforeApply = undefined;
      const state = memberships.stateOf(patientId);
      memberships.states.set(patientId, { ...state, revision: state.revision + 1 });
    };
    await reevaluatePatient('p1', { ...dependencies, segments });
    expect(memberships.membersOf('upcoming')).toEqual(['p1']);
    expect(memberships.membersOf('adults')).toEqual(['p1']);
  });
});

describe('wakeDuePatients', () => {
  it('stops before the next page when the invocation is out of time, leaving the patient due', async () => {
    const { memberships, dependencies, withAppointmentAt, setNow } = setUp();
    const appointment = new Date(START.getTime() + 10 * DAY);
    withAppointmentAt('p1', appointment);
    await reevaluatePatient('p1', dependencies);
    setNow(new Date(appointment.getTime() - 7 * DAY + 1));

    const result = await wakeDuePatients({ ...dependencies, shards: 1 }, { outOfTime: () => true });

    expect(result).toEqual({ woken: 0, failed: 0, unfinished: true });
    expect(memberships.membersOf('upcoming')).toEqual([]);
  });

  it('wakes a patient exactly when the appointment enters the 7-day window, not a millisecond before', async () => {
    const { memberships, publisher, dependencies, withAppointmentAt, setNow } = setUp();
    const appointment = new Date(START.getTime() + 10 * DAY);
    withAppointmentAt('p1', appointment);
    await reevaluatePatient('p1', dependencies);
    expect(memberships.membersOf('upcoming')).toEqual([]);
    const entersAt = new Date(appointment.getTime() - 7 * DAY + 1);
    expect(memberships.stateOf('p1').dueAt).toBe(entersAt.toISOString());

    setNow(new Date(entersAt.getTime() - 1));
    await expect(wakeDuePatients({ ...dependencies, shards: 1 })).resolves.toMatchObject({ woken: 0 });
    expect(memberships.membersOf('upcoming')).toEqual([]);

    setNow(entersAt);
    await expect(wakeDuePatients({ ...dependencies, shards: 1 })).resolves.toMatchObject({ woken: 1, failed: 0 });
    expect(memberships.membersOf('upcoming')).toEqual(['p1']);
    expect(publisher.published.map((p) => p.entered)).toEqual([['upcoming']]);
    // The next wake-up is when the appointment starts (it then leaves the window).
    expect(memberships.stateOf('p1').dueAt).toBe(new Date(appointment.getTime() + 1).toISOString());
  });

  it('leaves a patient due when its re-evaluation fails, so the next tick retries it', async () => {
    const { memberships, publisher, dependencies, withAppointmentAt, setNow } = setUp();
    const appointment = new Date(START.getTime() + 10 * DAY);
    withAppointmentAt('p1', appointment);
    await reevaluatePatient('p1', dependencies);
    setNow(new Date(appointment.getTime() - 6 * DAY));
    memberships.beforeApply = () => {
      throw new Error('throttled');
    };
    await expect(wakeDuePatients({ ...dependencies, shards: 1 })).resolves.toMatchObject({ woken: 0, failed: 1 });
    expect(memberships.stateOf('p1').dueAt).toBe(new Date(appointment.getTime() - 7 * DAY + 1).toISOString());
    memberships.beforeApply = undefined;
    await expect(wakeDuePatients({ ...dependencies, shards: 1 })).resolves.toMatchObject({ woken: 1, failed: 0 });
    expect(memberships.membersOf('upcoming')).toEqual(['p1']);
    expect(publisher.published).toHaveLength(1);
  });
});

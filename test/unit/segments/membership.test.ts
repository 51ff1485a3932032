import type { CriteriaNode, SegmentDefinition } from '../../../lambdas/domain/segments/definition-schema';
import {
  prepareActiveSet,
  reevaluateMembership,
  UNKNOWN_CHANGE_RECHECK_MS,
} from '../../../lambdas/domain/segments/membership';
import type { ActiveSegment, MembershipState, PatientSegmentsView } from '../../../lambdas/domain/segments/ports';
import { patientFacts, resource, snapshot } from './fixtures';

const NOW = new Date('2026-11-25T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

function dynamic(id: string, criteria: CriteriaNode, version = 1): ActiveSegment {
  const definition: SegmentDefinition = { schemaVersion: 1, id, name: id, description: '', criteria };
  return { segmentId: id, version, kind: 'dynamic', definition };
}

const list = (id: string): ActiveSegment => ({ segmentId: id, version: 1, kind: 'static' });

const upcoming = dynamic('upcoming', {
  resource: { type: 'Appointment', status: ['booked'], within: { next: 'P7D' } },
});
const adults = dynamic('adults', { age: { min: 18 } });

function view(
  facts: Partial<Omit<PatientSegmentsView['snapshot'] & object, 'patientId'>> | undefined,
  state: Partial<MembershipState> = {},
): PatientSegmentsView {
  const { memberships: _none, ...rest } = snapshot({ patient: patientFacts({ birthDate: '1980-05-01' }), ...facts });
  return { ...(facts === undefined ? {} : { snapshot: rest }), state: { revision: 0, memberships: [], ...state } };
}

const appointmentIn = (ms: number) =>
  resource({ kind: 'Appointment', status: 'booked', date: new Date(NOW.getTime() + ms).toISOString() });

describe('re-evaluating one patient against the active segments', () => {
  it('enters a matching segment, announces it, and schedules the wake-up at the next change', () => {
    const change = reevaluateMembership(
      view({ resources: [appointmentIn(3 * DAY)] }),
      prepareActiveSet([upcoming]),
      'p1',
      NOW,
    );
    expect(change?.entered).toEqual([{ segmentId: 'upcoming', version: 1, kind: 'dynamic', since: NOW.toISOString() }]);
    expect(change?.exited).toEqual([]);
    expect(change?.announcement).toEqual({
      patientId: 'p1',
      entered: ['upcoming'],
      exited: [],
      occurredAt: NOW.toISOString(),
    });
    // The appointment starts in 3 days: the patient leaves the "next 7 days" window [now, now + 7 d) the
    // millisecond after its start.
    expect(change?.dueAt).toBe(new Date(NOW.getTime() + 3 * DAY + 1).toISOString());
  });

  it('writes nothing when membership and wake-up are as stored', () => {
    const facts = { resources: [appointmentIn(3 * DAY)] };
    const state: Partial<MembershipState> = {
      revision: 3,
      memberships: [{ segmentId: 'upcoming', version: 1, kind: 'dynamic', since: '2026-11-20T00:00:00.000Z' }],
      dueAt: new Date(NOW.getTime() + 3 * DAY + 1).toISOString(),
    };
    expect(reevaluateMembership(view(facts, state), prepareActiveSet([upcoming]), 'p1', NOW)).toBeUndefined();
  });

  it('exits when the facts no longer match, and removes the wake-up when time can change nothing', () => {
    const state: Partial<MembershipState> = {
      memberships: [{ segmentId: 'upcoming', version: 1, kind: 'dynamic', since: '2026-11-20T00:00:00.000Z' }],
      dueAt: '2026-11-28T12:00:00.000Z',
    };
    const cancelled = resource({ kind: 'Appointment', status: 'cancelled', date: '2026-11-28T12:00:00.000Z' });
    const change = reevaluateMembership(
      view({ resources: [cancelled] }, state),
      prepareActiveSet([upcoming]),
      'p1',
      NOW,
    );
    expect(change?.exited).toEqual(['upcoming']);
    expect(change?.entered).toEqual([]);
    expect(change?.dueAt).toBeNull();
    expect(change?.announcement?.exited).toEqual(['upcoming']);
  });

  it('schedules the wake-up for an appointment still beyond the window at the instant it enters', () => {
    const change = reevaluateMembership(
      view({ resources: [appointmentIn(10 * DAY)] }),
      prepareActiveSet([upcoming]),
      'p1',
      NOW,
    );
    expect(change?.entered).toEqual([]);
    expect(change?.announcement).toBeUndefined();
    expect(change?.dueAt).toBe(new Date(NOW.getTime() + 3 * DAY + 1).toISOString());
  });

  it('evaluates a segment after the segments it reads, whatever order they are listed in', () => {
    const dependent = dynamic('adults-with-upcoming', { all: [{ inSegment: 'adults' }, { inSegment: 'upcoming' }] });
    const change = reevaluateMembership(
      view({ resources: [appointmentIn(DAY)] }),
      prepareActiveSet([dependent, upcoming, adults]),
      'p1',
      NOW,
    );
    expect(change?.entered.map((m) => m.segmentId).sort()).toEqual(['adults', 'adults-with-upcoming', 'upcoming']);
  });

  it('keeps uploaded-list memberships, lets definitions read them, and drops those of lists no longer active', () => {
    const registry = list('diabetes-registry');
    const inRegistry = dynamic('registry-adults', {
      all: [{ inSegment: 'diabetes-registry' }, { inSegment: 'adults' }],
    });
    const state: Partial<MembershipState> = {
      memberships: [
        { segmentId: 'diabetes-registry', version: 1, kind: 'static', since: '2026-01-01T00:00:00.000Z' },
        { segmentId: 'old-registry', version: 1, kind: 'static', since: '2026-01-01T00:00:00.000Z' },
      ],
    };
    const change = reevaluateMembership(view({}, state), prepareActiveSet([registry, inRegistry, adults]), 'p1', NOW);
    expect(change?.entered.map((m) => m.segmentId).sort()).toEqual(['adults', 'registry-adults']);
    expect(change?.exited).toEqual(['old-registry']);
  });

  it('removes memberships of segments that are no longer active (archived)', () => {
    const state: Partial<MembershipState> = {
      memberships: [{ segmentId: 'archived-one', version: 2, kind: 'dynamic', since: '2026-01-01T00:00:00.000Z' }],
    };
    const change = reevaluateMembership(view({}, state), prepareActiveSet([]), 'p1', NOW);
    expect(change?.exited).toEqual(['archived-one']);
  });

  it('takes a deleted patient out of every dynamic segment and clears the wake-up', () => {
    const state: Partial<MembershipState> = {
      memberships: [{ segmentId: 'adults', version: 1, kind: 'dynamic', since: '2026-01-01T00:00:00.000Z' }],
      dueAt: '2027-01-01T00:00:00.000Z',
    };
    const change = reevaluateMembership(view(undefined, state), prepareActiveSet([adults]), 'p1', NOW);
    expect(change?.exited).toEqual(['adults']);
    expect(change?.dueAt).toBeNull();
  });

  it('confirms a member under a new version without announcing an entry', () => {
    const state: Partial<MembershipState> = {
      memberships: [{ segmentId: 'adults', version: 1, kind: 'dynamic', since: '2026-01-01T00:00:00.000Z' }],
      dueAt: undefined,
    };
    const change = reevaluateMembership(
      view({}, state),
      prepareActiveSet([dynamic('adults', { age: { min: 18 } }, 2)]),
      'p1',
      NOW,
    );
    expect(change?.updated).toEqual([
      { segmentId: 'adults', version: 2, kind: 'dynamic', since: '2026-01-01T00:00:00.000Z' },
    ]);
    expect(change?.entered).toEqual([]);
    expect(change?.announcement).toBeUndefined();
  });

  it('drops segments caught in a dependency cycle and still evaluates the others', () => {
    const a = dynamic('a', { inSegment: 'b' });
    const b = dynamic('b', { inSegment: 'a' });
    const active = prepareActiveSet([a, b, adults]);
    expect(active.dynamic.map((d) => d.segment.segmentId)).toEqual(['adults']);
  });

  it('looks again after a day at a segment whose next change FHIRPath cannot tell', () => {
    const fhirpath = dynamic('named', { fhirpath: 'Bundle.entry.resource.ofType(Patient).name.exists()' });
    const change = reevaluateMembership(view({}), prepareActiveSet([fhirpath]), 'p1', NOW);
    expect(change?.dueAt).toBe(new Date(NOW.getTime() + UNKNOWN_CHANGE_RECHECK_MS).toISOString());
  });
});

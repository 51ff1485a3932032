import type { JourneyDefinition } from '../../../../lambdas/domain/journeys/definition-schema';
import { enrol } from '../../../../lambdas/domain/journeys/enrolment/enrol';
import { executionNameOf } from '../../../../lambdas/domain/journeys/enrolment/execution-name';
import { enrolmentRequestsFor } from '../../../../lambdas/domain/journeys/enrolment/match-triggers';
import type {
  FhirChange,
  JourneyEntryRecord,
  JourneyEntryStore,
  JourneyExecutionInput,
  JourneyExecutionStarter,
} from '../../../../lambdas/domain/journeys/enrolment/ports';
import type { JourneyRecord, JourneyStore, JourneyVersion } from '../../../../lambdas/domain/journeys/ports';

const NOW = new Date('2026-03-01T09:00:00.000Z');
const aliasOf = (journeyId: string) => `arn:aws:states:eu-west-1:123456789012:stateMachine:journey-${journeyId}:live`;

/** Entry records in memory, conditional like the DynamoDB store; every call yields, so concurrent calls interleave. */
class InMemoryEntries implements JourneyEntryStore {
  readonly records = new Map<string, JourneyEntryRecord>();
  conflicts = 0;

  async get(patientId: string, journeyId: string, key: string): Promise<JourneyEntryRecord | undefined> {
    await new Promise((resolve) => setImmediate(resolve));
    return this.records.get(`${patientId}|${journeyId}|${key}`);
  }

  async record(entry: JourneyEntryRecord, expectedRevision: number | undefined): Promise<'recorded' | 'conflict'> {
    await new Promise((resolve) => setImmediate(resolve));
    const id = `${entry.patientId}|${entry.journeyId}|${entry.key}`;
    if (this.records.get(id)?.revision !== expectedRevision) {
      this.conflicts++;
      return 'conflict';
    }
    this.records.set(id, entry);
    return 'recorded';
  }
}

/** Step Functions as far as names go: a name starts once; every call is recorded. */
class RecordingStarter implements JourneyExecutionStarter {
  readonly calls: { arn: string; name: string; input: JourneyExecutionInput }[] = [];
  readonly started = new Set<string>();
  failNext = false;

  async start(arn: string, name: string, input: JourneyExecutionInput): Promise<'started' | 'exists'> {
    this.calls.push({ arn, name, input });
    if (this.failNext) {
      this.failNext = false;
      throw new Error('Step Functions unavailable');
    }
    if (this.started.has(name)) return 'exists';
    this.started.add(name);
    return 'started';
  }
}

function published(journeyId: string, entry: JourneyDefinition['entry'], reEntry: JourneyDefinition['reEntry']) {
  const record: JourneyRecord = {
    journeyId,
    name: journeyId,
    status: 'active',
    latestVersion: 1,
    publishedVersion: 1,
    aliasArn: aliasOf(journeyId),
    updatedAt: NOW.toISOString(),
    revision: 2,
  };
  const version: JourneyVersion = {
    journeyId,
    version: 1,
    definition: {
      schemaVersion: 1,
      id: journeyId,
      name: journeyId,
      entry,
      reEntry,
      start: 'done',
      steps: { done: { type: 'exit' } },
    },
    createdAt: NOW.toISOString(),
    createdBy: 'staff-1',
  };
  return { record, version };
}

function journeyStore(...journeys: ReturnType<typeof published>[]): Pick<JourneyStore, 'get' | 'getVersion'> {
  return {
    get: async (journeyId) => journeys.find((j) => j.record.journeyId === journeyId)?.record,
    getVersion: async (journeyId, version) =>
      journeys.find((j) => j.version.journeyId === journeyId && j.version.version === version)?.version,
  };
}

const welcome = published('welcome', { segmentEntered: 'new-patients' }, { policy: 'once' });
const reminders = published(
  'appointment-reminders',
  { fhirTrigger: { resourceType: 'Appointment', actions: ['create'], keyedBy: 'resource' } },
  { policy: 'always' },
);
const results = published(
  'results-available',
  { fhirTrigger: { resourceType: 'Observation', condition: "%current.status = 'final'" } },
  { policy: 'after-cool-down', coolDown: 'P1D' },
);

function setUp() {
  const entries = new InMemoryEntries();
  const starter = new RecordingStarter();
  const deps = { journeys: journeyStore(welcome, reminders, results), entries, starter, clock: { now: () => NOW } };
  return { entries, starter, deps };
}

describe('enrol', () => {
  it('records the entry and starts the journey alias under the run name, with ids only as input', async () => {
    const { starter, entries, deps } = setUp();

    const outcome = await enrol({ journeyId: 'welcome', patientId: 'p1', cause: 'segment-entry' }, deps);

    const name = executionNameOf({ journeyId: 'welcome', journeyVersion: 1, patientId: 'p1' });
    expect(outcome).toEqual({ outcome: 'enrolled', executionName: name });
    expect(starter.calls).toEqual([
      {
        arn: aliasOf('welcome'),
        name,
        input: { journeyId: 'welcome', journeyVersion: 1, patientId: 'p1', executionId: name },
      },
    ]);
    expect(entries.records.get('p1|welcome|patient')).toMatchObject({ executionName: name, entries: 1 });
  });

  it('refuses an unknown journey', async () => {
    const { starter, deps } = setUp();

    expect(await enrol({ journeyId: 'nope', patientId: 'p1', cause: 'staff' }, deps)).toMatchObject({
      outcome: 'refused',
      reason: 'not-found',
    });
    expect(starter.calls).toEqual([]);
  });

  it('refuses a paused journey without recording or starting anything', async () => {
    const { starter, entries, deps } = setUp();
    const paused = { ...welcome, record: { ...welcome.record, status: 'paused' as const } };

    const outcome = await enrol(
      { journeyId: 'welcome', patientId: 'p1', cause: 'staff' },
      { ...deps, journeys: journeyStore(paused) },
    );

    expect(outcome).toMatchObject({ outcome: 'refused', reason: 'not-active' });
    expect(starter.calls).toEqual([]);
    expect(entries.records.size).toBe(0);
  });

  it('answers already-running when the run was started before', async () => {
    const { starter, deps } = setUp();
    const request = { journeyId: 'welcome', patientId: 'p1', cause: 'segment-entry' } as const;
    await enrol(request, deps);

    expect(await enrol(request, deps)).toMatchObject({ outcome: 'already-running' });
    expect(starter.started.size).toBe(1);
  });

  it('lets one of two concurrent enrolments of a patient win; the other re-reads and starts nothing new', async () => {
    const { starter, entries, deps } = setUp();
    const request = { journeyId: 'welcome', patientId: 'p1', cause: 'segment-entry' } as const;

    const outcomes = await Promise.all([enrol(request, deps), enrol(request, deps)]);

    expect(entries.conflicts).toBe(1);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['already-running', 'enrolled']);
    expect(starter.started.size).toBe(1);
  });

  it('recovers from a crash between the entry record and the start: the retry starts the recorded run', async () => {
    const { starter, deps } = setUp();
    const request = { journeyId: 'welcome', patientId: 'p1', cause: 'segment-entry' } as const;
    starter.failNext = true;

    await expect(enrol(request, deps)).rejects.toThrow('Step Functions unavailable');
    const retried = await enrol(request, deps);

    expect(retried).toEqual({ outcome: 'enrolled', executionName: starter.calls[0]?.name });
    expect(starter.started.size).toBe(1);
  });

  it('enrols once per appointment when the same trigger arrives five times, shuffled with others', async () => {
    const { starter, deps } = setUp();
    const booked: FhirChange = { resourceType: 'Appointment', id: 'a1', action: 'create', versionId: '1' };
    const deliveries: FhirChange[] = [
      booked,
      { resourceType: 'Observation', id: 'o1', action: 'create', versionId: '1' },
      booked,
      { resourceType: 'Appointment', id: 'a2', action: 'create', versionId: '1' },
      booked,
      { resourceType: 'Appointment', id: 'a1', action: 'update', versionId: '2' },
      booked,
      { resourceType: 'Observation', id: 'o1', action: 'update', versionId: '2' },
      booked,
    ];
    const conditions = { matches: async () => false };
    const active = [welcome, reminders, results].map((j) => ({
      journeyId: j.record.journeyId,
      definition: j.version.definition,
    }));

    for (const change of deliveries) {
      for (const request of await enrolmentRequestsFor(active, { patientId: 'p1', change }, conditions)) {
        await enrol(request, deps);
      }
    }

    expect([...starter.started]).toEqual([
      executionNameOf({
        journeyId: 'appointment-reminders',
        journeyVersion: 1,
        patientId: 'p1',
        entryKey: 'Appointment/a1',
      }),
      executionNameOf({
        journeyId: 'appointment-reminders',
        journeyVersion: 1,
        patientId: 'p1',
        entryKey: 'Appointment/a2',
      }),
    ]);
    expect(starter.calls.filter((c) => c.input.entryKey === 'Appointment/a1')).toHaveLength(5);
  });
});

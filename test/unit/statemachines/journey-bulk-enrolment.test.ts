import aslValidator from 'asl-validator';
import {
  type LocalTask,
  loadStateMachineDefinition,
  runStateMachine,
} from '../../../local/stepfunctions/local-state-machine';

type State = { Type: string; Retry?: { ErrorEquals: string[] }[]; Catch?: { ErrorEquals: string[] }[] };

const definition = loadStateMachineDefinition('journey-bulk-enrolment.asl.json');
const INPUT = { journeyId: 'welcome', segmentId: 'new-patients' };
const EXECUTION_NAME = 'bulk-run-1';

/** Three pages of members, the cursor of each naming the next. */
const PAGES: Record<string, { patientIds: string[]; cursor?: string; hasMore: boolean }> = {
  first: { patientIds: ['p1', 'p2'], cursor: 'c2', hasMore: true },
  c2: { patientIds: ['p3', 'p4'], cursor: 'c3', hasMore: true },
  c3: { patientIds: ['p5'], hasMore: false },
};

class NamedError extends Error {
  constructor(name: string) {
    super(`${name} in a test`);
    this.name = name;
  }
}

function fakeTasks(overrides: Partial<Record<string, LocalTask>> = {}) {
  const calls: [string, unknown][] = [];
  const tasks: Record<string, LocalTask> = {
    'Page segment members': async (payload) => PAGES[(payload as { cursor?: string }).cursor ?? 'first'],
    'Enrol page': async (payload) => {
      const { patientIds } = payload as { patientIds: string[] };
      return { enrolled: patientIds.length - 1, alreadyRunning: 1, refused: 0 };
    },
    ...overrides,
  } as Record<string, LocalTask>;
  const recorded = Object.fromEntries(
    Object.entries(tasks).map(([name, task]) => [
      name,
      async (payload: unknown) => {
        calls.push([name, payload]);
        return task(payload);
      },
    ]),
  );
  return { calls, tasks: recorded };
}

const payloadsOf = (calls: [string, unknown][], name: string) => calls.filter(([n]) => n === name).map(([, p]) => p);

describe('journey bulk enrolment workflow (definition)', () => {
  it('is valid Amazon States Language in JSONPath', () => {
    const { isValid, errors } = aslValidator(definition as never, { checkArn: false, checkPaths: true });

    expect(errors).toEqual([]);
    expect(isValid).toBe(true);
    expect(definition.QueryLanguage ?? 'JSONPath').toBe('JSONPath');
  });

  it('retries Lambda service faults, transient store errors and enrolment contention, and catches everything else', () => {
    const tasks = Object.entries(definition.States as Record<string, State>).filter(([, s]) => s.Type === 'Task');

    expect(tasks.map(([name]) => name).sort()).toEqual(['Enrol page', 'Page segment members']);
    for (const [name, state] of tasks) {
      expect([name, state.Retry?.flatMap((r) => r.ErrorEquals)]).toEqual([
        name,
        expect.arrayContaining(['Lambda.ServiceException', 'Lambda.TooManyRequestsException', 'TransientStoreError']),
      ]);
      expect([name, state.Catch?.flatMap((c) => c.ErrorEquals)]).toEqual([name, ['States.ALL']]);
    }
    const enrolRetried = (definition.States as Record<string, State>)['Enrol page']?.Retry?.flatMap(
      (r) => r.ErrorEquals,
    );
    expect(enrolRetried).toContain('EnrolmentContentionError');
  });
});

describe('journey bulk enrolment workflow (run locally)', () => {
  it('enrols every page of the segment once, following the cursor, and outputs the totals', async () => {
    const { calls, tasks } = fakeTasks();

    const output = await runStateMachine(definition, INPUT, tasks, EXECUTION_NAME);

    expect(payloadsOf(calls, 'Page segment members')).toEqual([
      { segmentId: 'new-patients' },
      { segmentId: 'new-patients', cursor: 'c2' },
      { segmentId: 'new-patients', cursor: 'c3' },
    ]);
    expect(payloadsOf(calls, 'Enrol page')).toEqual(
      [['p1', 'p2'], ['p3', 'p4'], ['p5']].map((patientIds) => ({
        journeyId: 'welcome',
        patientIds,
        cause: 'schedule',
        runId: EXECUTION_NAME,
      })),
    );
    expect(output).toEqual({
      journeyId: 'welcome',
      segmentId: 'new-patients',
      pages: 3,
      enrolled: 2,
      alreadyRunning: 3,
      refused: 0,
    });
  });

  it('retries a page whose enrolment met contention, without enrolling any other page twice', async () => {
    let attempts = 0;
    const { calls, tasks } = fakeTasks({
      'Enrol page': async () => {
        attempts++;
        if (attempts === 2) throw new NamedError('EnrolmentContentionError');
        return { enrolled: 1, alreadyRunning: 0, refused: 0 };
      },
    });

    await runStateMachine(definition, INPUT, tasks, EXECUTION_NAME);

    const enrolled = payloadsOf(calls, 'Enrol page').map((p) => (p as { patientIds: string[] }).patientIds);
    expect(enrolled).toEqual([['p1', 'p2'], ['p3', 'p4'], ['p3', 'p4'], ['p5']]);
  }, 15_000);

  it('fails with a clear error when a page cannot be read', async () => {
    const { calls, tasks } = fakeTasks({
      'Page segment members': async () => {
        throw new NamedError('InvalidStepInputError');
      },
    });

    await expect(runStateMachine(definition, INPUT, tasks, EXECUTION_NAME)).rejects.toMatchObject({
      cause: { name: 'JourneyBulkEnrolmentFailed' },
    });
    expect(payloadsOf(calls, 'Enrol page')).toEqual([]);
  });
});

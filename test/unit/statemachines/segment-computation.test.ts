import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LocalTask, runStateMachine } from '../../../local/stepfunctions/local-state-machine';

type State = {
  Type: string;
  Retry?: { ErrorEquals: string[] }[];
  Catch?: { ErrorEquals: string[]; Next: string }[];
  [field: string]: unknown;
};

const definition = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'statemachines', 'segment-computation.asl.json'), 'utf8'),
);
const shardMap = definition.States['Compute each shard'];
const allStates = (): [string, State][] => [
  ...Object.entries(definition.States as Record<string, State>),
  ...Object.entries(shardMap.ItemProcessor.States as Record<string, State>),
];

const INPUT = { computationId: 'c-1', segmentId: 'women', reason: 'activated' };

class NamedError extends Error {
  constructor(name: string) {
    super(`${name} in a test`);
    this.name = name;
  }
}

/** Fake tasks: two shards, the first taking three pages; records every call. */
function fakeTasks(overrides: Partial<Record<string, LocalTask>> = {}) {
  const calls: [string, unknown][] = [];
  const pagesLeft: Record<number, number> = { 0: 3, 1: 1 };
  const record = (name: string, task: LocalTask): LocalTask => {
    return async (payload) => {
      calls.push([name, payload]);
      return task(payload);
    };
  };
  const tasks: Record<string, LocalTask> = {
    'Start computation': async () => ({ computationId: 'c-1', shards: [0, 1] }),
    'Compute page': async (payload) => {
      const { shard } = payload as { shard: number };
      pagesLeft[shard] = (pagesLeft[shard] ?? 0) - 1;
      return { computationId: 'c-1', shard, done: pagesLeft[shard] === 0 };
    },
    'Finish computation': async () => ({
      ...INPUT,
      status: 'completed',
      shards: 2,
      shardsDone: 2,
      patientsEvaluated: 7,
      entered: 3,
      exited: 1,
      failed: 0,
      startedAt: 'x',
    }),
    'Record failure': async () => ({ computationId: 'c-1', status: 'failed' }),
    ...overrides,
  } as Record<string, LocalTask>;
  return {
    calls,
    tasks: Object.fromEntries(Object.entries(tasks).map(([name, task]) => [name, record(name, task)])),
  };
}

const namesOf = (calls: [string, unknown][]) => calls.map(([name]) => name);

describe('segment computation workflow (definition)', () => {
  it('walks the shards the start lists in a Distributed Map, passing each only the computation id and its shard', () => {
    expect(definition.StartAt).toBe('Start computation');
    expect(shardMap).toMatchObject({
      Type: 'Map',
      ItemsPath: '$.start.shards',
      ItemSelector: { 'computationId.$': '$.computationId', 'shard.$': '$$.Map.Item.Value' },
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' } },
    });
    expect(Object.keys(shardMap.ItemSelector)).toEqual(['computationId.$', 'shard.$']);
    expect(shardMap.MaxConcurrency).toBeGreaterThanOrEqual(1);
  });

  it('retries service faults and transient store errors on every task, and catches everything else', () => {
    const tasks = allStates().filter(([, state]) => state.Type === 'Task');

    expect(tasks.map(([name]) => name).sort()).toEqual([
      'Compute page',
      'Finish computation',
      'Record failure',
      'Start computation',
    ]);
    for (const [name, state] of tasks) {
      const retried = state.Retry?.flatMap((r) => r.ErrorEquals) ?? [];
      expect([name, retried]).toEqual([
        name,
        expect.arrayContaining(['Lambda.ServiceException', 'Lambda.TooManyRequestsException', 'TransientStoreError']),
      ]);
      expect([name, state.Catch?.flatMap((c) => c.ErrorEquals)]).toEqual([name, ['States.ALL']]);
    }
  });
});

describe('segment computation workflow (run locally)', () => {
  it('loops each shard page by page until done, then finishes with the totals as output', async () => {
    const { calls, tasks } = fakeTasks();

    const output = await runStateMachine(definition, INPUT, tasks);

    expect(namesOf(calls).filter((n) => n === 'Compute page')).toHaveLength(4);
    expect(calls.filter(([n]) => n === 'Compute page').map(([, p]) => p)).toEqual(
      expect.arrayContaining([
        { computationId: 'c-1', shard: 0 },
        { computationId: 'c-1', shard: 1 },
      ]),
    );
    expect(namesOf(calls).at(-1)).toBe('Finish computation');
    expect(calls.at(-1)?.[1]).toEqual({ computationId: 'c-1' });
    // The execution's output: ids and counts, not the whole record.
    expect(output).toEqual({
      computationId: 'c-1',
      segmentId: 'women',
      status: 'completed',
      shards: 2,
      shardsDone: 2,
      patientsEvaluated: 7,
      entered: 3,
      exited: 1,
      failed: 0,
    });
  });

  it('retries a page that hit a transient store error', async () => {
    let attempts = 0;
    const { tasks } = fakeTasks({
      'Compute page': async (payload) => {
        attempts++;
        if (attempts === 1) throw new NamedError('TransientStoreError');
        return { ...(payload as object), done: true };
      },
    });

    await runStateMachine(definition, INPUT, tasks);

    expect(attempts).toBe(3);
  }, 10_000);

  it('lets the other shards go on when one fails, then fails the execution once finish finds it unfinished', async () => {
    const { calls, tasks } = fakeTasks({
      'Compute page': async (payload) => {
        const { shard } = payload as { shard: number };
        if (shard === 0) throw new NamedError('InvalidComputationInputError');
        return { ...(payload as object), done: true };
      },
      'Finish computation': async () => ({
        ...INPUT,
        status: 'failed',
        shards: 2,
        shardsDone: 1,
        patientsEvaluated: 1,
        entered: 0,
        exited: 0,
        failed: 0,
      }),
    });

    await expect(runStateMachine(definition, INPUT, tasks)).rejects.toMatchObject({
      cause: { name: 'SegmentComputationFailed' },
    });
    expect(calls).toContainEqual(['Compute page', { computationId: 'c-1', shard: 1 }]);
    expect(namesOf(calls)).toContain('Finish computation');
    expect(namesOf(calls)).not.toContain('Record failure');
  });

  it('records the failure and fails the execution when the computation cannot start', async () => {
    const { calls, tasks } = fakeTasks({
      'Start computation': async () => {
        throw new NamedError('InvalidComputationInputError');
      },
    });

    await expect(runStateMachine(definition, INPUT, tasks)).rejects.toMatchObject({
      cause: { name: 'SegmentComputationFailed' },
    });
    expect(namesOf(calls)).toEqual(['Start computation', 'Record failure']);
    expect(calls[1]?.[1]).toEqual({ computationId: 'c-1', failed: true });
  });

  it('records the failure when finishing fails', async () => {
    const { calls, tasks } = fakeTasks({
      'Finish computation': async () => {
        throw new NamedError('ComputationNotFoundError');
      },
    });

    await expect(runStateMachine(definition, INPUT, tasks)).rejects.toBeDefined();
    expect(namesOf(calls).slice(-2)).toEqual(['Finish computation', 'Record failure']);
  });
});

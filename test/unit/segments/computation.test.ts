import { silentLogger } from '../../../lambdas/domain/ports';
import {
  type ComputationLedger,
  ComputationNotFoundError,
  computePage,
  finishComputation,
  InvalidComputationInputError,
  type PageCounts,
  type ShardPosition,
  startComputation,
} from '../../../lambdas/domain/segments/computation';
import type { ActiveSegment, ComputationRecord, PatientListing } from '../../../lambdas/domain/segments/ports';
import type { ReevaluationDependencies } from '../../../lambdas/domain/segments/reevaluate-patient';
import { InMemoryMembershipStore, RecordingMembershipPublisher } from '../../support/in-memory-membership';
import { patientFacts } from './fixtures';

const NOW = new Date('2026-11-25T12:00:00.000Z');

const women: ActiveSegment = {
  segmentId: 'women',
  version: 1,
  kind: 'dynamic',
  definition: { schemaVersion: 1, id: 'women', name: 'Women', description: '', criteria: { gender: ['female'] } },
};
const over50: ActiveSegment = {
  segmentId: 'over-50',
  version: 1,
  kind: 'dynamic',
  definition: { schemaVersion: 1, id: 'over-50', name: 'Over 50', description: '', criteria: { age: { min: 50 } } },
};

/** The computation record in memory, with the contract of `DynamoComputationStore`. */
class InMemoryLedger implements ComputationLedger {
  readonly records = new Map<string, ComputationRecord>();
  readonly positions = new Map<string, ShardPosition>();
  /** Called before each `recordPage`, to let a test move a shard in between (a concurrent run). */
  beforeRecord?: () => void;

  async open(record: ComputationRecord): Promise<ComputationRecord> {
    const existing = this.records.get(record.computationId);
    if (existing) return existing;
    this.records.set(record.computationId, record);
    for (let shard = 0; shard < record.shards; shard++)
      this.positions.set(this.key(record.computationId, shard), { done: false });
    return record;
  }

  async shard(computationId: string, shard: number) {
    const record = this.records.get(computationId);
    if (!record) return undefined;
    const position = this.positions.get(this.key(computationId, shard)) ?? { done: true };
    return { segmentId: record.segmentId, running: record.status === 'running', position };
  }

  async recordPage(computationId: string, shard: number, from: ShardPosition, to: ShardPosition, counts: PageCounts) {
    this.beforeRecord?.();
    const record = this.records.get(computationId);
    const key = this.key(computationId, shard);
    if (record?.status !== 'running' || JSON.stringify(this.positions.get(key)) !== JSON.stringify(from)) {
      return 'stale' as const;
    }
    this.positions.set(key, to);
    this.records.set(computationId, {
      ...record,
      patientsEvaluated: record.patientsEvaluated + counts.patientsEvaluated,
      entered: record.entered + counts.entered,
      exited: record.exited + counts.exited,
      failed: record.failed + counts.failed,
      shardsDone: record.shardsDone + (to.done ? 1 : 0),
    });
    return 'recorded' as const;
  }

  async close(computationId: string, status: 'completed' | 'failed', at: string) {
    const record = this.records.get(computationId);
    if (record?.status === 'running') this.records.set(computationId, { ...record, status, finishedAt: at });
    return this.records.get(computationId);
  }

  async get(computationId: string) {
    return this.records.get(computationId);
  }

  async latest(segmentId: string) {
    return [...this.records.values()].filter((r) => r.segmentId === segmentId).at(-1);
  }

  private key(computationId: string, shard: number) {
    return `${computationId}#${shard}`;
  }
}

/** Patients spread over shards by a fixed assignment; the cursor is the next index. */
class InMemoryListing implements PatientListing {
  constructor(
    readonly shards: number,
    private readonly byShard: Readonly<Record<number, readonly string[]>>,
  ) {}

  async page(shard: number, limit: number, cursor?: string) {
    const all = this.byShard[shard] ?? [];
    const start = cursor ? Number(cursor) : 0;
    const items = all.slice(start, start + limit);
    return { items, ...(start + limit < all.length ? { cursor: String(start + limit) } : {}) };
  }
}

function setUp(options: { shards?: Record<number, string[]>; segments?: ActiveSegment[] } = {}) {
  const byShard = options.shards ?? { 0: ['ann', 'bob', 'cat'], 1: ['dan'] };
  const memberships = new InMemoryMembershipStore();
  const people: Record<string, { gender: 'female' | 'male'; birthDate: string }> = {
    ann: { gender: 'female', birthDate: '1960-01-01' },
    bob: { gender: 'male', birthDate: '1990-01-01' },
    cat: { gender: 'female', birthDate: '1995-01-01' },
    dan: { gender: 'male', birthDate: '1950-01-01' },
  };
  for (const patientId of Object.values(byShard).flat()) {
    const person = people[patientId] ?? { gender: 'female', birthDate: '1980-01-01' };
    memberships.facts.set(patientId, { patientId, patient: patientFacts(person), resources: [], engagement: [] });
  }
  let activeReads = 0;
  const segments = options.segments ?? [women, over50];
  const computations = new InMemoryLedger();
  const dependencies: ReevaluationDependencies & { computations: InMemoryLedger; patients: PatientListing } = {
    segments: {
      activeSegments: async () => {
        activeReads++;
        return segments;
      },
    },
    memberships,
    publisher: new RecordingMembershipPublisher(),
    clock: { now: () => NOW },
    logger: silentLogger,
    computations,
    patients: new InMemoryListing(2, byShard),
  };
  return { dependencies, memberships, computations, activeReads: () => activeReads };
}

const START = { computationId: 'c-1', segmentId: 'women', reason: 'activated' } as const;

async function walkShard(dependencies: Parameters<typeof computePage>[1], shard: number, pageSize = 2) {
  let pages = 0;
  for (let done = false; !done; pages++) {
    ({ done } = await computePage({ computationId: START.computationId, shard }, dependencies, { pageSize }));
  }
  return pages;
}

describe('startComputation', () => {
  it('opens a running record with nothing counted and lists every shard of the patient listing', async () => {
    const { dependencies, computations } = setUp();

    await expect(startComputation(START, dependencies)).resolves.toEqual({ computationId: 'c-1', shards: [0, 1] });

    expect(computations.records.get('c-1')).toEqual({
      ...START,
      status: 'running',
      startedAt: NOW.toISOString(),
      shards: 2,
      shardsDone: 0,
      patientsEvaluated: 0,
      entered: 0,
      exited: 0,
      failed: 0,
    });
  });

  it.each([
    ['a computation id Step Functions cannot name an execution after', { ...START, computationId: 'c 1' }],
    ['an unknown reason', { ...START, reason: 'because' }],
    ['a segment id outside the definition language', { ...START, segmentId: 'Women!' }],
    ['a field the starter never sends', { ...START, patientId: 'ann' }],
  ])('refuses %s', async (_, input) => {
    const { dependencies, computations } = setUp();

    await expect(startComputation(input, dependencies)).rejects.toBeInstanceOf(InvalidComputationInputError);
    expect(computations.records.size).toBe(0);
  });
});

describe('computePage', () => {
  it('re-evaluates one page of the shard against every active segment and records its counts', async () => {
    const { dependencies, memberships, computations } = setUp();
    await startComputation(START, dependencies);

    const result = await computePage({ computationId: 'c-1', shard: 0 }, dependencies, { pageSize: 2 });

    expect(result).toEqual({ computationId: 'c-1', shard: 0, done: false });
    expect(memberships.membersOf('women')).toEqual(['ann']);
    expect(memberships.membersOf('over-50')).toEqual(['ann']);
    expect(computations.records.get('c-1')).toMatchObject({
      patientsEvaluated: 2,
      entered: 1,
      exited: 0,
      shardsDone: 0,
    });
    expect(computations.positions.get('c-1#0')).toEqual({ done: false, cursor: '2' });
  });

  it('walks a shard page by page to its end, evaluating each patient once and counting the shard done', async () => {
    const { dependencies, memberships, computations } = setUp();
    await startComputation(START, dependencies);

    const pages = await walkShard(dependencies, 0);

    expect(pages).toBe(2);
    expect(memberships.membersOf('women')).toEqual(['ann', 'cat']);
    expect(computations.records.get('c-1')).toMatchObject({ patientsEvaluated: 3, entered: 2, shardsDone: 1 });
    expect(computations.positions.get('c-1#0')).toEqual({ done: true });
  });

  it("counts entries and exits of the computation's own segment only", async () => {
    const { dependencies, memberships, computations } = setUp({ shards: { 0: ['ann', 'dan'] } });
    // dan was a member of women under an earlier definition.
    memberships.states.set('dan', {
      revision: 1,
      memberships: [{ segmentId: 'women', version: 1, since: '2026-01-01T00:00:00.000Z', kind: 'dynamic' }],
    });
    await startComputation(START, dependencies);

    await walkShard(dependencies, 0);

    // ann enters women and over-50, dan leaves women and enters over-50: one entry and one exit of women.
    expect(memberships.membersOf('over-50')).toEqual(['ann', 'dan']);
    expect(computations.records.get('c-1')).toMatchObject({ patientsEvaluated: 2, entered: 1, exited: 1 });
  });

  it('reads and compiles the active segments once per page, not once per patient', async () => {
    const { dependencies, activeReads } = setUp();
    await startComputation(START, dependencies);

    await computePage({ computationId: 'c-1', shard: 0 }, dependencies, { pageSize: 3 });

    expect(activeReads()).toBe(1);
  });

  it('counts a patient that fails and goes on with the others, leaving that patient as it was', async () => {
    const { dependencies, memberships, computations } = setUp();
    memberships.beforeApply = (patientId) => {
      if (patientId === 'ann') throw new Error('throttled');
    };
    await startComputation(START, dependencies);

    await walkShard(dependencies, 0);

    expect(memberships.membersOf('women')).toEqual(['cat']);
    expect(computations.records.get('c-1')).toMatchObject({ patientsEvaluated: 2, failed: 1, shardsDone: 1 });
  });

  it('throws when every patient of the page fails, recording nothing, so that the workflow retries the page', async () => {
    const { dependencies, memberships, computations } = setUp();
    const outage = Object.assign(new Error('table unavailable'), { name: 'TransientStoreError' });
    memberships.beforeApply = () => {
      throw outage;
    };
    await startComputation(START, dependencies);

    await expect(computePage({ computationId: 'c-1', shard: 0 }, dependencies, { pageSize: 2 })).rejects.toBe(outage);

    expect(computations.records.get('c-1')).toMatchObject({ patientsEvaluated: 0, failed: 0 });
    expect(computations.positions.get('c-1#0')).toEqual({ done: false });
  });

  it('does not count a page twice when the shard moved on meanwhile, and looks again where it stands', async () => {
    const { dependencies, computations } = setUp();
    await startComputation(START, dependencies);
    computations.beforeRecord = () => {
      computations.beforeRecord = undefined;
      // An earlier attempt of the same page recorded it after this one read the position.
      void computations.recordPage(
        'c-1',
        0,
        { done: false },
        { done: false, cursor: '2' },
        {
          patientsEvaluated: 2,
          entered: 1,
          exited: 0,
          failed: 0,
        },
      );
    };

    const first = await computePage({ computationId: 'c-1', shard: 0 }, dependencies, { pageSize: 2 });
    const pages = 1 + (await walkShard(dependencies, 0));

    expect(first.done).toBe(false);
    expect(pages).toBe(2);
    expect(computations.records.get('c-1')).toMatchObject({ patientsEvaluated: 3, entered: 2, shardsDone: 1 });
  });

  it('stops at once when the computation is no longer running', async () => {
    const { dependencies, memberships, computations } = setUp();
    await startComputation(START, dependencies);
    await computations.close('c-1', 'failed', NOW.toISOString());

    await expect(computePage({ computationId: 'c-1', shard: 0 }, dependencies)).resolves.toMatchObject({ done: true });
    expect(memberships.membersOf('women')).toEqual([]);
  });

  it('refuses a computation that has no record', async () => {
    const { dependencies } = setUp();

    await expect(computePage({ computationId: 'c-9', shard: 0 }, dependencies)).rejects.toBeInstanceOf(
      ComputationNotFoundError,
    );
  });

  it('re-evaluates no more patients at a time than its concurrency', async () => {
    const patients = Array.from({ length: 12 }, (_, i) => `p${String(i).padStart(2, '0')}`);
    const { dependencies, memberships } = setUp({ shards: { 0: patients } });
    let inFlight = 0;
    let most = 0;
    const load = memberships.load.bind(memberships);
    memberships.load = async (patientId) => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      return load(patientId);
    };
    await startComputation(START, dependencies);

    await computePage({ computationId: 'c-1', shard: 0 }, dependencies, { pageSize: 12, concurrency: 3 });

    expect(most).toBe(3);
    expect(memberships.membersOf('women')).toEqual(patients);
  });
});

describe('finishComputation', () => {
  it('closes the computation as completed when every shard was walked to its end', async () => {
    const { dependencies } = setUp();
    await startComputation(START, dependencies);
    await walkShard(dependencies, 0);
    await walkShard(dependencies, 1);

    const record = await finishComputation({ computationId: 'c-1' }, dependencies);

    expect(record).toMatchObject({
      status: 'completed',
      finishedAt: NOW.toISOString(),
      shards: 2,
      shardsDone: 2,
      patientsEvaluated: 4,
      entered: 2,
    });
  });

  it('closes it as failed when a shard stopped before its end', async () => {
    const { dependencies } = setUp();
    await startComputation(START, dependencies);
    await walkShard(dependencies, 0);

    await expect(finishComputation({ computationId: 'c-1' }, dependencies)).resolves.toMatchObject({
      status: 'failed',
      shardsDone: 1,
    });
  });

  it('closes it as failed when the workflow records a failure', async () => {
    const { dependencies } = setUp();
    await startComputation(START, dependencies);

    await expect(finishComputation({ computationId: 'c-1', failed: true }, dependencies)).resolves.toMatchObject({
      status: 'failed',
    });
  });

  it('returns the record as it was closed when it runs again', async () => {
    const { dependencies, computations } = setUp();
    await startComputation(START, dependencies);
    await walkShard(dependencies, 0);
    await walkShard(dependencies, 1);
    const first = await finishComputation({ computationId: 'c-1' }, dependencies);

    const again = await finishComputation({ computationId: 'c-1', failed: true }, dependencies);

    expect(again).toEqual(first);
    expect(computations.records.get('c-1')?.status).toBe('completed');
  });

  it('records a failure of a computation that never started as failed, and refuses to complete it', async () => {
    const { dependencies } = setUp();

    await expect(finishComputation({ computationId: 'c-9', failed: true }, dependencies)).resolves.toEqual({
      computationId: 'c-9',
      status: 'failed',
    });
    await expect(finishComputation({ computationId: 'c-9' }, dependencies)).rejects.toBeInstanceOf(
      ComputationNotFoundError,
    );
  });
});

import fc from 'fast-check';
import { applyValidChange } from '../../../lambdas/domain/ingestion/ingest';
import { type ValidChange, validateFhirChange } from '../../../lambdas/domain/ingestion/validate-change';
import {
  type AppliedVersion,
  compareStamps,
  decideApplication,
  type VersionStamp,
} from '../../../lambdas/domain/ingestion/version-stamp';
import { DEFAULT_MAX_RESOURCE_BYTES, FixedClock, InMemoryIngestionStore } from '../../support/in-memory-ingestion';

const AT = '2025-03-01T10:00:00Z';

function applied(stamp: VersionStamp, overrides: Partial<AppliedVersion> = {}): AppliedVersion {
  return {
    stamp,
    contentHash: 'hash-b',
    deleted: false,
    patientIds: ['p1'],
    revision: 1,
    announced: true,
    pendingPatientIds: [],
    ...overrides,
  };
}

describe('compareStamps', () => {
  it('lets lastUpdated decide before versionId', () => {
    const olderButV3 = { versionId: '3', lastUpdated: '2025-01-01T00:00:00Z', occurredAt: AT };
    const newerButV2 = { versionId: '2', lastUpdated: '2025-02-01T00:00:00Z', occurredAt: AT };

    expect(compareStamps(newerButV2, olderButV3)).toBe(1);
    expect(compareStamps(olderButV3, newerButV2)).toBe(-1);
  });

  it('takes occurredAt in place of a missing lastUpdated, even when the other stamp occurred later', () => {
    const deleteWithoutMeta = { occurredAt: '2025-03-01T10:03:00Z' };
    const updateSentLater = { lastUpdated: '2025-03-01T10:00:00Z', occurredAt: '2025-03-01T10:05:00Z' };

    expect(compareStamps(deleteWithoutMeta, updateSentLater)).toBe(1);
  });

  it('compares lastUpdated as instants, not as text', () => {
    const nineUtc = { lastUpdated: '2025-01-01T09:00:00Z', occurredAt: AT };
    const eightUtc = { lastUpdated: '2025-01-01T10:00:00+02:00', occurredAt: AT };

    expect(compareStamps(nineUtc, eightUtc)).toBe(1);
  });

  it('falls back to versionId when lastUpdated is the same instant', () => {
    const v4 = { versionId: '4', lastUpdated: '2025-01-01T00:00:00Z', occurredAt: '2025-03-01T09:00:00Z' };
    const v3 = { versionId: '3', lastUpdated: '2025-01-01T01:00:00+01:00', occurredAt: '2025-03-01T11:00:00Z' };

    expect(compareStamps(v4, v3)).toBe(1);
  });

  it('orders numeric versionIds as numbers, so version 10 is newer than version 2', () => {
    const v10 = { versionId: '10', occurredAt: AT };
    const v2 = { versionId: '2', occurredAt: AT };

    expect(compareStamps(v10, v2)).toBe(1);
    expect(compareStamps(v2, v10)).toBe(-1);
  });

  it.each([
    ['a missing versionId', {}],
    ['a non-numeric versionId', { versionId: 'abc' }],
  ])('ranks %s below any numeric versionId at the same instant', (_case, meta) => {
    const unnumbered = { ...meta, occurredAt: '2025-03-01T10:00:09Z', lastUpdated: AT };
    const v1 = { versionId: '1', occurredAt: '2025-03-01T10:00:01Z', lastUpdated: AT };

    expect(compareStamps(unnumbered, v1)).toBe(-1);
  });

  it('falls back to occurredAt when lastUpdated and versionId are the same', () => {
    const later = { versionId: '4', lastUpdated: AT, occurredAt: '2025-03-01T10:00:01Z' };
    const earlier = { versionId: '4', lastUpdated: AT, occurredAt: '2025-03-01T10:00:00Z' };

    expect(compareStamps(later, earlier)).toBe(1);
  });

  it('reports equal stamps as 0', () => {
    const stamp = { versionId: '1', lastUpdated: '2025-01-01T00:00:00Z', occurredAt: AT };

    expect(compareStamps(stamp, { ...stamp })).toBe(0);
  });
});

const BASE_MS = Date.parse(AT);

/** An instant a few minutes after `AT`, in UTC or at +02:00, so ties are common and text order misleads. */
const instant = fc.record({ minute: fc.integer({ min: 0, max: 4 }), utc: fc.boolean() }).map(({ minute, utc }) => {
  const at = new Date(BASE_MS + minute * 60_000);
  if (utc) return at.toISOString();
  return `${new Date(at.getTime() + 2 * 3_600_000).toISOString().slice(0, 19)}+02:00`;
});

/** Stamps whose fields are drawn independently: any may be missing, and present ones may disagree. */
const stamp: fc.Arbitrary<VersionStamp> = fc.record(
  { occurredAt: instant, lastUpdated: instant, versionId: fc.constantFrom('1', '2', '10', 'abc') },
  { requiredKeys: ['occurredAt'] },
);

describe('compareStamps over arbitrary stamps', () => {
  it('is antisymmetric: a is newer than b exactly when b is older than a', () => {
    fc.assert(
      fc.property(stamp, stamp, (a, b) => {
        expect(compareStamps(a, b) + compareStamps(b, a)).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('is transitive: a no newer than b and b no newer than c make a no newer than c', () => {
    fc.assert(
      fc.property(stamp, stamp, stamp, (a, b, c) => {
        if (compareStamps(a, b) <= 0 && compareStamps(b, c) <= 0) {
          expect(compareStamps(a, c)).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('decideApplication', () => {
  const stamp = { versionId: '2', occurredAt: AT };

  it('applies the first version of a resource', () => {
    expect(decideApplication(undefined, { stamp, contentHash: 'hash-a', deleted: false })).toBe('apply');
  });

  it('applies a newer version', () => {
    const incoming = { stamp: { versionId: '3', occurredAt: AT }, contentHash: 'hash-a', deleted: false };

    expect(decideApplication(applied(stamp), incoming)).toBe('apply');
  });

  it('ignores an older version as stale', () => {
    const incoming = { stamp: { versionId: '1', occurredAt: AT }, contentHash: 'hash-z', deleted: false };

    expect(decideApplication(applied(stamp), incoming)).toBe('stale');
  });

  it('recognises a redelivery of the applied version as a duplicate', () => {
    expect(decideApplication(applied(stamp), { stamp, contentHash: 'hash-b', deleted: false })).toBe('duplicate');
  });

  it('recognises a redelivered delete as a duplicate', () => {
    const tombstone = applied(stamp, { contentHash: 'deleted', deleted: true });

    expect(decideApplication(tombstone, { stamp, contentHash: 'deleted', deleted: true })).toBe('duplicate');
  });

  it('lets a delete win over an update with the same stamp', () => {
    expect(decideApplication(applied(stamp), { stamp, contentHash: 'deleted', deleted: true })).toBe('apply');
  });

  it('keeps a delete over an update with the same stamp', () => {
    const tombstone = applied(stamp, { contentHash: 'deleted', deleted: true });

    expect(decideApplication(tombstone, { stamp, contentHash: 'hash-z', deleted: false })).toBe('stale');
  });

  it('lets the larger content hash win between two updates with the same stamp', () => {
    expect(decideApplication(applied(stamp), { stamp, contentHash: 'hash-c', deleted: false })).toBe('apply');
    expect(decideApplication(applied(stamp), { stamp, contentHash: 'hash-a', deleted: false })).toBe('stale');
  });
});

const OBSERVATION_KEY = { resourceType: 'Observation', resourceId: 'obs-1' } as const;

/** One change to Observation/obs-1 as an upstream would send it; `meta` is what the resource carries. */
interface UpstreamChange {
  readonly action: 'update' | 'delete';
  readonly occurredAt: string;
  readonly meta?: { readonly versionId?: string; readonly lastUpdated?: string };
  readonly patientId: string;
  readonly value: number;
}

/** Runs the change through validation, so its stamp is the one ingestion would derive. */
function toValidChange(upstream: UpstreamChange): ValidChange {
  const meta = upstream.meta && Object.keys(upstream.meta).length > 0 ? { meta: upstream.meta } : {};
  const resource =
    upstream.action === 'delete'
      ? { resourceType: 'Observation', id: OBSERVATION_KEY.resourceId, ...meta }
      : {
          resourceType: 'Observation',
          id: OBSERVATION_KEY.resourceId,
          ...meta,
          status: 'final',
          code: { coding: [{ system: 'http://loinc.org', code: '4548-4' }] },
          subject: { reference: `Patient/${upstream.patientId}` },
          valueQuantity: { value: upstream.value, unit: '%' },
        };
  const result = validateFhirChange(
    { action: upstream.action, occurredAt: upstream.occurredAt, resource },
    { maxResourceBytes: DEFAULT_MAX_RESOURCE_BYTES },
  );
  if (!result.ok) throw new Error(`test change rejected: ${JSON.stringify(result.rejection)}`);
  return result.change;
}

async function finalStateAfter(changes: readonly UpstreamChange[]) {
  const store = new InMemoryIngestionStore();
  const clock = new FixedClock();
  for (const change of changes) await applyValidChange(toValidChange(change), store, clock);
  const version = await store.getAppliedVersion(OBSERVATION_KEY);
  return {
    snapshot: store.snapshot(),
    contentHash: version?.contentHash,
    deleted: version?.deleted,
    stamp: version?.stamp,
  };
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('delivery order', () => {
  const U1: UpstreamChange = {
    action: 'update',
    occurredAt: '2025-03-01T10:05:00Z',
    meta: { lastUpdated: '2025-03-01T10:00:00Z' },
    patientId: 'p1',
    value: 1,
  };
  const U2: UpstreamChange = {
    action: 'update',
    occurredAt: '2025-03-01T10:02:00Z',
    meta: { lastUpdated: '2025-03-01T10:01:00Z' },
    patientId: 'p2',
    value: 2,
  };
  const D: UpstreamChange = { action: 'delete', occurredAt: '2025-03-01T10:03:00Z', patientId: 'p2', value: 0 };
  const named = { U1, U2, D };

  it.each(permutations(['U1', 'U2', 'D'] as const).map((order) => [order.join(', '), order] as const))(
    'ends with Observation/obs-1 deleted when U1, U2 and a delete without meta arrive as %s',
    async (_order, order) => {
      const final = await finalStateAfter(order.map((name) => named[name]));

      expect(final).toEqual({
        snapshot: {},
        contentHash: 'deleted',
        deleted: true,
        stamp: { occurredAt: '2025-03-01T10:03:00Z' },
      });
    },
  );

  const upstreamChange: fc.Arbitrary<UpstreamChange> = fc.record(
    {
      action: fc.constantFrom('update' as const, 'delete' as const),
      occurredAt: instant,
      meta: fc.record(
        { versionId: fc.constantFrom('1', '2', '10', 'abc'), lastUpdated: instant },
        { requiredKeys: [] },
      ),
      patientId: fc.constantFrom('p1', 'p2', 'p3'),
      value: fc.integer({ min: 1, max: 3 }),
    },
    { requiredKeys: ['action', 'occurredAt', 'patientId', 'value'] },
  );
  const changesAndPermutation = fc
    .array(upstreamChange, { minLength: 1, maxLength: 7 })
    .chain((changes) =>
      fc.tuple(
        fc.constant(changes),
        fc.shuffledSubarray(changes, { minLength: changes.length, maxLength: changes.length }),
      ),
    );

  it('converges on the same stored state whatever order the changes of one resource arrive in', async () => {
    await fc.assert(
      fc.asyncProperty(changesAndPermutation, async ([changes, permutation]) => {
        const inOrder = await finalStateAfter(changes);
        const permuted = await finalStateAfter(permutation);

        const { stamp: inOrderStamp, ...inOrderContent } = inOrder;
        const { stamp: permutedStamp, ...permutedContent } = permuted;
        expect(permutedContent).toEqual(inOrderContent);
        // Stamps that compare equal may be written differently (+02:00 or Z); either one is the same version.
        expect(compareStamps(permutedStamp!, inOrderStamp!)).toBe(0);
      }),
    );
  });
});

describe('instants with a leap second', () => {
  it('orders 23:59:60 after 23:59:59 and before the next minute, keeping the order total', () => {
    const leap = { occurredAt: '2016-12-31T23:59:60Z' };
    const before = { occurredAt: '2016-12-31T23:59:59Z' };
    const after = { occurredAt: '2017-01-01T00:00:00Z' };

    expect(compareStamps(leap, before)).toBe(1);
    expect(compareStamps(leap, after)).toBe(-1);
  });
});

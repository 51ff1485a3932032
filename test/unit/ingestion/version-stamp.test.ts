import fc from 'fast-check';
import { contentHash } from '../../../lambdas/domain/ingestion/content-hash';
import { applyValidChange } from '../../../lambdas/domain/ingestion/ingest';
import type { ValidChange } from '../../../lambdas/domain/ingestion/validate-change';
import {
  type AppliedVersion,
  compareStamps,
  decideApplication,
  type VersionStamp,
} from '../../../lambdas/domain/ingestion/version-stamp';
import { FixedClock, InMemoryIngestionStore } from '../../support/in-memory-ingestion';

const AT = '2025-03-01T10:00:00Z';

function applied(stamp: VersionStamp, overrides: Partial<AppliedVersion> = {}): AppliedVersion {
  return {
    stamp,
    contentHash: 'hash-b',
    deleted: false,
    patientIds: ['p1'],
    revision: 1,
    announced: true,
    ...overrides,
  };
}

describe('compareStamps', () => {
  it('orders numeric versionIds as numbers, so version 10 is newer than version 2', () => {
    const v10 = { versionId: '10', occurredAt: AT };
    const v2 = { versionId: '2', occurredAt: AT };

    expect(compareStamps(v10, v2)).toBe(1);
    expect(compareStamps(v2, v10)).toBe(-1);
  });

  it('lets versionId decide before lastUpdated and occurredAt', () => {
    const v3 = { versionId: '3', lastUpdated: '2025-01-01T00:00:00Z', occurredAt: '2025-01-01T00:00:00Z' };
    const v2 = { versionId: '2', lastUpdated: '2025-02-01T00:00:00Z', occurredAt: '2025-02-01T00:00:00Z' };

    expect(compareStamps(v3, v2)).toBe(1);
  });

  it('falls back to lastUpdated when the versionIds are equal', () => {
    const later = { versionId: '4', lastUpdated: '2025-01-02T00:00:00Z', occurredAt: AT };
    const earlier = { versionId: '4', lastUpdated: '2025-01-01T00:00:00Z', occurredAt: AT };

    expect(compareStamps(later, earlier)).toBe(1);
  });

  it('falls back to lastUpdated when a versionId is not numeric', () => {
    const later = { versionId: 'W/"a"', lastUpdated: '2025-01-02T00:00:00Z', occurredAt: AT };
    const earlier = { versionId: '9', lastUpdated: '2025-01-01T00:00:00Z', occurredAt: AT };

    expect(compareStamps(later, earlier)).toBe(1);
  });

  it('falls back to lastUpdated when only one side has a versionId', () => {
    const later = { lastUpdated: '2025-01-02T00:00:00Z', occurredAt: AT };
    const earlier = { versionId: '9', lastUpdated: '2025-01-01T00:00:00Z', occurredAt: AT };

    expect(compareStamps(later, earlier)).toBe(1);
  });

  it('compares lastUpdated as instants, not as text', () => {
    const nineUtc = { lastUpdated: '2025-01-01T09:00:00Z', occurredAt: AT };
    const eightUtc = { lastUpdated: '2025-01-01T10:00:00+02:00', occurredAt: AT };

    expect(compareStamps(nineUtc, eightUtc)).toBe(1);
  });

  it('falls back to occurredAt when neither versionId nor lastUpdated decides', () => {
    const later = { lastUpdated: '2025-01-01T00:00:00Z', occurredAt: '2025-03-01T10:00:01Z' };
    const earlier = { occurredAt: '2025-03-01T10:00:00Z' };

    expect(compareStamps(later, earlier)).toBe(1);
  });

  it('reports equal stamps as 0', () => {
    const stamp = { versionId: '1', lastUpdated: '2025-01-01T00:00:00Z', occurredAt: AT };

    expect(compareStamps(stamp, { ...stamp })).toBe(0);
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

/** One generated change to Observation/obs-1: `rank` orders it; equal ranks make equal stamps. */
interface GeneratedChange {
  readonly rank: number;
  readonly deleted: boolean;
  readonly patientId: string;
  readonly value: number;
  readonly withVersionId: boolean;
  readonly withLastUpdated: boolean;
}

/**
 * Builds the change validation would produce. Every stamp field grows with `rank`, so the fields never
 * disagree about which version is newer; equal ranks give equal stamps and exercise the tie-breaks.
 */
function toValidChange(generated: GeneratedChange): ValidChange {
  const instant = new Date(Date.parse('2025-01-01T00:00:00Z') + generated.rank * 60_000).toISOString();
  const stamp: VersionStamp = {
    occurredAt: instant,
    ...(generated.withVersionId ? { versionId: String(generated.rank + 1) } : {}),
    ...(generated.withLastUpdated ? { lastUpdated: instant } : {}),
  };
  const key = { resourceType: 'Observation' as const, resourceId: 'obs-1' };
  if (generated.deleted) {
    return { ...key, action: 'delete', stamp, contentHash: 'deleted', deleted: true, patientIds: [] };
  }
  const resource = {
    resourceType: 'Observation' as const,
    id: 'obs-1',
    status: 'final' as const,
    code: { coding: [{ system: 'http://loinc.org', code: '4548-4' }] },
    subject: { reference: `Patient/${generated.patientId}` },
    valueQuantity: { value: generated.value, unit: '%' },
    meta: { versionId: stamp.versionId, lastUpdated: stamp.lastUpdated },
  };
  return {
    ...key,
    action: 'update',
    stamp,
    contentHash: contentHash(resource),
    deleted: false,
    patientIds: [generated.patientId],
    resource,
  };
}

async function applyInOrder(changes: readonly ValidChange[]) {
  const store = new InMemoryIngestionStore();
  const clock = new FixedClock();
  for (const change of changes) await applyValidChange(change, store, clock);
  const version = await store.getAppliedVersion({ resourceType: 'Observation', resourceId: 'obs-1' });
  return { snapshot: store.snapshot(), contentHash: version?.contentHash, deleted: version?.deleted };
}

describe('delivery order', () => {
  const generatedChange = fc.record({
    rank: fc.integer({ min: 0, max: 3 }),
    deleted: fc.boolean(),
    patientId: fc.constantFrom('p1', 'p2', 'p3'),
    value: fc.integer({ min: 1, max: 3 }),
    withVersionId: fc.boolean(),
    withLastUpdated: fc.boolean(),
  });
  const changesAndPermutation = fc
    .array(generatedChange, { minLength: 1, maxLength: 7 })
    .chain((changes) =>
      fc.tuple(
        fc.constant(changes),
        fc.shuffledSubarray(changes, { minLength: changes.length, maxLength: changes.length }),
      ),
    );

  it('converges on the same stored state whatever order the changes of one resource arrive in', async () => {
    await fc.assert(
      fc.asyncProperty(changesAndPermutation, async ([changes, permutation]) => {
        const inOrder = await applyInOrder(changes.map(toValidChange));
        const permuted = await applyInOrder(permutation.map(toValidChange));

        expect(permuted).toEqual(inOrder);
      }),
    );
  });
});

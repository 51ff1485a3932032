import { announce, applyValidChange } from '../lambdas/domain/ingestion/ingest';
import type { FactsChangedPublisher } from '../lambdas/domain/ingestion/ports';
import { validateFhirChange } from '../lambdas/domain/ingestion/validate-change';
import type { Clock } from '../lambdas/domain/ports';
import type { SyntheticPatient } from '../local/synthetic/population';
import { MapIngestionStore } from './map-ingestion-store';

export interface CoreIngestionResult {
  readonly resources: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly validationOnlyPerSecond: number;
}

/**
 * The projection core without I/O: validation against the R4 schema, fact projection, the version
 * decision and the write to an in-memory store, then the announcement — one core, no network.
 */
export async function benchIngestionCore(
  population: readonly SyntheticPatient[],
  now: Date,
): Promise<CoreIngestionResult> {
  const details = population.flatMap((p) =>
    [p.patient, ...p.resources].map((resource) => ({ action: 'update', resource, occurredAt: now.toISOString() })),
  );
  const limits = { maxResourceBytes: 200_000 };
  // Warm up: compile each type's validator once, as a warm Lambda would have.
  const firstOfEachType = new Map(details.map((d) => [d.resource.resourceType, d]));
  for (const detail of firstOfEachType.values()) validateFhirChange(detail, limits);

  const validationStart = process.hrtime.bigint();
  for (const detail of details) validateFhirChange(detail, limits);
  const validationSeconds = Number(process.hrtime.bigint() - validationStart) / 1e9;

  const store = new MapIngestionStore();
  let announcements = 0;
  const publisher: FactsChangedPublisher = {
    publishFactsChanged: async (details) => {
      announcements += details.length;
    },
  };
  const clock: Clock = { now: () => now };
  const start = process.hrtime.bigint();
  const applied = [];
  for (const detail of details) {
    const validation = validateFhirChange(detail, limits);
    if (!validation.ok) throw new Error(`synthetic resource rejected: ${validation.rejection.message}`);
    applied.push(await applyValidChange(validation.change, store, clock));
    if (applied.length === 500) await announce(applied.splice(0), publisher, store, clock);
  }
  await announce(applied, publisher, store, clock);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (announcements === 0) throw new Error('nothing was announced');
  return {
    resources: details.length,
    seconds,
    perSecond: details.length / seconds,
    validationOnlyPerSecond: details.length / validationSeconds,
  };
}

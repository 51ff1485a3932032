import type { Clock, Logger } from '../ports';
import { contentHash } from './content-hash';
import { type AppliedChange, announce, applyValidChange, newAnnouncementId } from './ingest';
import {
  type DeadLetterStore,
  type FactsChangedPublisher,
  type IngestionStore,
  type ResourceKey,
  resourceKeyString,
} from './ports';
import type { Rejection } from './rejection';
import { type ValidationLimits, type ValidChange, validateFhirChange } from './validate-change';

export interface IngestDependencies {
  readonly store: IngestionStore;
  readonly publisher: FactsChangedPublisher;
  readonly deadLetters: DeadLetterStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly limits: ValidationLimits;
}

/** The parts of an EventBridge event ingestion reads. */
export interface IncomingEvent {
  readonly id: string;
  readonly source?: string;
  readonly 'detail-type'?: string;
  readonly time?: string;
  readonly detail: unknown;
}

export type IngestResult =
  | { readonly outcome: 'rejected'; readonly rejection: Rejection }
  | { readonly outcome: AppliedChange['outcome']; readonly announcedPatients: number };

export interface IngestBatchResult {
  /** One per event, in the order given; an event whose processing failed has none. */
  readonly outcomes: ReadonlyMap<string, IngestResult['outcome']>;
  /** Why each rejected event was rejected (it is in the dead-letter store). */
  readonly rejections: ReadonlyMap<string, Rejection>;
  /** Events that met a transient fault: the caller has them delivered again (SQS batch item failures). */
  readonly failed: readonly { readonly eventId: string; readonly error: unknown }[];
  readonly announcedPatients: number;
}

/** Resources whose changes a batch applies at once; the rest of a batch waits for the next round. */
const PARALLEL_RESOURCES = 16;

/**
 * Ingests one `FHIR Resource Changed` event: a rejected event goes to the dead-letter store with its
 * reason (never dropped); a valid one is applied under the version rules and announced.
 */
export async function ingestFhirEvent(event: IncomingEvent, deps: IngestDependencies): Promise<IngestResult> {
  const batch = await ingestFhirEvents([event], deps);
  const failure = batch.failed[0];
  if (failure) throw failure.error;
  const rejection = batch.rejections.get(event.id);
  if (rejection) return { outcome: 'rejected', rejection };
  const outcome = batch.outcomes.get(event.id) as AppliedChange['outcome'];
  return { outcome, announcedPatients: batch.announcedPatients };
}

/**
 * Ingests a delivery batch of `FHIR Resource Changed` events under the same rules as one event, and
 * announces it once: one `Patient Facts Changed` per patient for everything the batch changed, so what
 * follows (segment re-evaluation, journey triggers and waits) runs once per patient, not once per resource.
 * The version records the batch needs are read together. Changes to one resource are applied in arrival
 * order, one at a time; a change that meets a transient fault is reported failed and delivered again,
 * while the rest are applied and announced. If the announcement cannot be published the whole batch
 * fails: its versions stay unannounced, and the redelivery finishes the announcement. The versions are
 * written under one announcement id, marked once when the announcement is out; after a failure that
 * leaves a write's outcome unknown (it may have landed under that id without being announced), they are
 * marked one by one instead.
 */
export async function ingestFhirEvents(
  events: readonly IncomingEvent[],
  deps: IngestDependencies,
): Promise<IngestBatchResult> {
  const outcomes = new Map<string, IngestResult['outcome']>();
  const rejections = new Map<string, Rejection>();
  const failed: { eventId: string; error: unknown }[] = [];
  const byResource = new Map<string, { event: IncomingEvent; change: ValidChange }[]>();
  for (const event of events) {
    const validation = validateFhirChange(event.detail, deps.limits);
    if (validation.ok) {
      const key = resourceKeyString(validation.change);
      byResource.set(key, [...(byResource.get(key) ?? []), { event, change: validation.change }]);
      continue;
    }
    try {
      await recordRejection(event, validation.rejection, deps);
      outcomes.set(event.id, 'rejected');
      rejections.set(event.id, validation.rejection);
    } catch (error) {
      failed.push({ eventId: event.id, error });
    }
  }

  const groups = [...byResource.values()];
  const known =
    groups.length > 0 ? await deps.store.getAppliedVersions(groups.map(([first]) => keyOf(first))) : new Map();
  const applied: AppliedChange[] = [];
  const announcementId = newAnnouncementId();
  const applyGroup = async (group: readonly { event: IncomingEvent; change: ValidChange }[]) => {
    for (const [index, { event, change }] of group.entries()) {
      try {
        // Only the first change of a resource can trust the batch's read: the next ones follow its write.
        const prefetched = index === 0 ? { version: known.get(resourceKeyString(change)) } : undefined;
        const result = await applyValidChange(change, deps.store, deps.clock, {
          prefetched,
          announcementId,
          eventId: event.id,
        });
        applied.push(result);
        outcomes.set(event.id, result.outcome);
        deps.logger.info('FHIR event ingested', {
          eventId: event.id,
          resourceType: result.key.resourceType,
          resourceId: result.key.resourceId,
          outcome: result.outcome,
        });
      } catch (error) {
        failed.push({ eventId: event.id, error });
      }
    }
  };
  for (let i = 0; i < groups.length; i += PARALLEL_RESOURCES) {
    await Promise.all(groups.slice(i, i + PARALLEL_RESOURCES).map(applyGroup));
  }
  const settled = failed.length === 0 ? applied : applied.map(({ announcementId: _id, ...change }) => change);
  const announcedPatients = await announce(settled, deps.publisher, deps.store, deps.clock);
  return { outcomes, rejections, failed, announcedPatients };
}

function keyOf(entry: { change: ValidChange } | undefined): ResourceKey {
  const change = (entry as { change: ValidChange }).change;
  return { resourceType: change.resourceType, resourceId: change.resourceId };
}

async function recordRejection(event: IncomingEvent, rejection: Rejection, deps: IngestDependencies): Promise<void> {
  const { resourceType, resourceId, correlationId } = identify(event.detail);
  await deps.deadLetters.record({
    // Keyed by content: a redelivery or an upstream re-send of the same change is recorded once.
    id: `event-${contentHash(event.detail).slice(0, 32)}`,
    receivedAt: deps.clock.now().toISOString(),
    origin: 'event',
    rejection,
    resourceType,
    resourceId,
    correlationId,
    source: typeof event.source === 'string' ? event.source : undefined,
    detailType: typeof event['detail-type'] === 'string' ? event['detail-type'] : undefined,
    payload: event,
  });
  deps.logger.warn('FHIR event rejected', { eventId: event.id, code: rejection.code, resourceType });
}

/** Type, id and correlation id of a possibly malformed detail, for the dead-letter index. */
function identify(detail: unknown): { resourceType?: string; resourceId?: string; correlationId?: string } {
  const d = (detail ?? {}) as { resource?: { resourceType?: unknown; id?: unknown }; correlationId?: unknown };
  const asString = (v: unknown) => (typeof v === 'string' ? v.slice(0, 128) : undefined);
  return {
    resourceType: asString(d.resource?.resourceType),
    resourceId: asString(d.resource?.id),
    correlationId: asString(d.correlationId),
  };
}

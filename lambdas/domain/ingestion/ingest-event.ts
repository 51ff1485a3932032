import type { Clock, Logger } from '../ports';
import { contentHash } from './content-hash';
import { type AppliedChange, announce, applyValidChange } from './ingest';
import type { DeadLetterStore, FactsChangedPublisher, IngestionStore } from './ports';
import type { Rejection } from './rejection';
import { type ValidationLimits, validateFhirChange } from './validate-change';

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

/**
 * Ingests one `FHIR Resource Changed` event: a rejected event goes to the dead-letter store with its
 * reason (never dropped); a valid one is applied under the version rules and announced.
 */
export async function ingestFhirEvent(event: IncomingEvent, deps: IngestDependencies): Promise<IngestResult> {
  const validation = validateFhirChange(event.detail, deps.limits);
  if (!validation.ok) {
    const { resourceType, resourceId, correlationId } = identify(event.detail);
    await deps.deadLetters.record({
      // Keyed by content: a redelivery or an upstream re-send of the same change is recorded once.
      id: `event-${contentHash(event.detail).slice(0, 32)}`,
      receivedAt: deps.clock.now().toISOString(),
      origin: 'event',
      rejection: validation.rejection,
      resourceType,
      resourceId,
      correlationId,
      payload: event,
    });
    deps.logger.warn('FHIR event rejected', { eventId: event.id, code: validation.rejection.code, resourceType });
    return { outcome: 'rejected', rejection: validation.rejection };
  }
  const applied = await applyValidChange(validation.change, deps.store, deps.clock);
  const announcedPatients = await announce([applied], deps.publisher, deps.store, deps.clock);
  deps.logger.info('FHIR event ingested', {
    eventId: event.id,
    resourceType: applied.key.resourceType,
    resourceId: applied.key.resourceId,
    outcome: applied.outcome,
  });
  return { outcome: applied.outcome, announcedPatients };
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

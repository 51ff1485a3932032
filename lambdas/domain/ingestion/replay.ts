import { DetailType } from '../events/event-names';
import type { DeadLetterEntry } from './ports';

/** The event to put back on the bus for a dead letter: its original source, detail-type and detail. */
export interface ReplayableEvent {
  readonly source: string;
  readonly detailType: string;
  readonly detail: Readonly<Record<string, unknown>>;
}

/** Why a dead letter cannot go back on the bus; the entry stays open. */
export type UnreplayableReason =
  /** Nothing usable was kept: an unreadable import line, a body that is no event. */
  | 'no-event'
  /** A FHIR change without a resource: ingestion could only reject it again. */
  | 'no-resource'
  /** An AWS service's event (SES feedback): PutEvents refuses `aws.` sources. */
  | 'aws-source'
  /** An SNS notification (SMS feedback, inbound SMS): it never travelled on the bus. */
  | 'not-a-bus-event'
  /** A provider event that broke the provider's shape: it would only be rejected again. */
  | 'malformed-provider-event';

export type ReplayPlan =
  | { readonly replayable: true; readonly event: ReplayableEvent }
  | { readonly replayable: false; readonly reason: UnreplayableReason };

/**
 * What a dead letter replays as. Live events and delivery failures kept the whole event, whichever rule
 * or consumer it failed at, and go back with their own source and detail-type, so they reach the same
 * rules again; bulk-import rejections kept only the detail, which goes back as the upstream's
 * `FHIR Resource Changed`.
 */
export function replayPlan(
  entry: Pick<DeadLetterEntry, 'origin' | 'payload'>,
  upstreamEventSource: string,
): ReplayPlan {
  if (entry.origin === 'provider-feedback') return { replayable: false, reason: 'malformed-provider-event' };
  const event =
    entry.origin === 'bulk-import'
      ? { source: upstreamEventSource, 'detail-type': DetailType.FhirResourceChanged, detail: entry.payload }
      : (entry.payload as Record<string, unknown> | null);
  if (!isObject(event)) return { replayable: false, reason: 'no-event' };
  if (Array.isArray(event.Records)) return { replayable: false, reason: 'not-a-bus-event' };
  const { source, 'detail-type': detailType, detail } = event;
  if (typeof source !== 'string' || typeof detailType !== 'string' || !isObject(detail)) {
    return { replayable: false, reason: 'no-event' };
  }
  if (source.startsWith('aws.')) return { replayable: false, reason: 'aws-source' };
  if (detailType === DetailType.FhirResourceChanged && !isObject(detail.resource)) {
    return { replayable: false, reason: 'no-resource' };
  }
  return { replayable: true, event: { source, detailType, detail } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

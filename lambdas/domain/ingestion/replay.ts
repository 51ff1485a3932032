import type { DeadLetterEntry } from './ports';

/**
 * The `FHIR Resource Changed` detail to put back on the bus for a dead-lettered entry: live events and
 * delivery failures kept the whole event, bulk-import rejections kept the detail itself.
 */
export function replayableDetail(entry: Pick<DeadLetterEntry, 'origin' | 'payload'>): unknown {
  if (entry.origin === 'bulk-import') return entry.payload;
  const event = entry.payload as { detail?: unknown } | null;
  if (event === null || typeof event !== 'object' || event.detail === undefined) {
    throw new Error('the dead letter holds no event detail to replay');
  }
  return event.detail;
}

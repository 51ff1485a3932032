/**
 * How the queue in front of a queued consumer redelivers, shared by the stacks and the local stack. A
 * receive that fails leaves the message hidden for the visibility timeout (six times the function's
 * timeout, as AWS advises for an event source mapping), so the back-off between deliveries is that
 * timeout; after `maxReceiveCount` receives the message goes to the delivery-failure queue. For a
 * 30-second function: 3 minutes apart, five receives, so a fault (DynamoDB throttling) that lasts up to
 * 12 minutes is outlasted; a longer one ends in the dead-letter store, replayable.
 */
export const QUEUED_DELIVERY = { batchSize: 10, maxReceiveCount: 5, visibilityTimeoutFactor: 6 } as const;

export function queuedVisibilityTimeoutSeconds(functionTimeoutSeconds: number): number {
  return functionTimeoutSeconds * QUEUED_DELIVERY.visibilityTimeoutFactor;
}

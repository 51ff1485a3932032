/**
 * Senders make one SDK attempt per call: the SDK would retry a timed-out `SendEmail` that the provider may
 * have accepted, sending it twice. A failed send is retried by Step Functions (or EventBridge) instead,
 * through the send function, which knows which failures may have sent.
 */
export const SEND_CLIENT_CONFIG = { maxAttempts: 1 } as const;

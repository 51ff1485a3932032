/**
 * Senders make one SDK attempt per call: the SDK would retry a timed-out `SendEmail` that the provider may
 * have accepted, sending it twice. A failed send is retried by Step Functions (or EventBridge) instead,
 * through the send function, which knows which failures may have sent.
 *
 * A provider that takes the request and never answers is given up on well within the send functions' 30 s:
 * the `TimeoutError` becomes a send that may have gone out (retried, in flight, then in doubt). Without it the
 * function itself times out (SMS and push clients have no socket time-out, SES one of 5 minutes), and a
 * journey's send step fails on a Lambda time-out, which its Retrier does not list.
 */
export const SEND_CLIENT_CONFIG = {
  maxAttempts: 1,
  requestHandler: { connectionTimeout: 3_000, requestTimeout: 10_000, throwOnRequestTimeout: true },
} as const;

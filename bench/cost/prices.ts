/**
 * us-east-1 on-demand list prices, as published on the dates given (see docs/cost.md for the sources).
 * Free tiers are left out on purpose: a health system's account uses them up on other work.
 */
export const PRICES = {
  checkedOn: '2026-12-07',
  region: 'us-east-1',
  /** DynamoDB on-demand, Standard table class (price since 2024-11-01). */
  dynamoWriteUnit: 0.625 / 1_000_000,
  dynamoReadUnit: 0.125 / 1_000_000,
  /** EventBridge custom events, per 64 KB chunk of an entry. */
  eventBridgeEvent: 1.0 / 1_000_000,
  lambdaRequest: 0.2 / 1_000_000,
  /** Lambda arm64 duration, per GB-second. */
  lambdaGbSecond: 0.0000133334,
  /** Step Functions Standard, per state transition. */
  stateTransition: 0.025 / 1_000,
  /** Sending fees, shown apart from the platform's cost. */
  sesEmail: 0.1 / 1_000,
  /** AWS End User Messaging, US toll-free / 10DLC outbound part: base price plus an average carrier fee. */
  smsPart: 0.00581 + 0.00302,
  push: 1.0 / 1_000_000,
  /** Amazon Pinpoint (engagement, end of support 2026-10-30): per monthly targeted endpoint beyond 5,000 free. */
  pinpointMonthlyTargetedEndpoint: 0.0012,
  pinpointFreeEndpoints: 5_000,
} as const;

/** What each Lambda invocation is assumed to run for: the local stack cannot measure AWS's billed duration. */
export const LAMBDA_ASSUMPTION = { memoryGb: 0.5, billedSeconds: 0.04 } as const;

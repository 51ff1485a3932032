import type { DeadLetterEntry } from './ports';
import { rejection } from './rejection';

/**
 * Turns a message from the ingestion dead-letter queue into a dead-letter entry. Two shapes arrive:
 * the original event (EventBridge could not deliver it, reason in message attributes; or a queue's
 * redrive policy moved it, source queue in `DeadLetterQueueSourceArn`), and a Lambda
 * asynchronous-invocation failure record (`requestPayload` + `responsePayload`). Either way the
 * whole event is kept, whichever rule or consumer it failed at, so that replay can put it back as it was.
 */
export function deadLetterFromQueueMessage(
  body: string,
  attributes: Readonly<Record<string, string | undefined>>,
  messageId: string,
  receivedAt: Date,
): DeadLetterEntry {
  const parsed = parseJson(body);
  const record = parsed as {
    requestPayload?: unknown;
    responsePayload?: { errorType?: unknown; errorMessage?: unknown };
    requestContext?: { condition?: unknown; approximateInvokeCount?: unknown; functionArn?: unknown };
  } | null;
  const isInvocationRecord = record !== null && typeof record === 'object' && 'requestPayload' in record;
  const event = (isInvocationRecord ? record?.requestPayload : parsed) as
    | {
        id?: unknown;
        source?: unknown;
        'detail-type'?: unknown;
        detail?: { resource?: { resourceType?: unknown; id?: unknown }; correlationId?: unknown };
      }
    | undefined;
  const redrivenFrom = attributes.DeadLetterQueueSourceArn;
  const reason = isInvocationRecord
    ? `processing failed after retries (${String(record?.requestContext?.condition ?? 'unknown condition')}): ${String(
        record?.responsePayload?.errorType ?? 'error',
      )}`
    : redrivenFrom && !attributes.ERROR_CODE
      ? `processing failed on every receive from queue ${nameInArn(redrivenFrom)}`
      : `EventBridge could not deliver the event: ${attributes.ERROR_CODE ?? 'unknown'} ${attributes.ERROR_MESSAGE ?? ''}`.trim();
  const eventId = typeof event?.id === 'string' ? event.id : undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 128) : undefined);
  return {
    id: eventId ? `delivery-${eventId}` : `queue-${messageId}`,
    receivedAt: receivedAt.toISOString(),
    origin: 'delivery-failure',
    rejection: rejection('processing-failed', reason.slice(0, 500)),
    resourceType: text(event?.detail?.resource?.resourceType),
    resourceId: text(event?.detail?.resource?.id),
    correlationId: text(event?.detail?.correlationId),
    source: text(event?.source),
    detailType: text(event?.['detail-type']),
    consumer: text(
      isInvocationRecord
        ? nameInArn(record?.requestContext?.functionArn)
        : nameInArn(attributes.TARGET_ARN ?? redrivenFrom ?? attributes.RULE_ARN),
    ),
    payload: event ?? body,
  };
}

/** `function:name` of a Lambda ARN (qualifier dropped), or the last segment of any other ARN. */
function nameInArn(arn: unknown): string | undefined {
  if (typeof arn !== 'string') return undefined;
  const lambda = /:function:([^:]+)/.exec(arn);
  return lambda ? lambda[1] : arn.split(/[:/]/).pop();
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

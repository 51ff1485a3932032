/**
 * What a function was invoked with, unwrapped once for every handler: an EventBridge rule hands over the event's
 * envelope (`source`, `detail-type`, `detail`), a direct invocation (a journey's task, a workflow, a replay) the
 * payload itself, and an SQS target a message whose body is the EventBridge event.
 */
export type Invocation =
  | {
      readonly kind: 'event';
      readonly id?: string;
      readonly source?: string;
      readonly detailType: string | undefined;
      readonly time?: string;
      readonly detail: unknown;
    }
  | { readonly kind: 'direct'; readonly payload: unknown };

/** An EventBridge envelope (recognised by its `detail-type`), or the payload of a direct invocation. */
export function invocationOf(event: unknown): Invocation {
  if (event === null || typeof event !== 'object' || !('detail-type' in event)) {
    return { kind: 'direct', payload: event };
  }
  const envelope = event as Record<string, unknown>;
  return {
    kind: 'event',
    ...optionalString('id', envelope.id),
    ...optionalString('source', envelope.source),
    detailType: typeof envelope['detail-type'] === 'string' ? envelope['detail-type'] : undefined,
    ...optionalString('time', envelope.time),
    detail: envelope.detail,
  };
}

/** The detail of an EventBridge event, or a direct invocation's payload (the same request either way). */
export function detailOf(event: unknown): unknown {
  const invocation = invocationOf(event);
  return invocation.kind === 'event' ? invocation.detail : invocation.payload;
}

/** The EventBridge event an SQS message carries; a body that is not one keeps the whole body as its detail. */
export function queuedEventOf(body: string): Extract<Invocation, { kind: 'event' }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    // Validation rejects it and the dead-letter store keeps it: nothing is dropped silently.
    return { kind: 'event', detailType: undefined, detail: body };
  }
  const invocation = invocationOf(parsed);
  return invocation.kind === 'event' ? invocation : { kind: 'event', detailType: undefined, detail: parsed };
}

function optionalString<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  return typeof value === 'string' ? ({ [key]: value } as Record<K, string>) : {};
}

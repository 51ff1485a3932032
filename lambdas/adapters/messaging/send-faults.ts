import { PermanentSendError, type SendResult, TransientSendError } from '../../domain/messaging/ports';
import type { Channel } from '../../domain/patients/preferences';

export type RefusalReason = Extract<SendResult, { outcome: 'refused' }>['reason'];

/**
 * What a provider error means for one send. Only `refused` is about the patient's address; `channel` and
 * `message` faults must never mark an address bad, and `retry` faults are for Step Functions to retry.
 */
export type SendFault =
  /**
   * Throttling, time-out, 5xx, network: another attempt may succeed. `ambiguous` when the provider may
   * have taken the message anyway (time-outs, dropped connections, unknown per-address outcomes).
   */
  | { readonly kind: 'retry'; readonly code: string; readonly ambiguous?: boolean }
  /** The provider will not deliver to this address. */
  | { readonly kind: 'refused'; readonly reason: RefusalReason; readonly code: string }
  /** The account or its configuration (suspended, paused, sandbox, missing configuration set, spend limit). */
  | { readonly kind: 'channel'; readonly code: string }
  /** This message as rendered (content rejected, too large, malformed request). */
  | { readonly kind: 'message'; readonly code: string }
  /** Not a provider error at all (a bug): rethrown unchanged. */
  | { readonly kind: 'unexpected' };

/**
 * The channel cannot send for anyone until an operator acts (account, identity, configuration, quota).
 * Not retryable by Step Functions and not the address's fault.
 */
export class ChannelUnavailableError extends PermanentSendError {
  constructor(channel: Channel, code: string, options?: { cause?: unknown }) {
    super('channel', channel, code, options);
    this.name = 'ChannelUnavailableError';
  }
}

/** The provider refused this message's content or shape; sending it again unchanged fails the same way. */
export class MessageRejectedError extends PermanentSendError {
  constructor(channel: Channel, code: string, options?: { cause?: unknown }) {
    super('message', channel, code, options);
    this.name = 'MessageRejectedError';
  }
}

/** The fields of an SDK error that are safe to keep: provider messages can quote the recipient's address. */
export interface ProviderFault {
  readonly name?: string;
  readonly code?: string;
  readonly reason?: string;
  readonly httpStatusCode?: number;
  readonly requestId?: string;
}

export function providerFault(error: unknown): ProviderFault {
  const e = (error ?? {}) as {
    name?: unknown;
    code?: unknown;
    Reason?: unknown;
    $metadata?: { httpStatusCode?: number; requestId?: string };
  };
  return {
    name: typeof e.name === 'string' ? e.name : undefined,
    code: typeof e.code === 'string' ? e.code : undefined,
    reason: typeof e.Reason === 'string' ? e.Reason : undefined,
    httpStatusCode: e.$metadata?.httpStatusCode,
    requestId: e.$metadata?.requestId,
  };
}

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
]);

/** The connection never opened: the request cannot have reached the provider. */
const REFUSED_CONNECTION = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

/** Faults of the transport rather than the request: time-outs, dropped connections, any 5xx. */
export function transportFault(error: unknown): SendFault | undefined {
  const { name, code, httpStatusCode } = providerFault(error);
  if (name === 'TimeoutError' || name === 'RequestTimeout' || name === 'AbortError') {
    return { kind: 'retry', code: name, ambiguous: true };
  }
  if (code && NETWORK_CODES.has(code)) return { kind: 'retry', code, ambiguous: !REFUSED_CONNECTION.has(code) };
  if ((httpStatusCode ?? 0) >= 500) return { kind: 'retry', code: name ?? `http-${httpStatusCode}` };
  return undefined;
}

/** An SDK service error has a name and the response's metadata; anything else is ours. */
export function isServiceError(error: unknown): error is Error & { $metadata: object } {
  return error instanceof Error && typeof (error as { $metadata?: unknown }).$metadata === 'object';
}

/** Turns a classified fault into the send's result: a refusal is returned, everything else is thrown. */
export function settleFault(channel: Channel, fault: SendFault, error: unknown): SendResult {
  const cause = providerFault(error);
  switch (fault.kind) {
    case 'refused':
      return { outcome: 'refused', reason: fault.reason, detail: fault.code };
    case 'retry':
      throw new TransientSendError(`${channel} provider unavailable: ${fault.code}`, {
        cause,
        mayHaveBeenAccepted: fault.ambiguous === true,
      });
    case 'channel':
      throw new ChannelUnavailableError(channel, fault.code, { cause });
    case 'message':
      throw new MessageRejectedError(channel, fault.code, { cause });
    case 'unexpected':
      throw error;
  }
}

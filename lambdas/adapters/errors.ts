/** A fault that a retry may cure (throttling, time-out, 5xx). Handlers let it propagate so AWS retries. */
export class TransientStoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransientStoreError';
  }
}

/** What the domain needs from the outside world; adapters implement these for AWS and the local stack. */
export interface Clock {
  now(): Date;
}

/** Structured, PHI-free logging: a message and identifiers only. */
export interface Logger {
  info(message: string, ids?: Record<string, unknown>): void;
  warn(message: string, ids?: Record<string, unknown>): void;
  error(message: string, ids?: Record<string, unknown>): void;
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

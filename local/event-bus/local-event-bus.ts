import { randomUUID } from 'node:crypto';
import type { PutEventsRequestEntry, PutEventsResultEntry } from '@aws-sdk/client-eventbridge';
import type { EventPattern } from '../../lambdas/domain/events/event-patterns';
import type { Clock } from '../../lambdas/domain/ports';
import { compilePattern, type EventPredicate } from './pattern-matcher';

export interface BusEvent {
  readonly version: '0';
  readonly id: string;
  readonly 'detail-type': string;
  readonly source: string;
  readonly account: string;
  readonly time: string;
  readonly region: string;
  readonly resources: string[];
  readonly detail: unknown;
}

export interface LocalRule {
  readonly name: string;
  readonly pattern: EventPattern;
  readonly target: (event: BusEvent) => Promise<unknown>;
  /** Like the rule target's retry policy: attempts after the first failure. */
  readonly retryAttempts?: number;
  /** Like the rule's dead-letter queue: receives the event, the error code and the rule once retries are spent. */
  readonly deadLetter?: (event: BusEvent, errorCode: string, errorMessage: string, ruleName: string) => Promise<void>;
  /** Deliveries in flight at once for this rule (Lambda concurrency). */
  readonly concurrency?: number;
}

/**
 * A rule whose target is a queue a function drains in batches (SQS with a batching window): the batch goes
 * when it is full or the window has passed since its first event; the target answers the ids of the events
 * to deliver again (batch item failures), which are retried like a single delivery and then dead-lettered.
 */
export interface LocalBatchRule extends Omit<LocalRule, 'target'> {
  readonly batchSize: number;
  readonly batchWindowMs: number;
  readonly target: (events: readonly BusEvent[]) => Promise<readonly string[]>;
}

interface CompiledRule extends LocalRule {
  readonly matches: EventPredicate;
  active: number;
  readonly queue: BusEvent[];
  readonly batch?: LocalBatchRule & { timer?: ReturnType<typeof setTimeout>; windowOver: boolean };
}

const MAX_DETAIL_BYTES = 256 * 1024;

/**
 * The in-process stand-in for an EventBridge bus: the same event envelope, the same patterns (matched by
 * the project's own matcher), retries and a dead-letter path, delivery asynchronous as on AWS.
 */
export class LocalEventBus {
  private readonly rules: CompiledRule[] = [];
  private readonly archive: BusEvent[] = [];
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly options: { account?: string; region?: string; archiveLimit?: number } = {},
  ) {}

  addRule(rule: LocalRule): void {
    this.rules.push({ ...rule, matches: compilePattern(rule.pattern), active: 0, queue: [] });
  }

  addBatchRule(rule: LocalBatchRule): void {
    this.rules.push({
      ...rule,
      target: async () => undefined,
      matches: compilePattern(rule.pattern),
      active: 0,
      queue: [],
      batch: { ...rule, windowOver: false },
    });
  }

  /** PutEvents semantics: each entry is accepted or rejected on its own. */
  putEvents(entries: readonly PutEventsRequestEntry[]): { FailedEntryCount: number; Entries: PutEventsResultEntry[] } {
    const results = entries.map((entry) => this.putOne(entry));
    return { FailedEntryCount: results.filter((r) => r.ErrorCode).length, Entries: results };
  }

  /** Events put so far, oldest first (the archive, for tests and replay). */
  archived(): readonly BusEvent[] {
    return this.archive;
  }

  /** Whether no delivery is in flight. */
  isIdle(): boolean {
    return this.inFlight === 0;
  }

  /** Resolves when every delivery, including deliveries caused by deliveries, has finished. */
  async drain(): Promise<void> {
    while (this.inFlight > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  private putOne(entry: PutEventsRequestEntry): PutEventsResultEntry {
    if (!entry.Source || !entry.DetailType || entry.Detail === undefined) {
      return { ErrorCode: 'InvalidArgument', ErrorMessage: 'Source, DetailType and Detail are required' };
    }
    if (Buffer.byteLength(entry.Detail, 'utf8') > MAX_DETAIL_BYTES) {
      return { ErrorCode: 'InvalidArgument', ErrorMessage: 'the entry exceeds 256 KB' };
    }
    let detail: unknown;
    try {
      detail = JSON.parse(entry.Detail);
    } catch {
      return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is not valid JSON' };
    }
    if (detail === null || typeof detail !== 'object' || Array.isArray(detail)) {
      return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail must be a JSON object' };
    }
    const event: BusEvent = {
      version: '0',
      id: randomUUID(),
      'detail-type': entry.DetailType,
      source: entry.Source,
      account: this.options.account ?? '000000000000',
      time: (entry.Time ?? this.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      region: this.options.region ?? 'us-east-1',
      resources: entry.Resources ?? [],
      detail,
    };
    this.archive.push(event);
    if (this.archive.length > (this.options.archiveLimit ?? 100_000)) this.archive.shift();
    for (const rule of this.rules) {
      if (rule.matches(event as unknown as Record<string, unknown>)) this.enqueue(rule, event);
    }
    return { EventId: event.id };
  }

  private enqueue(rule: CompiledRule, event: BusEvent): void {
    this.inFlight++;
    rule.queue.push(event);
    this.pump(rule);
  }

  private pump(rule: CompiledRule): void {
    if (rule.batch) {
      this.pumpBatches(rule, rule.batch);
      return;
    }
    while (rule.active < (rule.concurrency ?? 4) && rule.queue.length > 0) {
      const event = rule.queue.shift() as BusEvent;
      rule.active++;
      void this.deliver(rule, event).finally(() => {
        rule.active--;
        this.inFlight--;
        this.pump(rule);
        if (this.inFlight === 0) for (const wake of this.idleWaiters.splice(0)) wake();
      });
    }
  }

  private pumpBatches(rule: CompiledRule, batch: NonNullable<CompiledRule['batch']>): void {
    while (rule.active < (rule.concurrency ?? 4) && rule.queue.length > 0) {
      if (rule.queue.length < batch.batchSize && !batch.windowOver) {
        batch.timer ??= setTimeout(() => {
          batch.timer = undefined;
          batch.windowOver = true;
          this.pumpBatches(rule, batch);
        }, batch.batchWindowMs);
        return;
      }
      const events = rule.queue.splice(0, batch.batchSize);
      if (rule.queue.length === 0) batch.windowOver = false;
      rule.active++;
      void this.deliverBatch(batch, events).finally(() => {
        rule.active--;
        this.inFlight -= events.length;
        this.pumpBatches(rule, batch);
        if (this.inFlight === 0) for (const wake of this.idleWaiters.splice(0)) wake();
      });
    }
  }

  private async deliverBatch(rule: LocalBatchRule, events: readonly BusEvent[]): Promise<void> {
    const attempts = 1 + (rule.retryAttempts ?? 2);
    let pending = events;
    for (let attempt = 1; attempt <= attempts && pending.length > 0; attempt++) {
      try {
        const failed = new Set(await rule.target(pending));
        pending = pending.filter((event) => failed.has(event.id));
      } catch {
        // The whole batch failed (the function threw): every message is delivered again.
      }
      if (pending.length > 0) await new Promise((r) => setTimeout(r, 5 * attempt));
    }
    for (const event of pending) {
      await rule.deadLetter?.(event, 'Error', 'the target failed after its retry attempts', rule.name);
    }
  }

  private async deliver(rule: CompiledRule, event: BusEvent): Promise<void> {
    const attempts = 1 + (rule.retryAttempts ?? 2);
    let lastError: Error | undefined;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        await rule.target(event);
        return;
      } catch (error) {
        lastError = error as Error;
        await new Promise((r) => setTimeout(r, 5 * attempt));
      }
    }
    await rule.deadLetter?.(event, lastError?.name ?? 'Error', 'the target failed after its retry attempts', rule.name);
  }
}

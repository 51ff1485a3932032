import type { PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import type { DynamoCountingProxy, DynamoShapeUsage, DynamoUsage } from '../../local/cost/dynamodb-counting-proxy';
import { localMeterReadings } from '../../local/cost/local-meter';
import type { LocalStack } from '../../local/local-stack';
import { pushMessages, smsMessages } from '../../local/outbox/pinpoint-outbox';
import { sesEmails } from '../../test/integration/journeys/journey-scenario-support';

/** Everything one unit of work made AWS bill, counted at the local stack's wire. */
export interface Usage {
  readonly dynamo: DynamoUsage;
  /** The same DynamoDB calls by key shape: which access patterns they are. */
  readonly dynamoShapes: DynamoShapeUsage;
  /** PutEvents entries and the 64 KB chunks EventBridge bills them in, by detail-type. */
  readonly events: Readonly<Record<string, { readonly entries: number; readonly chunks: number }>>;
  readonly invocations: Readonly<Record<string, number>>;
  readonly transitions: Readonly<Record<string, number>>;
  readonly emails: number;
  readonly sms: number;
  readonly push: number;
}

const CHUNK_BYTES = 64 * 1024;

/** Why a journey run's usage is not a run's (no journey started, or it sent nothing); undefined when it is one. */
export function journeyRunShortfall(usage: Usage): string | undefined {
  const transitions = Object.values(usage.transitions).reduce((sum, n) => sum + n, 0);
  if (transitions === 0) return 'no state transition: no journey started';
  if (usage.emails + usage.sms + usage.push === 0) return 'no message sent';
  return undefined;
}

/**
 * Meters the local stack: DynamoDB through the counting proxy the stack was started on, EventBridge entries
 * by wrapping the PutEvents of both buses (every handler's put, every upstream put and its forward), Lambda invocations
 * and state transitions from the local meter, sends from the SES store and the SMS and push outbox.
 */
export class StackMeter {
  private readonly events: Record<string, { entries: number; chunks: number }> = {};

  constructor(
    private readonly stack: LocalStack,
    private readonly proxy: DynamoCountingProxy,
  ) {
    // Upstream changes are put on the ingress bus, then delivered to the platform bus by the forwarding rule: both
    // counted, the upper bound of what EventBridge bills for a bus-to-bus delivery.
    this.meterPuts(stack.bus);
    this.meterPuts(stack.ingress);
  }

  private meterPuts(bus: Pick<LocalStack['bus'], 'putEvents'>): void {
    const putEvents = bus.putEvents.bind(bus);
    bus.putEvents = (entries: readonly PutEventsRequestEntry[]) => {
      for (const entry of entries) {
        const bytes =
          Buffer.byteLength(entry.Detail ?? '', 'utf8') +
          Buffer.byteLength(entry.DetailType ?? '', 'utf8') +
          Buffer.byteLength(entry.Source ?? '', 'utf8') +
          (entry.Resources ?? []).reduce((sum, r) => sum + Buffer.byteLength(r, 'utf8'), 0);
        const type = entry.DetailType ?? '-';
        const tally = this.events[type] ?? { entries: 0, chunks: 0 };
        this.events[type] = tally;
        tally.entries++;
        tally.chunks += Math.max(1, Math.ceil(bytes / CHUNK_BYTES));
      }
      return putEvents(entries);
    };
  }

  async read(): Promise<Usage> {
    const local = localMeterReadings();
    return {
      dynamo: this.proxy.usage(),
      dynamoShapes: this.proxy.shapes(),
      events: JSON.parse(JSON.stringify(this.events)),
      invocations: local.invocations,
      transitions: local.transitions,
      emails: (await sesEmails(this.stack)).length,
      sms: smsMessages(this.stack.smsAndPushOutbox).length,
      push: pushMessages(this.stack.smsAndPushOutbox).length,
    };
  }

  /** The usage of `work` alone: the readings after it less the readings before. */
  async measure(work: () => Promise<void>): Promise<Usage> {
    const before = await this.read();
    await work();
    return difference(await this.read(), before);
  }
}

function subtractCounts(after: Readonly<Record<string, number>>, before: Readonly<Record<string, number>>) {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(after)) {
    const delta = value - (before[key] ?? 0);
    if (delta !== 0) out[key] = delta;
  }
  return out;
}

function subtractDynamo(after: DynamoUsage, before: DynamoUsage): DynamoUsage {
  const dynamo: DynamoUsage = {};
  for (const [operation, tables] of Object.entries(after)) {
    for (const [table, usage] of Object.entries(tables)) {
      const was = before[operation]?.[table] ?? { calls: 0, readUnits: 0, writeUnits: 0, errors: 0 };
      const delta = {
        calls: usage.calls - was.calls,
        readUnits: usage.readUnits - was.readUnits,
        writeUnits: usage.writeUnits - was.writeUnits,
        errors: usage.errors - was.errors,
      };
      if (delta.calls || delta.readUnits || delta.writeUnits)
        dynamo[operation] = { ...dynamo[operation], [table]: delta };
    }
  }
  return dynamo;
}

export function difference(after: Usage, before: Usage): Usage {
  const events: Record<string, { entries: number; chunks: number }> = {};
  for (const [type, tally] of Object.entries(after.events)) {
    const was = before.events[type] ?? { entries: 0, chunks: 0 };
    if (tally.entries !== was.entries) {
      events[type] = { entries: tally.entries - was.entries, chunks: tally.chunks - was.chunks };
    }
  }
  return {
    dynamo: subtractDynamo(after.dynamo, before.dynamo),
    dynamoShapes: subtractDynamo(after.dynamoShapes, before.dynamoShapes),
    events,
    invocations: subtractCounts(after.invocations, before.invocations),
    transitions: subtractCounts(after.transitions, before.transitions),
    emails: after.emails - before.emails,
    sms: after.sms - before.sms,
    push: after.push - before.push,
  };
}

/** Totals of a usage, for the per-unit table. */
export interface UsageTotals {
  readonly dynamoCalls: number;
  readonly readUnits: number;
  readonly writeUnits: number;
  readonly eventEntries: number;
  readonly eventChunks: number;
  readonly invocations: number;
  readonly transitions: number;
  readonly emails: number;
  readonly sms: number;
  readonly push: number;
}

export function totalsOf(usage: Usage): UsageTotals {
  const tables = Object.values(usage.dynamo).flatMap((byTable) => Object.values(byTable));
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  return {
    dynamoCalls: sum(tables.map((t) => t.calls)),
    readUnits: sum(tables.map((t) => t.readUnits)),
    writeUnits: sum(tables.map((t) => t.writeUnits)),
    eventEntries: sum(Object.values(usage.events).map((e) => e.entries)),
    eventChunks: sum(Object.values(usage.events).map((e) => e.chunks)),
    invocations: sum(Object.values(usage.invocations)),
    transitions: sum(Object.values(usage.transitions)),
    emails: usage.emails,
    sms: usage.sms,
    push: usage.push,
  };
}

/** Calls per DynamoDB operation, all tables together. */
export function callsByOperation(usage: Usage): Record<string, number> {
  return Object.fromEntries(
    Object.entries(usage.dynamo)
      .map(([operation, byTable]) => [operation, Object.values(byTable).reduce((sum, t) => sum + t.calls, 0)] as const)
      .sort((a, b) => b[1] - a[1]),
  );
}

/** Read and write units per table, all operations together. */
export function unitsByTable(usage: Usage): Record<string, { readUnits: number; writeUnits: number }> {
  const out: Record<string, { readUnits: number; writeUnits: number }> = {};
  for (const byTable of Object.values(usage.dynamo)) {
    for (const [table, t] of Object.entries(byTable)) {
      const row = out[table] ?? { readUnits: 0, writeUnits: 0 };
      out[table] = row;
      row.readUnits += t.readUnits;
      row.writeUnits += t.writeUnits;
    }
  }
  return out;
}

/** Calls and units per operation and key shape, most calls first. */
export function callsByShape(usage: Usage): { shape: string; calls: number; readUnits: number; writeUnits: number }[] {
  return Object.entries(usage.dynamoShapes)
    .flatMap(([operation, byShape]) =>
      Object.entries(byShape).map(([shape, t]) => ({
        shape: `${operation} ${shape}`,
        calls: t.calls,
        readUnits: t.readUnits,
        writeUnits: t.writeUnits,
      })),
    )
    .sort((a, b) => b.calls - a.calls || b.writeUnits - a.writeUnits);
}

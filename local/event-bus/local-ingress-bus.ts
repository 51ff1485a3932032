import type { PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { outsideUpstreamContractPattern, upstreamContractPattern } from '../../lambdas/domain/events/event-patterns';
import type { Clock } from '../../lambdas/domain/ports';
import { type BusEvent, LocalEventBus } from './local-event-bus';

export interface LocalIngressBusOptions {
  readonly clock: Clock;
  /** The platform bus: the forwarding rule's target. */
  readonly platform: LocalEventBus;
  readonly upstreamEventSource: string;
  /** Told of every event outside the upstream contract (ids and names only: it forwards nothing). */
  readonly onOutsideContract?: (event: BusEvent) => void;
}

/**
 * The ingress bus, as the events stack deploys it: the one bus upstream systems may put to. Its forwarding
 * rule passes the upstream contract on to the platform bus; any other event is accepted (PutEvents answers
 * an EventId, as on AWS), matches only the rule that counts it, and reaches no function.
 */
export class LocalIngressBus {
  readonly bus: LocalEventBus;
  private outside = 0;

  constructor(options: LocalIngressBusOptions) {
    this.bus = new LocalEventBus(options.clock);
    this.bus.addRule({
      name: 'ForwardUpstreamContract',
      pattern: upstreamContractPattern(options.upstreamEventSource),
      // The forward happens within the put (the target's body runs before its first await): whoever drains the
      // platform bus after an upstream put waits for what the put caused, as tests and the CLI expect.
      target: async (event) => forwardTo(options.platform, event),
      concurrency: Number.POSITIVE_INFINITY,
    });
    this.bus.addRule({
      name: 'OutsideUpstreamContract',
      pattern: outsideUpstreamContractPattern(options.upstreamEventSource),
      target: async (event) => {
        this.outside++;
        options.onOutsideContract?.(event);
      },
      concurrency: Number.POSITIVE_INFINITY,
    });
  }

  putEvents(entries: readonly PutEventsRequestEntry[]): ReturnType<LocalEventBus['putEvents']> {
    return this.bus.putEvents(entries);
  }

  /** Events put here that matched no forwarding rule (the `OutsideUpstreamContract` rule's MatchedEvents). */
  outsideContractCount(): number {
    return this.outside;
  }

  drain(): Promise<void> {
    return this.bus.drain();
  }
}

/** What an event-bus target does: the same event, on the target bus. */
function forwardTo(platform: LocalEventBus, event: BusEvent): void {
  const result = platform.putEvents([
    {
      Source: event.source,
      DetailType: event['detail-type'],
      Detail: JSON.stringify(event.detail),
      Time: new Date(event.time),
      Resources: event.resources,
    },
  ]);
  if (result.FailedEntryCount) throw new Error(`the platform bus refused the event: ${result.Entries[0]?.ErrorCode}`);
}

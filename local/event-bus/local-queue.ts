import type { SQSEvent } from 'aws-lambda';
import type { Clock } from '../../lambdas/domain/ports';
import type { DueSource } from '../clock';
import type { BusEvent } from './local-event-bus';

export interface LocalQueueOptions {
  /** The queue's name; its ARN is what a redriven message names as its source queue. */
  readonly name: string;
  readonly clock: Clock;
  /** How long a message stays hidden after a receive that did not delete it: the back-off between deliveries. */
  readonly visibilityTimeoutMs: number;
  /** Receives before the redrive policy moves a message to the dead-letter queue. */
  readonly maxReceiveCount: number;
  readonly batchSize: number;
  /** The function behind the event source mapping: answers the message ids to deliver again. */
  readonly consume: (batch: SQSEvent) => Promise<readonly string[]>;
  /** The dead-letter queue: gets the message body (the event) and the ARN of the queue it came from. */
  readonly deadLetter: (event: BusEvent, sourceQueueArn: string) => Promise<void>;
}

interface Message {
  readonly event: BusEvent;
  receives: number;
  visibleAt: number;
}

/**
 * An SQS queue between a rule and its function, on the virtual clock: a message a receive did not delete
 * is delivered again once its visibility timeout has passed, and after `maxReceiveCount` receives it goes to
 * the dead-letter queue, as SQS's redrive policy does. A due source of the clock, so advancing time retries.
 */
export class LocalQueue implements DueSource {
  private readonly hidden: Message[] = [];
  readonly arn: string;

  constructor(private readonly options: LocalQueueOptions) {
    this.arn = `arn:aws:sqs:us-east-1:000000000000:${options.name}`;
  }

  /** What the rule's SQS target does (SendMessage), followed at once by the first receive. */
  async send(event: BusEvent): Promise<void> {
    await this.receive([{ event, receives: 0, visibleAt: 0 }]);
  }

  next(): number | undefined {
    return this.hidden.length === 0 ? undefined : Math.min(...this.hidden.map((m) => m.visibleAt));
  }

  async fire(now: Date): Promise<void> {
    const visible = this.hidden.filter((m) => m.visibleAt <= now.getTime());
    this.hidden.splice(0, this.hidden.length, ...this.hidden.filter((m) => m.visibleAt > now.getTime()));
    const spent = visible.filter((m) => m.receives >= this.options.maxReceiveCount);
    for (const message of spent) await this.options.deadLetter(message.event, this.arn);
    const due = visible.filter((m) => m.receives < this.options.maxReceiveCount);
    for (let i = 0; i < due.length; i += this.options.batchSize) {
      await this.receive(due.slice(i, i + this.options.batchSize));
    }
  }

  private async receive(messages: readonly Message[]): Promise<void> {
    for (const message of messages) message.receives++;
    let failed: ReadonlySet<string>;
    try {
      failed = new Set(await this.options.consume(this.batchOf(messages)));
    } catch {
      // The function failed as a whole: no message of the batch was deleted.
      failed = new Set(messages.map((m) => m.event.id));
    }
    const visibleAt = this.options.clock.now().getTime() + this.options.visibilityTimeoutMs;
    for (const message of messages) {
      if (failed.has(message.event.id)) this.hidden.push({ ...message, visibleAt });
    }
  }

  private batchOf(messages: readonly Message[]): SQSEvent {
    return {
      Records: messages.map(({ event, receives }) => ({
        messageId: event.id,
        receiptHandle: 'local',
        body: JSON.stringify(event),
        attributes: { ApproximateReceiveCount: String(receives) } as never,
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: this.arn,
        awsRegion: 'us-east-1',
      })),
    };
  }
}

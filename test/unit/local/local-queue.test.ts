import type { SQSEvent } from 'aws-lambda';
import { VirtualClock } from '../../../local/clock';
import type { BusEvent } from '../../../local/event-bus/local-event-bus';
import { LocalQueue } from '../../../local/event-bus/local-queue';

const MINUTE = 60_000;

function busEvent(id: string): BusEvent {
  return {
    version: '0',
    id,
    'detail-type': 'Patient Facts Changed',
    source: 'patient-outreach',
    account: '000000000000',
    time: '2026-11-25T12:00:00Z',
    region: 'us-east-1',
    resources: [],
    detail: { patientId: 'p1' },
  };
}

/** A queue whose consumer fails every message until `healthyAt`, recording when each receive came. */
function queueFailingUntil(clock: VirtualClock, healthyAt: number) {
  const receives: number[] = [];
  const deadLetters: { id: string; from: string }[] = [];
  const queue = new LocalQueue({
    name: 'Consumer',
    clock,
    visibilityTimeoutMs: 3 * MINUTE,
    maxReceiveCount: 5,
    batchSize: 10,
    consume: async (batch: SQSEvent) => {
      receives.push(clock.now().getTime());
      return clock.now().getTime() < healthyAt ? batch.Records.map((r) => r.messageId) : [];
    },
    deadLetter: async (event, from) => void deadLetters.push({ id: event.id, from }),
  });
  clock.addDueSource(queue);
  return { queue, receives, deadLetters };
}

describe('LocalQueue', () => {
  it('delivers a failed message again every visibility timeout until it succeeds', async () => {
    const clock = new VirtualClock(new Date('2026-11-25T12:00:00Z'));
    const start = clock.now().getTime();
    const { queue, receives, deadLetters } = queueFailingUntil(clock, start + 5 * MINUTE);

    await queue.send(busEvent('e1'));
    await clock.advance(30 * MINUTE);

    expect(receives.map((at) => (at - start) / MINUTE)).toEqual([0, 3, 6]);
    expect(deadLetters).toEqual([]);
    expect(queue.next()).toBeUndefined();
  });

  it('moves a message to the dead-letter queue after its last receive, naming the queue', async () => {
    const clock = new VirtualClock(new Date('2026-11-25T12:00:00Z'));
    const { queue, receives, deadLetters } = queueFailingUntil(clock, Number.POSITIVE_INFINITY);

    await queue.send(busEvent('e1'));
    await clock.advance(60 * MINUTE);

    expect(receives).toHaveLength(5);
    expect(deadLetters).toEqual([{ id: 'e1', from: queue.arn }]);
  });
});

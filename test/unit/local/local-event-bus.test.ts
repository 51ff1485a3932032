import { VirtualClock } from '../../../local/clock';
import { type BusEvent, LocalEventBus } from '../../../local/event-bus/local-event-bus';

const clock = new VirtualClock(new Date('2026-11-25T12:00:00Z'));
const entry = (detail: unknown, source = 'fhir.upstream') => ({
  Source: source,
  DetailType: 'FHIR Resource Changed',
  Detail: JSON.stringify(detail),
});

describe('LocalEventBus', () => {
  it('delivers an event to the rules whose pattern matches, in the EventBridge envelope', async () => {
    const bus = new LocalEventBus(clock);
    const received: BusEvent[] = [];
    bus.addRule({
      name: 'upstream',
      pattern: { source: ['fhir.upstream'] },
      target: async (e) => void received.push(e),
    });
    bus.addRule({
      name: 'other',
      pattern: { source: ['other'] },
      target: async () => {
        throw new Error('must not be called');
      },
    });

    bus.putEvents([entry({ a: 1 })]);
    await bus.drain();

    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      version: '0',
      source: 'fhir.upstream',
      'detail-type': 'FHIR Resource Changed',
      time: '2026-11-25T12:00:00Z',
      detail: { a: 1 },
    });
  });

  it('retries a failing target and then hands the event to the dead-letter path with the error and the rule', async () => {
    const bus = new LocalEventBus(clock);
    let attempts = 0;
    const deadLettered: [BusEvent, string, string][] = [];
    bus.addRule({
      name: 'flaky',
      pattern: { source: ['fhir.upstream'] },
      retryAttempts: 2,
      target: async () => {
        attempts++;
        throw new TypeError('boom');
      },
      deadLetter: async (event, code, _message, rule) => void deadLettered.push([event, code, rule]),
    });

    bus.putEvents([entry({ a: 1 })]);
    await bus.drain();

    expect(attempts).toBe(3);
    expect(deadLettered.map(([e, code, rule]) => [e.detail, code, rule])).toEqual([[{ a: 1 }, 'TypeError', 'flaky']]);
  });

  it('rejects entries without a JSON object detail, one by one, as PutEvents does', () => {
    const bus = new LocalEventBus(clock);

    const result = bus.putEvents([
      entry({ ok: true }),
      { Source: 'x', DetailType: 'y', Detail: 'not json' },
      { Source: 'x', DetailType: 'y', Detail: '[1]' },
      { Source: 'x', Detail: '{}' },
    ]);

    expect(result.FailedEntryCount).toBe(3);
    expect(result.Entries.map((e) => e.ErrorCode ?? 'ok')).toEqual([
      'ok',
      'MalformedDetail',
      'MalformedDetail',
      'InvalidArgument',
    ]);
  });

  it('drains deliveries caused by deliveries', async () => {
    const bus = new LocalEventBus(clock);
    const seen: string[] = [];
    bus.addRule({
      name: 'first',
      pattern: { source: ['a'] },
      target: async () => {
        await new Promise((r) => setTimeout(r, 5));
        bus.putEvents([entry({}, 'b')]);
      },
    });
    bus.addRule({ name: 'second', pattern: { source: ['b'] }, target: async () => void seen.push('b') });

    bus.putEvents([entry({}, 'a')]);
    await bus.drain();

    expect(seen).toEqual(['b']);
  });

  it('never runs more deliveries of one rule at once than its concurrency', async () => {
    const bus = new LocalEventBus(clock);
    let running = 0;
    let peak = 0;
    bus.addRule({
      name: 'limited',
      pattern: { source: ['fhir.upstream'] },
      concurrency: 2,
      target: async () => {
        peak = Math.max(peak, ++running);
        await new Promise((r) => setTimeout(r, 2));
        running--;
      },
    });

    bus.putEvents(Array.from({ length: 10 }, (_, i) => entry({ i })));
    await bus.drain();

    expect(peak).toBe(2);
  });
});

describe('VirtualClock', () => {
  it('moves only when advanced and runs its tick listeners with the new time', async () => {
    const virtual = new VirtualClock(new Date('2026-01-01T00:00:00Z'));
    const ticks: string[] = [];
    virtual.onTick((now) => void ticks.push(now.toISOString()));

    await virtual.advance(60_000);

    expect(virtual.now().toISOString()).toBe('2026-01-01T00:01:00.000Z');
    expect(ticks).toEqual(['2026-01-01T00:01:00.000Z']);
    await expect(virtual.advance(-1)).rejects.toThrow('only moves forward');
  });
});

describe('VirtualClock, running', () => {
  it('follows the wall clock from its start, shifted by what it was advanced by', async () => {
    const start = new Date('2030-01-01T00:00:00Z');
    const running = new VirtualClock(start, { running: true });

    await new Promise((r) => setTimeout(r, 20));
    await running.advance(3_600_000);

    const elapsed = running.now().getTime() - start.getTime();
    expect(elapsed).toBeGreaterThanOrEqual(3_600_000 + 15);
    expect(elapsed).toBeLessThan(3_600_000 + 5_000);
  });
});

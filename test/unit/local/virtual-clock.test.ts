import { VirtualClock } from '../../../local/clock';

/** The clock `npm start` runs on follows the wall clock, whatever work its advances do. */
const realPause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('does not fall behind the wall clock by the time due work takes', async () => {
  const clock = new VirtualClock(new Date(), { running: true });
  let due: number | undefined = clock.now().getTime();
  clock.addDueSource({
    next: () => due,
    fire: async () => {
      due = undefined;
      await realPause(200);
    },
  });

  await clock.advance(0);

  expect(Date.now() - clock.now().getTime()).toBeLessThan(50);
});

it('still moves a frozen clock by exactly what it is advanced by', async () => {
  const start = new Date('2026-12-07T12:00:00Z');
  const clock = new VirtualClock(start);
  clock.addDueSource({ next: () => undefined, fire: async () => void (await realPause(50)) });

  await clock.advance(60_000);

  expect(clock.now().toISOString()).toBe('2026-12-07T12:01:00.000Z');
});

it('runs an advance of a running clock to at least the target, then on with the wall clock', async () => {
  const clock = new VirtualClock(new Date(), { running: true });
  const before = Date.now();

  await clock.advance(3_600_000);

  expect(clock.now().getTime()).toBeGreaterThanOrEqual(before + 3_600_000);
  expect(clock.now().getTime() - (Date.now() + 3_600_000)).toBeLessThan(50);
});

import {
  ACTIVE_JOURNEYS_TTL_MS,
  cachedActiveJourneys,
} from '../../../../lambdas/domain/journeys/enrolment/enrol-on-event';
import type { JourneyRecord, JourneyStore, JourneyVersion } from '../../../../lambdas/domain/journeys/ports';

const NOW = '2026-03-01T09:00:00.000Z';

function publishedJourney(journeyId: string): { record: JourneyRecord; version: JourneyVersion } {
  return {
    record: {
      journeyId,
      name: journeyId,
      status: 'active',
      latestVersion: 1,
      publishedVersion: 1,
      updatedAt: NOW,
      revision: 2,
    },
    version: {
      journeyId,
      version: 1,
      definition: {
        schemaVersion: 1,
        id: journeyId,
        name: journeyId,
        entry: { segmentEntered: 'welcome' },
        reEntry: { policy: 'once' },
        start: 'done',
        steps: { done: { type: 'exit' } },
      },
      createdAt: NOW,
      createdBy: 'staff-1',
    },
  };
}

/** The active journeys as the store lists them, with the number of listings read. */
function journeyStore() {
  const journeys: ReturnType<typeof publishedJourney>[] = [];
  let listings = 0;
  const store: Pick<JourneyStore, 'list' | 'getVersion'> = {
    list: async () => {
      listings++;
      return { items: journeys.map((j) => j.record) };
    },
    getVersion: async (journeyId, version) =>
      journeys.find((j) => j.record.journeyId === journeyId && j.version.version === version)?.version,
  };
  return { store, journeys, listings: () => listings };
}

describe('cachedActiveJourneys', () => {
  it('reads the active journeys once per TTL of wall time', async () => {
    const { store, listings } = journeyStore();
    let wall = 0;
    const active = cachedActiveJourneys(store, ACTIVE_JOURNEYS_TTL_MS, () => wall);

    await active();
    wall = ACTIVE_JOURNEYS_TTL_MS - 1;
    await active();

    expect(listings()).toBe(1);
  });

  it('sees a journey published after its last read once the TTL has passed, and not before', async () => {
    const { store, journeys } = journeyStore();
    let wall = 0;
    const active = cachedActiveJourneys(store, ACTIVE_JOURNEYS_TTL_MS, () => wall);
    expect(await active()).toEqual([]);

    journeys.push(publishedJourney('welcome'));
    wall = ACTIVE_JOURNEYS_TTL_MS - 1;
    const tooSoon = await active();
    wall = ACTIVE_JOURNEYS_TTL_MS;
    const afterTtl = await active();

    expect(tooSoon).toEqual([]);
    expect(afterTtl.map((j) => j.journeyId)).toEqual(['welcome']);
  });
});

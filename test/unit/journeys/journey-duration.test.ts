import {
  DAY_SECONDS,
  parseJourneyDuration,
  parseSignedOffset,
} from '../../../lambdas/domain/journeys/journey-duration';

describe('parseJourneyDuration', () => {
  it.each([
    ['P14D', 14 * DAY_SECONDS],
    ['PT72H', 72 * 3600],
    ['PT30M', 1800],
    ['P1DT2H30M', DAY_SECONDS + 2 * 3600 + 1800],
    ['P0D', 0],
  ])('reads %s as %i seconds', (text, seconds) => {
    expect(parseJourneyDuration(text)).toBe(seconds);
  });

  it.each(['P', 'PT', 'P1DT', 'P1M', 'P1Y', 'PT1S', '14 days', '-PT1H', 'P1H'])('rejects %s', (text) => {
    expect(parseJourneyDuration(text)).toBeUndefined();
  });
});

describe('parseSignedOffset', () => {
  it('reads a negative offset as seconds before', () => {
    expect(parseSignedOffset('-PT24H')).toBe(-24 * 3600);
  });

  it('reads an unsigned offset as seconds after', () => {
    expect(parseSignedOffset('PT30M')).toBe(1800);
  });

  it('rejects a malformed offset', () => {
    expect(parseSignedOffset('-24h')).toBeUndefined();
  });
});

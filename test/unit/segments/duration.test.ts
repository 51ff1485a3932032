import { parseDuration, shiftByDuration } from '../../../lambdas/domain/segments/duration';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('parseDuration', () => {
  it.each([
    ['P12M', { years: 0, months: 12, days: 0, hours: 0 }],
    ['P7D', { years: 0, months: 0, days: 7, hours: 0 }],
    ['P10Y', { years: 10, months: 0, days: 0, hours: 0 }],
    ['P1Y6M', { years: 1, months: 6, days: 0, hours: 0 }],
    ['PT36H', { years: 0, months: 0, days: 0, hours: 36 }],
    ['P1DT2H', { years: 0, months: 0, days: 1, hours: 2 }],
  ])('reads %s', (text, expected) => {
    expect(parseDuration(text)).toEqual(expected);
  });

  it.each(['', 'P', 'PT', 'P1DT', '12M', 'P1.5Y', 'P1W', 'PT5M', 'P-1D', 'p7d', 'P7D '])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('shiftByDuration', () => {
  it('adds days as exact 24-hour lengths', () => {
    expect(iso(shiftByDuration(at('2026-03-01T10:00:00Z'), parseDuration('P7D')!, 1))).toBe('2026-03-08T10:00:00.000Z');
  });

  it('adds months on the calendar, keeping the time of day', () => {
    expect(iso(shiftByDuration(at('2025-11-15T08:30:00Z'), parseDuration('P3M')!, 1))).toBe('2026-02-15T08:30:00.000Z');
  });

  it('clamps to the end of a shorter month', () => {
    expect(iso(shiftByDuration(at('2026-01-31T00:00:00Z'), parseDuration('P1M')!, 1))).toBe('2026-02-28T00:00:00.000Z');
  });

  it('subtracts years across a leap day by clamping', () => {
    expect(iso(shiftByDuration(at('2024-02-29T00:00:00Z'), parseDuration('P1Y')!, -1))).toBe(
      '2023-02-28T00:00:00.000Z',
    );
  });

  it('subtracts months across a year boundary', () => {
    expect(iso(shiftByDuration(at('2026-02-10T00:00:00Z'), parseDuration('P18M')!, -1))).toBe(
      '2024-08-10T00:00:00.000Z',
    );
  });
});

import fc from 'fast-check';
import { compilesLocally } from '../../../lambdas/domain/fhir/local-fhirpath';
import { evaluateSegment } from '../../../lambdas/domain/segments/compile-segment';
import { validateSegment } from '../../../lambdas/domain/segments/validate-segment';
import { compileWindow, NEVER } from '../../../lambdas/domain/segments/windows';
import { resource, segmentOf, snapshot } from './fixtures';

const at = (iso: string) => Date.parse(iso);
const DAY = 86_400_000;

describe('the "before" window', () => {
  const before30Days = compileWindow({ before: 'P30D' });
  const visit = at('2026-03-01T09:00:00Z');

  it('does not contain a date less than 30 days ago', () => {
    expect(before30Days.contains(visit, visit + 30 * DAY - 1)).toBe(false);
  });

  it('contains a date exactly 30 days ago, and any older one', () => {
    expect(before30Days.contains(visit, visit + 30 * DAY)).toBe(true);
    expect(before30Days.contains(visit, visit + 3000 * DAY)).toBe(true);
  });

  it('does not contain a future date', () => {
    expect(before30Days.contains(visit, visit - 1)).toBe(false);
  });

  it('says a date enters it exactly the duration after the date, and never leaves', () => {
    expect(before30Days.nextChange(visit, visit - DAY)).toBe(visit + 30 * DAY);
    expect(before30Days.nextChange(visit, visit + 30 * DAY - 1)).toBe(visit + 30 * DAY);
    expect(before30Days.nextChange(visit, visit + 30 * DAY)).toBe(NEVER);
  });

  it('clamps a month to the end of a shorter month', () => {
    const window = compileWindow({ before: 'P1M' });
    const endOfJanuary = at('2026-01-31T10:00:00Z');

    expect(window.nextChange(endOfJanuary, endOfJanuary)).toBe(at('2026-02-28T10:00:00Z'));
    expect(window.contains(endOfJanuary, at('2026-02-28T09:59:59.999Z'))).toBe(false);
    expect(window.contains(endOfJanuary, at('2026-02-28T10:00:00Z'))).toBe(true);
  });

  it('is, among dates up to now, the complement of "last" with the same duration', () => {
    const durations = fc.constantFrom('P30D', 'P1M', 'P18M', 'P1Y2M3DT4H', 'PT36H');
    const instant = fc.integer({ min: at('2020-01-01T00:00:00Z'), max: at('2028-01-01T00:00:00Z') });
    fc.assert(
      fc.property(durations, instant, instant, (duration, date, now) => {
        const last = compileWindow({ last: duration });
        const before = compileWindow({ before: duration });

        expect(last.contains(date, now) !== before.contains(date, now)).toBe(date <= now);
      }),
    );
  });

  it('keeps its answer until nextChange and flips exactly there', () => {
    const durations = fc.constantFrom('P30D', 'P1M', 'P18M', 'PT36H');
    const instant = fc.integer({ min: at('2020-01-01T00:00:00Z'), max: at('2028-01-01T00:00:00Z') });
    fc.assert(
      fc.property(durations, instant, instant, (duration, date, now) => {
        const window = compileWindow({ before: duration });
        const change = window.nextChange(date, now);
        fc.pre(change !== NEVER);

        expect(window.contains(date, change - 1)).toBe(window.contains(date, now));
        expect(window.contains(date, change)).toBe(!window.contains(date, now));
      }),
    );
  });
});

describe('the "before" window in a definition', () => {
  it('is validated like the other durations', () => {
    const result = validateSegment(
      {
        schemaVersion: 1,
        id: 'older-encounter',
        name: 'Older encounter',
        description: '',
        criteria: { resource: { type: 'Encounter', within: { before: '30 days' } } },
      },
      compilesLocally,
    );

    expect(result).toEqual({
      ok: false,
      errors: [{ path: '/criteria/resource/within/before', message: expect.stringContaining('not a duration') }],
    });
  });

  it('is one key of a window, not combinable with another', () => {
    const result = validateSegment(
      {
        schemaVersion: 1,
        id: 'older-encounter',
        name: 'Older encounter',
        description: '',
        criteria: { resource: { type: 'Encounter', within: { before: 'P30D', last: 'P1Y' } } },
      },
      compilesLocally,
    );

    expect(result.ok).toBe(false);
  });

  it('explains and schedules a criterion that uses it', () => {
    const older = segmentOf({ resource: { type: 'Encounter', within: { before: 'P30D' } } });
    const patient = snapshot({ resources: [resource({ kind: 'Encounter', date: '2026-03-01T09:00:00Z' })] });

    const result = evaluateSegment(older, patient, new Date('2026-03-10T00:00:00Z'));

    expect(result).toMatchObject({ member: false, nextChange: new Date('2026-03-31T09:00:00Z') });
    expect(result.explanation.reason).toBe('0 Encounter at least P30D ago, needs ≥ 1');
  });
});

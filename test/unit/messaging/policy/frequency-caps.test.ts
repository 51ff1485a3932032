import { DEFAULT_SENDING_POLICY } from '../../../../lambdas/domain/messaging/policy/defaults';
import {
  checkFrequencyCaps,
  pruneRecentSends,
  sendsInWindow,
} from '../../../../lambdas/domain/messaging/policy/frequency-caps';

const HOUR = 3_600_000;
const NOW = new Date('2024-06-12T16:00:00Z');
const ago = (hours: number) => NOW.getTime() - hours * HOUR;
const SMS_CAPS = [
  { windowHours: 24, max: 1 },
  { windowHours: 168, max: 3 },
];

describe('frequency caps', () => {
  it('passes with max − 1 sends in the window', () => {
    expect(checkFrequencyCaps([ago(170), ago(100), ago(30)], SMS_CAPS, NOW).passed).toBe(true);
  });

  it('fails at exactly max sends in the window', () => {
    const verdict = checkFrequencyCaps([ago(1)], SMS_CAPS, NOW);
    expect(verdict).toEqual({ passed: false, detail: '1/1 in 24h', cap: { windowHours: 24, max: 1 } });
  });

  it('fails on the weekly cap when the daily one is clear', () => {
    const verdict = checkFrequencyCaps([ago(120), ago(72), ago(48)], SMS_CAPS, NOW);
    expect(verdict).toMatchObject({ passed: false, detail: '3/3 in 168h' });
  });

  it('a send exactly one window ago no longer counts; one just inside does', () => {
    expect(sendsInWindow([ago(24)], 24, NOW.getTime())).toBe(0);
    expect(sendsInWindow([ago(24) + 1], 24, NOW.getTime())).toBe(1);
  });

  it('a send at now counts, a later one (clock skew) does not', () => {
    expect(sendsInWindow([NOW.getTime(), NOW.getTime() + 1], 24, NOW.getTime())).toBe(1);
  });

  it('a channel without caps always passes', () => {
    expect(checkFrequencyCaps([ago(1), ago(2)], undefined, NOW)).toEqual({ passed: true, detail: 'no caps' });
  });

  it('records the counts when it passes', () => {
    expect(checkFrequencyCaps([ago(100)], SMS_CAPS, NOW)).toEqual({ passed: true, detail: '0/1 in 24h, 1/3 in 168h' });
  });
});

describe('pruneRecentSends', () => {
  it('keeps the sends inside the longest window, oldest first, at most the largest max', () => {
    const pruned = pruneRecentSends(
      { sms: [ago(1), ago(200), ago(167), ago(50), ago(100), ago(2)], email: [ago(1)] },
      NOW,
      { ...DEFAULT_SENDING_POLICY, frequencyCaps: { ...DEFAULT_SENDING_POLICY.frequencyCaps, sms: SMS_CAPS } },
    );
    expect(pruned).toEqual({ sms: [ago(100), ago(50), ago(2), ago(1)].slice(-3), email: [ago(1)] });
  });

  it('drops channels without caps and channels with nothing recent', () => {
    const settings = { ...DEFAULT_SENDING_POLICY, frequencyCaps: { sms: SMS_CAPS } };
    expect(pruneRecentSends({ sms: [ago(169)], push: [ago(1)] }, NOW, settings)).toEqual({});
  });

  it('pruning does not change any cap verdict', () => {
    const sends = [ago(150), ago(140), ago(23), ago(5), ago(0.5)];
    const pruned = pruneRecentSends({ sms: sends }, NOW, DEFAULT_SENDING_POLICY).sms;
    expect(checkFrequencyCaps(pruned, SMS_CAPS, NOW)).toEqual(checkFrequencyCaps(sends, SMS_CAPS, NOW));
  });
});

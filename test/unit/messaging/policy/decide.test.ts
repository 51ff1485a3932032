import { decidePolicy } from '../../../../lambdas/domain/messaging/policy/decide';
import type { Channel } from '../../../../lambdas/domain/patients/preferences';
import { testAddressKeyOf as addressKeyOf } from '../../../support/address-keys';
import { intent, MOBILE_E164, NOON_NEW_YORK, patientWith, policyInput, preference } from './policy-fixtures';

const SMS_KEY = addressKeyOf('sms', MOBILE_E164);
/** 21:00 in New York: quiet for SMS (20:00–08:00) and push (21:00–08:00), not for email. */
const EVENING_NEW_YORK = new Date('2024-06-13T01:00:00Z');
const HOUR = 3_600_000;

describe('decidePolicy: the patient', () => {
  it.each([
    ['deceased (boolean)', { deceasedBoolean: true }, 'patient-deceased'],
    ['deceased (date)', { deceasedDateTime: '2024-01-01' }, 'patient-deceased'],
    ['inactive', { active: false }, 'patient-inactive'],
  ] as const)('skips a %s patient before any channel rule', (_, overrides, reason) => {
    const decision = decidePolicy(policyInput({ patient: patientWith(overrides) }));
    expect(decision).toEqual({
      outcome: 'skip',
      reason,
      checks: [{ channel: 'sms', rule: 'patient', passed: false, reason }],
    });
  });
});

describe('decidePolicy: one channel', () => {
  it('sends when every rule passes, recording each rule in order', () => {
    const decision = decidePolicy(policyInput());
    expect(decision.outcome).toBe('send');
    expect(decision.outcome === 'send' && decision.to).toEqual({
      channel: 'sms',
      address: MOBILE_E164,
      addressKey: SMS_KEY,
    });
    expect(decision.checks.map((c) => [c.rule, c.passed])).toEqual([
      ['patient', true],
      ['template', true],
      ['consent', true],
      ['contact-point', true],
      ['suppression', true],
      ['frequency-cap', true],
      ['quiet-hours', true],
    ]);
  });

  it.each([
    ['the template has no SMS', { templateChannels: new Set<Channel>(['email']) }, 'channel-not-in-template'],
    ['the patient opted out', { preferences: [preference('sms', 'appointment-reminders', 'opted-out')] }, 'opted-out'],
    ['a marketing topic has no opt-in', { intent: intent({ topic: 'campaigns' }) }, 'no-consent'],
    ['there is no number', { patient: patientWith({ telecom: [] }) }, 'no-contact-point'],
    ['the number replied STOP', { addressOptOuts: new Set([SMS_KEY]) }, 'address-opted-out'],
    ['the number is suppressed', { suppressed: new Set([SMS_KEY]) }, 'suppressed'],
    [
      'the daily cap is reached',
      { recentSends: { sms: [NOON_NEW_YORK.getTime() - 2 * HOUR, NOON_NEW_YORK.getTime() - HOUR] } },
      'frequency-cap',
    ],
    [
      'it is quiet hours and the step skips',
      { now: EVENING_NEW_YORK, intent: intent({ quietHours: 'skip' }) },
      'quiet-hours',
    ],
  ])('skips when %s', (_, overrides, reason) => {
    const decision = decidePolicy(policyInput(overrides));
    expect(decision).toMatchObject({ outcome: 'skip', reason });
    expect(decision.checks.at(-1)).toMatchObject({ channel: 'sms', passed: false, reason });
  });

  it('a STOP on one number passes over to the next usable number', () => {
    const patient = patientWith({
      telecom: [
        { system: 'sms', value: MOBILE_E164, rank: 1 },
        { system: 'sms', value: '+16175550144', rank: 2 },
      ],
    });
    const decision = decidePolicy(policyInput({ patient, addressOptOuts: new Set([SMS_KEY]) }));
    expect(decision).toMatchObject({ outcome: 'send', to: { address: '+16175550144' } });
    expect(decision.checks).toContainEqual({
      channel: 'sms',
      rule: 'suppression',
      passed: true,
      detail: 'telecom/1 (passed over 1 opted out, 0 suppressed)',
    });
  });

  it('defers to the end of quiet hours when the clock is the only obstacle', () => {
    const decision = decidePolicy(policyInput({ now: EVENING_NEW_YORK }));
    expect(decision).toMatchObject({ outcome: 'defer', channel: 'sms', until: '2024-06-13T12:00:00.000Z' });
    expect(decision.checks.at(-1)).toMatchObject({
      rule: 'quiet-hours',
      passed: false,
      detail: 'local 21:00 America/New_York, quiet 20:00–08:00 until 2024-06-13T12:00:00.000Z',
    });
  });

  it('does not defer when another rule would block the send anyway', () => {
    const recentSends = { sms: [EVENING_NEW_YORK.getTime() - 2 * HOUR, EVENING_NEW_YORK.getTime() - HOUR] };
    expect(decidePolicy(policyInput({ now: EVENING_NEW_YORK, recentSends }))).toMatchObject({
      outcome: 'skip',
      reason: 'frequency-cap',
    });
  });

  it('uses the patient zone: 21:00 in New York is 02:00 in London', () => {
    const patient = patientWith({}, 'Europe/London');
    expect(decidePolicy(policyInput({ now: EVENING_NEW_YORK, patient }))).toMatchObject({
      outcome: 'defer',
      until: '2024-06-13T07:00:00.000Z',
    });
  });

  it('letters have no quiet hours', () => {
    const decision = decidePolicy(policyInput({ now: EVENING_NEW_YORK, intent: intent({ channels: ['letter'] }) }));
    expect(decision).toMatchObject({
      outcome: 'send',
      to: { channel: 'letter', address: '1 Main St\nBoston, MA 02110' },
    });
  });

  it('later channels are not tried without fallback', () => {
    const decision = decidePolicy(
      policyInput({
        patient: patientWith({ telecom: [{ system: 'email', value: 'p@x.org' }] }),
        intent: intent({ channels: ['sms', 'email'] }),
      }),
    );
    expect(decision).toMatchObject({ outcome: 'skip', reason: 'no-contact-point' });
    expect(decision.checks.every((c) => c.channel === 'sms')).toBe(true);
  });

  it('never puts an address in a check', () => {
    const decision = decidePolicy(
      policyInput({ intent: intent({ channels: ['sms', 'email', 'letter'], fallback: true }) }),
    );
    const text = JSON.stringify(decision.checks);
    expect(text).not.toMatch(/555|example|main st/i);
  });
});

describe('decidePolicy: fallback', () => {
  const withFallback = intent({ channels: ['sms', 'email'], fallback: true });

  it('falls back to the next channel when the first cannot be used', () => {
    const decision = decidePolicy(policyInput({ intent: withFallback, suppressed: new Set([SMS_KEY]) }));
    expect(decision).toMatchObject({ outcome: 'send', to: { channel: 'email', address: 'pat.doe@example.org' } });
    expect(decision.checks.filter((c) => !c.passed)).toEqual([
      { channel: 'sms', rule: 'suppression', passed: false, reason: 'suppressed', detail: '0 opted out, 1 suppressed' },
    ]);
  });

  it('prefers a fallback that can send now over deferring the first channel', () => {
    expect(decidePolicy(policyInput({ now: EVENING_NEW_YORK, intent: withFallback }))).toMatchObject({
      outcome: 'send',
      to: { channel: 'email' },
    });
  });

  it('defers the first channel blocked only by quiet hours when no channel can send now', () => {
    const decision = decidePolicy(
      policyInput({
        now: EVENING_NEW_YORK,
        intent: intent({ channels: ['email', 'push', 'sms'], fallback: true }),
        recentSends: { email: [EVENING_NEW_YORK.getTime() - HOUR, EVENING_NEW_YORK.getTime() - 2 * HOUR] },
        devices: [{ deviceId: 'd1', platform: 'GCM', token: 'tok', registeredAt: '2024-01-01T00:00:00Z' }],
      }),
    );
    expect(decision).toMatchObject({ outcome: 'defer', channel: 'push', until: '2024-06-13T12:00:00.000Z' });
  });

  it('skips with the first channel’s reason when nothing can send', () => {
    const decision = decidePolicy(
      policyInput({
        intent: intent({ channels: ['push', 'sms'], fallback: true }),
        addressOptOuts: new Set([SMS_KEY]),
      }),
    );
    expect(decision).toMatchObject({ outcome: 'skip', reason: 'no-device' });
    expect(decision.checks.filter((c) => !c.passed).map((c) => c.reason)).toEqual(['no-device', 'address-opted-out']);
  });

  it('a quiet-hours skip intent never defers, even through fallback', () => {
    const decision = decidePolicy(
      policyInput({
        now: EVENING_NEW_YORK,
        intent: intent({ channels: ['sms', 'push'], fallback: true, quietHours: 'skip' }),
      }),
    );
    expect(decision).toMatchObject({ outcome: 'skip', reason: 'quiet-hours' });
  });

  it('refuses an intent without channels: a defect of the step, not an outcome', () => {
    expect(() => decidePolicy(policyInput({ intent: intent({ channels: [] }) }))).toThrow(RangeError);
  });
});

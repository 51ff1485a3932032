import { checkConsent } from '../../../../lambdas/domain/messaging/policy/consent';
import { DEFAULT_SENDING_POLICY } from '../../../../lambdas/domain/messaging/policy/defaults';
import { preference } from './policy-fixtures';

describe('consent', () => {
  it('a transactional topic is sent by default', () => {
    expect(checkConsent('sms', 'appointment-reminders', [], DEFAULT_SENDING_POLICY)).toEqual({
      passed: true,
      detail: 'appointment-reminders: default opted-in (transactional)',
    });
  });

  it('a marketing topic without an opt-in has no consent', () => {
    expect(checkConsent('email', 'campaigns', [], DEFAULT_SENDING_POLICY)).toMatchObject({
      passed: false,
      reason: 'no-consent',
    });
  });

  it('an explicit opt-in to a marketing topic is consent', () => {
    const verdict = checkConsent(
      'email',
      'campaigns',
      [preference('email', 'campaigns', 'opted-in')],
      DEFAULT_SENDING_POLICY,
    );
    expect(verdict.passed).toBe(true);
  });

  it('an explicit opt-out of a transactional topic wins over the default', () => {
    const verdict = checkConsent('sms', 'results', [preference('sms', 'results', 'opted-out')], DEFAULT_SENDING_POLICY);
    expect(verdict).toMatchObject({ passed: false, reason: 'opted-out' });
  });

  it('only the exact channel and topic count', () => {
    const others = [
      preference('email', 'events', 'opted-in'),
      preference('sms', 'general', 'opted-in'),
      preference('email', 'appointment-reminders', 'opted-out'),
    ];
    expect(checkConsent('sms', 'events', others, DEFAULT_SENDING_POLICY)).toMatchObject({ reason: 'no-consent' });
    expect(checkConsent('sms', 'appointment-reminders', others, DEFAULT_SENDING_POLICY).passed).toBe(true);
  });

  it('the latest change wins when history is passed in', () => {
    const history = [
      preference('sms', 'events', 'opted-in', '2024-03-01T00:00:00Z'),
      preference('sms', 'events', 'opted-out', '2024-02-01T00:00:00Z'),
    ];
    expect(checkConsent('sms', 'events', history, DEFAULT_SENDING_POLICY).passed).toBe(true);
  });

  it('follows the organisation defaults', () => {
    const strict = {
      ...DEFAULT_SENDING_POLICY,
      consentDefaults: { transactional: 'opted-out', marketing: 'opted-in' },
    } as const;
    expect(checkConsent('sms', 'results', [], strict)).toMatchObject({ passed: false, reason: 'no-consent' });
    expect(checkConsent('sms', 'campaigns', [], strict).passed).toBe(true);
  });
});

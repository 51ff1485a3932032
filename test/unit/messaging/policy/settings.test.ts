import {
  DEFAULT_SENDING_POLICY,
  validateSendingPolicySettings,
} from '../../../../lambdas/domain/messaging/policy/defaults';

const withPatch = (patch: Record<string, unknown>) => ({ ...structuredClone(DEFAULT_SENDING_POLICY), ...patch });

describe('validateSendingPolicySettings', () => {
  it('accepts the defaults', () => {
    expect(validateSendingPolicySettings(structuredClone(DEFAULT_SENDING_POLICY))).toMatchObject({ ok: true });
  });

  it.each([
    [{ defaultTimeZone: 'Mars/Olympus_Mons' }, '/defaultTimeZone', 'must be an IANA time zone'],
    [{ defaultCountry: 'XX' }, '/defaultCountry', 'must be an ISO 3166 alpha-2 country with a numbering plan'],
    [
      { quietHours: { sms: { start: '24:00', end: '08:00' } } },
      '/quietHours/sms/start',
      'must be a time HH:MM (00:00–23:59)',
    ],
    [
      { quietHours: { sms: { start: '8:00', end: '08:00' } } },
      '/quietHours/sms/start',
      'must be a time HH:MM (00:00–23:59)',
    ],
    [{ quietHours: { fax: { start: '20:00', end: '08:00' } } }, '/quietHours/fax', 'unknown field'],
    [
      { quietHours: { sms: { start: '20:00', end: '20:00' } } },
      '/quietHours/sms/end',
      expect.stringContaining('must differ'),
    ],
    [{ frequencyCaps: { sms: [{ windowHours: 0, max: 1 }] } }, '/frequencyCaps/sms/0/windowHours', 'must be > 0'],
    [{ frequencyCaps: { sms: [{ windowHours: 24, max: 0 }] } }, '/frequencyCaps/sms/0/max', 'must be >= 1'],
    [{ consentDefaults: { transactional: 'opted-in' } }, '/consentDefaults/marketing', 'is required'],
  ])('reports %j at its pointer', (patch, pointer, detail) => {
    const result = validateSendingPolicySettings(withPatch(patch));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ pointer, detail });
  });

  it('rejects what is not an object', () => {
    expect(validateSendingPolicySettings('strict please')).toMatchObject({ ok: false });
  });
});

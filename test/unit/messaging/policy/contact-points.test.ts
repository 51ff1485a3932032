import type * as fhir4 from 'fhir/r4';
import { normaliseEmail, normalisePhone } from '../../../../lambdas/domain/messaging/policy/address-key';
import { candidateAddressKeys, contactPointsFor } from '../../../../lambdas/domain/messaging/policy/contact-points';
import { DEFAULT_SENDING_POLICY } from '../../../../lambdas/domain/messaging/policy/defaults';
import type { PushDevice } from '../../../../lambdas/domain/messaging/ports';
import { testAddressKeyOf as addressKeyOf } from '../../../support/address-keys';
import { MOBILE, MOBILE_E164, NOON_NEW_YORK, patientWith } from './policy-fixtures';

const settings = DEFAULT_SENDING_POLICY;

function pick(channel: 'sms' | 'email' | 'letter', patient: fhir4.Patient, devices: PushDevice[] = []) {
  return contactPointsFor(channel, patient, devices, settings, NOON_NEW_YORK, addressKeyOf);
}

function addresses(channel: 'sms' | 'email' | 'letter', telecom: fhir4.ContactPoint[]): string[] {
  const found = pick(channel, patientWith({ telecom }));
  return found.ok ? found.candidates.map((c) => c.point.address) : [];
}

describe('address keys', () => {
  it('the inbound handler derives the same key from an E.164 number as policy from a written one', () => {
    const fromRecord = pick('sms', patientWith());
    const inbound = normalisePhone('+16175550123', 'US');
    expect(fromRecord.ok && fromRecord.candidates[0]?.point.addressKey).toBe(addressKeyOf('sms', inbound as string));
  });

  it('normalises numbers to E.164 with the default country, and refuses invalid ones', () => {
    expect(normalisePhone(MOBILE, 'US')).toBe(MOBILE_E164);
    expect(normalisePhone('07911 123456', 'GB')).toBe('+447911123456');
    expect(normalisePhone('+1 555 0100', 'US')).toBeUndefined();
    expect(normalisePhone('call me', 'US')).toBeUndefined();
  });

  it('normalises emails by trimming and lower-casing, and refuses malformed ones', () => {
    expect(normaliseEmail('  Pat.Doe@Example.ORG ')).toBe('pat.doe@example.org');
    expect(normaliseEmail('pat@localhost')).toBeUndefined();
    expect(normaliseEmail('pat doe@example.org')).toBeUndefined();
  });
});

describe('SMS contact points', () => {
  it('takes system sms, and system phone only when use is mobile', () => {
    const telecom: fhir4.ContactPoint[] = [
      { system: 'phone', use: 'home', value: '617-555-0101' },
      { system: 'sms', value: '617-555-0102' },
      { system: 'phone', use: 'mobile', value: '617-555-0103' },
    ];
    expect(addresses('sms', telecom)).toEqual(['+16175550103', '+16175550102']);
  });

  it('orders by rank (unranked last), then use, then document order', () => {
    const telecom: fhir4.ContactPoint[] = [
      { system: 'sms', value: '617-555-0101' },
      { system: 'sms', use: 'work', value: '617-555-0102' },
      { system: 'sms', use: 'home', value: '617-555-0103', rank: 2 },
      { system: 'sms', use: 'work', value: '617-555-0104', rank: 1 },
      { system: 'sms', use: 'home', value: '617-555-0105' },
    ];
    expect(addresses('sms', telecom)).toEqual([
      '+16175550104',
      '+16175550103',
      '+16175550105',
      '+16175550102',
      '+16175550101',
    ]);
  });

  it('leaves out old numbers and numbers whose period is not in force', () => {
    const telecom: fhir4.ContactPoint[] = [
      { system: 'sms', use: 'old', value: '617-555-0101', rank: 1 },
      { system: 'sms', value: '617-555-0102', period: { end: '2024-06-12T15:59:59Z' } },
      { system: 'sms', value: '617-555-0103', period: { start: '2024-06-12T16:00:01Z' } },
      { system: 'sms', value: '617-555-0104', period: { start: '2024-06-12T16:00:00Z', end: '2024-07-01' } },
    ];
    expect(addresses('sms', telecom)).toEqual(['+16175550104']);
  });

  it('an invalid number is not usable and says so', () => {
    const found = pick('sms', patientWith({ telecom: [{ system: 'sms', value: '555-01' }] }));
    expect(found).toEqual({ ok: false, reason: 'no-contact-point', detail: 'invalid-number' });
  });

  it('a number the plan knows as a fixed line is not used for SMS', () => {
    const telecom: fhir4.ContactPoint[] = [
      { system: 'sms', value: '+44 20 7946 0958', rank: 1 },
      { system: 'sms', value: '+44 7911 123456', rank: 2 },
    ];
    expect(addresses('sms', telecom)).toEqual(['+447911123456']);
    expect(pick('sms', patientWith({ telecom: telecom.slice(0, 1) }))).toMatchObject({ detail: 'fixed-line' });
  });

  it('no number at all is no-contact-point with detail none', () => {
    expect(pick('sms', patientWith({ telecom: [] }))).toEqual({
      ok: false,
      reason: 'no-contact-point',
      detail: 'none',
    });
  });
});

describe('email, push and letter contact points', () => {
  it('email addresses are normalised; malformed ones are not usable', () => {
    const telecom: fhir4.ContactPoint[] = [
      { system: 'email', value: 'not-an-email', rank: 1 },
      { system: 'email', value: ' Pat@Example.org ' },
    ];
    expect(addresses('email', telecom)).toEqual(['pat@example.org']);
  });

  it('push goes to the most recently registered device first', () => {
    const devices: PushDevice[] = [
      { deviceId: 'd1', platform: 'GCM', token: 'tok-1', registeredAt: '2024-01-01T00:00:00Z' },
      { deviceId: 'd2', platform: 'APNS', token: 'tok-2', registeredAt: '2024-05-01T00:00:00Z' },
    ];
    const found = contactPointsFor('push', patientWith(), devices, settings, NOON_NEW_YORK, addressKeyOf);
    expect(found.ok && found.candidates.map((c) => [c.point.address, c.point.platform, c.source])).toEqual([
      ['tok-2', 'APNS', 'device/d2'],
      ['tok-1', 'GCM', 'device/d1'],
    ]);
  });

  it('push without a device is no-device', () => {
    expect(contactPointsFor('push', patientWith(), [], settings, NOON_NEW_YORK, addressKeyOf)).toMatchObject({
      reason: 'no-device',
    });
  });

  it('a letter goes to the current home address, as lines', () => {
    const patient = patientWith({
      address: [
        { use: 'work', line: ['9 Office Park'], city: 'Cambridge', postalCode: '02139' },
        { use: 'home', line: ['1 Old Rd'], city: 'Boston', postalCode: '02110', period: { end: '2023-12-31' } },
        { use: 'home', line: ['5 Elm St', 'Apt 2'], city: 'Boston', state: 'MA', postalCode: '02111', country: 'US' },
      ],
    });
    const found = pick('letter', patient);
    expect(found.ok && found.candidates.map((c) => c.point.address)).toEqual([
      '5 Elm St\nApt 2\nBoston, MA 02111\nUS',
      '9 Office Park\nCambridge, 02139',
    ]);
  });

  it('an address without a street line or without city and postal code cannot take a letter', () => {
    const patient = patientWith({
      address: [
        { use: 'home', city: 'Boston' },
        { use: 'home', line: ['1 Main St'] },
      ],
    });
    expect(pick('letter', patient)).toEqual({ ok: false, reason: 'no-contact-point', detail: 'incomplete-address' });
  });
});

describe('candidateAddressKeys', () => {
  it('lists the key of every usable contact point of every channel, once', () => {
    const devices: PushDevice[] = [
      { deviceId: 'd1', platform: 'GCM', token: 'tok-1', registeredAt: '2024-01-01T00:00:00Z' },
    ];
    const patient = patientWith({
      telecom: [
        { system: 'phone', use: 'mobile', value: MOBILE },
        { system: 'sms', value: MOBILE_E164 },
        { system: 'email', value: 'pat@example.org' },
        { system: 'sms', use: 'old', value: '617-555-0199' },
      ],
    });
    expect(candidateAddressKeys(patient, devices, settings, NOON_NEW_YORK, addressKeyOf)).toEqual([
      addressKeyOf('email', 'pat@example.org'),
      addressKeyOf('sms', MOBILE_E164),
      addressKeyOf('push', 'tok-1'),
      addressKeyOf('letter', '1 main st boston, ma 02110'),
    ]);
  });
});

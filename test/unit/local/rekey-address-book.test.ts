import { hash } from 'node:crypto';
import type * as fhir4 from 'fhir/r4';
import { DEFAULT_SENDING_POLICY } from '../../../lambdas/domain/messaging/policy/defaults';
import type { PushDevice } from '../../../lambdas/domain/messaging/ports';
import {
  addressesOf,
  legacyAddressKeyOf,
  type PatientContacts,
  rekeyAddressBook,
} from '../../../local/migrations/rekey-address-book';
import { testAddressKeyOf } from '../../support/address-keys';
import { InMemoryAddressBook } from '../../support/messaging-fakes';

const NOW = new Date('2026-12-01T12:00:00Z');
const MOBILE_E164 = '+16175550123';
const OLD_MOBILE_E164 = '+16175550199';
const EMAIL = 'pat.doe@example.org';
const TOKEN = 'device-token-1';

const patient: fhir4.Patient = {
  resourceType: 'Patient',
  id: 'p1',
  telecom: [
    { system: 'phone', use: 'mobile', value: '(617) 555-0123' },
    { system: 'email', value: 'Pat.Doe@Example.org', period: { end: '2025-01-01' } },
    { system: 'sms', use: 'old', value: '617-555-0199' },
  ],
  address: [{ use: 'home', line: ['1 Main St'], city: 'Boston', state: 'MA', postalCode: '02110' }],
};
const devices: PushDevice[] = [{ deviceId: 'd1', platform: 'GCM', token: TOKEN, registeredAt: '2026-01-01T00:00:00Z' }];

class ForgettingAddressBook extends InMemoryAddressBook {
  async forget(key: string) {
    this.statuses.delete(key);
  }
}

async function* contacts(...records: PatientContacts[]): AsyncGenerator<PatientContacts> {
  yield* records;
}

const rekey = (addressBook: ForgettingAddressBook, deleteOld = false) =>
  rekeyAddressBook({
    patients: contacts({ patient, devices }),
    addressBook,
    settings: DEFAULT_SENDING_POLICY,
    addressKeyOf: testAddressKeyOf,
    deleteOld,
    now: NOW,
  });

describe('the addresses a patient record gives', () => {
  it('are normalised as the send path keys them, ended and old entries included', () => {
    expect(addressesOf(patient, devices, DEFAULT_SENDING_POLICY, NOW)).toEqual(
      expect.arrayContaining([
        ['sms', MOBILE_E164],
        ['sms', OLD_MOBILE_E164],
        ['email', EMAIL],
        ['push', TOKEN],
        ['letter', '1 main st boston, ma 02110'],
      ]),
    );
  });

  it('had the plain SHA-256 key, which is what the migration looks up', () => {
    expect(legacyAddressKeyOf('sms', MOBILE_E164)).toBe(`sms:${hash('sha256', MOBILE_E164, 'hex').slice(0, 32)}`);
  });
});

describe('re-keying the address book', () => {
  it('copies suppressions, opt-outs and the last message to the HMAC key of the same address', async () => {
    const book = new ForgettingAddressBook();
    await book.optOut(legacyAddressKeyOf('sms', OLD_MOBILE_E164), 'inbound-sms', '2026-03-01T00:00:00Z', 'STOP');
    await book.noteSent(legacyAddressKeyOf('sms', MOBILE_E164), 'msg-1', 'p1', '2026-11-01T00:00:00Z');
    await book.suppress(legacyAddressKeyOf('email', EMAIL), 'hard-bounce', '2026-02-01T00:00:00Z', 'msg-0');

    const totals = await rekey(book);

    expect(totals).toMatchObject({ patients: 1, rekeyed: 3, deleted: 0 });
    const statuses = await book.statusOf([
      testAddressKeyOf('sms', OLD_MOBILE_E164),
      testAddressKeyOf('sms', MOBILE_E164),
      testAddressKeyOf('email', EMAIL),
    ]);
    expect(statuses.get(testAddressKeyOf('sms', OLD_MOBILE_E164))?.optedOut).toMatchObject({ source: 'inbound-sms' });
    expect(statuses.get(testAddressKeyOf('sms', MOBILE_E164))?.lastMessage).toMatchObject({ messageId: 'msg-1' });
    expect(statuses.get(testAddressKeyOf('email', EMAIL))?.suppressed).toMatchObject({ reason: 'hard-bounce' });
  });

  it('deletes the old entries when asked, and leaves those whose address no record holds', async () => {
    const book = new ForgettingAddressBook();
    const stranger = legacyAddressKeyOf('sms', '+12065550100');
    await book.optOut(stranger, 'inbound-sms', '2026-03-01T00:00:00Z', 'STOP');
    await book.suppress(legacyAddressKeyOf('email', EMAIL), 'complaint', '2026-02-01T00:00:00Z');

    const totals = await rekey(book, true);

    expect(totals).toMatchObject({ rekeyed: 1, deleted: 1 });
    expect([...book.statuses.keys()].sort()).toEqual([stranger, testAddressKeyOf('email', EMAIL)].sort());
  });

  it('can run again: a second run finds the same entries and changes nothing', async () => {
    const book = new ForgettingAddressBook();
    await book.noteSent(legacyAddressKeyOf('sms', MOBILE_E164), 'msg-1', 'p1', '2026-10-01T00:00:00Z');
    await rekey(book);
    const after = structuredClone([...book.statuses]);

    const again = await rekey(book);

    expect(again.rekeyed).toBe(1);
    expect([...book.statuses]).toEqual(after);
  });
});

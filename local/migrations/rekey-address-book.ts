import { hash } from 'node:crypto';
import type * as fhir4 from 'fhir/r4';
import type { AddressKeyOf } from '../../lambdas/domain/messaging/policy/address-key';
import { candidateAddressKeys } from '../../lambdas/domain/messaging/policy/contact-points';
import type { SendingPolicySettings } from '../../lambdas/domain/messaging/policy-types';
import type { AddressBook, PushDevice } from '../../lambdas/domain/messaging/ports';
import type { Channel } from '../../lambdas/domain/patients/preferences';

/** The address key before it was an HMAC: the channel and 32 hex of the plain SHA-256. Only this migration makes it. */
export function legacyAddressKeyOf(channel: Channel, normalisedAddress: string): string {
  return `${channel}:${hash('sha256', normalisedAddress, 'hex').slice(0, 32)}`;
}

/** A record's entries as if all were current: an opt-out may date from when an `old` or ended entry was in use. */
function everyEntryCurrent<T extends { use?: string; period?: fhir4.Period }>(entries: readonly T[] | undefined): T[] {
  return (entries ?? []).map(
    ({ period: _period, use, ...rest }) => (use && use !== 'old' ? { ...rest, use } : rest) as T,
  );
}

/**
 * Every address a patient's record and devices give, normalised exactly as the send path keys it (the same
 * contact-point code, with a key function that records what it is asked to key).
 */
export function addressesOf(
  patient: fhir4.Patient,
  devices: readonly PushDevice[],
  settings: SendingPolicySettings,
  now: Date,
): [Channel, string][] {
  const seen = new Map<string, [Channel, string]>();
  const recording: AddressKeyOf = (channel, normalisedAddress) => {
    seen.set(`${channel}\u0000${normalisedAddress}`, [channel, normalisedAddress]);
    return `${channel}:`;
  };
  const widened: fhir4.Patient = {
    ...patient,
    telecom: everyEntryCurrent(patient.telecom),
    address: everyEntryCurrent(patient.address),
  };
  candidateAddressKeys(widened, devices, settings, now, recording);
  return [...seen.values()];
}

export interface PatientContacts {
  readonly patient: fhir4.Patient;
  readonly devices: readonly PushDevice[];
}

export interface AddressBookRekeyingDependencies {
  readonly patients: AsyncIterable<PatientContacts>;
  readonly addressBook: Pick<AddressBook, 'statusOf' | 'suppress' | 'optOut' | 'noteSent'> & {
    forget(addressKey: string): Promise<void>;
  };
  readonly settings: SendingPolicySettings;
  /** The new keys: an HMAC under the platform's secret. */
  readonly addressKeyOf: AddressKeyOf;
  /** Delete each entry under its old key once it is copied (the old keys can be reversed to the address). */
  readonly deleteOld: boolean;
  readonly now: Date;
}

export interface AddressBookRekeying {
  readonly patients: number;
  readonly addresses: number;
  /** Entries found under an old key and copied under the new one. */
  readonly rekeyed: number;
  readonly deleted: number;
}

/**
 * Re-keys the address book from the plain-hash keys to the HMAC keys. The book holds keys, not addresses, so
 * the addresses come from the patient records and devices: an entry whose address no record holds any more is
 * left where it is (docs/messaging.md, "Address keys"). Copies go through the book's own writes, where the later
 * event wins, so a run can be repeated and cannot undo what the platform wrote under the new key meanwhile.
 */
export async function rekeyAddressBook(deps: AddressBookRekeyingDependencies): Promise<AddressBookRekeying> {
  let patients = 0;
  let addresses = 0;
  let rekeyed = 0;
  let deleted = 0;
  for await (const { patient, devices } of deps.patients) {
    patients++;
    const newKeyOf = new Map<string, string>();
    for (const [channel, address] of addressesOf(patient, devices, deps.settings, deps.now)) {
      newKeyOf.set(legacyAddressKeyOf(channel, address), deps.addressKeyOf(channel, address));
    }
    addresses += newKeyOf.size;
    const found = await deps.addressBook.statusOf([...newKeyOf.keys()]);
    for (const [oldKey, status] of found) {
      const newKey = newKeyOf.get(oldKey) as string;
      const { suppressed, optedOut, lastMessage } = status;
      if (suppressed) await deps.addressBook.suppress(newKey, suppressed.reason, suppressed.at, suppressed.messageId);
      if (optedOut) await deps.addressBook.optOut(newKey, optedOut.source, optedOut.at, optedOut.keyword);
      if (lastMessage) {
        await deps.addressBook.noteSent(newKey, lastMessage.messageId, lastMessage.patientId, lastMessage.at);
      }
      rekeyed++;
      if (deps.deleteOld) {
        await deps.addressBook.forget(oldKey);
        deleted++;
      }
    }
  }
  return { patients, addresses, rekeyed, deleted };
}

import type * as fhir4 from 'fhir/r4';
import { inForce } from '../../patients/patient-summary';
import type { Channel } from '../../patients/preferences';
import type { SendingPolicySettings } from '../policy-types';
import type { ContactPoint, PushDevice } from '../ports';
import { type AddressKeyOf, normaliseEmail, parsePhone, postalKeyText } from './address-key';

/** A usable contact point and where it came from (`telecom/2`, `address/0`, `device/<id>`): never the address. */
export interface ContactCandidate {
  readonly point: ContactPoint;
  readonly source: string;
}

/** Why an entry that could have served the channel cannot: recorded as the check's detail. */
export type ContactProblem = 'invalid-number' | 'fixed-line' | 'invalid-email' | 'incomplete-address';

export type ContactCandidates =
  | { readonly ok: true; readonly candidates: readonly ContactCandidate[] }
  | {
      readonly ok: false;
      readonly reason: 'no-contact-point' | 'no-device';
      /** `none`, or the problems of the entries that were there, comma-separated. */
      readonly detail: string;
    };

const TELECOM_USE_ORDER: Readonly<Record<string, number>> = { mobile: 0, home: 1, work: 2, temp: 3 };
const ADDRESS_USE_ORDER: Readonly<Record<string, number>> = { home: 0, temp: 1, work: 2, billing: 3 };
const UNKNOWN_USE = 4;

interface Ranked<T> {
  readonly entry: T;
  readonly index: number;
}

/** Rank first (lower is preferred, unranked last), then use, then the order the record lists them. */
function byPreference(useOrder: Readonly<Record<string, number>>) {
  return (a: Ranked<{ rank?: number; use?: string }>, b: Ranked<{ rank?: number; use?: string }>): number =>
    (a.entry.rank ?? Number.POSITIVE_INFINITY) - (b.entry.rank ?? Number.POSITIVE_INFINITY) ||
    (useOrder[a.entry.use ?? ''] ?? UNKNOWN_USE) - (useOrder[b.entry.use ?? ''] ?? UNKNOWN_USE) ||
    a.index - b.index;
}
const telecomOrder = byPreference(TELECOM_USE_ORDER);
const addressOrder = byPreference(ADDRESS_USE_ORDER);

function servesChannel(telecom: fhir4.ContactPoint, channel: 'sms' | 'email'): boolean {
  if (channel === 'email') return telecom.system === 'email';
  return telecom.system === 'sms' || (telecom.system === 'phone' && telecom.use === 'mobile');
}

/** Telecom entries of the channel a message may use now: not `old`, period in force (FHIR: both ends inclusive). */
function currentTelecoms(patient: fhir4.Patient, channel: 'sms' | 'email', asOf: string): Ranked<fhir4.ContactPoint>[] {
  const ranked: Ranked<fhir4.ContactPoint>[] = [];
  (patient.telecom ?? []).forEach((entry, index) => {
    if (entry.value && entry.use !== 'old' && servesChannel(entry, channel) && inForce(entry.period, asOf)) {
      ranked.push({ entry, index });
    }
  });
  return ranked.sort(telecomOrder);
}

function telecomCandidates(
  patient: fhir4.Patient,
  channel: 'sms' | 'email',
  settings: SendingPolicySettings,
  asOf: string,
  addressKeyOf: AddressKeyOf,
): ContactCandidates {
  const candidates: ContactCandidate[] = [];
  const problems = new Set<ContactProblem>();
  for (const { entry, index } of currentTelecoms(patient, channel, asOf)) {
    const value = entry.value as string;
    let address: string | undefined;
    if (channel === 'email') {
      address = normaliseEmail(value);
      if (!address) problems.add('invalid-email');
    } else {
      const phone = parsePhone(value, settings.defaultCountry);
      if (!phone) problems.add('invalid-number');
      // Only a number the plan knows to be a fixed line is refused; NANP numbers are "fixed line or mobile".
      else if (phone.type === 'FIXED_LINE') problems.add('fixed-line');
      else address = phone.e164;
    }
    if (address)
      candidates.push({
        point: { channel, address, addressKey: addressKeyOf(channel, address) },
        source: `telecom/${index}`,
      });
  }
  if (candidates.length > 0) return { ok: true, candidates };
  return { ok: false, reason: 'no-contact-point', detail: problems.size > 0 ? [...problems].join(',') : 'none' };
}

function deviceCandidates(devices: readonly PushDevice[], addressKeyOf: AddressKeyOf): ContactCandidates {
  const registered = (device: PushDevice) => {
    const at = Date.parse(device.registeredAt);
    return Number.isNaN(at) ? Number.NEGATIVE_INFINITY : at;
  };
  // The newest registration is the device the patient is most likely still using.
  const candidates = devices
    .filter((device) => device.token.length > 0)
    .map((device, index) => ({ device, index, at: registered(device) }))
    .sort((a, b) => b.at - a.at || a.index - b.index)
    .map(({ device }) => ({
      point: {
        channel: 'push' as const,
        address: device.token,
        addressKey: addressKeyOf('push', device.token),
        platform: device.platform,
      },
      source: `device/${device.deviceId}`,
    }));
  return candidates.length > 0 ? { ok: true, candidates } : { ok: false, reason: 'no-device', detail: 'none' };
}

/** Street lines, then `city, state postal`, then country; the recipient's name is added when the letter is rendered. */
function postalLines(address: fhir4.Address): string | undefined {
  const lines = (address.line ?? []).map((line) => line.trim()).filter((line) => line.length > 0);
  const city = address.city?.trim();
  const postalCode = address.postalCode?.trim();
  if (lines.length === 0 || !(city || postalCode)) return undefined;
  const locality = [city, [address.state?.trim(), postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const country = address.country?.trim();
  return [...lines, locality, ...(country ? [country] : [])].join('\n');
}

function letterCandidates(patient: fhir4.Patient, asOf: string, addressKeyOf: AddressKeyOf): ContactCandidates {
  const current: Ranked<fhir4.Address & { rank?: number }>[] = [];
  (patient.address ?? []).forEach((entry, index) => {
    if (entry.use !== 'old' && inForce(entry.period, asOf)) current.push({ entry, index });
  });
  current.sort(addressOrder);
  const candidates: ContactCandidate[] = [];
  for (const { entry, index } of current) {
    const address = postalLines(entry);
    if (address) {
      candidates.push({
        point: { channel: 'letter', address, addressKey: addressKeyOf('letter', postalKeyText(address)) },
        source: `address/${index}`,
      });
    }
  }
  if (candidates.length > 0) return { ok: true, candidates };
  return { ok: false, reason: 'no-contact-point', detail: current.length > 0 ? 'incomplete-address' : 'none' };
}

const ALL_CHANNELS: readonly Channel[] = ['email', 'sms', 'push', 'letter'];

/** Where a message on the channel may go now, best first, each keyed by `addressKeyOf`. */
export function contactPointsFor(
  channel: Channel,
  patient: fhir4.Patient,
  devices: readonly PushDevice[],
  settings: SendingPolicySettings,
  now: Date,
  addressKeyOf: AddressKeyOf,
): ContactCandidates {
  const asOf = channel === 'push' ? '' : now.toISOString();
  return contactPointsAsOf(channel, patient, devices, settings, asOf, addressKeyOf);
}

function contactPointsAsOf(
  channel: Channel,
  patient: fhir4.Patient,
  devices: readonly PushDevice[],
  settings: SendingPolicySettings,
  asOf: string,
  addressKeyOf: AddressKeyOf,
): ContactCandidates {
  switch (channel) {
    case 'sms':
    case 'email':
      return telecomCandidates(patient, channel, settings, asOf, addressKeyOf);
    case 'push':
      return deviceCandidates(devices, addressKeyOf);
    case 'letter':
      return letterCandidates(patient, asOf, addressKeyOf);
  }
}

/**
 * Every address key policy may look at on these channels (all four unless told), so the send function can
 * load their statuses in one read first. Channels the step cannot use are left out: parsing phone numbers
 * for an email is most of this function's cost.
 */
export function candidateAddressKeys(
  patient: fhir4.Patient,
  devices: readonly PushDevice[],
  settings: SendingPolicySettings,
  now: Date,
  addressKeyOf: AddressKeyOf,
  channels: readonly Channel[] = ALL_CHANNELS,
): string[] {
  const keys: string[] = [];
  // Formatting the instant costs more than most of a channel's work: once for all of them.
  const asOf = now.toISOString();
  for (const channel of channels) {
    const found = contactPointsAsOf(channel, patient, devices, settings, asOf, addressKeyOf);
    if (found.ok)
      for (const { point } of found.candidates) if (!keys.includes(point.addressKey)) keys.push(point.addressKey);
  }
  return keys;
}

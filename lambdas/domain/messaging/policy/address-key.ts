import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { isSupportedCountry, type PhoneNumberType, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Channel } from '../../patients/preferences';

/**
 * The PHI-free key under which suppressions, address opt-outs and the last message of an address are stored.
 * Every side that meets an address (policy, the SMS inbound handler) derives it through the one function its
 * dependencies hand it, built by `addressKeysUnder`.
 */
export type AddressKeyOf = (channel: Channel, normalisedAddress: string) => string;

/** Shorter secrets are refused: the deployed one has 64 characters, the local one 43. */
export const MIN_ADDRESS_KEY_SECRET_LENGTH = 32;

/**
 * Address keys under a secret: the channel and 128 bits of HMAC-SHA-256 of the normalised address. A plain hash
 * of a phone number is reversed by trying every number (seconds on one core); without the secret there is
 * nothing to try against. Changing the secret changes every key: see "Address keys" in docs/messaging.md.
 */
export function addressKeysUnder(secret: string): AddressKeyOf {
  if (secret.length < MIN_ADDRESS_KEY_SECRET_LENGTH) {
    throw new Error(`the address key secret must have at least ${MIN_ADDRESS_KEY_SECRET_LENGTH} characters`);
  }
  // One key object for every key: creating it per call would copy the secret each time.
  const key: KeyObject = createSecretKey(Buffer.from(secret, 'utf8'));
  return (channel, normalisedAddress) =>
    `${channel}:${createHmac('sha256', key).update(normalisedAddress).digest('hex').slice(0, 32)}`;
}

/** A parsed number: E.164 and, where the numbering plan tells it, whether it is a fixed line (no SMS). */
export interface ParsedPhone {
  readonly e164: string;
  readonly type: PhoneNumberType | undefined;
}

/**
 * Parsing costs ~25–50 µs (the `max` metadata, needed to tell fixed lines from mobiles outside NANP), and the send
 * function parses the same numbers twice (address keys, then policy): a bounded memo, emptied when full.
 */
const MEMO_LIMIT = 10_000;
const phoneMemo = new Map<string, ParsedPhone | null>();

export function parsePhone(value: string, defaultCountry: string): ParsedPhone | undefined {
  const memoKey = `${defaultCountry}\u0000${value}`;
  const known = phoneMemo.get(memoKey);
  if (known !== undefined) return known ?? undefined;
  const country = isSupportedCountry(defaultCountry) ? defaultCountry : undefined;
  const number = parsePhoneNumberFromString(value, country);
  // With types in the metadata, `isValid()` is `getType() !== undefined`: a typed number is valid, and only an
  // untyped one needs the second pass.
  const type = number?.getType();
  const parsed = number && (type !== undefined || number.isValid()) ? { e164: number.number, type } : null;
  if (phoneMemo.size >= MEMO_LIMIT) phoneMemo.clear();
  phoneMemo.set(memoKey, parsed);
  return parsed ?? undefined;
}

/** E.164 of a number, or undefined when it is not a valid number. The inbound SMS handler keys replies by it. */
export function normalisePhone(value: string, defaultCountry: string): string | undefined {
  return parsePhone(value, defaultCountry)?.e164;
}

/** Deliberately loose: one `@`, no spaces, a dot in the domain. The provider is the real judge. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

/** Trimmed and lower-cased (providers and people treat addresses case-insensitively), or undefined if malformed. */
export function normaliseEmail(value: string): string | undefined {
  const email = value.trim().toLowerCase();
  return EMAIL_SHAPE.test(email) ? email : undefined;
}

const WHITESPACE_RUN = /\s+/g;

/** What a postal address is keyed by: case and spacing do not make it another address. */
export function postalKeyText(address: string): string {
  return address.toLowerCase().replace(WHITESPACE_RUN, ' ').trim();
}

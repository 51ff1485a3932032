import { hash } from 'node:crypto';
import { isSupportedCountry, type PhoneNumberType, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Channel } from '../../patients/preferences';

/**
 * The PHI-free key under which suppressions, address opt-outs and the last message of an address are stored.
 * Every side that meets an address (policy, the SMS inbound handler, feedback) derives it through here.
 */
export function addressKeyOf(channel: Channel, normalisedAddress: string): string {
  // One-shot `hash` costs about a third of a `createHash` object's update and digest.
  return `${channel}:${hash('sha256', normalisedAddress, 'hex').slice(0, 32)}`;
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

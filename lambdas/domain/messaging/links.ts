import { createHmac, timingSafeEqual } from 'node:crypto';
import { CHANNELS, type Channel, TOPICS, type Topic } from '../patients/preferences';
import type { Clock } from '../ports';

/**
 * Signed links for the pages a patient opens without logging in (unsubscribe, confirm, cancel, register).
 * The token is `base64url(JSON payload) . base64url(HMAC-SHA256(payload part))`: it carries ids only, so a
 * forwarded or logged link reveals no contact detail or clinical value, and the signature stops anyone from
 * changing which patient, message or topic it acts on.
 */
export const LINK_ACTIONS = ['unsubscribe', 'confirm', 'cancel', 'register'] as const;
export type LinkAction = (typeof LINK_ACTIONS)[number];

export interface LinkPayload {
  readonly action: LinkAction;
  readonly messageId: string;
  readonly patientId: string;
  readonly channel: Channel;
  readonly topic: Topic;
  /** Epoch seconds after which the link is refused. */
  readonly expiresAt: number;
  /** The appointment or event the link acts on (confirm, cancel, register). */
  readonly resourceId?: string;
}

export type LinkTokenError = 'malformed' | 'bad-signature' | 'expired';

export type LinkKey = Uint8Array | string;

function signatureOf(encodedPayload: string, key: LinkKey): Buffer {
  return createHmac('sha256', key).update(encodedPayload).digest();
}

/** Signs a payload; fields are written in a fixed order so equal payloads give equal tokens. */
export function signLinkToken(payload: LinkPayload, key: LinkKey): string {
  const ordered: LinkPayload = {
    action: payload.action,
    messageId: payload.messageId,
    patientId: payload.patientId,
    channel: payload.channel,
    topic: payload.topic,
    expiresAt: payload.expiresAt,
    ...(payload.resourceId !== undefined ? { resourceId: payload.resourceId } : {}),
  };
  const encoded = Buffer.from(JSON.stringify(ordered), 'utf8').toString('base64url');
  return `${encoded}.${signatureOf(encoded, key).toString('base64url')}`;
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{1,4096}\.[A-Za-z0-9_-]{43}$/;

/**
 * The payload of a token this key signed and that has not expired at `now`. The signature is checked
 * before the payload is parsed, so a forged token never reaches `JSON.parse`.
 */
export function verifyLinkToken(token: string, key: LinkKey, now: Date): LinkPayload | { error: LinkTokenError } {
  if (!TOKEN_SHAPE.test(token)) return { error: 'malformed' };
  const [encoded = '', signature = ''] = token.split('.');
  // Compared as canonical text: base64url's spare bits would let other spellings decode to the same bytes.
  const expected = Buffer.from(signatureOf(encoded, key).toString('base64url'), 'ascii');
  const given = Buffer.from(signature, 'ascii');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { error: 'bad-signature' };
  const payload = parsePayload(encoded);
  if (!payload) return { error: 'malformed' };
  if (payload.expiresAt * 1000 <= now.getTime()) return { error: 'expired' };
  return payload;
}

function parsePayload(encoded: string): LinkPayload | undefined {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  const p = value as Record<string, unknown>;
  const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
  if (
    !(LINK_ACTIONS as readonly unknown[]).includes(p.action) ||
    !isText(p.messageId) ||
    !isText(p.patientId) ||
    !(CHANNELS as readonly unknown[]).includes(p.channel) ||
    !(TOPICS as readonly unknown[]).includes(p.topic) ||
    typeof p.expiresAt !== 'number' ||
    !Number.isFinite(p.expiresAt) ||
    (p.resourceId !== undefined && !isText(p.resourceId))
  ) {
    return undefined;
  }
  return value as LinkPayload;
}

/** The page URL of a link, e.g. `https://outreach.example.org/links/unsubscribe?token=…`. */
export function linkUrl(baseUrl: string, action: LinkAction, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/links/${action}?token=${encodeURIComponent(token)}`;
}

/** How long a link works: an unsubscribe link long after the message (the law asks for 30 days at least). */
export const LINK_LIFETIME_DAYS: Readonly<Record<LinkAction, number>> = {
  unsubscribe: 365,
  confirm: 60,
  cancel: 60,
  register: 120,
};

/** Signs the links a send puts into its message, valid from the clock's now for the action's lifetime. */
export function signedLinks(baseUrl: string, key: LinkKey, clock: Clock) {
  return {
    link(action: LinkAction, payload: Omit<LinkPayload, 'action' | 'expiresAt'>): string {
      const expiresAt = Math.floor(clock.now().getTime() / 1000) + LINK_LIFETIME_DAYS[action] * 86_400;
      return linkUrl(baseUrl, action, signLinkToken({ ...payload, action, expiresAt }, key));
    },
  };
}

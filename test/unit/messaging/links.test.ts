import { type LinkPayload, linkUrl, signLinkToken, verifyLinkToken } from '../../../lambdas/domain/messaging/links';

const KEY = 'test-link-key-0123456789';
const NOW = new Date('2026-03-01T12:00:00Z');
const payload: LinkPayload = {
  action: 'confirm',
  messageId: 'msg-1',
  patientId: 'p1',
  channel: 'email',
  topic: 'appointment-reminders',
  expiresAt: NOW.getTime() / 1000 + 3600,
  resourceId: 'appt-1',
};

describe('signed links', () => {
  it('verifies a token it signed and returns the payload', () => {
    expect(verifyLinkToken(signLinkToken(payload, KEY), KEY, NOW)).toEqual(payload);
  });

  it('accepts a byte key as well as a string', () => {
    const key = new Uint8Array(32).fill(7);
    expect(verifyLinkToken(signLinkToken(payload, key), key, NOW)).toEqual(payload);
  });

  it('refuses a token whose payload was changed', () => {
    const [, signature] = signLinkToken(payload, KEY).split('.');
    const forged = Buffer.from(JSON.stringify({ ...payload, patientId: 'p2' })).toString('base64url');
    expect(verifyLinkToken(`${forged}.${signature}`, KEY, NOW)).toEqual({ error: 'bad-signature' });
  });

  it('refuses a token signed with another key', () => {
    expect(verifyLinkToken(signLinkToken(payload, 'other-key'), KEY, NOW)).toEqual({ error: 'bad-signature' });
  });

  it('refuses every other spelling of the signature, even one that decodes to the same bytes', () => {
    const token = signLinkToken(payload, KEY);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // 43 characters carry 256 bits and 2 spare ones: the last character has four spellings of the same bytes.
    const siblings = [...alphabet].map((last) => `${token.slice(0, -1)}${last}`).filter((other) => other !== token);
    const sameBytes = siblings.filter((other) =>
      Buffer.from(other.split('.')[1] ?? '', 'base64url').equals(Buffer.from(token.split('.')[1] ?? '', 'base64url')),
    );
    expect(sameBytes.length).toBeGreaterThan(0);
    for (const other of siblings) expect(verifyLinkToken(other, KEY, NOW)).toEqual({ error: 'bad-signature' });
  });

  it('refuses an expired token', () => {
    const token = signLinkToken({ ...payload, expiresAt: NOW.getTime() / 1000 }, KEY);
    expect(verifyLinkToken(token, KEY, NOW)).toEqual({ error: 'expired' });
  });

  it.each(['', 'abc', 'a.b.c', `${'x'.repeat(10)}.short`])('calls %p malformed', (token) => {
    expect(verifyLinkToken(token, KEY, NOW)).toEqual({ error: 'malformed' });
  });

  it('calls a correctly signed token with a payload of the wrong shape malformed', () => {
    const token = signLinkToken({ ...payload, action: 'delete' as never }, KEY);
    expect(verifyLinkToken(token, KEY, NOW)).toEqual({ error: 'malformed' });
  });

  it('carries ids only: the token decodes to the payload fields and nothing else', () => {
    const [encoded = ''] = signLinkToken(payload, KEY).split('.');
    expect(Object.keys(JSON.parse(Buffer.from(encoded, 'base64url').toString()))).toEqual([
      'action',
      'messageId',
      'patientId',
      'channel',
      'topic',
      'expiresAt',
      'resourceId',
    ]);
  });

  it('builds the page URL of a link', () => {
    expect(linkUrl('https://outreach.example.org/', 'unsubscribe', 'a.b')).toBe(
      'https://outreach.example.org/links/unsubscribe?token=a.b',
    );
  });
});

import {
  confirmUnsubscribe,
  renderUnsubscribePage,
  unsubscribe,
} from '../../../../lambdas/domain/messaging/feedback/unsubscribe';
import { type LinkPayload, signLinkToken } from '../../../../lambdas/domain/messaging/links';
import { InMemoryPreferenceStore } from '../../../support/in-memory-preferences';
import { RecordingLogger } from './fakes';

const KEY = 'test-link-key-0123456789abcdef';
const NOW = new Date('2026-11-25T12:00:00.000Z');
const PAYLOAD: LinkPayload = {
  action: 'unsubscribe',
  messageId: 'msg-1',
  patientId: 'p1',
  channel: 'email',
  topic: 'campaigns',
  expiresAt: Math.floor(NOW.getTime() / 1000) + 60 * 24 * 3600,
};

function setUp() {
  const preferences = new InMemoryPreferenceStore();
  return { preferences, deps: { linkKey: KEY, preferences, logger: new RecordingLogger() } };
}

describe('unsubscribe', () => {
  it('opts the patient out of the link topic on its channel, as the patient through the link', async () => {
    const { deps, preferences } = setUp();

    const result = await unsubscribe(signLinkToken(PAYLOAD, KEY), deps, NOW);

    expect(result).toEqual({ outcome: 'unsubscribed', topic: 'campaigns', channel: 'email' });
    expect(preferences.changes).toEqual([
      {
        changeId: 'unsubscribe-msg-1',
        patientId: 'p1',
        channel: 'email',
        topic: 'campaigns',
        status: 'opted-out',
        source: 'patient-link',
        actor: 'patient',
        at: NOW.toISOString(),
      },
    ]);
  });

  it('a double click is one change', async () => {
    const { deps, preferences } = setUp();
    const token = signLinkToken(PAYLOAD, KEY);
    await unsubscribe(token, deps, NOW);

    const again = await unsubscribe(token, deps, new Date(NOW.getTime() + 1500));

    expect(again.outcome).toBe('unsubscribed');
    expect(preferences.changes).toHaveLength(1);
  });

  it('a tampered token is rejected and changes nothing', async () => {
    const { deps, preferences } = setUp();
    const [, signature] = signLinkToken(PAYLOAD, KEY).split('.');
    const forged = `${Buffer.from(JSON.stringify({ ...PAYLOAD, patientId: 'p2' })).toString('base64url')}.${signature}`;

    const result = await unsubscribe(forged, deps, NOW);

    expect(result).toEqual({ outcome: 'rejected', reason: 'bad-signature' });
    expect(preferences.changes).toEqual([]);
  });

  it('an expired token is rejected and changes nothing', async () => {
    const { deps, preferences } = setUp();
    const token = signLinkToken({ ...PAYLOAD, expiresAt: Math.floor(NOW.getTime() / 1000) - 1 }, KEY);

    expect(await unsubscribe(token, deps, NOW)).toEqual({ outcome: 'rejected', reason: 'expired' });
    expect(preferences.changes).toEqual([]);
  });

  it('a link for another action is rejected', async () => {
    const { deps, preferences } = setUp();
    const token = signLinkToken({ ...PAYLOAD, action: 'confirm', resourceId: 'apt-1' }, KEY);

    expect(await unsubscribe(token, deps, NOW)).toEqual({ outcome: 'rejected', reason: 'wrong-action' });
    expect(preferences.changes).toEqual([]);
  });
});

describe('confirmUnsubscribe', () => {
  it('asks for confirmation and changes nothing (the GET of the link)', () => {
    const token = signLinkToken(PAYLOAD, KEY);

    expect(confirmUnsubscribe(token, KEY, NOW)).toEqual({
      outcome: 'confirm',
      token,
      topic: 'campaigns',
      channel: 'email',
    });
  });

  it('rejects a malformed token', () => {
    expect(confirmUnsubscribe('not-a-token', KEY, NOW)).toEqual({ outcome: 'rejected', reason: 'malformed' });
  });
});

describe('renderUnsubscribePage', () => {
  it('the confirmation page posts the one-click body and the token to its own URL', () => {
    const token = signLinkToken(PAYLOAD, KEY);

    const { statusCode, html } = renderUnsubscribePage({
      outcome: 'confirm',
      token,
      topic: 'campaigns',
      channel: 'email',
    });

    expect(statusCode).toBe(200);
    expect(html).toContain('<form method="post">');
    expect(html).toContain('name="List-Unsubscribe" value="One-Click"');
    expect(html).toContain(`name="token" value="${token}"`);
    expect(html).toContain('health campaigns by email');
  });

  it('escapes what it writes into the page', () => {
    const { html } = renderUnsubscribePage({
      outcome: 'confirm',
      token: '"><script>alert(1)</script>',
      topic: 'campaigns',
      channel: 'email',
    });

    expect(html).not.toContain('<script>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
  });

  it('loads nothing from elsewhere and runs no script', () => {
    for (const result of [
      { outcome: 'unsubscribed', topic: 'events', channel: 'sms' },
      { outcome: 'rejected', reason: 'bad-signature' },
    ] as const) {
      const { html } = renderUnsubscribePage(result);
      expect(html).toContain("default-src 'none'");
      expect(html).not.toMatch(/<script|src=|href=/);
    }
  });

  it.each([
    ['expired', 410],
    ['bad-signature', 400],
    ['malformed', 400],
    ['wrong-action', 400],
  ] as const)('a %s link gets status %d', (reason, status) => {
    expect(renderUnsubscribePage({ outcome: 'rejected', reason }).statusCode).toBe(status);
  });
});

import type { PreferenceStore } from '../../patients/ports';
import type { Channel, PreferenceChange, Topic } from '../../patients/preferences';
import type { Logger } from '../../ports';
import { type LinkKey, type LinkPayload, type LinkTokenError, verifyLinkToken } from '../links';

export interface UnsubscribeDependencies {
  readonly linkKey: LinkKey;
  readonly preferences: Pick<PreferenceStore, 'record'>;
  readonly logger: Logger;
}

/** What the pages show: the topic and channel, never a name or an address (a forwarded link reveals nothing). */
export type UnsubscribeResult =
  | { readonly outcome: 'confirm'; readonly token: string; readonly topic: Topic; readonly channel: Channel }
  | { readonly outcome: 'unsubscribed'; readonly topic: Topic; readonly channel: Channel }
  | { readonly outcome: 'rejected'; readonly reason: LinkTokenError | 'wrong-action' };

function verified(
  token: string,
  key: LinkKey,
  now: Date,
): LinkPayload | { readonly error: LinkTokenError | 'wrong-action' } {
  const payload = verifyLinkToken(token, key, now);
  if ('error' in payload) return payload;
  return payload.action === 'unsubscribe' ? payload : { error: 'wrong-action' };
}

/**
 * GET of the link: checks the token and asks for confirmation, changing nothing. Mail scanners and link
 * previews fetch every URL in a message; a GET that unsubscribed would unsubscribe patients who never clicked.
 */
export function confirmUnsubscribe(token: string, key: LinkKey, now: Date): UnsubscribeResult {
  const payload = verified(token, key, now);
  if ('error' in payload) return { outcome: 'rejected', reason: payload.error };
  return { outcome: 'confirm', token, topic: payload.topic, channel: payload.channel };
}

/**
 * POST of the link: the mail client's RFC 8058 one-click request (`List-Unsubscribe=One-Click`), or the
 * button on the confirmation page. Opts the patient out of the link's topic on its channel, and only that:
 * the address stays usable for their other topics (an address-wide opt-out is what SMS STOP is for). The
 * change id comes from the message, so a double click or a client's retry is one change.
 */
export async function unsubscribe(token: string, deps: UnsubscribeDependencies, now: Date): Promise<UnsubscribeResult> {
  const payload = verified(token, deps.linkKey, now);
  if ('error' in payload) {
    deps.logger.warn('Unsubscribe link refused', { reason: payload.error });
    return { outcome: 'rejected', reason: payload.error };
  }
  const change: PreferenceChange = {
    changeId: `unsubscribe-${payload.messageId}`,
    patientId: payload.patientId,
    channel: payload.channel,
    topic: payload.topic,
    status: 'opted-out',
    source: 'patient-link',
    actor: 'patient',
    at: now.toISOString(),
  };
  const recorded = await deps.preferences.record(change);
  deps.logger.info('Unsubscribed by link', {
    messageId: payload.messageId,
    patientId: payload.patientId,
    topic: payload.topic,
    channel: payload.channel,
    recorded,
  });
  return { outcome: 'unsubscribed', topic: payload.topic, channel: payload.channel };
}

const TOPIC_LABELS: Readonly<Record<Topic, string>> = {
  'appointment-reminders': 'appointment reminders',
  'care-gaps': 'reminders about recommended care',
  campaigns: 'health campaigns',
  events: 'event invitations',
  results: 'result notifications',
  general: 'general messages',
};

const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  email: 'email',
  sms: 'text message',
  push: 'app notification',
  letter: 'letter',
};

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

export interface RenderedPage {
  readonly statusCode: number;
  readonly html: string;
}

/**
 * The page for a result: self-contained (no script, no external asset: a CSP forbids both). The confirm
 * page's button POSTs `List-Unsubscribe=One-Click` and the token to the page's own URL, the same request a
 * mail client sends for one-click unsubscribe, so one route serves both.
 */
export function renderUnsubscribePage(result: UnsubscribeResult): RenderedPage {
  switch (result.outcome) {
    case 'confirm': {
      const what = `${TOPIC_LABELS[result.topic]} by ${CHANNEL_LABELS[result.channel]}`;
      return patientPage(
        200,
        'Unsubscribe',
        `<p>Stop receiving ${escapeHtml(what)}?</p>
<form method="post">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<input type="hidden" name="token" value="${escapeHtml(result.token)}">
<button type="submit">Unsubscribe</button>
</form>`,
      );
    }
    case 'unsubscribed': {
      const what = `${TOPIC_LABELS[result.topic]} by ${CHANNEL_LABELS[result.channel]}`;
      return patientPage(
        200,
        'Unsubscribed',
        `<p>You will no longer receive ${escapeHtml(what)}.</p>
<p>Other kinds of messages are not affected.</p>`,
      );
    }
    case 'rejected':
      return result.reason === 'expired'
        ? patientPage(
            410,
            'Link expired',
            '<p>This link has expired. Reply to a recent message or contact us to change what you receive.</p>',
          )
        : patientPage(
            400,
            'Link not valid',
            '<p>This link is not valid. Please use the link from the message you received.</p>',
          );
  }
}

/** A self-contained patient page (no script, no external asset); `body` is HTML the caller escaped. */
export function patientPage(statusCode: number, title: string, body: string): RenderedPage {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; form-action 'self'">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5}button{font-size:1rem;padding:.5rem 1.25rem}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${body}
</body>
</html>
`;
  return { statusCode, html };
}

import type { PatientRepliedDetail } from '../../events/messaging-event-schemas';
import type { Logger } from '../../ports';
import { type LinkKey, type LinkPayload, verifyLinkToken } from '../links';
import { escapeHtml, patientPage, type RenderedPage } from './unsubscribe';

export type AppointmentLinkAction = 'confirm' | 'cancel';

/** What each link means for journeys waiting on the patient (the same events SMS keywords can raise). */
export const APPOINTMENT_LINK_EVENTS: Readonly<Record<AppointmentLinkAction, string>> = {
  confirm: 'appointment-confirmed',
  cancel: 'appointment-cancel-requested',
};

const WORDING: Readonly<Record<AppointmentLinkAction, { ask: string; button: string; done: string }>> = {
  confirm: {
    ask: 'Confirm that you will come to your appointment?',
    button: 'Confirm',
    done: 'Thank you: your appointment is confirmed.',
  },
  cancel: {
    ask: 'Ask us to cancel your appointment? We will contact you to find another time.',
    button: 'Ask to cancel',
    done: 'We have your request and will contact you to find another time.',
  },
};

export interface AppointmentLinkDependencies {
  readonly linkKey: LinkKey;
  readonly publisher: { publishPatientReplied(details: readonly PatientRepliedDetail[]): Promise<void> };
  readonly logger: Logger;
}

function verified(action: AppointmentLinkAction, token: string, key: LinkKey, now: Date): LinkPayload | RenderedPage {
  const payload = verifyLinkToken(token, key, now);
  if ('error' in payload && payload.error === 'expired') {
    return patientPage(410, 'Link expired', '<p>This link has expired. Please call us about your appointment.</p>');
  }
  if ('error' in payload || payload.action !== action || !payload.resourceId) {
    return patientPage(400, 'Link not valid', '<p>This link is not valid. Please use the link from your message.</p>');
  }
  return payload;
}

/** GET of a confirm or cancel link: asks, changes nothing (mail scanners fetch every link). */
export function showAppointmentLink(
  action: AppointmentLinkAction,
  token: string,
  key: LinkKey,
  now: Date,
): RenderedPage {
  const payload = verified(action, token, key, now);
  if ('html' in payload) return payload;
  const words = WORDING[action];
  return patientPage(
    200,
    'Your appointment',
    `<p>${escapeHtml(words.ask)}</p>
<form method="post">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<button type="submit">${escapeHtml(words.button)}</button>
</form>`,
  );
}

/**
 * POST of a confirm or cancel link: announces the patient's answer as `Patient Replied` (journeys waiting for
 * it resume). The platform does not change the appointment in the EHR, which owns it; a cancel is a request.
 * The reply id derives from the message and action, so a double click is one answer to consumers.
 */
export async function actOnAppointmentLink(
  action: AppointmentLinkAction,
  token: string,
  deps: AppointmentLinkDependencies,
  now: Date,
): Promise<{ readonly page: RenderedPage; readonly payload?: LinkPayload }> {
  const payload = verified(action, token, deps.linkKey, now);
  if ('html' in payload) {
    deps.logger.warn('Appointment link refused', { action, status: payload.statusCode });
    return { page: payload };
  }
  await deps.publisher.publishPatientReplied([
    {
      replyId: `link-${payload.messageId}-${action}`,
      patientId: payload.patientId,
      messageId: payload.messageId,
      keyword: `LINK-${action.toUpperCase()}`,
      event: APPOINTMENT_LINK_EVENTS[action],
      occurredAt: now.toISOString(),
    },
  ]);
  deps.logger.info('Appointment link answered', { action, messageId: payload.messageId, patientId: payload.patientId });
  return { page: patientPage(200, 'Your appointment', `<p>${escapeHtml(WORDING[action].done)}</p>`), payload };
}

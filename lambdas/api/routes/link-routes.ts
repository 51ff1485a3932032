import {
  type AppointmentLinkAction,
  type AppointmentLinkDependencies,
  actOnAppointmentLink,
  showAppointmentLink,
} from '../../domain/messaging/feedback/appointment-links';
import { confirmUnsubscribe, renderUnsubscribePage, unsubscribe } from '../../domain/messaging/feedback/unsubscribe';
import { type LinkKey, verifyLinkToken } from '../../domain/messaging/links';
import type { PreferenceStore } from '../../domain/patients/ports';
import type { Clock, Logger } from '../../domain/ports';
import { defineRoute, type RouteDefinition } from '../route';

const TAG = 'patient links';

export interface LinkApiServices {
  readonly publisher: AppointmentLinkDependencies['publisher'];
  /** The key that signed the links (read once from its secret). */
  readonly linkKey: () => Promise<LinkKey>;
  readonly patientPreferences: PreferenceStore;
  readonly clock: Clock;
  readonly logger: Logger;
}

const tokenQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { token: { type: 'string', minLength: 1, maxLength: 2048 } },
} as const;

const page = (result: { statusCode: number; html: string }) => ({
  contentType: 'text/html; charset=utf-8',
  body: result.html,
  status: result.statusCode,
});

/**
 * The pages a patient reaches from a message, without logging in: the signed token in the link is the
 * only credential, and it names one message, one patient, one topic and one channel.
 */
export function linkRoutes(services: LinkApiServices): RouteDefinition[] {
  return [
    defineRoute({
      operationId: 'showUnsubscribe',
      method: 'GET',
      path: '/links/unsubscribe',
      summary: 'The unsubscribe page of a message link: asks for confirmation, changes nothing',
      tag: TAG,
      access: { kind: 'public' },
      query: tokenQuery,
      raw: true,
      response: { status: 200, description: 'an HTML page', schema: { type: 'string' } },
      errors: [410],
      handle: async ({ query }) =>
        page(
          renderUnsubscribePage(confirmUnsubscribe(query.token ?? '', await services.linkKey(), services.clock.now())),
        ),
    }),
    defineRoute({
      operationId: 'unsubscribe',
      method: 'POST',
      path: '/links/unsubscribe',
      summary: 'Unsubscribe from one topic on one channel: RFC 8058 one-click, or the button of the page',
      tag: TAG,
      access: { kind: 'public' },
      audit: { action: 'preferences.unsubscribe-link', anonymousActor: 'patient-link' },
      query: tokenQuery,
      formBody: true,
      raw: true,
      response: { status: 200, description: 'an HTML page', schema: { type: 'string' } },
      errors: [410],
      handle: async ({ query, body, audit, beforeChange }) => {
        const form = (body ?? {}) as Record<string, string>;
        const token = query.token ?? form.token ?? '';
        const key = await services.linkKey();
        const now = services.clock.now();
        const payload = verifyLinkToken(token, key, now);
        if (!('error' in payload)) {
          audit.patientId = payload.patientId;
          audit.resource = `/messages/${payload.messageId}`;
          await beforeChange();
        }
        const result = await unsubscribe(
          token,
          { linkKey: key, preferences: services.patientPreferences, logger: services.logger },
          now,
        );
        return page(renderUnsubscribePage(result));
      },
    }),
    ...(['confirm', 'cancel'] as const).flatMap((action) => appointmentLinkRoutes(action, services)),
  ];
}

function appointmentLinkRoutes(action: AppointmentLinkAction, services: LinkApiServices): RouteDefinition[] {
  const name = action === 'confirm' ? 'Confirm' : 'Cancel';
  return [
    defineRoute({
      operationId: `show${name}Appointment`,
      method: 'GET',
      path: `/links/${action}`,
      summary: `The ${action} page of an appointment link: asks, changes nothing`,
      tag: TAG,
      access: { kind: 'public' },
      query: tokenQuery,
      raw: true,
      response: { status: 200, description: 'an HTML page', schema: { type: 'string' } },
      errors: [410],
      handle: async ({ query }) =>
        page(showAppointmentLink(action, query.token ?? '', await services.linkKey(), services.clock.now())),
    }),
    defineRoute({
      operationId: `${action}Appointment`,
      method: 'POST',
      path: `/links/${action}`,
      summary: `The patient's answer to an appointment link (${action}): announced as Patient Replied`,
      tag: TAG,
      access: { kind: 'public' },
      audit: { action: `appointment.${action}-link`, anonymousActor: 'patient-link' },
      query: tokenQuery,
      formBody: true,
      raw: true,
      response: { status: 200, description: 'an HTML page', schema: { type: 'string' } },
      errors: [410],
      handle: async ({ query, body, audit, beforeChange }) => {
        const token = query.token ?? (body as Record<string, string> | undefined)?.token ?? '';
        const deps = { linkKey: await services.linkKey(), publisher: services.publisher, logger: services.logger };
        const now = services.clock.now();
        const payload = verifyLinkToken(token, deps.linkKey, now);
        if (!('error' in payload)) {
          audit.patientId = payload.patientId;
          audit.resource = `/messages/${payload.messageId}`;
          await beforeChange();
        }
        const answered = await actOnAppointmentLink(action, token, deps, now);
        return page(answered.page);
      },
    }),
  ];
}

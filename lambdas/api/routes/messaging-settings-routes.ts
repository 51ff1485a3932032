import type { SendingPolicySettings } from '../../domain/messaging/policy-types';
import {
  type MessagingSettings,
  messagingSettingsBody,
  messagingSettingsProblems,
} from '../../domain/messaging/settings';
import type { Clock } from '../../domain/ports';
import { badRequest, conflict } from '../problem';
import { defineRoute, type RouteDefinition } from '../route';

export interface MessagingSettingsServices {
  readonly messagingSettings: {
    get(): Promise<{ settings: MessagingSettings; revision: number; updatedAt?: string; updatedBy?: string }>;
    put(
      settings: MessagingSettings,
      expectedRevision: number,
      updatedBy: string,
      at: string,
    ): Promise<'saved' | 'conflict'>;
  };
  readonly clock: Clock;
}

const settingsResponse = {
  type: 'object',
  required: ['settings', 'revision'],
  properties: {
    settings: { type: 'object' },
    revision: { type: 'integer', description: '0 while the defaults apply' },
    updatedAt: { type: 'string' },
    updatedBy: { type: 'string' },
  },
} as const;

const putBody = {
  type: 'object',
  required: ['settings', 'expectedRevision'],
  additionalProperties: false,
  properties: {
    settings: messagingSettingsBody,
    expectedRevision: { type: 'integer', minimum: 0, description: 'the revision you read (409 when it moved)' },
  },
} as const;

/** Who messages come from, the sending policy (quiet hours, caps, consent defaults), and SMS reply keywords. */
export function messagingSettingsRoutes(services: MessagingSettingsServices): RouteDefinition[] {
  return [
    defineRoute({
      operationId: 'getMessagingSettings',
      method: 'GET',
      path: '/messaging/settings',
      summary: 'The organisation, sending policy and reply keywords every message follows',
      tag: 'messages',
      access: { kind: 'permission', permission: 'messaging:configure' },
      audit: { action: 'messaging-settings.read' },
      response: { status: 200, description: 'the settings', schema: settingsResponse },
      handle: async () => services.messagingSettings.get(),
    }),
    defineRoute({
      operationId: 'putMessagingSettings',
      method: 'PUT',
      path: '/messaging/settings',
      summary: 'Change the settings (all at once, under optimistic locking)',
      tag: 'messages',
      access: { kind: 'permission', permission: 'messaging:configure' },
      audit: { action: 'messaging-settings.update' },
      body: putBody,
      response: { status: 200, description: 'the saved settings', schema: settingsResponse },
      errors: [409],
      handle: async ({ body, principal }) => {
        const problems = messagingSettingsProblems(body.settings);
        if (problems.length > 0) {
          throw badRequest(
            'the settings are not valid',
            problems.map((p) => ({ in: 'body' as const, pointer: `/settings${p.pointer}`, detail: p.detail })),
          );
        }
        const settings: MessagingSettings = {
          organisation: body.settings.organisation,
          policy: body.settings.policy as unknown as SendingPolicySettings,
          keywords: body.settings.keywords as Record<string, string>,
        };
        const at = services.clock.now().toISOString();
        const saved = await services.messagingSettings.put(settings, body.expectedRevision, principal.subject, at);
        if (saved === 'conflict') throw conflict('the settings changed since you read them; read them again');
        return { settings, revision: body.expectedRevision + 1, updatedAt: at, updatedBy: principal.subject };
      },
    }),
  ];
}

import { sendingPolicySettingsSchema } from '../../domain/messaging/policy/defaults';
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

// OpenAPI 3.0 has no numeric `exclusiveMinimum`: the answer documents a cap's window with an inclusive bound.
const caps = sendingPolicySettingsSchema.properties.frequencyCaps.properties.email;
const documentedCaps = {
  ...caps,
  items: {
    ...caps.items,
    properties: {
      ...caps.items.properties,
      windowHours: { type: 'number', minimum: 0, maximum: 8784, description: 'hours, more than 0' },
    },
  },
} as const;
const documentedPolicy = {
  ...sendingPolicySettingsSchema,
  properties: {
    ...sendingPolicySettingsSchema.properties,
    frequencyCaps: {
      type: 'object',
      additionalProperties: false,
      properties: { email: documentedCaps, sms: documentedCaps, push: documentedCaps, letter: documentedCaps },
    },
  },
} as const;

const settingsResponse = {
  type: 'object',
  required: ['settings', 'revision'],
  properties: {
    // The body's policy is checked by its own validator (for field-level messages); the answer names its shape.
    settings: {
      ...messagingSettingsBody,
      properties: { ...messagingSettingsBody.properties, policy: documentedPolicy },
    },
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

import { campaignCauseKey, journeyCauseKey, messageIdOf } from '../../domain/messaging/message';
import type { MessageLog } from '../../domain/messaging/ports';
import {
  ATTENTION_STATUSES,
  type DeviceRegistry,
  type MessageQueries,
  type SendRequest,
} from '../../domain/messaging/send-ports';
import type { Clock } from '../../domain/ports';
import { pageLimit, pageQuerySchema } from '../cursor';
import { notFound } from '../problem';
import { defineRoute, type RouteDefinition } from '../route';
import {
  campaignMessageParams,
  deviceBody,
  devicesParams,
  devicesResponse,
  journeyMessageParams,
  messagePageQuery,
  messagePageResponse,
  messageParams,
  messageView,
  messageViewOf,
  patientMessageParams,
  staffSendBody,
  staffSendResponse,
} from '../schemas/message-api-schemas';

const TAG = 'messages';

export interface MessagingApiServices {
  readonly messages: MessageQueries & Pick<MessageLog, 'get'>;
  readonly devices: DeviceRegistry;
  /** Puts `Message Requested` on the bus: the send function sends it through policy like any other. */
  readonly requestMessage: (request: SendRequest) => Promise<void>;
  readonly patientExists: (patientId: string) => Promise<boolean>;
  readonly clock: Clock;
}

/** The message log (per patient, journey, campaign), staff one-off sends, and push device registration. */
export function messageRoutes(services: MessagingApiServices): RouteDefinition[] {
  const requirePatient = async (patientId: string) => {
    if (!(await services.patientExists(patientId))) throw notFound('no patient with this id');
  };
  return [
    defineRoute({
      operationId: 'listPatientMessages',
      method: 'GET',
      path: '/patients/{patientId}/messages',
      summary: "A patient's messages, newest first: status, channel, template, and why policy skipped or deferred",
      tag: TAG,
      access: { kind: 'permission', permission: 'patients:read-engagement' },
      audit: { action: 'messages.read', patientIdParam: 'patientId' },
      params: patientMessageParams,
      query: messagePageQuery,
      response: { status: 200, description: 'one page of messages', schema: messagePageResponse },
      handle: async ({ params, query }) => {
        const page = await services.messages.byPatient(params.patientId, pageLimit(query.limit), query.cursor);
        return { items: page.items.map(messageViewOf), ...(page.cursor ? { cursor: page.cursor } : {}) };
      },
    }),
    defineRoute({
      operationId: 'listMessagesNeedingAttention',
      method: 'GET',
      path: '/messages',
      summary:
        'Messages a person has to look at, the newest change first: in doubt (the provider may or may not have sent it) or failed',
      tag: TAG,
      access: { kind: 'permission', permission: 'patients:read-engagement' },
      audit: { action: 'messages.read' },
      query: {
        type: 'object',
        required: ['status'],
        additionalProperties: false,
        properties: { status: { type: 'string', enum: [...ATTENTION_STATUSES] }, ...pageQuerySchema },
      },
      response: { status: 200, description: 'one page of messages', schema: messagePageResponse },
      handle: async ({ query, audit }) => {
        const page = await services.messages.byAttentionStatus(query.status, pageLimit(query.limit), query.cursor);
        audit.patientIds = page.items.map((message) => message.patientId);
        return { items: page.items.map(messageViewOf), ...(page.cursor ? { cursor: page.cursor } : {}) };
      },
    }),
    defineRoute({
      operationId: 'getMessage',
      method: 'GET',
      path: '/messages/{messageId}',
      summary: 'One message: every policy check, every delivery event',
      tag: TAG,
      access: { kind: 'permission', permission: 'patients:read-engagement' },
      audit: { action: 'messages.read' },
      params: messageParams,
      response: { status: 200, description: 'the message', schema: messageView },
      errors: [404],
      handle: async ({ params, audit }) => {
        const record = await services.messages.get(params.messageId);
        if (!record) throw notFound('no message with this id');
        audit.patientId = record.patientId;
        return messageViewOf(record);
      },
    }),
    defineRoute({
      operationId: 'listJourneyMessages',
      method: 'GET',
      path: '/journeys/{journeyId}/messages',
      summary: "A journey's messages across its executions, newest first",
      tag: TAG,
      access: { kind: 'permission', permission: 'journeys:manage' },
      audit: { action: 'messages.read' },
      params: journeyMessageParams,
      query: messagePageQuery,
      response: { status: 200, description: 'one page of messages', schema: messagePageResponse },
      handle: async ({ params, query, audit }) => {
        const key = journeyCauseKey(params.journeyId);
        const page = await services.messages.byCause(key, pageLimit(query.limit), query.cursor);
        audit.patientIds = page.items.map((message) => message.patientId);
        return { items: page.items.map(messageViewOf), ...(page.cursor ? { cursor: page.cursor } : {}) };
      },
    }),
    defineRoute({
      operationId: 'listCampaignMessages',
      method: 'GET',
      path: '/campaigns/{campaignId}/messages',
      summary: "A campaign's messages, newest first",
      tag: TAG,
      access: { kind: 'permission', permission: 'campaigns:manage' },
      audit: { action: 'messages.read' },
      params: campaignMessageParams,
      query: messagePageQuery,
      response: { status: 200, description: 'one page of messages', schema: messagePageResponse },
      handle: async ({ params, query, audit }) => {
        const key = campaignCauseKey(params.campaignId);
        const page = await services.messages.byCause(key, pageLimit(query.limit), query.cursor);
        audit.patientIds = page.items.map((message) => message.patientId);
        return { items: page.items.map(messageViewOf), ...(page.cursor ? { cursor: page.cursor } : {}) };
      },
    }),
    defineRoute({
      operationId: 'sendPatientMessage',
      method: 'POST',
      path: '/patients/{patientId}/messages',
      summary: 'Send one message to a patient, through consent and the sending policy like every other message',
      tag: TAG,
      access: { kind: 'permission', permission: 'messages:send' },
      audit: { action: 'messages.send', patientIdParam: 'patientId' },
      params: patientMessageParams,
      body: staffSendBody,
      response: {
        status: 202,
        description: 'the message is requested; its log entry tells what happened',
        schema: staffSendResponse,
      },
      errors: [404],
      handle: async ({ params, body, requestId, audit }) => {
        await requirePatient(params.patientId);
        const { requestId: key, ...rest } = body;
        const cause = { kind: 'staff' as const, requestId: key ?? requestId };
        const messageId = messageIdOf(params.patientId, cause);
        await services.requestMessage({ patientId: params.patientId, cause, ...rest });
        audit.resource = `/messages/${messageId}`;
        return { messageId, status: 'requested' };
      },
    }),
    defineRoute({
      operationId: 'listPatientDevices',
      method: 'GET',
      path: '/patients/{patientId}/devices',
      summary: "A patient's registered push devices (tokens are not shown)",
      tag: TAG,
      access: { kind: 'permission', permission: 'preferences:read' },
      audit: { action: 'devices.read', patientIdParam: 'patientId' },
      params: patientMessageParams,
      response: { status: 200, description: 'the devices', schema: devicesResponse },
      handle: async ({ params }) => {
        const devices = await services.devices.devices(params.patientId);
        return { items: devices.map(({ token: _token, ...device }) => device) };
      },
    }),
    defineRoute({
      operationId: 'putPatientDevice',
      method: 'PUT',
      path: '/patients/{patientId}/devices/{deviceId}',
      summary: "Register (or refresh) a patient's push device, as the patient app's back end does",
      tag: TAG,
      access: { kind: 'permission', permission: 'preferences:write' },
      audit: { action: 'devices.register', patientIdParam: 'patientId' },
      params: devicesParams,
      body: deviceBody,
      response: {
        status: 200,
        description: 'registered',
        schema: { type: 'object', required: ['deviceId'], properties: { deviceId: { type: 'string' } } },
      },
      errors: [404],
      handle: async ({ params, body }) => {
        await requirePatient(params.patientId);
        await services.devices.register(params.patientId, {
          deviceId: params.deviceId,
          platform: body.platform,
          token: body.token,
          registeredAt: services.clock.now().toISOString(),
        });
        return { deviceId: params.deviceId };
      },
    }),
    defineRoute({
      operationId: 'deletePatientDevice',
      method: 'DELETE',
      path: '/patients/{patientId}/devices/{deviceId}',
      summary: 'Forget a push device (idempotent: forgetting an unknown device answers removed false)',
      tag: TAG,
      access: { kind: 'permission', permission: 'preferences:write' },
      audit: { action: 'devices.unregister', patientIdParam: 'patientId' },
      params: devicesParams,
      response: {
        status: 200,
        description: 'forgotten',
        schema: {
          type: 'object',
          required: ['deviceId', 'removed'],
          properties: { deviceId: { type: 'string' }, removed: { type: 'boolean' } },
        },
      },
      handle: async ({ params }) => ({
        deviceId: params.deviceId,
        removed: await services.devices.unregister(params.patientId, params.deviceId),
      }),
    }),
  ];
}

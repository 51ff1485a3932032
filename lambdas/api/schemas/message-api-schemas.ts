import { sendRequestSchema } from '../../domain/events/messaging-event-schemas';
import { MESSAGE_STATUSES, SKIP_REASONS } from '../../domain/messaging/message';
import type { MessageRecord } from '../../domain/messaging/ports';
import type { PatientMessage } from '../../domain/patients/patient-360';
import { CHANNELS } from '../../domain/patients/preferences';
import { TIME_ZONE_SOURCES } from '../../domain/patients/time-zone';
import { pageQuerySchema } from '../cursor';

const ID = { type: 'string', pattern: '^[A-Za-z0-9\\-\\.]{1,64}$' } as const;
const KEY = { type: 'string', pattern: '^[A-Za-z0-9_\\-\\.:]{1,128}$' } as const;

export const patientMessageParams = {
  type: 'object',
  required: ['patientId'],
  additionalProperties: false,
  properties: { patientId: ID },
} as const;

export const messageParams = {
  type: 'object',
  required: ['messageId'],
  additionalProperties: false,
  properties: { messageId: { type: 'string', pattern: '^msg-[0-9a-f]{32}$' } },
} as const;

export const journeyMessageParams = {
  type: 'object',
  required: ['journeyId'],
  additionalProperties: false,
  properties: { journeyId: KEY },
} as const;

export const campaignMessageParams = {
  type: 'object',
  required: ['campaignId'],
  additionalProperties: false,
  properties: { campaignId: KEY },
} as const;

export const devicesParams = {
  type: 'object',
  required: ['patientId', 'deviceId'],
  additionalProperties: false,
  properties: { patientId: ID, deviceId: KEY },
} as const;

export const messagePageQuery = { type: 'object', additionalProperties: false, properties: pageQuerySchema } as const;

const checkView = {
  type: 'object',
  required: ['channel', 'rule', 'passed'],
  properties: {
    channel: { type: 'string', enum: [...CHANNELS] },
    rule: { type: 'string' },
    passed: { type: 'boolean' },
    reason: { type: 'string', enum: [...SKIP_REASONS] },
    detail: { type: 'string' },
  },
} as const;

/** A message as staff see it: what was decided and why, what happened since. No address, no content. */
export const messageView = {
  type: 'object',
  required: [
    'messageId',
    'patientId',
    'cause',
    'templateId',
    'topic',
    'status',
    'checks',
    'events',
    'createdAt',
    'updatedAt',
  ],
  properties: {
    messageId: { type: 'string' },
    patientId: { type: 'string' },
    cause: { type: 'object' },
    templateId: { type: 'string' },
    templateVersion: { type: 'integer' },
    topic: { type: 'string' },
    channel: { type: 'string', enum: [...CHANNELS] },
    language: { type: 'string' },
    timeZone: { type: 'string', description: 'the zone quiet hours were judged and times rendered in' },
    timeZoneSource: {
      type: 'string',
      enum: [...TIME_ZONE_SOURCES],
      description:
        'what decided the zone: the timezone extension, the home address, the mobile number, the organisation',
    },
    status: { type: 'string', enum: [...MESSAGE_STATUSES] },
    reason: { type: 'string', enum: [...SKIP_REASONS] },
    deferredUntil: { type: 'string' },
    checks: { type: 'array', items: checkView },
    events: {
      type: 'array',
      items: {
        type: 'object',
        required: ['status', 'at'],
        properties: { status: { type: 'string' }, at: { type: 'string' }, detail: { type: 'string' } },
      },
    },
    providerMessageId: { type: 'string' },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
  },
} as const;

export const messagePageResponse = {
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', items: messageView }, cursor: { type: 'string' } },
} as const;

/** A staff one-off send: the template, topic and channels; the request id becomes the message's cause. */
export const staffSendBody = {
  type: 'object',
  required: ['templateId', 'intent'],
  additionalProperties: false,
  properties: {
    requestId: {
      ...KEY,
      description:
        'Your idempotency key: the same key for the same patient names the same message (default: this request id)',
    },
    templateId: sendRequestSchema.properties.templateId,
    templateVersion: sendRequestSchema.properties.templateVersion,
    intent: sendRequestSchema.properties.intent,
    triggeringResource: sendRequestSchema.properties.triggeringResource,
  },
} as const;

export const staffSendResponse = {
  type: 'object',
  required: ['messageId', 'status'],
  properties: {
    messageId: { type: 'string' },
    status: { type: 'string', enum: ['requested'] },
  },
} as const;

export const deviceBody = {
  type: 'object',
  required: ['platform', 'token'],
  additionalProperties: false,
  properties: {
    platform: { type: 'string', enum: ['GCM', 'APNS', 'APNS_SANDBOX'] },
    token: { type: 'string', minLength: 8, maxLength: 4096 },
  },
} as const;

export const devicesResponse = {
  type: 'object',
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['deviceId', 'platform', 'registeredAt'],
        properties: { deviceId: { type: 'string' }, platform: { type: 'string' }, registeredAt: { type: 'string' } },
      },
    },
  },
} as const;

/** The message log entry without the address key (a hash, but still nothing staff need). */
export function messageViewOf(record: MessageRecord): Omit<MessageRecord, 'addressKey' | 'revision' | 'claimedAt'> {
  const { addressKey: _address, revision: _revision, claimedAt: _claimed, ...view } = record;
  return view;
}

/** A message as the patient 360 view lists it. */
export function patientMessageOf(record: MessageRecord): PatientMessage {
  return {
    messageId: record.messageId,
    templateId: record.templateId,
    topic: record.topic,
    status: record.status,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    ...(record.channel ? { channel: record.channel } : {}),
    ...(record.reason ? { reason: record.reason } : {}),
  };
}

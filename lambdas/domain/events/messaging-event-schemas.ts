import type { FromSchema } from 'json-schema-to-ts';
import { CHANNELS, TOPICS } from '../patients/preferences';
import { eventEnvelopeProperties } from './event-envelope';
import { DetailType, PLATFORM_EVENT_SOURCE } from './event-names';

/** The messaging events' schemas, published beside the others (see `event-schemas.ts`). Draft-04 compatible. */

const ID_PATTERN = '^[A-Za-z0-9\\-\\.]{1,64}$';
const KEY_PATTERN = '^[A-Za-z0-9_\\-\\.:]{1,128}$';

/** Channels in order of preference (later ones are fallbacks): a send request's and a journey send step's. */
export const channelOrderSchema = {
  type: 'array',
  minItems: 1,
  maxItems: 4,
  uniqueItems: true,
  items: { type: 'string', enum: [...CHANNELS] },
  description: 'in order of preference',
} as const;

/**
 * A request to send one message: what a journey's send step passes the send function, and the detail of
 * `Message Requested` (staff one-off sends). Ids only: the content is rendered by the send function.
 */
export const sendRequestSchema = {
  type: 'object',
  description:
    'Send one message to one patient: the cause names the message (a retry of the same cause never sends twice). Ids only.',
  required: ['patientId', 'cause', 'templateId', 'intent'],
  additionalProperties: false,
  properties: {
    patientId: { type: 'string', pattern: ID_PATTERN },
    cause: {
      type: 'object',
      required: ['kind'],
      properties: {
        kind: { type: 'string', enum: ['journey', 'campaign', 'staff'] },
        journeyId: { type: 'string', pattern: KEY_PATTERN },
        journeyVersion: { type: 'integer', minimum: 1 },
        executionId: { type: 'string', pattern: '^[A-Za-z0-9_\\-]{1,80}$' },
        stepId: { type: 'string', pattern: KEY_PATTERN },
        campaignId: { type: 'string', pattern: KEY_PATTERN },
        requestId: { type: 'string', pattern: KEY_PATTERN },
      },
      oneOf: [
        {
          properties: { kind: { enum: ['journey'] } },
          required: ['journeyId', 'journeyVersion', 'executionId', 'stepId'],
        },
        { properties: { kind: { enum: ['campaign'] } }, required: ['campaignId'] },
        { properties: { kind: { enum: ['staff'] } }, required: ['requestId'] },
      ],
    },
    templateId: { type: 'string', pattern: KEY_PATTERN },
    templateVersion: { type: 'integer', minimum: 1 },
    intent: {
      type: 'object',
      required: ['topic', 'channels', 'fallback', 'quietHours'],
      additionalProperties: false,
      properties: {
        topic: { type: 'string', enum: [...TOPICS] },
        channels: channelOrderSchema,
        fallback: { type: 'boolean' },
        quietHours: { type: 'string', enum: ['defer', 'skip'] },
      },
    },
    triggeringResource: {
      type: 'object',
      required: ['resourceType', 'id'],
      additionalProperties: false,
      properties: {
        resourceType: { type: 'string', pattern: '^[A-Z][A-Za-z]{1,63}$' },
        id: { type: 'string', pattern: ID_PATTERN },
      },
    },
  },
} as const;

export type SendRequestDetail = FromSchema<typeof sendRequestSchema>;

export const messageRequestedEventSchema = {
  title: DetailType.MessageRequested,
  description: `Published by the platform (source ${PLATFORM_EVENT_SOURCE}) when staff ask for a one-off message; the send function sends it.`,
  type: 'object',
  required: ['detail-type', 'source', 'detail'],
  properties: {
    ...eventEnvelopeProperties,
    'detail-type': { type: 'string', enum: [DetailType.MessageRequested] },
    detail: sendRequestSchema,
  },
} as const;

export const patientRepliedDetailSchema = {
  type: 'object',
  description:
    'A patient answered a message with a configured keyword (e.g. C to confirm). Ids and the keyword only, never the number or the text.',
  required: ['replyId', 'patientId', 'keyword', 'event', 'occurredAt'],
  additionalProperties: false,
  properties: {
    replyId: {
      type: 'string',
      minLength: 1,
      maxLength: 128,
      description: "The provider's inbound message id: the same on every redelivery, for consumers to drop duplicates.",
    },
    patientId: { type: 'string', pattern: ID_PATTERN },
    messageId: { type: 'string', pattern: '^msg-[0-9a-f]{32}$' },
    keyword: { type: 'string', pattern: '^[A-Z0-9-]{1,30}$' },
    event: { type: 'string', pattern: '^[a-z0-9\\-]{1,64}$' },
    occurredAt: { type: 'string', format: 'date-time' },
  },
} as const;

export type PatientRepliedDetail = FromSchema<typeof patientRepliedDetailSchema>;

export const patientRepliedEventSchema = {
  title: DetailType.PatientReplied,
  description: `Published by the platform (source ${PLATFORM_EVENT_SOURCE}) when an inbound SMS matches a configured keyword; journeys wait for it.`,
  type: 'object',
  required: ['detail-type', 'source', 'detail'],
  properties: {
    ...eventEnvelopeProperties,
    'detail-type': { type: 'string', enum: [DetailType.PatientReplied] },
    detail: patientRepliedDetailSchema,
  },
} as const;

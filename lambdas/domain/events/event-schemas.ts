import type { FromSchema } from 'json-schema-to-ts';
import { ACCEPTED_RESOURCE_TYPES } from '../fhir/resource-types';
import { ENGAGEMENT_KINDS } from '../segments/definition-schema';
import { eventEnvelopeProperties } from './event-envelope';
import { DetailType, PLATFORM_EVENT_SOURCE } from './event-names';
import { journeyActivityCreatedEventSchema } from './journey-event-schemas';
import { messageRequestedEventSchema, patientRepliedEventSchema } from './messaging-event-schemas';

/**
 * JSON Schemas of the events the platform exchanges. `npm run schemas` writes each to `schemas/*.schema.json`
 * (the files the EventBridge schema registry publishes); a unit test fails if a file drifts from this source.
 * Draft-04 compatible, because that is the dialect the schema registry speaks.
 */

const FHIR_ID_PATTERN = '^[A-Za-z0-9\\-\\.]{1,64}$';

export const fhirResourceChangedDetailSchema = {
  type: 'object',
  description:
    'A create, update or delete of one FHIR R4 resource in an upstream system. For a delete, `resource` carries only resourceType, id and optionally meta.',
  required: ['action', 'resource', 'occurredAt'],
  additionalProperties: false,
  properties: {
    action: { type: 'string', enum: ['create', 'update', 'delete'] },
    occurredAt: {
      type: 'string',
      format: 'date-time',
      description: 'When the change happened upstream (ISO 8601 with offset).',
    },
    correlationId: {
      type: 'string',
      maxLength: 128,
      description: 'Optional upstream tracking id, echoed in dead-letter entries.',
    },
    resource: {
      type: 'object',
      required: ['resourceType', 'id'],
      description:
        'The whole R4 resource (validated against the official R4 JSON schema), or for a delete its type and id.',
      properties: {
        resourceType: { type: 'string', enum: [...ACCEPTED_RESOURCE_TYPES] },
        id: { type: 'string', pattern: FHIR_ID_PATTERN },
        meta: {
          type: 'object',
          properties: {
            versionId: { type: 'string' },
            lastUpdated: { type: 'string', format: 'date-time' },
          },
        },
      },
    },
  },
} as const;

export type FhirResourceChangedDetail = FromSchema<typeof fhirResourceChangedDetailSchema>;

export const fhirResourceChangedEventSchema = {
  title: DetailType.FhirResourceChanged,
  description:
    'Put on EventBridge by an upstream system (EHR, FHIR server, integration engine) for each resource change.',
  type: 'object',
  required: ['detail-type', 'source', 'detail'],
  properties: {
    ...eventEnvelopeProperties,
    'detail-type': { type: 'string', enum: [DetailType.FhirResourceChanged] },
    detail: fhirResourceChangedDetailSchema,
  },
} as const;

export const patientFactsChangedDetailSchema = {
  type: 'object',
  description: 'The projected facts of one patient changed. Carries identifiers only, never PHI.',
  required: ['patientId', 'changedTypes', 'changes', 'occurredAt'],
  additionalProperties: false,
  properties: {
    patientId: { type: 'string', pattern: FHIR_ID_PATTERN },
    changedTypes: { type: 'array', items: { type: 'string', enum: [...ACCEPTED_RESOURCE_TYPES] } },
    changes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['resourceType', 'resourceId', 'action'],
        additionalProperties: false,
        properties: {
          resourceType: { type: 'string', enum: [...ACCEPTED_RESOURCE_TYPES] },
          resourceId: { type: 'string', pattern: FHIR_ID_PATTERN },
          action: { type: 'string', enum: ['create', 'update', 'delete'] },
          revision: {
            type: 'integer',
            minimum: 1,
            description: 'the revision the platform applied: names the change (and its change record, for %previous)',
          },
        },
      },
    },
    occurredAt: { type: 'string', format: 'date-time' },
  },
} as const;

export type PatientFactsChangedDetail = FromSchema<typeof patientFactsChangedDetailSchema>;

export const patientFactsChangedEventSchema = {
  title: DetailType.PatientFactsChanged,
  description: `Published by the platform (source ${PLATFORM_EVENT_SOURCE}) after a FHIR change was projected.`,
  type: 'object',
  required: ['detail-type', 'source', 'detail'],
  properties: {
    ...eventEnvelopeProperties,
    'detail-type': { type: 'string', enum: [DetailType.PatientFactsChanged] },
    detail: patientFactsChangedDetailSchema,
  },
} as const;

const SEGMENT_ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,63}$';

export const segmentMembershipChangedDetailSchema = {
  type: 'object',
  description:
    "One patient entered or left segments, after a change of facts, the passing of time or a segment's activation. Ids only, never PHI; delivered at least once.",
  required: ['patientId', 'entered', 'exited', 'occurredAt'],
  additionalProperties: false,
  properties: {
    patientId: { type: 'string', pattern: FHIR_ID_PATTERN },
    entered: { type: 'array', items: { type: 'string', pattern: SEGMENT_ID_PATTERN } },
    exited: { type: 'array', items: { type: 'string', pattern: SEGMENT_ID_PATTERN } },
    occurredAt: { type: 'string', format: 'date-time' },
  },
} as const;

export type SegmentMembershipChangedDetail = FromSchema<typeof segmentMembershipChangedDetailSchema>;

export const segmentMembershipChangedEventSchema = {
  title: DetailType.SegmentMembershipChanged,
  description: `Published by the platform (source ${PLATFORM_EVENT_SOURCE}) when a patient's segment memberships change.`,
  type: 'object',
  required: ['detail-type', 'source', 'detail'],
  properties: {
    ...eventEnvelopeProperties,
    'detail-type': { type: 'string', enum: [DetailType.SegmentMembershipChanged] },
    detail: segmentMembershipChangedDetailSchema,
  },
} as const;

export const patientEngagementRecordedDetailSchema = {
  type: 'object',
  description:
    'Something a patient was sent or did (received, opened, clicked, ignored a message; registered for or attended an event) was recorded. Ids only.',
  required: ['patientId', 'kind', 'occurredAt'],
  additionalProperties: false,
  properties: {
    patientId: { type: 'string', pattern: FHIR_ID_PATTERN },
    kind: { type: 'string', enum: [...ENGAGEMENT_KINDS] },
    occurredAt: { type: 'string', format: 'date-time' },
    journeyId: { type: 'string', maxLength: 128 },
    campaignId: { type: 'string', maxLength: 128 },
    templateId: { type: 'string', maxLength: 128 },
    eventId: { type: 'string', maxLength: 128 },
  },
} as const;

export type PatientEngagementRecordedDetail = FromSchema<typeof patientEngagementRecordedDetailSchema>;

export const patientEngagementRecordedEventSchema = {
  title: DetailType.PatientEngagementRecorded,
  description: `Published by the platform (source ${PLATFORM_EVENT_SOURCE}) after an engagement fact was stored with the patient.`,
  type: 'object',
  required: ['detail-type', 'source', 'detail'],
  properties: {
    ...eventEnvelopeProperties,
    'detail-type': { type: 'string', enum: [DetailType.PatientEngagementRecorded] },
    detail: patientEngagementRecordedDetailSchema,
  },
} as const;

/** File name under `schemas/` → schema. */
export const PUBLISHED_EVENT_SCHEMAS = {
  'fhir-resource-changed.schema.json': fhirResourceChangedEventSchema,
  'patient-facts-changed.schema.json': patientFactsChangedEventSchema,
  'segment-membership-changed.schema.json': segmentMembershipChangedEventSchema,
  'patient-engagement-recorded.schema.json': patientEngagementRecordedEventSchema,
  'message-requested.schema.json': messageRequestedEventSchema,
  'patient-replied.schema.json': patientRepliedEventSchema,
  'journey-activity-created.schema.json': journeyActivityCreatedEventSchema,
} as const;

export const JSON_SCHEMA_DRAFT_04 = 'http://json-schema.org/draft-04/schema#';

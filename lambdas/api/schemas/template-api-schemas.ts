import {
  LANGUAGE_PATTERN,
  TEMPLATE_ID_PATTERN,
  templateDefinitionSchema,
} from '../../domain/messaging/templates/template-schema';
import { CHANNELS } from '../../domain/patients/preferences';
import { pageQuerySchema } from '../cursor';
import { documentedShapeOf } from './documented-shape';

/**
 * JSON Schemas of the template routes. A definition inside a request is only required to be an object here:
 * `validateTemplate` checks it and answers with JSON pointers into it, Liquid errors included.
 */
const templateId = {
  type: 'string',
  pattern: TEMPLATE_ID_PATTERN,
  description: 'lower-case letters, digits and hyphens, at most 64',
} as const;

const definition = {
  type: 'object',
  description: 'a message template, schemaVersion 1 (see docs/templates.md); checked by `validateTemplate`',
} as const;

export const templateParams = {
  type: 'object',
  required: ['templateId'],
  additionalProperties: false,
  properties: { templateId },
} as const;

export const templateListQuery = { type: 'object', additionalProperties: false, properties: pageQuerySchema } as const;

export const createTemplateBody = {
  type: 'object',
  required: ['templateId', 'definition'],
  additionalProperties: false,
  properties: { templateId, definition },
} as const;

export const updateTemplateBody = {
  type: 'object',
  required: ['definition'],
  additionalProperties: false,
  properties: {
    definition,
    expectedRevision: {
      type: 'integer',
      minimum: 1,
      description: 'the revision read; a template changed since answers 409',
    },
  },
} as const;

export const validateTemplateBody = {
  type: 'object',
  required: ['definition'],
  additionalProperties: false,
  properties: { definition },
} as const;

export const previewBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    patientId: {
      type: 'string',
      minLength: 1,
      maxLength: 64,
      description: 'render for this patient (else sample data)',
    },
    channel: { type: 'string', enum: CHANNELS },
    language: { type: 'string', pattern: LANGUAGE_PATTERN, description: "instead of the patient's languages" },
    resource: {
      type: 'object',
      required: ['resourceType', 'id'],
      additionalProperties: false,
      description: 'the resource that causes the message (an Appointment), for a patient preview',
      properties: {
        resourceType: { type: 'string', minLength: 1 },
        id: { type: 'string', minLength: 1, maxLength: 64 },
      },
    },
  },
} as const;

/** The editor's unsaved draft, rendered as the saved template's preview renders (same options). */
export const draftPreviewBody = {
  type: 'object',
  required: ['definition'],
  additionalProperties: false,
  properties: { definition, ...previewBody.properties },
} as const;

/** A stored definition, as answers carry it: valid, so its full schema describes it (the console edits it). */
const storedDefinition = documentedShapeOf(templateDefinitionSchema);

const problem = {
  type: 'object',
  required: ['pointer', 'message'],
  properties: { pointer: { type: 'string' }, message: { type: 'string' }, line: { type: 'integer' } },
} as const;

const record = {
  type: 'object',
  required: ['templateId', 'name', 'latestVersion', 'updatedAt', 'revision'],
  properties: {
    templateId: { type: 'string' },
    name: { type: 'string' },
    latestVersion: { type: 'integer' },
    updatedAt: { type: 'string', format: 'date-time' },
    revision: { type: 'integer' },
  },
} as const;

const version = {
  type: 'object',
  required: ['templateId', 'version', 'definition', 'createdAt', 'createdBy'],
  properties: {
    templateId: { type: 'string' },
    version: { type: 'integer' },
    definition: storedDefinition,
    createdAt: { type: 'string', format: 'date-time' },
    createdBy: { type: 'string' },
  },
} as const;

export const templateListResponse = {
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', items: record }, cursor: { type: 'string' } },
} as const;

export const templateVersionResponse = {
  type: 'object',
  required: ['template', 'version'],
  properties: { template: record, version, warnings: { type: 'array', items: problem } },
} as const;

export const templateDetailResponse = {
  type: 'object',
  required: ['template', 'latest', 'versions'],
  properties: {
    template: record,
    latest: version,
    versions: {
      type: 'array',
      description: 'every version, newest first, without its content',
      items: {
        type: 'object',
        properties: {
          version: { type: 'integer' },
          name: { type: 'string' },
          createdAt: { type: 'string' },
          createdBy: { type: 'string' },
        },
      },
    },
  },
} as const;

export const validationResponse = {
  type: 'object',
  required: ['ok', 'errors', 'warnings'],
  properties: {
    ok: { type: 'boolean' },
    errors: { type: 'array', items: problem },
    warnings: { type: 'array', items: problem },
  },
} as const;

export const previewResponse = {
  type: 'object',
  required: ['templateId', 'version', 'sample', 'previews'],
  properties: {
    templateId: { type: 'string' },
    version: { type: 'integer' },
    sample: { type: 'boolean', description: 'rendered with sample data, not a patient' },
    previews: {
      type: 'array',
      items: {
        type: 'object',
        required: ['channel', 'language', 'rendered'],
        properties: {
          channel: { type: 'string', enum: CHANNELS },
          language: { type: 'string' },
          rendered: {
            type: 'object',
            description: 'the parts of the channel; an SMS also has encoding and segments',
            properties: {
              subject: { type: 'string', description: 'email' },
              html: { type: 'string', description: 'email, letter' },
              text: { type: 'string', description: 'email (plain-text alternative), SMS' },
              encoding: { type: 'string', enum: ['GSM-7', 'UCS-2'], description: 'SMS' },
              segments: { type: 'integer', description: 'SMS: the parts it is billed as' },
              title: { type: 'string', description: 'push' },
              body: { type: 'string', description: 'push' },
              data: { type: 'object', additionalProperties: { type: 'string' }, description: 'push' },
            },
          },
        },
      },
    },
  },
} as const;

export const catalogResponse = {
  type: 'object',
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['templateId', 'definition'],
        properties: { templateId: { type: 'string' }, definition: storedDefinition },
      },
    },
  },
} as const;

export const draftPreviewResponse = {
  type: 'object',
  required: ['sample', 'previews', 'warnings'],
  properties: {
    sample: previewResponse.properties.sample,
    previews: previewResponse.properties.previews,
    warnings: { type: 'array', items: problem },
  },
} as const;

import type { FromSchema } from 'json-schema-to-ts';
import { TOPICS } from '../../patients/preferences';

/**
 * JSON Schema (schemaVersion 1) of a message template: its topic, its default language, and per language the
 * parts of each channel it has content for. The Liquid in the parts is checked by `validateTemplate`, which a
 * schema cannot do.
 */

/** A BCP-47 tag as templates use it: a primary language subtag, optionally a region or script (`es-MX`). */
export const LANGUAGE_PATTERN = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';
export const TEMPLATE_ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,63}$';

const liquidText = (maxLength: number, description: string) =>
  ({ type: 'string', minLength: 1, maxLength, description }) as const;

export const emailPartsSchema = {
  type: 'object',
  required: ['subject', 'html', 'text'],
  additionalProperties: false,
  properties: {
    subject: liquidText(300, 'Liquid; plain text'),
    html: liquidText(100_000, 'Liquid; variables are HTML-escaped'),
    text: liquidText(50_000, 'Liquid; the plain-text alternative, not escaped'),
  },
} as const;

export const smsPartsSchema = {
  type: 'object',
  required: ['text'],
  additionalProperties: false,
  properties: { text: liquidText(1_600, 'Liquid; at most 3 segments once rendered, no clinical detail') },
} as const;

export const pushPartsSchema = {
  type: 'object',
  required: ['title', 'body'],
  additionalProperties: false,
  properties: {
    title: liquidText(200, 'Liquid; plain text'),
    body: liquidText(2_000, 'Liquid; plain text'),
    data: {
      type: 'object',
      maxProperties: 20,
      additionalProperties: { type: 'string', maxLength: 1_000 },
      description: 'key-value pairs for the app (deep link, screen); values are Liquid',
    },
  },
} as const;

export const letterPartsSchema = {
  type: 'object',
  required: ['html'],
  additionalProperties: false,
  properties: { html: liquidText(100_000, 'Liquid; variables are HTML-escaped') },
} as const;

export const languageContentSchema = {
  type: 'object',
  minProperties: 1,
  additionalProperties: false,
  properties: { email: emailPartsSchema, sms: smsPartsSchema, push: pushPartsSchema, letter: letterPartsSchema },
} as const;

export const templateDefinitionSchema = {
  $id: 'https://patient-outreach.dev/schemas/message-template-v1.json',
  title: 'Message template',
  type: 'object',
  required: ['schemaVersion', 'name', 'topic', 'defaultLanguage', 'content'],
  additionalProperties: false,
  properties: {
    schemaVersion: { const: 1 },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    description: { type: 'string', maxLength: 2_000 },
    topic: { type: 'string', enum: TOPICS },
    defaultLanguage: { type: 'string', pattern: LANGUAGE_PATTERN },
    content: {
      type: 'object',
      minProperties: 1,
      description: 'per language (BCP-47 tag), the parts of each channel',
      propertyNames: { pattern: LANGUAGE_PATTERN },
      additionalProperties: languageContentSchema,
    },
  },
} as const;

export type EmailParts = FromSchema<typeof emailPartsSchema>;
export type SmsParts = FromSchema<typeof smsPartsSchema>;
export type PushParts = FromSchema<typeof pushPartsSchema>;
export type LetterParts = FromSchema<typeof letterPartsSchema>;
export type LanguageContent = FromSchema<typeof languageContentSchema>;
export type MessageTemplateDefinition = FromSchema<typeof templateDefinitionSchema>;

/** One immutable version of a template; a send names the version it rendered. */
export interface MessageTemplateVersion {
  readonly templateId: string;
  readonly version: number;
  readonly definition: MessageTemplateDefinition;
  readonly createdAt: string;
  /** The staff user's subject (an opaque id). */
  readonly createdBy: string;
}

/** A template's current state: its latest version. */
export interface TemplateRecord {
  readonly templateId: string;
  readonly name: string;
  readonly latestVersion: number;
  readonly updatedAt: string;
  /** Guards concurrent changes of the record. */
  readonly revision: number;
}

import type { ErrorObject } from 'ajv';
import type { FromSchema } from 'json-schema-to-ts';
import { validateSendingPolicySettingsShape } from '../../validation/generated/policy-validators';
import { typedValidator } from '../../validation/validator';
import type { SendingPolicySettings } from '../policy-types';

/** What an organisation gets until it sets its own rules. */
export const DEFAULT_SENDING_POLICY: SendingPolicySettings = {
  defaultTimeZone: 'America/New_York',
  defaultCountry: 'US',
  quietHours: {
    sms: { start: '20:00', end: '08:00' },
    push: { start: '21:00', end: '08:00' },
  },
  frequencyCaps: {
    // Two a day: an appointment's 24 h and 2 h reminders can both go out.
    sms: [
      { windowHours: 24, max: 2 },
      { windowHours: 168, max: 4 },
    ],
    email: [
      { windowHours: 24, max: 2 },
      { windowHours: 168, max: 5 },
    ],
    push: [{ windowHours: 24, max: 2 }],
    letter: [{ windowHours: 168, max: 1 }],
  },
  consentDefaults: { transactional: 'opted-in', marketing: 'opted-out' },
};

const quietHoursSchema = {
  type: 'object',
  required: ['start', 'end'],
  additionalProperties: false,
  properties: {
    start: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM, inclusive' },
    end: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM, exclusive' },
  },
} as const;

const capsSchema = {
  type: 'array',
  maxItems: 10,
  items: {
    type: 'object',
    required: ['windowHours', 'max'],
    additionalProperties: false,
    properties: {
      windowHours: { type: 'number', exclusiveMinimum: 0, maximum: 8784 },
      max: { type: 'integer', minimum: 1 },
    },
  },
} as const;

const consentDefaultSchema = { type: 'string', enum: ['opted-in', 'opted-out'] } as const;

export const sendingPolicySettingsSchema = {
  type: 'object',
  required: ['defaultTimeZone', 'defaultCountry', 'quietHours', 'frequencyCaps', 'consentDefaults'],
  additionalProperties: false,
  properties: {
    defaultTimeZone: { type: 'string', format: 'time-zone' },
    defaultCountry: { type: 'string', format: 'phone-country' },
    quietHours: {
      type: 'object',
      additionalProperties: false,
      properties: { email: quietHoursSchema, sms: quietHoursSchema, push: quietHoursSchema, letter: quietHoursSchema },
    },
    frequencyCaps: {
      type: 'object',
      additionalProperties: false,
      properties: { email: capsSchema, sms: capsSchema, push: capsSchema, letter: capsSchema },
    },
    consentDefaults: {
      type: 'object',
      required: ['transactional', 'marketing'],
      additionalProperties: false,
      properties: { transactional: consentDefaultSchema, marketing: consentDefaultSchema },
    },
  },
} as const;

/** The schema and the contract type must describe the same thing: this line stops compiling if they drift. */
const schemaMatchesContract = (settings: FromSchema<typeof sendingPolicySettingsSchema>): SendingPolicySettings =>
  settings;
void schemaMatchesContract;

export interface SettingsProblem {
  /** JSON pointer into the submitted settings. */
  readonly pointer: string;
  readonly detail: string;
}

export type SettingsValidation =
  | { readonly ok: true; readonly settings: SendingPolicySettings }
  | { readonly ok: false; readonly problems: readonly SettingsProblem[] };

const validateShape = typedValidator<SendingPolicySettings>(validateSendingPolicySettingsShape);

function problemOf(error: ErrorObject): SettingsProblem {
  const params = error.params as { additionalProperty?: string; missingProperty?: string; format?: string };
  if (params.additionalProperty)
    return { pointer: `${error.instancePath}/${params.additionalProperty}`, detail: 'unknown field' };
  if (params.missingProperty)
    return { pointer: `${error.instancePath}/${params.missingProperty}`, detail: 'is required' };
  if (params.format === 'time-zone') return { pointer: error.instancePath, detail: 'must be an IANA time zone' };
  if (params.format === 'phone-country') {
    return { pointer: error.instancePath, detail: 'must be an ISO 3166 alpha-2 country with a numbering plan' };
  }
  if (error.keyword === 'pattern') return { pointer: error.instancePath, detail: 'must be a time HH:MM (00:00–23:59)' };
  return { pointer: error.instancePath || '/', detail: error.message ?? error.keyword };
}

/** Checks settings from an API body: the schema, then what a schema cannot say. */
export function validateSendingPolicySettings(input: unknown): SettingsValidation {
  if (!validateShape(input)) return { ok: false, problems: (validateShape.errors ?? []).map(problemOf) };
  const settings: SendingPolicySettings = input;
  const problems: SettingsProblem[] = [];
  for (const [channel, window] of Object.entries(settings.quietHours)) {
    if (window && window.start === window.end) {
      problems.push({
        pointer: `/quietHours/${channel}/end`,
        detail: 'must differ from start (omit the channel for no quiet hours)',
      });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, settings };
}

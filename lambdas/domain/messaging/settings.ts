import type { FromSchema } from 'json-schema-to-ts';
import { validateOrganisationSettings } from '../validation/generated/validators';
import { typedValidator } from '../validation/validator';
import { HELP_KEYWORDS, OPT_IN_KEYWORDS, OPT_OUT_KEYWORDS } from './feedback/inbound-sms';
import { DEFAULT_ORGANISATION, type OrganisationSettings } from './organisation';
import { DEFAULT_SENDING_POLICY, validateSendingPolicySettings } from './policy/defaults';
import type { SendingPolicySettings } from './policy-types';

/**
 * The organisation's messaging settings, one record: who the messages come from, the sending policy
 * (quiet hours, caps, consent defaults), and the SMS reply keywords journeys can wait for.
 */
export interface MessagingSettings {
  readonly organisation: OrganisationSettings;
  readonly policy: SendingPolicySettings;
  /** Reply keyword (upper case) → the event it means, e.g. `C` → `appointment-confirmed`. */
  readonly keywords: Readonly<Record<string, string>>;
}

export const DEFAULT_MESSAGING_SETTINGS: MessagingSettings = {
  organisation: DEFAULT_ORGANISATION,
  policy: DEFAULT_SENDING_POLICY,
  keywords: { C: 'appointment-confirmed', Y: 'appointment-confirmed', R: 'reschedule-requested' },
};

export const organisationSettingsSchema = {
  type: 'object',
  required: ['name', 'phone', 'address', 'defaultLocale'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200 },
    phone: { type: 'string', minLength: 3, maxLength: 40 },
    address: { type: 'string', minLength: 1, maxLength: 500 },
    website: { type: 'string', pattern: '^https://', maxLength: 500 },
    smsHelpText: { type: 'string', minLength: 1, maxLength: 300 },
    defaultLocale: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
  },
} as const;

/** The settings body as the API takes it; the policy part is checked by its own validator (zones, numbering plans). */
export const messagingSettingsBody = {
  type: 'object',
  required: ['organisation', 'policy', 'keywords'],
  additionalProperties: false,
  properties: {
    organisation: organisationSettingsSchema,
    // Any object here: its own validator checks it, with field-level messages the generic one cannot give.
    policy: { type: 'object', additionalProperties: true },
    keywords: {
      type: 'object',
      maxProperties: 20,
      description: 'reply keyword (upper case letters and digits, up to 20) → the event it means',
      additionalProperties: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' },
    },
  },
} as const;

const schemaMatchesContract = (settings: FromSchema<typeof organisationSettingsSchema>): OrganisationSettings =>
  settings;
void schemaMatchesContract;

/** Keywords the carriers and End User Messaging reserve: a configured keyword must not shadow them. */
const RESERVED = new Set([...OPT_OUT_KEYWORDS, ...OPT_IN_KEYWORDS, ...HELP_KEYWORDS]);

const KEYWORD = /^[A-Z0-9]{1,20}$/;
const validateOrganisation = typedValidator<unknown>(validateOrganisationSettings);

/** What a settings body lacks or breaks, as JSON pointers; empty when it is usable. */
export function messagingSettingsProblems(input: {
  organisation: unknown;
  policy: unknown;
  keywords: Readonly<Record<string, string>>;
}): { pointer: string; detail: string }[] {
  const problems: { pointer: string; detail: string }[] = [];
  if (!validateOrganisation(input.organisation)) {
    for (const error of validateOrganisation.errors ?? [])
      problems.push({ pointer: `/organisation${error.instancePath}`, detail: error.message ?? error.keyword });
  }
  const policy = validateSendingPolicySettings(input.policy);
  if (!policy.ok) for (const p of policy.problems) problems.push({ pointer: `/policy${p.pointer}`, detail: p.detail });
  for (const keyword of Object.keys(input.keywords)) {
    if (!KEYWORD.test(keyword))
      problems.push({ pointer: `/keywords/${keyword}`, detail: 'must be upper case letters and digits, up to 20' });
    else if (RESERVED.has(keyword))
      problems.push({ pointer: `/keywords/${keyword}`, detail: 'is reserved for opt-out, opt-in or help' });
  }
  return problems;
}

import {
  CHANNELS,
  MAX_REASON_LENGTH,
  PREFERENCE_SOURCES,
  PREFERENCE_STATUSES,
  TOPICS,
} from '../../domain/patients/preferences';
import { TIME_ZONE_SOURCES } from '../../domain/patients/time-zone-sources';
import { pageQuerySchema } from '../cursor';
import { enrolmentView } from './enrolment-api-schemas';

/**
 * JSON Schemas of the patient routes: the request schemas validate (and type) what handlers receive,
 * the response schemas document what they return. OpenAPI is generated from both.
 */
const patientId = {
  type: 'string',
  pattern: '^[A-Za-z0-9\\-\\.]{1,64}$',
  description: 'the FHIR logical id of the Patient',
} as const;

export const patientParams = {
  type: 'object',
  required: ['patientId'],
  additionalProperties: false,
  properties: { patientId },
} as const;

export const preferenceParams = {
  type: 'object',
  required: ['patientId', 'channel', 'topic'],
  additionalProperties: false,
  properties: {
    patientId,
    channel: { type: 'string', enum: [...CHANNELS] },
    topic: { type: 'string', enum: [...TOPICS] },
  },
} as const;

export const searchQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    family: {
      type: 'string',
      minLength: 1,
      maxLength: 100,
      description: 'family name prefix; case and accents ignored',
    },
    given: { type: 'string', minLength: 1, maxLength: 100, description: 'given name prefix; case and accents ignored' },
    identifier: {
      type: 'string',
      minLength: 1,
      maxLength: 1024,
      description: '`system|value`, `|value` (no system) or `value` (any system); not combined with other criteria',
    },
    birthDate: { type: 'string', format: 'date', description: 'exact birth date, `YYYY-MM-DD`' },
    ...pageQuerySchema,
  },
} as const;

export const pageQuery = { type: 'object', additionalProperties: false, properties: { ...pageQuerySchema } } as const;

export const preferenceBody = {
  type: 'object',
  required: ['status'],
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: [...PREFERENCE_STATUSES] },
    reason: { type: 'string', minLength: 1, maxLength: MAX_REASON_LENGTH },
  },
} as const;

const strings = { type: 'array', items: { type: 'string' } } as const;

const name = {
  type: 'object',
  properties: {
    use: { type: 'string' },
    text: { type: 'string' },
    family: { type: 'string' },
    given: strings,
    prefix: strings,
    suffix: strings,
  },
} as const;

const contactPoint = {
  type: 'object',
  required: ['value'],
  properties: {
    system: { type: 'string' },
    value: { type: 'string' },
    use: { type: 'string' },
    rank: { type: 'integer' },
  },
} as const;

const address = {
  type: 'object',
  properties: {
    use: { type: 'string' },
    text: { type: 'string' },
    line: strings,
    city: { type: 'string' },
    district: { type: 'string' },
    state: { type: 'string' },
    postalCode: { type: 'string' },
    country: { type: 'string' },
  },
} as const;

const preference = {
  type: 'object',
  required: ['changeId', 'patientId', 'channel', 'topic', 'status', 'source', 'actor', 'at'],
  properties: {
    changeId: { type: 'string' },
    patientId: { type: 'string' },
    channel: { type: 'string', enum: [...CHANNELS] },
    topic: { type: 'string', enum: [...TOPICS] },
    status: { type: 'string', enum: [...PREFERENCE_STATUSES] },
    source: { type: 'string', enum: [...PREFERENCE_SOURCES] },
    actor: { type: 'string' },
    at: { type: 'string', format: 'date-time' },
    reason: { type: 'string' },
  },
} as const;

const consent = {
  type: 'object',
  required: ['id', 'scope', 'category'],
  properties: {
    id: { type: 'string' },
    status: { type: 'string' },
    scope: { ...strings, description: '`system|code`' },
    category: { ...strings, description: '`system|code`' },
    provision: { type: 'string', enum: ['permit', 'deny'] },
    date: { type: 'string' },
    end: { type: 'string' },
  },
} as const;

const code = {
  type: 'object',
  required: ['code'],
  properties: { system: { type: 'string' }, code: { type: 'string' }, display: { type: 'string' } },
} as const;

const quantity = {
  type: 'object',
  required: ['value'],
  properties: {
    value: { type: 'number' },
    unit: { type: 'string' },
    system: { type: 'string' },
    code: { type: 'string' },
  },
} as const;

const clinicalItem = {
  type: 'object',
  required: ['id', 'codes', 'categories'],
  properties: {
    id: { type: 'string' },
    codes: { type: 'array', items: code },
    categories: { type: 'array', items: code },
    status: { type: 'string' },
    verification: { type: 'string' },
    date: { type: 'string' },
    end: { type: 'string' },
    classCode: { type: 'string' },
    value: {
      type: 'object',
      properties: {
        quantity,
        codes: { type: 'array', items: code },
        components: {
          type: 'array',
          items: { type: 'object', properties: { codes: { type: 'array', items: code }, quantity } },
        },
      },
    },
    count: { type: 'integer', description: 'in `latest`: how many observations share this code' },
  },
} as const;

const clinicalList = {
  type: 'object',
  required: ['total', 'items'],
  properties: {
    total: { type: 'integer' },
    items: { type: 'array', items: clinicalItem, description: 'newest first, at most 50' },
  },
} as const;

/** A patient's membership as the 360 view and `GET /patients/{patientId}/segments` show it. */
export const patientSegmentSchema = {
  type: 'object',
  required: ['segmentId', 'name', 'version', 'since', 'kind', 'readsClinicalData'],
  properties: {
    segmentId: { type: 'string' },
    name: { type: 'string' },
    version: { type: 'integer' },
    since: { type: 'string', format: 'date-time', description: 'when the patient entered' },
    kind: { type: 'string', enum: ['dynamic', 'static'] },
    readsClinicalData: {
      type: 'boolean',
      description:
        "the segment's criteria read clinical data; such memberships are listed only for roles with clinical read",
    },
  },
} as const;

const placeholder = { type: 'array', items: { type: 'object' }, description: 'filled by a later release' } as const;

export const searchResponse = {
  type: 'object',
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name'],
        properties: {
          id: { type: 'string' },
          name: { type: 'array', items: name },
          birthDate: { type: 'string' },
          gender: { type: 'string' },
          telecom: { type: 'array', items: contactPoint, description: 'with `patients:read-contact` only' },
          address: { type: 'array', items: address, description: 'with `patients:read-contact` only' },
        },
      },
    },
    cursor: { type: 'string', description: 'pass as `cursor` for the next page; absent on the last page' },
  },
} as const;

export const patient360Response = {
  type: 'object',
  required: ['id', 'profile'],
  description: 'Each section is present only when the caller holds the permission that shows it.',
  properties: {
    id: { type: 'string' },
    profile: {
      type: 'object',
      required: ['name', 'active', 'deceased', 'timeZone', 'timeZoneSource'],
      properties: {
        name: { type: 'array', items: name },
        birthDate: { type: 'string' },
        gender: { type: 'string' },
        active: { type: 'boolean' },
        deceased: { type: 'boolean' },
        deceasedAt: { type: 'string' },
        language: { type: 'string' },
        timeZone: { type: 'string', description: 'the IANA zone times are shown and quiet hours judged in' },
        timeZoneSource: {
          type: 'string',
          enum: [...TIME_ZONE_SOURCES],
          description:
            'what decided it: the timezone extension, the home address, the mobile number, else the organisation',
        },
      },
    },
    contact: {
      type: 'object',
      properties: { telecom: { type: 'array', items: contactPoint }, address: { type: 'array', items: address } },
    },
    communication: {
      type: 'object',
      properties: {
        languages: {
          type: 'array',
          items: {
            type: 'object',
            required: ['code', 'preferred'],
            properties: { code: { type: 'string' }, display: { type: 'string' }, preferred: { type: 'boolean' } },
          },
        },
      },
    },
    preferences: { type: 'array', items: preference, description: 'with `preferences:read`' },
    consents: { type: 'array', items: consent, description: 'with `preferences:read`' },
    appointments: {
      type: 'array',
      description: 'with `patients:read-engagement`: times and statuses only',
      items: {
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'string' },
          status: { type: 'string' },
          start: { type: 'string' },
          end: { type: 'string' },
        },
      },
    },
    segments: {
      type: 'array',
      items: patientSegmentSchema,
      description: 'with `patients:read-engagement` or `segments:manage`: memberships of active segments',
    },
    journeys: {
      type: 'array',
      description: "with `patients:read-engagement`: the patient's journeys, each with its execution's current step",
      items: enrolmentView,
    },
    messages: {
      type: 'array',
      description: 'with `patients:read-engagement`: the newest messages (all of them: GET /patients/{id}/messages)',
      items: {
        type: 'object',
        required: ['messageId', 'templateId', 'topic', 'status', 'createdAt', 'updatedAt'],
        properties: {
          messageId: { type: 'string' },
          templateId: { type: 'string' },
          topic: { type: 'string' },
          channel: { type: 'string' },
          status: { type: 'string' },
          reason: { type: 'string' },
          createdAt: { type: 'string' },
          updatedAt: { type: 'string' },
        },
      },
    },
    registrations: placeholder,
    clinical: {
      type: 'object',
      description: 'with `patients:read-clinical` only',
      properties: {
        conditions: clinicalList,
        observations: {
          ...clinicalList,
          required: ['total', 'items', 'latest'],
          properties: { ...clinicalList.properties, latest: { type: 'array', items: clinicalItem } },
        },
        procedures: clinicalList,
        immunizations: clinicalList,
        medicationRequests: clinicalList,
        allergies: clinicalList,
        encounters: clinicalList,
        episodesOfCare: clinicalList,
        serviceRequests: clinicalList,
        appointments: clinicalList,
      },
    },
  },
} as const;

export const preferencesResponse = {
  type: 'object',
  required: ['patientId', 'preferences', 'consents'],
  properties: {
    patientId: { type: 'string' },
    preferences: {
      type: 'array',
      items: preference,
      description: 'the current preference of each channel and topic set so far',
    },
    consents: { type: 'array', items: consent },
  },
} as const;

export const preferenceUpdateResponse = {
  type: 'object',
  required: ['outcome', 'preference'],
  properties: {
    outcome: {
      type: 'string',
      enum: ['applied', 'superseded', 'duplicate'],
      description: '`superseded`: kept in the history, but a later change of this channel and topic stays current',
    },
    preference: preference,
  },
} as const;

export const preferenceHistoryResponse = {
  type: 'object',
  required: ['items'],
  properties: {
    items: { type: 'array', items: preference, description: 'newest first' },
    cursor: { type: 'string' },
  },
} as const;

import type { FromSchema } from 'json-schema-to-ts';

/**
 * JSON Schema (schemaVersion 1) of a segment definition. Every criteria node is an object with exactly one
 * key naming its kind, so the schema maps keys to sub-schemas instead of using `oneOf`: Ajv then reports
 * errors at the bad node's own path rather than one per alternative.
 */

export const SEGMENT_RESOURCE_TYPES = [
  'Condition',
  'Observation',
  'Procedure',
  'Immunization',
  'Appointment',
  'Encounter',
  'MedicationRequest',
  'AllergyIntolerance',
  'EpisodeOfCare',
  'ServiceRequest',
] as const;

export const ENGAGEMENT_KINDS = ['received', 'opened', 'clicked', 'ignored', 'registered', 'attended'] as const;

const boundsSchema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 0 } },
} as const;

export const codingSchema = {
  type: 'object',
  required: ['system', 'code'],
  additionalProperties: false,
  properties: { system: { type: 'string', minLength: 1 }, code: { type: 'string', minLength: 1 } },
} as const;

const codeListSchema = { type: 'array', minItems: 1, items: codingSchema } as const;

export const windowSchema = {
  type: 'object',
  description: 'A time window relative to the clock, or absolute. Exactly one key.',
  minProperties: 1,
  maxProperties: 1,
  additionalProperties: false,
  properties: {
    last: { type: 'string', description: 'ISO 8601 duration: the date is in (now − d, now].' },
    next: { type: 'string', description: 'ISO 8601 duration: the date is in [now, now + d).' },
    before: { type: 'string', description: 'ISO 8601 duration: the date is at or before now − d (at least d ago).' },
    between: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: { from: { type: 'string', format: 'date-time' }, to: { type: 'string', format: 'date-time' } },
    },
    sinceAnnual: {
      type: 'string',
      pattern: '^--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
      description: 'A month-day `--MM-DD`: since its most recent occurrence at or before now, up to now.',
    },
  },
} as const;

export const ageCriterionSchema = boundsSchema;

export const genderCriterionSchema = {
  type: 'array',
  minItems: 1,
  items: { type: 'string', enum: ['male', 'female', 'other', 'unknown'] },
} as const;

export const postalCodeCriterionSchema = {
  type: 'object',
  required: ['prefixes'],
  additionalProperties: false,
  properties: { prefixes: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } } },
} as const;

export const languageCriterionSchema = {
  type: 'array',
  minItems: 1,
  items: { type: 'string', pattern: '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$' },
} as const;

export const resourceCriterionSchema = {
  type: 'object',
  required: ['type'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', enum: SEGMENT_RESOURCE_TYPES },
    codes: codeListSchema,
    status: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    classCodes: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    within: windowSchema,
    dateField: { type: 'string', enum: ['date', 'end'] },
    count: boundsSchema,
  },
} as const;

export const latestObservationCriterionSchema = {
  type: 'object',
  required: ['codes', 'value'],
  additionalProperties: false,
  properties: {
    codes: codeListSchema,
    within: windowSchema,
    component: {
      type: 'object',
      required: ['codes'],
      additionalProperties: false,
      properties: { codes: codeListSchema },
    },
    value: {
      type: 'object',
      required: ['comparator', 'value', 'unit'],
      additionalProperties: false,
      properties: {
        comparator: { type: 'string', enum: ['>=', '>', '<=', '<', '='] },
        value: { type: 'number' },
        unit: { type: 'string', minLength: 1, description: 'UCUM code or unit text; must match the observation’s.' },
      },
    },
  },
} as const;

export const engagementCriterionSchema = {
  type: 'object',
  required: ['kind'],
  additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: ENGAGEMENT_KINDS },
    journeyId: { type: 'string', minLength: 1 },
    campaignId: { type: 'string', minLength: 1 },
    templateId: { type: 'string', minLength: 1 },
    eventId: { type: 'string', minLength: 1 },
    within: windowSchema,
  },
} as const;

const nodeRef = { $ref: '#/$defs/node' } as const;

export const segmentDefinitionSchema = {
  $id: 'https://patient-outreach.dev/schemas/segment-definition-v1.json',
  title: 'Segment definition',
  type: 'object',
  required: ['schemaVersion', 'id', 'name', 'description', 'criteria'],
  additionalProperties: false,
  properties: {
    schemaVersion: { const: 1 },
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    description: { type: 'string', maxLength: 2000 },
    sources: { type: 'array', items: { type: 'string', minLength: 1 } },
    criteria: nodeRef,
  },
  $defs: {
    node: {
      type: 'object',
      description: 'One criterion: an object with exactly one key naming its kind.',
      minProperties: 1,
      maxProperties: 1,
      additionalProperties: false,
      properties: {
        all: { type: 'array', items: nodeRef },
        any: { type: 'array', items: nodeRef },
        not: nodeRef,
        age: ageCriterionSchema,
        gender: genderCriterionSchema,
        postalCode: postalCodeCriterionSchema,
        language: languageCriterionSchema,
        deceased: { type: 'boolean' },
        resource: resourceCriterionSchema,
        latestObservation: latestObservationCriterionSchema,
        engagement: engagementCriterionSchema,
        inSegment: { type: 'string', minLength: 1 },
        fhirpath: { type: 'string', minLength: 1 },
      },
    },
  },
} as const;

export type Coding = FromSchema<typeof codingSchema>;
export type Window = FromSchema<typeof windowSchema>;
export type AgeCriterion = FromSchema<typeof ageCriterionSchema>;
export type GenderCriterion = FromSchema<typeof genderCriterionSchema>;
export type PostalCodeCriterion = FromSchema<typeof postalCodeCriterionSchema>;
export type LanguageCriterion = FromSchema<typeof languageCriterionSchema>;
export type ResourceCriterion = FromSchema<typeof resourceCriterionSchema>;
export type LatestObservationCriterion = FromSchema<typeof latestObservationCriterionSchema>;
export type EngagementCriterion = FromSchema<typeof engagementCriterionSchema>;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

/**
 * The criteria tree. json-schema-to-ts cannot follow a recursive `$ref`, so the union is spelled here from
 * the leaf types, which are themselves derived from the schema above.
 */
export type CriteriaNode =
  | { readonly all: readonly CriteriaNode[] }
  | { readonly any: readonly CriteriaNode[] }
  | { readonly not: CriteriaNode }
  | { readonly age: AgeCriterion }
  | { readonly gender: GenderCriterion }
  | { readonly postalCode: PostalCodeCriterion }
  | { readonly language: LanguageCriterion }
  | { readonly deceased: boolean }
  | { readonly resource: ResourceCriterion }
  | { readonly latestObservation: LatestObservationCriterion }
  | { readonly engagement: EngagementCriterion }
  | { readonly inSegment: string }
  | { readonly fhirpath: string };

export interface SegmentDefinition {
  readonly schemaVersion: 1;
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly sources?: readonly string[];
  readonly criteria: CriteriaNode;
}

/** A static segment: its members are uploaded (`PUT /segments/{segmentId}/members`), not computed. */
export const staticSegmentSchema = {
  type: 'object',
  required: ['kind', 'id', 'name'],
  additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: ['static'], description: 'members are uploaded (PUT /segments/{segmentId}/members)' },
    id: {
      type: 'string',
      pattern: segmentDefinitionSchema.properties.id.pattern,
      description: 'lower-case letters, digits and hyphens, at most 64',
    },
    name: segmentDefinitionSchema.properties.name,
    description: segmentDefinitionSchema.properties.description,
  },
} as const;

import { ENROLMENT_STATUSES } from '../../domain/journeys/enrolment-views';
import { pageQuerySchema } from '../cursor';

const ID = '^[A-Za-z0-9\\-.]{1,64}$';

/** One run of a journey for one patient: ids, times, status and the step it is in. */
export const enrolmentView = {
  type: 'object',
  required: ['journeyId', 'patientId', 'entryKey', 'journeyVersion', 'enteredAt', 'entries', 'executionName'],
  additionalProperties: false,
  properties: {
    journeyId: { type: 'string' },
    patientId: { type: 'string' },
    entryKey: { type: 'string', description: '`patient`, or the triggering resource of a keyed journey' },
    journeyVersion: { type: 'integer' },
    enteredAt: { type: 'string', format: 'date-time' },
    entries: { type: 'integer', description: 'runs of this patient (and key) so far' },
    executionName: { type: 'string' },
    status: { type: 'string', enum: [...ENROLMENT_STATUSES] },
    stoppedAt: { type: 'string', format: 'date-time' },
    currentStep: { type: 'string', description: 'the step the running execution is in' },
    currentState: { type: 'string', description: 'the state of the compiled ASL it is in' },
    goalReachedAt: {
      type: 'string',
      format: 'date-time',
      description: "when the journey's goal first happened during the run (a conversion)",
    },
  },
} as const;

export const enrolmentPageResponse = {
  type: 'object',
  required: ['items'],
  additionalProperties: false,
  properties: { items: { type: 'array', items: enrolmentView }, cursor: { type: 'string' } },
} as const;

export const patientJourneysResponse = {
  type: 'object',
  required: ['items'],
  additionalProperties: false,
  properties: { items: { type: 'array', items: enrolmentView } },
} as const;

export const enrolmentListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { ...pageQuerySchema },
} as const;

export const manualEnrolmentBody = {
  type: 'object',
  required: ['patientId', 'idempotencyKey'],
  additionalProperties: false,
  properties: {
    patientId: { type: 'string', pattern: ID },
    idempotencyKey: {
      type: 'string',
      minLength: 8,
      maxLength: 64,
      description: 'the same key again is the same request: it enrols once, even in an `always` journey',
    },
    triggeringResource: {
      type: 'object',
      required: ['resourceType', 'id'],
      additionalProperties: false,
      description: 'for a journey started by a FHIR trigger: the resource it is about (an Appointment)',
      properties: {
        resourceType: { type: 'string', pattern: '^[A-Z][A-Za-z]{1,63}$' },
        id: { type: 'string', pattern: ID },
      },
    },
  },
} as const;

export const manualEnrolmentResponse = {
  type: 'object',
  required: ['outcome', 'executionName'],
  additionalProperties: false,
  properties: {
    outcome: { type: 'string', enum: ['enrolled', 'already-running'] },
    executionName: { type: 'string' },
  },
} as const;

export const bulkEnrolmentBody = {
  type: 'object',
  required: ['idempotencyKey'],
  additionalProperties: false,
  properties: {
    segmentId: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' },
    idempotencyKey: {
      type: 'string',
      pattern: '^[A-Za-z0-9_-]{8,36}$',
      description: 'names the run: the same key again is the same run (each patient is enrolled once by it)',
    },
  },
} as const;

export const bulkEnrolmentResponse = {
  type: 'object',
  required: ['executionArn', 'started', 'segmentId'],
  additionalProperties: false,
  properties: {
    executionArn: { type: 'string' },
    started: { type: 'boolean', description: 'false when a run of this key was already started' },
    segmentId: { type: 'string' },
  },
} as const;

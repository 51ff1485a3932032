import type * as fhir4 from 'fhir/r4';
import { JOURNEY_DURATION_PATTERN, journeyEventSchema } from '../definition-schema';
import { parseJourneyDuration } from '../journey-duration';
import type { ScriptedEvent } from './simulate-journey';

const ID = '^[A-Za-z0-9\\-.]{1,64}$';

/** `POST /journeys/{journeyId}/simulate`: whom, from when, and what happens to them meanwhile. */
export const simulationBody = {
  type: 'object',
  additionalProperties: false,
  description:
    'Either `patientId` (a real patient, read only) or `patient` (a synthetic FHIR Patient); nothing is written or sent either way.',
  properties: {
    version: { type: 'integer', minimum: 1, description: 'the journey version (default: the latest, drafts included)' },
    patientId: { type: 'string', pattern: ID },
    patient: { type: 'object', description: 'a synthetic FHIR R4 Patient (with an id)' },
    resources: {
      type: 'array',
      maxItems: 100,
      items: { type: 'object' },
      description: 'synthetic FHIR resources of the patient (an Appointment to remind of), added to a real patient’s',
    },
    triggeringResource: {
      type: 'object',
      required: ['resourceType', 'id'],
      additionalProperties: false,
      properties: {
        resourceType: { type: 'string', pattern: '^[A-Z][A-Za-z]{1,63}$' },
        id: { type: 'string', pattern: ID },
      },
    },
    start: { type: 'string', format: 'date-time', description: 'when the patient enters (default: now)' },
    segments: {
      type: 'array',
      maxItems: 100,
      items: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' },
      description: 'the segments the patient is in at the start (default: a real patient’s memberships, else none)',
    },
    attributes: {
      type: 'object',
      maxProperties: 50,
      additionalProperties: { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    },
    events: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        required: ['after', 'event'],
        additionalProperties: false,
        properties: {
          after: { type: 'string', pattern: JOURNEY_DURATION_PATTERN, description: 'time after the start, e.g. PT30H' },
          event: journeyEventSchema,
          resource: { type: 'object', description: 'a FHIR change: the resource after it (absent: deleted)' },
        },
      },
    },
  },
} as const;

export interface SimulationBody {
  readonly version?: number;
  readonly patientId?: string;
  readonly patient?: Record<string, unknown>;
  readonly resources?: readonly Record<string, unknown>[];
  readonly triggeringResource?: { readonly resourceType: string; readonly id: string };
  readonly start?: string;
  readonly segments?: readonly string[];
  readonly attributes?: Readonly<Record<string, string | number | boolean>>;
  readonly events?: readonly { readonly after: string; readonly event: unknown; readonly resource?: unknown }[];
}

export function scriptedEventsOf(body: SimulationBody, start: Date): ScriptedEvent[] {
  return (body.events ?? []).map((entry) => ({
    at: new Date(start.getTime() + (parseJourneyDuration(entry.after) ?? 0) * 1000).toISOString(),
    event: entry.event as ScriptedEvent['event'],
    ...(entry.resource ? { resource: entry.resource as unknown as fhir4.FhirResource } : {}),
  }));
}

/** One timeline entry: `kind` says which of the other fields it carries. */
const entry = {
  type: 'object',
  required: ['at', 'kind'],
  properties: {
    at: { type: 'string', format: 'date-time' },
    step: { type: 'string' },
    kind: {
      type: 'string',
      enum: [
        'wait',
        'send',
        'wait-for-event',
        'exit-check',
        'condition',
        'segment',
        'attribute-read',
        'activity',
        'attribute',
        'event',
      ],
    },
    until: { type: 'string', format: 'date-time', description: 'wait: when it ends' },
    outcome: { type: 'string', description: 'send: the send outcome; wait-for-event: received or timed-out' },
    templateId: { type: 'string', description: 'send' },
    channel: { type: 'string', description: 'send: the channel used' },
    reason: { type: 'string', description: 'send: why it was not sent' },
    deferredUntil: { type: 'string', format: 'date-time', description: 'send: deferred by quiet hours' },
    checks: { type: 'array', items: { type: 'object' }, description: 'send: the policy checks' },
    preview: {
      type: 'object',
      required: ['channel'],
      description: 'send: the rendered message',
      properties: {
        channel: { type: 'string', enum: ['email', 'sms', 'push', 'letter'] },
        subject: { type: 'string' },
        html: { type: 'string' },
        text: { type: 'string' },
        title: { type: 'string' },
        body: { type: 'string' },
        encoding: { type: 'string' },
        segments: { type: 'integer' },
      },
    },
    event: { ...journeyEventSchema, description: 'wait-for-event and event: the event' },
    exit: { type: 'boolean', description: 'exit-check: whether the patient leaves' },
    because: { type: 'string', description: 'exit-check: why' },
    matches: { type: 'boolean', description: 'condition' },
    segmentId: { type: 'string', description: 'segment' },
    member: { type: 'boolean', description: 'segment' },
    name: { type: 'string', description: 'attribute-read and attribute' },
    value: {
      anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }],
      description: 'attribute-read and attribute',
    },
    activity: { type: 'object', description: 'activity: the activity created' },
  },
} as const;

export const simulationResponse = {
  type: 'object',
  required: ['journeyId', 'version', 'outcome', 'startedAt', 'endedAt', 'timeline', 'states', 'transitions'],
  properties: {
    journeyId: { type: 'string' },
    version: { type: 'integer' },
    outcome: { type: 'string', enum: ['completed', 'exited', 'failed'] },
    error: { type: 'object' },
    startedAt: { type: 'string', format: 'date-time' },
    endedAt: { type: 'string', format: 'date-time' },
    timeline: {
      type: 'array',
      description:
        'each step with its time: waits (until), sends (outcome, channel, template, reason, the policy checks, the rendered preview), exit checks, branch reads, conditions, waits for events (received or timed out), activities, attributes, and the scripted events',
      items: entry,
    },
    states: { type: 'array', items: { type: 'string' }, description: 'every state entered, in order' },
    transitions: { type: 'integer', description: 'state transitions Step Functions would bill for this run' },
  },
} as const;

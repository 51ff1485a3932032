import type { ResponseOf } from '../../api/types';

/** A journey definition, typed by the API's own documentation of it (the catalog and every version carry one). */
export type JourneyDefinition = ResponseOf<'getJourneyCatalog'>['items'][number];
export type JourneyStep = JourneyDefinition['steps'][string];
export type JourneyEvent = NonNullable<JourneyDefinition['goal']>;
export type StepType = JourneyStep['type'];
export type ValidationError = ResponseOf<'validateJourney'>['errors'][number];

/** The node that stands for how patients enter (and leave): not a step id, which the schema's pattern forbids. */
export const ENTRY_NODE = '__entry';

export const STEP_TYPE_LABELS: Record<StepType, string> = {
  send: 'Send',
  wait: 'Wait',
  'wait-for-event': 'Wait for event',
  branch: 'Branch',
  'create-activity': 'Staff activity',
  'update-attribute': 'Set attribute',
  exit: 'Exit',
};

/** An outgoing arm of a step: the step it leads to and how a person reads it. */
export interface StepArm {
  readonly to: string;
  readonly label?: string;
  /** Where the arm is in the step (`next`, `next/received`, `on/randomSplit/0/next`): its field in the side panel. */
  readonly field: string;
}

export function armsOf(step: JourneyStep): StepArm[] {
  switch (step.type) {
    case 'exit':
      return [];
    case 'wait-for-event': {
      const next = step.next as { received: string; timedOut: string };
      return [
        { to: next.received, label: 'received', field: 'next/received' },
        { to: next.timedOut, label: 'timed out', field: 'next/timedOut' },
      ];
    }
    case 'branch': {
      const branch = step as Extract<JourneyStep, { type: 'branch' }>;
      if (branch.on.randomSplit)
        return branch.on.randomSplit.map((arm, index) => ({
          to: arm.next,
          label: `${arm.percent}%`,
          field: `on/randomSplit/${index}/next`,
        }));
      return branch.next
        ? [
            { to: branch.next.true, label: 'yes', field: 'next/true' },
            { to: branch.next.false, label: 'no', field: 'next/false' },
          ]
        : [];
    }
    default:
      return [{ to: (step as { next: string }).next, field: 'next' }];
  }
}

/** `P14D` → "14 days", `PT2H30M` → "2 h 30 min"; anything else as written. */
export function readableDuration(duration: string | undefined): string {
  const match = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(duration ?? '');
  if (!duration || !match) return duration ?? '—';
  const [, minus, days, hours, minutes] = match;
  const parts = [
    days && `${days} day${days === '1' ? '' : 's'}`,
    hours && `${hours} h`,
    minutes && `${minutes} min`,
  ].filter(Boolean);
  return `${minus ? '−' : ''}${parts.join(' ') || duration}`;
}

export function describeEvent(event: JourneyEvent | undefined): string {
  if (!event) return '—';
  if (event.reply) return `reply "${event.reply}"`;
  if (event.segmentEntered) return `enters segment ${event.segmentEntered}`;
  if (event.segmentExited) return `leaves segment ${event.segmentExited}`;
  if (event.engagement) return `${event.engagement} a message`;
  if (event.fhirChange) return `${event.fhirChange.resourceType} ${(event.fhirChange.actions ?? ['change']).join('/')}`;
  return 'an event';
}

/** One line on what a step does, as its node and the step list show it. */
export function summaryOf(step: JourneyStep): string {
  switch (step.type) {
    case 'send': {
      const send = step as Extract<JourneyStep, { type: 'send' }>;
      return `${send.template} by ${send.channels.join(', then ')}`;
    }
    case 'wait': {
      const wait = step as Extract<JourneyStep, { type: 'wait' }>;
      if (wait.duration) return readableDuration(wait.duration);
      if (wait.untilLocalTime) return `until ${wait.untilLocalTime} local time`;
      if (wait.untilResourceTime)
        return `until ${wait.untilResourceTime.field} ${readableDuration(wait.untilResourceTime.offset ?? 'PT0M')}`;
      return 'no time set';
    }
    case 'wait-for-event': {
      const wait = step as Extract<JourneyStep, { type: 'wait-for-event' }>;
      return `${describeEvent(wait.event)}, up to ${readableDuration(wait.timeout)}`;
    }
    case 'branch': {
      const { on } = step as Extract<JourneyStep, { type: 'branch' }>;
      if (on.inSegment) return `in segment ${on.inSegment}?`;
      if (on.attribute) return `${on.attribute.name} = ${String(on.attribute.equals)}?`;
      if (on.triggerCondition) return 'trigger condition';
      if (on.randomSplit) return `random split ${on.randomSplit.map((arm) => `${arm.percent}%`).join(' / ')}`;
      return 'no condition';
    }
    case 'create-activity': {
      const { activity } = step as Extract<JourneyStep, { type: 'create-activity' }>;
      return `${activity.title}${activity.assignTo ? ` (${activity.assignTo})` : ''}`;
    }
    case 'update-attribute': {
      const update = step as Extract<JourneyStep, { type: 'update-attribute' }>;
      return `${update.name} := ${String(update.value)}`;
    }
    case 'exit':
      return 'leaves the journey';
  }
}

export function describeEntry(definition: JourneyDefinition): string {
  const { entry } = definition;
  if (entry.segmentEntered) return `Enters segment ${entry.segmentEntered}`;
  if (entry.fhirTrigger)
    return `${entry.fhirTrigger.resourceType} ${(entry.fhirTrigger.actions ?? ['change']).join('/')}`;
  if (entry.scheduledEnrolment)
    return `Segment ${entry.scheduledEnrolment.segmentId} on ${entry.scheduledEnrolment.schedule}`;
  if (entry.staffRequest) return 'Enrolled by staff';
  return 'No entry';
}

/**
 * The node a validation error belongs to, from its JSON pointer into the definition: `/steps/<id>/…` to the step,
 * how patients enter and leave (`/entry`, `/reEntry`, `/exitWhen`, `/goal`, `/start`) to the entry node.
 */
export function nodeOfPointer(pointer: string): string {
  const [, first, second] = pointer.split('/');
  if (first === 'steps' && second) return second.replace(/~1/g, '/').replace(/~0/g, '~');
  return ENTRY_NODE;
}

/** The rest of a step error's pointer (`/steps/wait-14-days/duration` → `duration`): the field it names. */
export function fieldOfPointer(pointer: string): string {
  return pointer.split('/').slice(3).join('/');
}

/** A copy of the definition with one step replaced. */
export function withStep(definition: JourneyDefinition, stepId: string, step: JourneyStep): JourneyDefinition {
  return { ...definition, steps: { ...definition.steps, [stepId]: step } };
}

import type * as fhir4 from 'fhir/r4';
import type { AddressKeyOf } from '../../messaging/policy/address-key';
import type { AddressBook, RenderedMessage } from '../../messaging/ports';
import { sendMessage } from '../../messaging/send-message';
import type { SendOutcome, TemplateSource } from '../../messaging/send-ports';
import type { MessagingSettings } from '../../messaging/settings';
import type { PreferenceRecord } from '../../patients/preferences';
import { type Clock, silentLogger } from '../../ports';
import type { StateMachineDefinition } from '../asl-types';
import { evaluateChangeCondition, type ResourceChange } from '../conditions';
import type { JourneyDefinition, JourneyEvent } from '../definition-schema';
import { stepOfState } from '../enrolment-views';
import { localAsl, StatesError, taskHandlersOf } from '../interpretable-asl';
import type { JourneyFunctions } from '../journey-states';
import { evaluateCondition } from '../steps/evaluate-condition';
import { resolveWaitTime } from '../steps/resolve-wait-time';
import { EXITED_ANSWER, parseSendStep, sendStepAnswer } from '../steps/send-step';
import { kindAndKeyOf, matchesEvent } from '../waits/match-event';
import type { ChangeConditions, LoggedEvent } from '../waits/ports';
import { immediateResourceWaitAnswer } from '../waits/resource-wait-answers';
import { type CheckExitPayload, parseCheckExitPayload, parseRegisterWaitPayload } from '../waits/wait-input';
import { dryRunSendDependencies } from './dry-run-send';

/** Runs ASL with local task handlers: the seam to the interpreter library (an adapter). */
export interface AslInterpreter {
  run(
    definition: unknown,
    input: unknown,
    handlers: Record<string, (taskInput: unknown) => Promise<unknown>>,
    executionName: string,
  ): Promise<{
    readonly output?: unknown;
    readonly error?: { readonly name: string; readonly cause: string };
    readonly statesEntered: readonly string[];
  }>;
}

/** Something that happens to the patient during the simulation, at a time. */
export interface ScriptedEvent {
  readonly at: string;
  readonly event: JourneyEvent;
  /** A FHIR change: the resource after it (absent for a delete). */
  readonly resource?: fhir4.FhirResource;
}

export interface SimulationInput {
  readonly definition: JourneyDefinition;
  readonly journeyVersion: number;
  /** Compiled for `functions` (any names: the simulator answers them). */
  readonly asl: StateMachineDefinition;
  readonly functions: JourneyFunctions;
  readonly patient: fhir4.Patient;
  /** The patient's resources (the triggering one among them). */
  readonly resources: readonly fhir4.FhirResource[];
  readonly triggeringResource?: { readonly resourceType: string; readonly id: string };
  readonly start: Date;
  readonly events: readonly ScriptedEvent[];
  readonly segments: readonly string[];
  readonly attributes: Readonly<Record<string, string | number | boolean>>;
  readonly preferences: readonly PreferenceRecord[];
  readonly addressStatuses: AddressBook['statusOf'];
  readonly addressKeyOf: AddressKeyOf;
  readonly templates: TemplateSource;
  readonly settings: MessagingSettings;
}

export type TimelineEntry =
  | { readonly at: string; readonly step: string; readonly kind: 'wait'; readonly until: string }
  | {
      readonly at: string;
      readonly step: string;
      readonly kind: 'send';
      readonly outcome: SendOutcome['outcome'];
      readonly templateId: string;
      readonly channel?: string;
      readonly reason?: string;
      readonly deferredUntil?: string;
      readonly checks?: readonly unknown[];
      readonly preview?: RenderedMessage;
    }
  | {
      readonly at: string;
      readonly step: string;
      readonly kind: 'wait-for-event';
      readonly outcome: 'received' | 'timed-out';
      readonly event: JourneyEvent;
    }
  | {
      readonly at: string;
      readonly step: string;
      readonly kind: 'exit-check';
      readonly exit: boolean;
      readonly because?: string;
    }
  | { readonly at: string; readonly step: string; readonly kind: 'condition'; readonly matches: boolean }
  | {
      readonly at: string;
      readonly step: string;
      readonly kind: 'segment';
      readonly segmentId: string;
      readonly member: boolean;
    }
  | {
      readonly at: string;
      readonly step: string;
      readonly kind: 'attribute-read';
      readonly name: string;
      readonly value?: string | number | boolean;
    }
  | { readonly at: string; readonly step: string; readonly kind: 'activity'; readonly activity: unknown }
  | {
      readonly at: string;
      readonly step: string;
      readonly kind: 'attribute';
      readonly name: string;
      readonly value: unknown;
    }
  | { readonly at: string; readonly step: string; readonly kind: 'event'; readonly event: JourneyEvent };

export interface SimulationResult {
  readonly outcome: 'completed' | 'exited' | 'failed';
  readonly error?: { readonly name: string; readonly cause: string };
  readonly startedAt: string;
  readonly endedAt: string;
  readonly timeline: readonly TimelineEntry[];
  /** Every state entered, in order: its length is the state transitions Step Functions would bill. */
  readonly states: readonly string[];
}

/** A simulation's own bounds: a journey is at most a year, and its steps are few. */
const MAX_TASKS = 500;

/**
 * Runs one journey version for one patient against a simulated clock: the compiled ASL in the interpreter, every
 * task answered in memory — sends through the real policy and templates with recording senders (the preview is
 * what would be sent), waits jump the clock, waits for events and exit checks see the scripted events, branches
 * read the scripted memberships and attributes. Nothing is written and nothing is sent.
 */
export async function simulateJourney(input: SimulationInput, interpreter: AslInterpreter): Promise<SimulationResult> {
  let now = input.start.getTime();
  const clock: Clock = { now: () => new Date(now) };
  const at = () => clock.now().toISOString();
  const timeline: TimelineEntry[] = [];
  const resources = new Map(input.resources.map((resource) => [`${resource.resourceType}/${resource.id}`, resource]));
  const segments = new Set(input.segments);
  const attributes = new Map(Object.entries(input.attributes));
  const events = [...input.events].sort((a, b) => a.at.localeCompare(b.at));
  const changes = new Map<number, ResourceChange>();
  const logged: LoggedEvent[] = [];
  let applied = 0;
  let tasks = 0;
  let exited = false;
  let lastState = '';

  const patientId = input.patient.id as string;
  const executionName = `simulation-${input.definition.id}-v${input.journeyVersion}`;
  const context = {
    patientId,
    journeyId: input.definition.id,
    ...(input.triggeringResource ? { triggeringResource: input.triggeringResource } : {}),
  };

  /** Applies the scripted events up to now: resources, memberships, the log waits and exit checks read. */
  const applyEventsUntil = (instant: number) => {
    while (applied < events.length && Date.parse((events[applied] as ScriptedEvent).at) <= instant) {
      const scripted = events[applied] as ScriptedEvent;
      applied++;
      const { kind, key } = kindAndKeyOf(scripted.event);
      const entry: { -readonly [K in keyof LoggedEvent]: LoggedEvent[K] } = {
        id: `scripted-${applied}`,
        at: scripted.at,
        kind,
        key,
      };
      if (kind === 'segmentEntered') segments.add(key);
      if (kind === 'segmentExited') segments.delete(key);
      if (kind === 'engagement') entry.journeyId = input.definition.id;
      const change = scripted.event.fhirChange;
      if (change) {
        const resource = scripted.resource;
        const id = resource?.id ?? (change.sameResource ? input.triggeringResource?.id : undefined);
        const ref = `${change.resourceType}/${id}`;
        const previous = resources.get(ref);
        if (resource) resources.set(ref, resource);
        else resources.delete(ref);
        changes.set(applied, { ...(resource ? { current: resource } : {}), ...(previous ? { previous } : {}) });
        entry.resourceType = change.resourceType;
        if (id !== undefined) entry.resourceId = id;
        entry.action = resource === undefined ? 'delete' : previous === undefined ? 'create' : 'update';
        entry.revision = applied;
      }
      logged.push(entry);
      timeline.push({ at: scripted.at, step: '', kind: 'event', event: scripted.event });
    }
  };
  const moveTo = (instant: number) => {
    if (instant > now) now = instant;
    applyEventsUntil(now);
  };

  const conditions: ChangeConditions = {
    matches: async (condition, _patientId, resourceType, resourceId, revision) => {
      const change =
        revision !== undefined ? changes.get(revision) : { current: resources.get(`${resourceType}/${resourceId}`) };
      return change !== undefined && evaluateChangeCondition(condition, change) === true;
    },
  };
  const reader = {
    getPatient: async (id: string) => (id === patientId ? input.patient : undefined),
    getResource: async (_id: string, resourceType: string, id: string) => resources.get(`${resourceType}/${id}`),
  };
  const dryRun = dryRunSendDependencies({
    patient: input.patient,
    resources,
    preferences: input.preferences,
    addressStatuses: input.addressStatuses,
    addressKeyOf: input.addressKeyOf,
    templates: input.templates,
    settings: input.settings,
    clock,
  });
  const stepIds = Object.keys(input.definition.steps);
  /** The step of the Task state running now (compiled state names end with their step id). */
  const currentStep = () => stepOfState(lastState, stepIds) ?? '';
  const functions = input.functions;
  const count = () => {
    if (++tasks > MAX_TASKS) throw new StatesError('SimulationTooLong', `more than ${MAX_TASKS} tasks`);
  };

  /** The exit check on the scripted events since enrolment, recorded in the timeline. */
  const exitMet = async (check: CheckExitPayload, step: string): Promise<boolean> => {
    for (const event of logged) {
      if (event.at < check.enrolledAt) continue;
      for (const expected of check.exitWhen) {
        if (await matchesEvent(expected, event, context, conditions)) {
          exited = true;
          const because = `${event.kind} ${event.key} at ${event.at}`;
          timeline.push({ at: at(), step, kind: 'exit-check', exit: true, because });
          return true;
        }
      }
    }
    timeline.push({ at: at(), step, kind: 'exit-check', exit: false });
    return false;
  };

  const runnable = localAsl(input.asl);
  applyEventsUntil(now);
  const handlers = taskHandlersOf(
    runnable,
    {
      now: () => clock.now(),
      entered: (stateName) => {
        count();
        lastState = stateName;
      },
      invoke: async (functionName, payload) => {
        const step = currentStep();
        switch (functionName) {
          case functions.sendMessage: {
            const { request, exitCheck } = parseSendStep(payload);
            if (exitCheck !== undefined && (await exitMet(exitCheck, step))) return EXITED_ANSWER;
            const outcome = await sendMessage(request, dryRun.deps);
            const record = dryRun.records.get(outcome.messageId);
            const delivery = dryRun.deliveries.find((d) => d.messageId === outcome.messageId);
            timeline.push({
              at: at(),
              step,
              kind: 'send',
              outcome: outcome.outcome,
              templateId: request.templateId,
              ...(outcome.channel ? { channel: outcome.channel } : {}),
              ...(outcome.reason ? { reason: outcome.reason } : {}),
              ...(record?.deferredUntil ? { deferredUntil: record.deferredUntil } : {}),
              ...(record ? { checks: record.checks } : {}),
              ...(delivery ? { preview: delivery.rendered } : {}),
            });
            return sendStepAnswer(outcome);
          }
          case functions.resolveWaitTime: {
            const answer = await resolveWaitTime(payload, {
              patients: reader,
              defaultTimeZone: input.settings.policy.defaultTimeZone,
              clock,
              logger: silentLogger,
            });
            timeline.push({ at: at(), step, kind: 'wait', until: answer.at });
            return answer;
          }
          case functions.checkExit:
            return { exit: await exitMet(parseCheckExitPayload(payload), step) };
          case functions.evaluateCondition: {
            const answer = await evaluateCondition(payload, { patients: reader, logger: silentLogger });
            timeline.push({ at: at(), step, kind: 'condition', matches: answer.matches });
            return answer;
          }
          case functions.createActivity: {
            const activity = (payload as { activity?: unknown }).activity;
            timeline.push({ at: at(), step, kind: 'activity', activity });
            return { activityId: `simulated-${step}`, created: true };
          }
          case functions.updateAttribute: {
            const attribute = (payload as { attribute: { name: string; value: string | number | boolean } }).attribute;
            attributes.set(attribute.name, attribute.value);
            timeline.push({ at: at(), step, kind: 'attribute', name: attribute.name, value: attribute.value });
            return { updated: true };
          }
          default:
            throw new StatesError('Lambda.ResourceNotFoundException', `the simulation has no function ${functionName}`);
        }
      },
      wait: async (_stateName, parameters) => {
        const until =
          parameters.until !== undefined ? Date.parse(parameters.until) : now + Number(parameters.seconds ?? 0) * 1000;
        moveTo(until);
        return null;
      },
      callback: async (_stateName, _functionName, payloadWith, timeoutSeconds) => {
        const payload = parseRegisterWaitPayload(payloadWith('simulated-token'));
        // A wait until a resource time (its resolve is in the timeline) answers at once or follows the resource.
        const immediate = immediateResourceWaitAnswer(payload.resourceMoment);
        if (immediate !== null) throw new StatesError(immediate, 'the resource time needs no wait');
        const followsResource = payload.resourceMoment !== undefined;
        const from = Date.parse(payload.stepStartedAt);
        const deadline = now + (timeoutSeconds ?? payload.expiresInSeconds) * 1000;
        const step = payload.stepId;
        const record = (outcome: 'received' | 'timed-out') => {
          if (!followsResource)
            timeline.push({ at: at(), step, kind: 'wait-for-event', outcome, event: payload.event });
        };
        // The first scripted event from the step's start (after the resolve, for a resource wait) to its time-out.
        for (;;) {
          for (const event of logged) {
            const eventAt = Date.parse(event.at);
            if (eventAt < from || (followsResource && eventAt === from)) continue;
            if (await matchesEvent(payload.event, event, { ...context }, conditions)) {
              record('received');
              return { received: true };
            }
          }
          const next = events[applied];
          if (next === undefined || Date.parse(next.at) > deadline) break;
          moveTo(Date.parse(next.at));
        }
        moveTo(deadline);
        record('timed-out');
        throw new StatesError('States.Timeout', 'no event before the time-out');
      },
      integration: async (_resource, parameters) => {
        const values = parameters.ExpressionAttributeValues as Record<string, { S?: string }>;
        const sk = values[':sk']?.S ?? '';
        const step = currentStep();
        if (sk.startsWith('SEGMENT#')) {
          const segmentId = sk.slice('SEGMENT#'.length);
          const member = segments.has(segmentId);
          timeline.push({ at: at(), step, kind: 'segment', segmentId, member });
          return { Count: member ? 1 : 0, ScannedCount: member ? 1 : 0 };
        }
        const name = sk.slice('ATTRIBUTE#'.length);
        const value = attributes.get(name);
        timeline.push({ at: at(), step, kind: 'attribute-read', name, ...(value !== undefined ? { value } : {}) });
        if (value === undefined) return { Count: 0, Items: [], ScannedCount: 0 };
        const attributeValue =
          typeof value === 'string' ? { S: value } : typeof value === 'number' ? { N: String(value) } : { BOOL: value };
        return { Count: 1, Items: [{ value: attributeValue }], ScannedCount: 1 };
      },
    },
    input.start.toISOString(),
  );

  const executionInput = {
    journeyId: input.definition.id,
    journeyVersion: input.journeyVersion,
    patientId,
    executionId: executionName,
    ...(input.triggeringResource ? { triggeringResource: input.triggeringResource } : {}),
  };
  const run = await interpreter.run(runnable.definition, executionInput, handlers, executionName);
  return {
    outcome: run.error ? 'failed' : exited ? 'exited' : 'completed',
    ...(run.error ? { error: run.error } : {}),
    startedAt: input.start.toISOString(),
    endedAt: at(),
    timeline,
    states: run.statesEntered,
  };
}

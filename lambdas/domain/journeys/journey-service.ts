import { type FhirPathService, validatedWith } from '../fhir/fhirpath-port';
import type { TemplateStore } from '../messaging/templates/ports';
import type { Clock } from '../ports';
import type { SegmentStore } from '../segments/ports';
import type { StateMachineDefinition } from './asl-types';
import { compileJourney } from './compile-journey';
import type { JourneyDefinition } from './definition-schema';
import type {
  JourneyDeployment,
  JourneyExecutions,
  JourneyPublisher,
  JourneyRecord,
  JourneyReferenceLookup,
  JourneySchedules,
  JourneyStatus,
  JourneyStore,
  JourneyVersion,
  ScheduledEnrolmentSpec,
} from './ports';
import { type JourneyValidationError, validateJourney } from './validate-journey';

/** What journey publishing and lifecycle need, as ports; the API handler wires the DynamoDB and SFN adapters. */
export interface JourneyApiServices {
  readonly journeys: JourneyStore;
  readonly references: JourneyReferenceLookup;
  readonly journeyPublisher: JourneyPublisher;
  readonly deployment: JourneyDeployment;
  /** Archiving stops the journey's running executions. */
  readonly journeyExecutions: JourneyExecutions;
  /** Scheduled enrolments follow publishing, pausing, resuming and archiving. */
  readonly journeySchedules: JourneySchedules;
  readonly clock: Clock;
}

/** A problem with a request, located by a JSON pointer into the part of the request named by `in`. */
export interface JourneyRequestProblem {
  readonly in: 'body' | 'query';
  readonly pointer: string;
  readonly detail: string;
}

/** Why a journey request was refused; the routes turn each into its HTTP status. */
export type JourneyRefusal =
  | { readonly refused: 'invalid'; readonly detail: string; readonly problems: readonly JourneyRequestProblem[] }
  | { readonly refused: 'not-found'; readonly detail: string }
  | { readonly refused: 'conflict'; readonly detail: string }
  | { readonly refused: 'wrong-status'; readonly detail: string; readonly status: JourneyStatus };

export type JourneyOutcome<T> = ({ readonly refused?: undefined } & T) | JourneyRefusal;

export type JourneyChange = JourneyOutcome<{ readonly journey: JourneyRecord; readonly version: JourneyVersion }>;
export type JourneyStatusChange = JourneyOutcome<{ readonly journey: JourneyRecord }>;

export interface JourneyValidation {
  readonly valid: boolean;
  readonly errors: readonly JourneyValidationError[];
  /** The templates the definition sends, at their latest versions: what publishing it now would pin. */
  readonly templateVersions: Readonly<Record<string, number>>;
  readonly definition?: JourneyDefinition;
}

/** References looked up in the template and segment stores: a segment counts unless it is archived. */
export function journeyReferencesFrom(
  templates: Pick<TemplateStore, 'get'>,
  segments: Pick<SegmentStore, 'get'>,
  fhirPath: Pick<FhirPathService, 'problems'>,
): JourneyReferenceLookup {
  return {
    fhirPath,
    latestTemplateVersion: async (templateId) => (await templates.get(templateId))?.latestVersion,
    segmentExists: async (segmentId) => {
      const segment = await segments.get(segmentId);
      return segment !== undefined && segment.status !== 'archived';
    },
  };
}

/** Paths of the API under `/journeys/` that a journey id would shadow. */
const RESERVED_IDS = new Set(['catalog', 'validate', 'runs']);

const notFound = (journeyId: string): JourneyRefusal => ({ refused: 'not-found', detail: `no journey ${journeyId}` });
const conflict = (detail: string): JourneyRefusal => ({ refused: 'conflict', detail });
const wrongStatus = (record: JourneyRecord, detail: string): JourneyRefusal => ({
  refused: 'wrong-status',
  detail: `journey ${record.journeyId} is ${record.status}: ${detail}`,
  status: record.status,
});

/**
 * Validates a definition against the templates and segments that exist. `validateJourney` asks synchronous
 * questions, so a first pass records every id it asks about; those are looked up, and a second pass answers
 * from what was found, FHIRPath conditions checked the same way (`validatedWith`). The templates found are what
 * publishing would pin.
 */
export async function validateDefinition(
  input: unknown,
  references: JourneyReferenceLookup,
): Promise<JourneyValidation> {
  const templateIds = new Set<string>();
  const segmentIds = new Set<string>();
  validateJourney(input, {
    templateExists: (id) => {
      templateIds.add(id);
      return true;
    },
    segmentExists: (id) => {
      segmentIds.add(id);
      return true;
    },
    fhirPath: () => undefined,
  });
  const sortedTemplates = [...templateIds].sort();
  const versions = await Promise.all(sortedTemplates.map((id) => references.latestTemplateVersion(id)));
  const templateVersions: Record<string, number> = {};
  sortedTemplates.forEach((id, index) => {
    const version = versions[index];
    if (version !== undefined) templateVersions[id] = version;
  });
  const segments = [...segmentIds];
  const exists = await Promise.all(segments.map((id) => references.segmentExists(id)));
  const existingSegments = new Set(segments.filter((_, index) => exists[index]));

  const result = await validatedWith(
    (fhirPath) =>
      validateJourney(input, {
        templateExists: (id) => templateVersions[id] !== undefined,
        segmentExists: (id) => existingSegments.has(id),
        fhirPath,
      }),
    references.fhirPath,
  );
  return result.ok
    ? { valid: true, errors: [], templateVersions, definition: result.definition }
    : { valid: false, errors: result.errors, templateVersions };
}

async function readDefinition(
  input: unknown,
  references: JourneyReferenceLookup,
): Promise<JourneyOutcome<{ readonly definition: JourneyDefinition }>> {
  const validation = await validateDefinition(input, references);
  if (validation.definition) return { definition: validation.definition };
  return {
    refused: 'invalid',
    detail: 'the journey definition is not valid',
    problems: validation.errors.map((e) => ({ in: 'body', pointer: e.pointer || '/', detail: e.message })),
  };
}

function versionOf(definition: JourneyDefinition, version: number, actor: string, at: Date): JourneyVersion {
  return { journeyId: definition.id, version, definition, createdAt: at.toISOString(), createdBy: actor };
}

/** Creates a draft at version 1 from a definition, validated against the templates and segments that exist. */
export async function createJourney(
  input: unknown,
  actor: string,
  services: Pick<JourneyApiServices, 'journeys' | 'references' | 'clock'>,
): Promise<JourneyChange> {
  const read = await readDefinition(input, services.references);
  if (read.refused) return read;
  const { definition } = read;
  if (RESERVED_IDS.has(definition.id)) {
    return {
      refused: 'invalid',
      detail: 'the journey id is reserved',
      problems: [{ in: 'body', pointer: '/id', detail: `"${definition.id}" is a path of the API; choose another id` }],
    };
  }
  const version = versionOf(definition, 1, actor, services.clock.now());
  if ((await services.journeys.create(version)) === 'exists') {
    return conflict(`journey ${definition.id} exists; add a version with PUT /journeys/${definition.id}`);
  }
  return { journey: (await services.journeys.get(definition.id)) as JourneyRecord, version };
}

/**
 * Adds the next version as a draft of the journey. The published version keeps taking enrolments until this
 * one is published. Refused when the record is no longer at `expectedRevision` (someone changed it since it
 * was read), and for an archived journey.
 */
export async function updateJourney(
  journeyId: string,
  input: unknown,
  expectedRevision: number,
  actor: string,
  services: Pick<JourneyApiServices, 'journeys' | 'references' | 'clock'>,
): Promise<JourneyChange> {
  const read = await readDefinition(input, services.references);
  if (read.refused) return read;
  const { definition } = read;
  if (definition.id !== journeyId) {
    return {
      refused: 'invalid',
      detail: 'the body names another journey',
      problems: [{ in: 'body', pointer: '/id', detail: `must be "${journeyId}", the id in the path` }],
    };
  }
  const record = await services.journeys.get(journeyId);
  if (!record) return notFound(journeyId);
  if (record.status === 'archived') return wrongStatus(record, 'an archived journey takes no new versions');
  if (record.revision !== expectedRevision) {
    return conflict(`journey ${journeyId} is at revision ${record.revision}, not ${expectedRevision}`);
  }
  const version = versionOf(definition, record.latestVersion + 1, actor, services.clock.now());
  if ((await services.journeys.addVersion(version, expectedRevision)) === 'conflict') {
    return conflict(`journey ${journeyId} changed while this version was being added; read it and try again`);
  }
  return { journey: (await services.journeys.get(journeyId)) as JourneyRecord, version };
}

export interface CompiledVersion {
  readonly journeyId: string;
  readonly version: number;
  readonly published: boolean;
  readonly templateVersions: Readonly<Record<string, number>>;
  readonly asl: StateMachineDefinition;
}

async function recordAndVersion(
  journeyId: string,
  requested: number | undefined,
  journeys: JourneyStore,
): Promise<JourneyOutcome<{ readonly record: JourneyRecord; readonly version: JourneyVersion }>> {
  const record = await journeys.get(journeyId);
  if (!record) return notFound(journeyId);
  const number = requested ?? record.latestVersion;
  const version = await journeys.getVersion(journeyId, number);
  if (!version) {
    return {
      refused: 'invalid',
      detail: `journey ${journeyId} has no version ${number}`,
      problems: [{ in: 'query', pointer: '/version', detail: `the latest version is ${record.latestVersion}` }],
    };
  }
  return { record, version };
}

/**
 * The ASL of a version. A published version is compiled again with the template versions pinned when it was
 * published: the compiler is deterministic, so this is the definition Step Functions runs. An unpublished
 * version is compiled with the templates' latest versions, as publishing it now would.
 */
export async function compiledVersion(
  journeyId: string,
  requested: number | undefined,
  services: Pick<JourneyApiServices, 'journeys' | 'references' | 'deployment'>,
): Promise<JourneyOutcome<CompiledVersion>> {
  const found = await recordAndVersion(journeyId, requested, services.journeys);
  if (found.refused) return found;
  const { version } = found;
  const templateVersions =
    version.compiled?.templateVersions ??
    (await validateDefinition(version.definition, services.references)).templateVersions;
  return {
    journeyId,
    version: version.version,
    published: version.compiled !== undefined,
    templateVersions,
    asl: compile(version, templateVersions, services.deployment),
  };
}

function compile(
  version: JourneyVersion,
  templateVersions: Readonly<Record<string, number>>,
  deployment: JourneyDeployment,
): StateMachineDefinition {
  return compileJourney(version.definition, {
    journeyVersion: version.version,
    functions: deployment.functions,
    patientsTable: deployment.patientsTable,
    templateVersions,
  });
}

/**
 * Publishes a version (default: the latest): checks it again against the templates and segments that exist
 * now, compiles it with the templates' latest versions pinned, makes it live behind the alias, and records it
 * as the published version of an active journey. Executions in flight keep the version they started on; new
 * enrolments start the new one. Publishing a paused journey makes it active again.
 */
export async function publishJourney(
  journeyId: string,
  requested: number | undefined,
  services: JourneyApiServices,
): Promise<JourneyStatusChange> {
  const found = await recordAndVersion(journeyId, requested, services.journeys);
  if (found.refused) return found;
  const { record, version } = found;
  if (record.status === 'archived') return wrongStatus(record, 'an archived journey cannot be published');
  if (record.status === 'active' && record.publishedVersion === version.version) {
    return conflict(`journey ${journeyId} is already live at version ${version.version}`);
  }
  const validation = await validateDefinition(version.definition, services.references);
  if (!validation.valid) {
    const problems = validation.errors.map((e) => `${e.pointer}: ${e.message}`).join('; ');
    return conflict(`version ${version.version} of journey ${journeyId} no longer validates: ${problems}`);
  }
  const asl = compile(version, validation.templateVersions, services.deployment);
  const published = await services.journeyPublisher.publish(journeyId, version.version, asl);
  const outcome = await services.journeys.recordPublication(record, {
    version: version.version,
    stateMachineArn: published.stateMachineArn,
    aliasArn: published.aliasArn,
    compiled: { stateMachineVersionArn: published.versionArn, templateVersions: validation.templateVersions },
    at: services.clock.now().toISOString(),
  });
  if (outcome === 'conflict') {
    return conflict(`journey ${journeyId} changed while being published; read it and publish again`);
  }
  await applySchedule(journeyId, version.definition, true, services.journeySchedules);
  return { journey: (await services.journeys.get(journeyId)) as JourneyRecord };
}

/** The schedule a definition asks for, if any. */
export function scheduleOf(definition: JourneyDefinition): ScheduledEnrolmentSpec | undefined {
  const scheduled = definition.entry.scheduledEnrolment;
  if (scheduled === undefined) return undefined;
  return { expression: scheduled.schedule, timeZone: scheduled.timeZone ?? 'UTC', segmentId: scheduled.segmentId };
}

/**
 * Puts the journey's schedule in the state its status asks for: a version with a scheduled entry has one
 * (firing when `enabled`); a version without has none, so publishing a version that dropped it removes it.
 * Called after the status is recorded: if it fails, the same request again puts it right.
 */
async function applySchedule(
  journeyId: string,
  definition: JourneyDefinition | undefined,
  enabled: boolean,
  schedules: JourneySchedules,
): Promise<void> {
  const spec = definition === undefined ? undefined : scheduleOf(definition);
  if (spec === undefined) await schedules.remove(journeyId);
  else await schedules.put(journeyId, spec, enabled);
}

async function publishedDefinition(
  record: JourneyRecord,
  journeys: Pick<JourneyStore, 'getVersion'>,
): Promise<JourneyDefinition | undefined> {
  if (record.publishedVersion === undefined) return undefined;
  return (await journeys.getVersion(record.journeyId, record.publishedVersion))?.definition;
}

const TRANSITIONS = {
  pause: { from: ['active'], to: 'paused', refusal: 'only an active journey can be paused' },
  resume: { from: ['paused'], to: 'active', refusal: 'only a paused journey can be resumed' },
  archive: { from: ['draft', 'active', 'paused'], to: 'archived', refusal: 'it is already archived' },
} as const satisfies Record<
  string,
  { readonly from: readonly JourneyStatus[]; readonly to: JourneyStatus; readonly refusal: string }
>;

async function changeStatus(
  journeyId: string,
  transition: keyof typeof TRANSITIONS,
  services: Pick<JourneyApiServices, 'journeys' | 'clock'>,
): Promise<JourneyStatusChange> {
  const { from, to, refusal } = TRANSITIONS[transition];
  const record = await services.journeys.get(journeyId);
  if (!record) return notFound(journeyId);
  if (!(from as readonly JourneyStatus[]).includes(record.status)) return wrongStatus(record, refusal);
  const at = services.clock.now().toISOString();
  if ((await services.journeys.setStatus(record, to, at)) === 'conflict') {
    return conflict(`journey ${journeyId} changed while being updated; read it and try again`);
  }
  return { journey: (await services.journeys.get(journeyId)) as JourneyRecord };
}

/**
 * Stops new enrolments (active → paused). Executions in flight are not touched: they continue on their
 * version, sending and waiting, to their end. Resume to take enrolments again.
 */
export function pauseJourney(
  journeyId: string,
  services: Pick<JourneyApiServices, 'journeys' | 'clock' | 'journeySchedules'>,
): Promise<JourneyStatusChange> {
  return changeStatusAndSchedule(journeyId, 'pause', false, services);
}

/** Takes new enrolments again on the published version (paused → active). */
export function resumeJourney(
  journeyId: string,
  services: Pick<JourneyApiServices, 'journeys' | 'clock' | 'journeySchedules'>,
): Promise<JourneyStatusChange> {
  return changeStatusAndSchedule(journeyId, 'resume', true, services);
}

/** A status change, then the published version's schedule (if any) firing or not to match. */
async function changeStatusAndSchedule(
  journeyId: string,
  transition: 'pause' | 'resume',
  scheduleEnabled: boolean,
  services: Pick<JourneyApiServices, 'journeys' | 'clock' | 'journeySchedules'>,
): Promise<JourneyStatusChange> {
  const changed = await changeStatus(journeyId, transition, services);
  if (changed.refused !== undefined) return changed;
  const definition = await publishedDefinition(changed.journey, services.journeys);
  await applySchedule(journeyId, definition, scheduleEnabled, services.journeySchedules);
  return changed;
}

/**
 * Ends a journey for good: no new enrolments, no new versions, no publishing; `archivedAt` is recorded. Then
 * its schedule (if any) is removed and every running execution (of any version) is stopped: nothing more is
 * sent. The status is written first, so an enrolment racing the archive is refused or, if it started just before, stopped; a
 * failure while stopping leaves the journey archived, and archiving again stops the rest.
 */
export async function archiveJourney(
  journeyId: string,
  services: Pick<JourneyApiServices, 'journeys' | 'clock' | 'journeyExecutions' | 'journeySchedules'>,
): Promise<JourneyOutcome<{ readonly journey: JourneyRecord; readonly stoppedExecutions?: number }>> {
  const current = await services.journeys.get(journeyId);
  const changed =
    current?.status === 'archived' ? { journey: current } : await changeStatus(journeyId, 'archive', services);
  if (changed.refused !== undefined) return changed;
  await services.journeySchedules.remove(journeyId);
  if (changed.journey.stateMachineArn === undefined) return { ...changed, stoppedExecutions: 0 };
  const stoppedExecutions = await services.journeyExecutions.stopRunning(journeyId, 'the journey was archived');
  return { ...changed, stoppedExecutions };
}

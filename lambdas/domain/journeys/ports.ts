import type { FhirPathService } from '../fhir/fhirpath-port';
import type { Page } from '../paging';
import type { StateMachineDefinition } from './asl-types';
import type { JourneyDefinition } from './definition-schema';
import type { JourneyFunctions } from './journey-states';

/**
 * What the journey module needs for publishing and lifecycle. Definitions live in the Platform table: one
 * record per journey (its status and the published version) and one immutable item per version.
 *
 * - `draft`: never published, or not since it was created; nobody is enrolled.
 * - `active`: the published version takes new enrolments.
 * - `paused`: no new enrolments; executions in flight continue to their end on the version they started on.
 * - `archived`: no new enrolments, for good; stopping executions in flight is not built yet.
 */
export type JourneyStatus = 'draft' | 'active' | 'paused' | 'archived';

/** What a version was published as: the Step Functions version and the template versions pinned into it. */
export interface CompiledJourneyVersion {
  readonly stateMachineVersionArn: string;
  readonly templateVersions: Readonly<Record<string, number>>;
}

/** One immutable version of a journey; `compiled` is set once, when the version is published. */
export interface JourneyVersion {
  readonly journeyId: string;
  readonly version: number;
  readonly definition: JourneyDefinition;
  readonly createdAt: string;
  /** The staff user's subject (an opaque id). */
  readonly createdBy: string;
  readonly compiled?: CompiledJourneyVersion;
}

export interface JourneyRecord {
  readonly journeyId: string;
  readonly name: string;
  readonly status: JourneyStatus;
  readonly latestVersion: number;
  /** The version new enrolments start, behind the alias; set once published. */
  readonly publishedVersion?: number;
  readonly stateMachineArn?: string;
  /** The alias `live`, which enrolments start executions of. */
  readonly aliasArn?: string;
  readonly publishedAt?: string;
  readonly archivedAt?: string;
  readonly updatedAt: string;
  /** Guards concurrent changes of the record. */
  readonly revision: number;
}

/** A version made live: what the store records on the record and on the version. */
export interface JourneyPublication {
  readonly version: number;
  readonly stateMachineArn: string;
  readonly aliasArn: string;
  readonly compiled: CompiledJourneyVersion;
  readonly at: string;
}

export interface JourneyStore {
  get(journeyId: string): Promise<JourneyRecord | undefined>;
  getVersion(journeyId: string, version: number): Promise<JourneyVersion | undefined>;
  /** Newest version first. */
  listVersions(journeyId: string): Promise<JourneyVersion[]>;
  /** Records by status and id. */
  list(status: JourneyStatus | undefined, limit: number, cursor?: string): Promise<Page<JourneyRecord>>;
  /** Creates the record with version 1 as a draft; `exists` when the id is taken. */
  create(version: JourneyVersion): Promise<'created' | 'exists'>;
  /** Adds the next version as the record's latest, on condition that the record is still at `expectedRevision`. */
  addVersion(version: JourneyVersion, expectedRevision: number): Promise<'added' | 'conflict'>;
  /** Makes a version the published one (status `active`) and marks it compiled, guarded by the record's revision. */
  recordPublication(expected: JourneyRecord, publication: JourneyPublication): Promise<'published' | 'conflict'>;
  /** Moves the record to a status, guarded by its revision; `archived` also records `archivedAt`. */
  setStatus(expected: JourneyRecord, status: JourneyStatus, at: string): Promise<'updated' | 'conflict'>;
}

/** The Step Functions resources of one published version. */
export interface PublishedJourney {
  readonly stateMachineArn: string;
  readonly versionArn: string;
  readonly aliasArn: string;
}

/**
 * Makes compiled ASL live: creates the journey's state machine on its first publication, else updates its
 * definition; publishes a version; points the alias `live` at it. Executions in flight keep the version they
 * started on; new enrolments start through the alias. Safe to call again after a failure.
 */
export interface JourneyPublisher {
  publish(journeyId: string, version: number, asl: StateMachineDefinition): Promise<PublishedJourney>;
}

/** What a definition may refer to, looked up when a definition is validated or published. */
export interface JourneyReferenceLookup {
  /** The latest version of a template, or undefined when there is no such template. */
  latestTemplateVersion(templateId: string): Promise<number | undefined>;
  /** Whether a segment exists that a journey may use (not archived). */
  segmentExists(segmentId: string): Promise<boolean>;
  /** Whether the definition's FHIRPath conditions compile. */
  readonly fhirPath: Pick<FhirPathService, 'problems'>;
}

/** Where the compiled ASL points: the deployment's journey functions and Patients table. */
export interface JourneyDeployment {
  readonly functions: JourneyFunctions;
  readonly patientsTable: string;
}

/** An execution as Step Functions reports it; `currentState` only while it runs. */
export interface ExecutionState {
  readonly status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED' | 'PENDING_REDRIVE';
  readonly startedAt: string;
  readonly stoppedAt?: string;
  /** The last state entered (running executions only). */
  readonly currentState?: string;
  /** Whom the run is for, from the execution's input (execution names hash it). */
  readonly patientId?: string;
  /** The error name a failed run stopped with (`States.TaskFailed`); never its cause, which may quote data. */
  readonly error?: string;
}

/** A run that stopped with an error, as Step Functions lists it: by journey and status, newest first. */
export interface FailedRun {
  readonly journeyId: string;
  readonly executionName: string;
  readonly startedAt: string;
  readonly stoppedAt: string;
}

/** Journeys' executions in Step Functions, by journey and execution name. */
export interface JourneyExecutions {
  /** Undefined when Step Functions has no such execution (not started, or closed more than 90 days ago). */
  state(journeyId: string, executionName: string): Promise<ExecutionState | undefined>;
  /** The journey's runs that failed, newest first, at most `limit`; `more` when Step Functions has others. */
  failedRuns(journeyId: string, limit: number): Promise<{ readonly items: FailedRun[]; readonly more: boolean }>;
  /** Stops every running execution of the journey (all versions); how many were stopped. */
  stopRunning(journeyId: string, cause: string): Promise<number>;
}

/** A journey's scheduled enrolment as the scheduler keeps it. */
export interface ScheduledEnrolmentSpec {
  /** `cron(…)`, `rate(…)` or `at(…)`, as EventBridge Scheduler reads it. */
  readonly expression: string;
  /** IANA zone the expression is read in (UTC when the definition names none). */
  readonly timeZone: string;
  readonly segmentId: string;
}

/**
 * Journeys' schedules (EventBridge Scheduler on AWS; the virtual clock locally): one per journey with a
 * `scheduledEnrolment` entry, starting the bulk enrolment workflow for the segment each time it is due.
 */
export interface JourneySchedules {
  /** Creates or replaces the journey's schedule; `enabled: false` keeps it and stops it firing (paused). */
  put(journeyId: string, spec: ScheduledEnrolmentSpec, enabled: boolean): Promise<void>;
  /** Removes the journey's schedule; none is not an error. */
  remove(journeyId: string): Promise<void>;
}

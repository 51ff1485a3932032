import type { FromSchema } from 'json-schema-to-ts';
import { type FhirPathService, validatedWith } from '../fhir/fhirpath-port';
import type { PatientSegment } from '../patients/patient-360';
import type { PatientDirectory } from '../patients/ports';
import type { Clock } from '../ports';
import { validateStaticSegment } from '../validation/generated/validators';
import { typedValidator } from '../validation/validator';
import { clinicalSegmentsOf, isClinicalDefinition } from './clinical-segments';
import type { SegmentDefinition, staticSegmentSchema } from './definition-schema';
import type {
  ComputationReason,
  ComputationStarter,
  ComputationStore,
  MembershipPublisher,
  MembershipStore,
  PatientListing,
  SegmentRecord,
  SegmentStore,
  SegmentVersion,
} from './ports';
import { segmentReferences, validateSegment, validateSegmentSet } from './validate-segment';

/** What the segment routes need, as ports; the API handler wires the DynamoDB and Step Functions adapters. */
export interface SegmentApiServices {
  readonly segments: SegmentStore;
  readonly memberships: MembershipStore;
  readonly membershipPublisher: MembershipPublisher;
  readonly patientListing: PatientListing;
  readonly computations: ComputationStore;
  readonly computationStarter: ComputationStarter;
  /** Resolves uploaded identifiers through the patient search index. */
  readonly patientDirectory: PatientDirectory;
  readonly clock: Clock;
  readonly newId: () => string;
  /** Checks a definition's FHIRPath criteria. */
  readonly fhirPath: Pick<FhirPathService, 'problems'>;
}

/** A problem with a request, located by a JSON pointer into the part of the request named by `in`. */
export interface RequestProblem {
  readonly in: 'body' | 'query';
  readonly pointer: string;
  readonly detail: string;
}

/** Why a segment request was refused; the routes turn each into its HTTP status. */
export type Refusal =
  | { readonly refused: 'invalid'; readonly detail: string; readonly problems: readonly RequestProblem[] }
  | { readonly refused: 'not-found'; readonly detail: string }
  | { readonly refused: 'conflict'; readonly detail: string }
  | { readonly refused: 'clinical'; readonly detail: string };

export type Outcome<T> = ({ readonly refused?: undefined } & T) | Refusal;

/** What a new segment or a new version is made from: a dynamic definition, or a static list's name. */
export type SegmentContent =
  | { readonly kind: 'dynamic'; readonly definition: SegmentDefinition }
  | { readonly kind: 'static'; readonly id: string; readonly name: string; readonly description: string };

const validateStatic = typedValidator<FromSchema<typeof staticSegmentSchema>>(validateStaticSegment);

/** Paths of the API under `/segments/` that a segment id would shadow. */
const RESERVED_IDS = new Set(['catalog', 'preview']);

export const notFound = (segmentId: string): Refusal => ({ refused: 'not-found', detail: `no segment ${segmentId}` });
const conflict = (detail: string): Refusal => ({ refused: 'conflict', detail });

/** Checks a definition with `validateSegment`, keeping its JSON pointers (under `at`, where it sits in the body). */
export async function readDefinition(
  input: unknown,
  fhirPath: Pick<FhirPathService, 'problems'>,
  at = '',
): Promise<Outcome<{ readonly definition: SegmentDefinition }>> {
  const result = await validatedWith((compiles) => validateSegment(input, compiles), fhirPath);
  if (result.ok) return { definition: result.definition };
  return {
    refused: 'invalid',
    detail: 'the segment definition is not valid',
    problems: result.errors.map((e) => ({ in: 'body', pointer: `${at}${e.path}` || '/', detail: e.message })),
  };
}

/**
 * Reads a request body as segment content: `{ kind: 'static', id, name, description }`, or else a dynamic
 * definition. The route's schema admits any object; each shape is checked here, so that the errors point
 * into the one it is without noise from the other.
 */
export async function readSegmentContent(
  body: unknown,
  fhirPath: Pick<FhirPathService, 'problems'>,
): Promise<Outcome<{ readonly content: SegmentContent }>> {
  let content: SegmentContent;
  if ((body as Record<string, unknown>).kind === 'static') {
    if (!validateStatic(body)) {
      return { refused: 'invalid', detail: 'the static segment is not valid', problems: staticProblems() };
    }
    const { id, name, description } = body;
    content = { kind: 'static', id, name, description: description ?? '' };
  } else {
    const read = await readDefinition(body, fhirPath);
    if (read.refused) return read;
    content = { kind: 'dynamic', definition: read.definition };
  }
  const id = idOf(content);
  if (RESERVED_IDS.has(id)) {
    return {
      refused: 'invalid',
      detail: 'the segment id is reserved',
      problems: [{ in: 'body', pointer: '/id', detail: `"${id}" is a path of the API; choose another id` }],
    };
  }
  return { content };
}

function staticProblems(): RequestProblem[] {
  return (validateStatic.errors ?? []).map((error) => {
    const params = error.params as { additionalProperty?: string; missingProperty?: string };
    if (params.additionalProperty)
      return { in: 'body', pointer: `/${params.additionalProperty}`, detail: 'unknown field' };
    if (params.missingProperty) return { in: 'body', pointer: `/${params.missingProperty}`, detail: 'is required' };
    return { in: 'body', pointer: error.instancePath || '/', detail: error.message ?? error.keyword };
  });
}

export const idOf = (content: SegmentContent) => (content.kind === 'static' ? content.id : content.definition.id);

function versionOf(content: SegmentContent, version: number, actor: string, at: Date): SegmentVersion {
  const common = {
    segmentId: idOf(content),
    version,
    kind: content.kind,
    createdAt: at.toISOString(),
    createdBy: actor,
  };
  if (content.kind === 'static') return { ...common, name: content.name, description: content.description };
  const { definition } = content;
  return { ...common, name: definition.name, description: definition.description, definition };
}

/** Creates a draft at version 1. */
export async function createSegment(
  content: SegmentContent,
  actor: string,
  services: Pick<SegmentApiServices, 'segments' | 'clock'>,
): Promise<Outcome<{ readonly segment: SegmentRecord; readonly version: SegmentVersion }>> {
  const version = versionOf(content, 1, actor, services.clock.now());
  if ((await services.segments.create(version)) === 'exists') {
    return conflict(`segment ${version.segmentId} exists; add a version with PUT /segments/${version.segmentId}`);
  }
  return { segment: (await services.segments.get(version.segmentId)) as SegmentRecord, version };
}

/**
 * Adds the next version. An active segment keeps following its active version until this one is activated.
 * `basedOnVersion` makes an edit optimistic: it is refused if someone added a version since it was read.
 */
export async function addSegmentVersion(
  segmentId: string,
  content: SegmentContent,
  basedOnVersion: number | undefined,
  actor: string,
  services: Pick<SegmentApiServices, 'segments' | 'clock'>,
): Promise<Outcome<{ readonly segment: SegmentRecord; readonly version: SegmentVersion }>> {
  if (idOf(content) !== segmentId) {
    return {
      refused: 'invalid',
      detail: 'the body names another segment',
      problems: [{ in: 'body', pointer: '/id', detail: `must be "${segmentId}", the id in the path` }],
    };
  }
  const record = await services.segments.get(segmentId);
  if (!record) return notFound(segmentId);
  if (record.kind !== content.kind) {
    return {
      refused: 'invalid',
      detail: `segment ${segmentId} is ${record.kind}`,
      problems: [
        {
          in: 'body',
          pointer: '/kind',
          detail:
            record.kind === 'static' ? 'send { "kind": "static", "id", "name", "description" }' : 'send a definition',
        },
      ],
    };
  }
  if (record.status === 'archived') return conflict(`segment ${segmentId} is archived: archiving is final`);
  if (basedOnVersion !== undefined && basedOnVersion !== record.latestVersion) {
    return conflict(`segment ${segmentId} is at version ${record.latestVersion}, not ${basedOnVersion}`);
  }
  const version = versionOf(content, record.latestVersion + 1, actor, services.clock.now());
  if ((await services.segments.addVersion(version, record)) === 'conflict') {
    return conflict(`segment ${segmentId} changed while this version was being added; read it and try again`);
  }
  return { segment: (await services.segments.get(segmentId)) as SegmentRecord, version };
}

export interface StartedComputation {
  readonly computationId: string;
  readonly reason: ComputationReason;
}

async function startComputation(
  segmentId: string,
  reason: ComputationReason,
  services: Pick<SegmentApiServices, 'computationStarter' | 'newId'>,
): Promise<StartedComputation> {
  const computationId = services.newId();
  await services.computationStarter.start({ computationId, segmentId, reason });
  return { computationId, reason };
}

type StatusServices = Pick<SegmentApiServices, 'segments' | 'clock' | 'computationStarter' | 'newId'>;
type StatusChange = Outcome<{ readonly segment: SegmentRecord; readonly computation?: StartedComputation }>;

/**
 * Makes a version the one membership follows. A dynamic segment may only read (`inSegment`) segments that
 * are active, and may not close a cycle with them: checked over the active set with this version in it.
 * The full computation starts after the status is written, since it evaluates whatever is active when it
 * runs; if starting it fails, `POST /segments/{id}/compute` starts it again. A static list has nothing to
 * compute: its members are uploaded.
 */
export async function activateSegment(
  segmentId: string,
  requested: number | undefined,
  services: StatusServices,
): Promise<StatusChange> {
  const record = await services.segments.get(segmentId);
  if (!record) return notFound(segmentId);
  if (record.status === 'archived') return conflict(`segment ${segmentId} is archived: archiving is final`);
  const versionNumber = requested ?? record.latestVersion;
  const version = await services.segments.getVersion(segmentId, versionNumber);
  if (!version) {
    return {
      refused: 'invalid',
      detail: `segment ${segmentId} has no version ${versionNumber}`,
      problems: [{ in: 'query', pointer: '/version', detail: `the latest version is ${record.latestVersion}` }],
    };
  }
  if (record.status === 'active' && record.activeVersion === versionNumber) {
    return conflict(`segment ${segmentId} is already active at version ${versionNumber}`);
  }
  if (version.definition) {
    const unmet = await unmetDependencies(version.definition, services);
    if (unmet) return conflict(unmet);
  }
  const at = services.clock.now().toISOString();
  if ((await services.segments.setStatus(record, 'active', versionNumber, at)) === 'conflict') {
    return conflict(`segment ${segmentId} changed while being activated; read it and try again`);
  }
  const segment = (await services.segments.get(segmentId)) as SegmentRecord;
  if (record.kind === 'static') return { segment };
  return { segment, computation: await startComputation(segmentId, 'activated', services) };
}

async function unmetDependencies(
  definition: SegmentDefinition,
  services: Pick<SegmentApiServices, 'segments'>,
): Promise<string | undefined> {
  const others = (await services.segments.activeSegments()).filter((s) => s.segmentId !== definition.id);
  const lists = new Set(others.filter((s) => s.kind === 'static').map((s) => s.segmentId));
  const definitions = others.flatMap((s) => (s.kind === 'dynamic' && s.definition ? [s.definition] : []));
  const result = validateSegmentSet([...definitions, definition], lists);
  if (result.ok) return undefined;
  const own = result.errors.filter((e) => e.segmentId === definition.id);
  const errors = own.length > 0 ? own : result.errors;
  const problems = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
  return `cannot activate ${definition.id}, which may only read active segments: ${problems}`;
}

/**
 * Stops a segment: it leaves the active set at once, and a full computation removes its memberships.
 * Refused while an active segment reads it, since that one would silently stop matching.
 */
export async function archiveSegment(segmentId: string, services: StatusServices): Promise<StatusChange> {
  const record = await services.segments.get(segmentId);
  if (!record) return notFound(segmentId);
  if (record.status === 'archived') return conflict(`segment ${segmentId} is already archived`);
  const dependants = (await activeReadersOf(segmentId, services)).filter((id) => id !== segmentId);
  if (dependants.length > 0) {
    return conflict(`active segments read ${segmentId}: ${dependants.join(', ')}; archive or change them first`);
  }
  const at = services.clock.now().toISOString();
  if ((await services.segments.setStatus(record, 'archived', undefined, at)) === 'conflict') {
    return conflict(`segment ${segmentId} changed while being archived; read it and try again`);
  }
  const segment = (await services.segments.get(segmentId)) as SegmentRecord;
  if (record.status !== 'active') return { segment };
  return { segment, computation: await startComputation(segmentId, 'archived', services) };
}

/** Re-evaluates every patient against the active set, on request (after a fix, or a failed start). */
export async function requestComputation(
  segmentId: string,
  services: StatusServices,
): Promise<Outcome<StartedComputation>> {
  const record = await services.segments.get(segmentId);
  if (!record) return notFound(segmentId);
  if (record.status !== 'active') return conflict(`segment ${segmentId} is ${record.status}; activate it first`);
  return startComputation(segmentId, 'requested', services);
}

/** Starts a computation when active dynamic segments read this list; their members depend on it. */
export async function recomputeDependantsOf(
  segmentId: string,
  services: Pick<SegmentApiServices, 'segments' | 'computationStarter' | 'newId'>,
): Promise<StartedComputation | undefined> {
  const readers = await activeReadersOf(segmentId, services);
  return readers.length > 0 ? startComputation(segmentId, 'uploaded', services) : undefined;
}

/** The active dynamic segments whose definition reads the segment (`inSegment`). */
async function activeReadersOf(segmentId: string, services: Pick<SegmentApiServices, 'segments'>) {
  return (await services.segments.activeSegments())
    .filter((s) => s.definition && segmentReferences(s.definition.criteria).some((r) => r.id === segmentId))
    .map((s) => s.segmentId);
}

/**
 * The patient's memberships of active segments, with each segment's current name; by segment id. Memberships
 * of clinical segments (`clinical-segments.ts`) are for callers who may read clinical data.
 */
export async function patientSegmentsOf(
  patientId: string,
  mayReadClinical: boolean,
  services: Pick<SegmentApiServices, 'memberships' | 'segments'>,
): Promise<PatientSegment[]> {
  const state = await services.memberships.state(patientId);
  if (state.memberships.length === 0) return [];
  const [records, active] = await Promise.all([
    Promise.all(state.memberships.map((m) => services.segments.get(m.segmentId))),
    services.segments.activeSegments(),
  ]);
  const clinical = clinicalSegmentsOf(active);
  return state.memberships
    .flatMap((membership, index) => {
      const record = records[index];
      if (record?.status !== 'active') return [];
      const { segmentId, version, since, kind } = membership;
      const isClinical = clinical.has(segmentId);
      if (isClinical && !mayReadClinical) return [];
      return [{ segmentId, name: record.name, version, since, kind, readsClinicalData: isClinical }];
    })
    .sort((a, b) => a.segmentId.localeCompare(b.segmentId));
}

/**
 * Whether the caller may see who is in the segment: anyone who manages segments for a segment that says
 * nothing clinical; for a clinical one (its criteria read clinical data), only a caller with clinical read.
 */
export async function memberListAccess(
  segment: SegmentRecord,
  mayReadClinical: boolean,
  services: Pick<SegmentApiServices, 'segments'>,
): Promise<Outcome<{ readonly readsClinicalData: boolean }>> {
  const version = await services.segments.getVersion(segment.segmentId, segment.activeVersion ?? segment.latestVersion);
  const clinical = version?.definition
    ? await isClinicalDefinition(version.definition.criteria, services.segments)
    : false;
  if (clinical && !mayReadClinical) return clinicalRefusal(segment.segmentId);
  return { readsClinicalData: clinical };
}

export const clinicalRefusal = (what: string): Refusal => ({
  refused: 'clinical',
  detail: `${what} reads clinical data: who is in it is shown only to roles that may read clinical data (patients:read-clinical)`,
});

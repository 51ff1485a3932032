import type * as fhir4 from 'fhir/r4';
import { shardOf } from '../../lambdas/adapters/dynamodb/patient-keys';
import type { PatientApiServices } from '../../lambdas/api/routes/patient-routes';
import { projectPatientFacts } from '../../lambdas/domain/fhir/facts';
import type { Page } from '../../lambdas/domain/paging';
import { decodeCursor, encodeCursor } from '../../lambdas/domain/paging';
import type { PatientSummary } from '../../lambdas/domain/patients/patient-summary';
import type { PatientDirectory, PatientRecord } from '../../lambdas/domain/patients/ports';
import type { SearchCriteria } from '../../lambdas/domain/patients/search-terms';
import type {
  ActiveSegment,
  ComputationReason,
  ComputationRecord,
  ComputationStarter,
  ComputationStore,
  PatientListing,
  SegmentRecord,
  SegmentStatus,
  SegmentStore,
  SegmentVersion,
} from '../../lambdas/domain/segments/ports';
import { patientSegmentsOf, type SegmentApiServices } from '../../lambdas/domain/segments/segment-service';
import { snapshotFromResources } from '../../lambdas/domain/segments/snapshot';
import { InMemoryMembershipStore, RecordingMembershipPublisher } from './in-memory-membership';

/** Segment definitions in memory, with the contract of `DynamoSegmentStore`: revision-guarded changes. */
export class InMemorySegmentStore implements SegmentStore {
  readonly records = new Map<string, SegmentRecord>();
  readonly versions = new Map<string, SegmentVersion[]>();
  /** Called before each guarded write, to let a test change the record in between (a concurrent editor). */
  beforeWrite?: (segmentId: string) => void;

  async get(segmentId: string): Promise<SegmentRecord | undefined> {
    return this.records.get(segmentId);
  }

  async getVersion(segmentId: string, version: number): Promise<SegmentVersion | undefined> {
    return this.versions.get(segmentId)?.find((v) => v.version === version);
  }

  async listVersions(segmentId: string): Promise<SegmentVersion[]> {
    return [...(this.versions.get(segmentId) ?? [])].sort((a, b) => b.version - a.version);
  }

  async list(status: SegmentStatus | undefined, limit: number, cursor?: string): Promise<Page<SegmentRecord>> {
    const list = { pk: 'SEGMENT' };
    const after = String(decodeCursor(cursor, list)?.sk ?? '');
    const all = [...this.records.values()]
      .filter((r) => status === undefined || r.status === status)
      .map((r) => ({ record: r, sk: `${r.status}#${r.segmentId}` }))
      .filter((r) => r.sk > after)
      .sort((a, b) => a.sk.localeCompare(b.sk));
    const page = all.slice(0, limit);
    const last = page.at(-1);
    const next = all.length > limit && last ? encodeCursor({ ...list, sk: last.sk }) : undefined;
    return { items: page.map((r) => r.record), ...(next ? { cursor: next } : {}) };
  }

  async create(version: SegmentVersion): Promise<'created' | 'exists'> {
    if (this.records.has(version.segmentId)) return 'exists';
    this.records.set(version.segmentId, {
      segmentId: version.segmentId,
      kind: version.kind,
      name: version.name,
      description: version.description,
      status: 'draft',
      latestVersion: version.version,
      updatedAt: version.createdAt,
      revision: 1,
    });
    this.versions.set(version.segmentId, [version]);
    return 'created';
  }

  async addVersion(version: SegmentVersion, expected: SegmentRecord): Promise<'added' | 'conflict'> {
    if (!this.guard(expected)) return 'conflict';
    this.records.set(version.segmentId, {
      ...expected,
      name: version.name,
      description: version.description,
      latestVersion: version.version,
      updatedAt: version.createdAt,
      revision: expected.revision + 1,
    });
    this.versions.get(version.segmentId)?.push(version);
    return 'added';
  }

  async setStatus(
    expected: SegmentRecord,
    status: SegmentStatus,
    activeVersion: number | undefined,
    at: string,
  ): Promise<'updated' | 'conflict'> {
    if (!this.guard(expected)) return 'conflict';
    this.records.set(expected.segmentId, {
      ...expected,
      status,
      ...(activeVersion !== undefined ? { activeVersion } : {}),
      updatedAt: at,
      revision: expected.revision + 1,
    });
    return 'updated';
  }

  async activeSegments(): Promise<ActiveSegment[]> {
    const active: ActiveSegment[] = [];
    for (const record of this.records.values()) {
      if (record.status !== 'active' || record.activeVersion === undefined) continue;
      const version = await this.getVersion(record.segmentId, record.activeVersion);
      active.push({
        segmentId: record.segmentId,
        version: record.activeVersion,
        kind: record.kind,
        ...(version?.definition ? { definition: version.definition } : {}),
      });
    }
    return active;
  }

  private guard(expected: SegmentRecord): boolean {
    this.beforeWrite?.(expected.segmentId);
    return this.records.get(expected.segmentId)?.revision === expected.revision;
  }
}

/** The patient listing over a list of ids, sharded like the DynamoDB one, pages in id order. */
export class InMemoryPatientListing implements PatientListing {
  constructor(
    private readonly patientIds: () => readonly string[],
    readonly shards = 4,
  ) {}

  async page(shard: number, limit: number, cursor?: string): Promise<Page<string>> {
    const list = { pk: `PATIENTS#${shard}` };
    const after = String(decodeCursor(cursor, list)?.after ?? '');
    const ids = this.patientIds()
      .filter((id) => shardOf(id, this.shards) === shard && id > after)
      .sort();
    const items = ids.slice(0, limit);
    const last = items.at(-1);
    // Like DynamoDB, a full page carries a cursor even when nothing follows it.
    const next = items.length === limit && last ? encodeCursor({ ...list, after: last }) : undefined;
    return { items, ...(next ? { cursor: next } : {}) };
  }
}

/** Computation records keyed by id, the latest per segment; `record` plays the workflow. */
export class InMemoryComputationStore implements ComputationStore {
  readonly records = new Map<string, ComputationRecord>();

  record(record: ComputationRecord): void {
    this.records.set(record.computationId, record);
  }

  async latest(segmentId: string): Promise<ComputationRecord | undefined> {
    return [...this.records.values()]
      .filter((r) => r.segmentId === segmentId)
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
      .at(-1);
  }

  async get(computationId: string): Promise<ComputationRecord | undefined> {
    return this.records.get(computationId);
  }
}

export class RecordingComputationStarter implements ComputationStarter {
  readonly started: { computationId: string; segmentId: string; reason: ComputationReason }[] = [];

  async start(request: { computationId: string; segmentId: string; reason: ComputationReason }): Promise<void> {
    this.started.push({ ...request });
  }
}

/**
 * Patients for the segment routes: the 360 view reads their records, static lists resolve their identifiers.
 * Search answers identifier criteria only (exact system and value, or value in any system).
 */
export class InMemoryPatientDirectory implements PatientDirectory {
  readonly patients = new Map<string, fhir4.Patient & { id: string }>();

  add(patient: fhir4.Patient & { id: string }): void {
    this.patients.set(patient.id, patient);
  }

  async search(criteria: SearchCriteria, limit: number): Promise<Page<PatientSummary>> {
    if (criteria.by !== 'identifier') throw new Error('this directory searches by identifier only');
    const items = [...this.patients.values()]
      .filter((p) =>
        (p.identifier ?? []).some(
          (i) => i.value === criteria.value && (criteria.system === undefined || (i.system ?? '') === criteria.system),
        ),
      )
      .slice(0, limit)
      .map((p) => ({ id: p.id, name: [], telecom: [], address: [] }));
    return { items };
  }

  async getPatient(patientId: string): Promise<fhir4.Patient | undefined> {
    return this.patients.get(patientId);
  }

  async getRecord(patientId: string): Promise<PatientRecord | undefined> {
    const patient = this.patients.get(patientId);
    return patient && { patient, facts: projectPatientFacts(patient), resources: [] };
  }

  async listResources(): Promise<[]> {
    return [];
  }
}

export const SEGMENT_TEST_NOW = new Date('2026-11-25T12:00:00Z');

/** Every segment service in memory, with a fixed clock and counting ids; `addPatient` projects one patient. */
export function inMemorySegmentServices(now = SEGMENT_TEST_NOW) {
  const segments = new InMemorySegmentStore();
  const memberships = new InMemoryMembershipStore();
  const publisher = new RecordingMembershipPublisher();
  const computations = new InMemoryComputationStore();
  const starter = new RecordingComputationStarter();
  const directory = new InMemoryPatientDirectory();
  let ids = 0;
  const services: SegmentApiServices & Pick<PatientApiServices, 'patientSegments'> = {
    patientSegments: (patientId) => patientSegmentsOf(patientId, { segments, memberships }),
    segments,
    memberships,
    membershipPublisher: publisher,
    patientListing: new InMemoryPatientListing(() => [...memberships.facts.keys()]),
    computations,
    computationStarter: starter,
    patientDirectory: directory,
    clock: { now: () => now },
    newId: () => `computation-${++ids}`,
  };
  const addPatient = (patient: fhir4.Patient & { id: string }, resources: readonly fhir4.FhirResource[] = []) => {
    directory.add(patient);
    const { memberships: _none, ...facts } = snapshotFromResources(patient, resources);
    memberships.facts.set(patient.id, facts);
  };
  return { services, segments, memberships, publisher, computations, starter, directory, addPatient };
}

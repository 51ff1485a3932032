import type * as fhir4 from 'fhir/r4';
import { shardOf } from '../../lambdas/adapters/dynamodb/patient-keys';
import type { PatientApiServices } from '../../lambdas/api/routes/patient-routes';
import { projectPatientFacts } from '../../lambdas/domain/fhir/facts';
import { localFhirPath } from '../../lambdas/domain/fhir/local-fhirpath';
import type { Page } from '../../lambdas/domain/paging';
import { decodeCursor, encodeCursor } from '../../lambdas/domain/paging';
import type { PatientSummary } from '../../lambdas/domain/patients/patient-summary';
import type { PatientDirectory, PatientRecord } from '../../lambdas/domain/patients/ports';
import type { SearchCriteria } from '../../lambdas/domain/patients/search-terms';
import type {
  ComputationReason,
  ComputationRecord,
  ComputationStarter,
  ComputationStore,
  PatientListing,
} from '../../lambdas/domain/segments/ports';
import { SegmentDefinitions, type StoredSegmentDefinition } from '../../lambdas/domain/segments/segment-definitions';
import { patientSegmentsOf, type SegmentApiServices } from '../../lambdas/domain/segments/segment-service';
import { snapshotFromResources } from '../../lambdas/domain/segments/snapshot';
import { InMemoryDefinitionStore } from './in-memory-definitions';
import { InMemoryMembershipStore, RecordingMembershipPublisher } from './in-memory-membership';

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
  const definitions = new InMemoryDefinitionStore<StoredSegmentDefinition>('segment');
  const segments = new SegmentDefinitions(definitions);
  const memberships = new InMemoryMembershipStore();
  const publisher = new RecordingMembershipPublisher();
  const computations = new InMemoryComputationStore();
  const starter = new RecordingComputationStarter();
  const directory = new InMemoryPatientDirectory();
  let ids = 0;
  const services: SegmentApiServices & Pick<PatientApiServices, 'patientSegments'> = {
    patientSegments: (patientId, mayReadClinical) =>
      patientSegmentsOf(patientId, mayReadClinical, { segments, memberships }),
    segments,
    memberships,
    membershipPublisher: publisher,
    patientListing: new InMemoryPatientListing(() => [...memberships.facts.keys()]),
    computations,
    computationStarter: starter,
    patientDirectory: directory,
    fhirPath: localFhirPath,
    clock: { now: () => now },
    newId: () => `computation-${++ids}`,
  };
  const addPatient = (patient: fhir4.Patient & { id: string }, resources: readonly fhir4.FhirResource[] = []) => {
    directory.add(patient);
    const { memberships: _none, ...facts } = snapshotFromResources(patient, resources);
    memberships.facts.set(patient.id, facts);
  };
  return { services, segments, definitions, memberships, publisher, computations, starter, directory, addPatient };
}

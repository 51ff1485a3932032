import type * as fhir4 from 'fhir/r4';
import type { ClinicalFacts, PatientFacts } from '../fhir/facts';
import type { AcceptedResourceType } from '../fhir/resource-types';
import type { Page } from '../paging';
import type { PatientSummary } from './patient-summary';
import type { PreferenceChange, PreferenceRecord, RecordOutcome } from './preferences';
import type { SearchCriteria, SearchEntry } from './search-terms';

/** A projected resource of a patient other than the Patient itself. */
export interface PatientResource {
  readonly resourceType: Exclude<AcceptedResourceType, 'Patient' | 'Location'>;
  readonly resourceId: string;
  readonly facts: ClinicalFacts;
  readonly resource: Record<string, unknown>;
}

/** Everything projected for one patient: the Patient with its facts and every resource under it. */
export interface PatientRecord {
  readonly patient: fhir4.Patient;
  readonly facts: PatientFacts;
  readonly resources: readonly PatientResource[];
}

/** The patient store as the staff API reads it. A cursor that does not belong to the list is a 400. */
export interface PatientDirectory {
  /** One query of the search index; a page may hold fewer than `limit` items when a filter applies. */
  search(criteria: SearchCriteria, limit: number, cursor?: string): Promise<Page<PatientSummary>>;
  /** The projected Patient resource, read consistently; undefined when none is projected. */
  getPatient(patientId: string): Promise<fhir4.Patient | undefined>;
  /** Undefined when no Patient resource is projected for the id. */
  getRecord(patientId: string): Promise<PatientRecord | undefined>;
  /** The projected resources of one type under a patient. */
  listResources(patientId: string, resourceType: PatientResource['resourceType']): Promise<PatientResource[]>;
}

export interface PreferenceStore {
  current(patientId: string): Promise<PreferenceRecord[]>;
  /** Newest first. */
  history(patientId: string, limit: number, cursor?: string): Promise<Page<PreferenceChange>>;
  /** Appends the change to the history and makes it current unless a later change of its channel and topic exists. */
  record(change: PreferenceChange): Promise<RecordOutcome>;
}

/** What the search index holds for a patient; `fingerprint` tells whether rewriting would change anything. */
export interface SearchDocument {
  readonly patientId: string;
  readonly entries: readonly SearchEntry[];
  readonly summary: PatientSummary;
  readonly fingerprint: string;
}

/** The record of what was last written to the index for a patient (its revision guards concurrent writers). */
export interface IndexedState {
  readonly revision: number;
  readonly fingerprint: string;
  readonly keys: readonly string[];
}

export type IndexOutcome = 'written' | 'unchanged' | 'removed' | 'conflict';

export interface PatientSearchIndex {
  lastWritten(patientId: string): Promise<IndexedState | undefined>;
  /**
   * Writes the document's entries, deletes the entries of `previous` it no longer has and records the new
   * state, in one transaction, on condition that the record is still `previous`. An undefined document
   * removes the patient from the index.
   */
  replace(
    patientId: string,
    document: SearchDocument | undefined,
    previous: IndexedState | undefined,
  ): Promise<IndexOutcome>;
}

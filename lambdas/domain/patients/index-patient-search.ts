import type * as fhir4 from 'fhir/r4';
import { parseFactsChangedDetail } from '../events/parse-facts-changed';
import { contentHash } from '../ingestion/content-hash';
import type { Clock, Logger } from '../ports';
import { patientSummaryOf } from './patient-summary';
import type { IndexOutcome, PatientDirectory, PatientSearchIndex, SearchDocument } from './ports';
import { searchEntriesOf } from './search-terms';

export { MalformedFactsChangedError } from '../events/parse-facts-changed';

/**
 * The patient whose search entries an event asks to refresh, or undefined when its changes do not touch
 * the Patient. The platform published the event, so a detail that breaks the contract is a defect: it
 * throws, and the rule's retries and dead-letter queue keep it.
 */
export function patientToIndex(detail: unknown): string | undefined {
  const facts = parseFactsChangedDetail(detail);
  return facts.changedTypes.includes('Patient') ? facts.patientId : undefined;
}

export function searchDocumentOf(patient: fhir4.Patient, asOf: Date): SearchDocument {
  const entries = searchEntriesOf(patient);
  const summary = patientSummaryOf(patient, asOf.toISOString());
  return { patientId: patient.id as string, entries, summary, fingerprint: contentHash({ entries, summary }) };
}

export interface IndexDependencies {
  readonly patients: Pick<PatientDirectory, 'getPatient'>;
  readonly index: PatientSearchIndex;
  readonly clock: Clock;
  readonly logger: Logger;
}

const ATTEMPTS = 3;

export class SearchIndexConflictError extends Error {
  constructor(patientId: string) {
    super(`search entries of patient ${patientId} kept changing under ${ATTEMPTS} attempts`);
    this.name = 'SearchIndexConflictError';
  }
}

/**
 * Brings a patient's search entries in line with the projected Patient: writes the current ones, deletes
 * stale ones (a changed name, identifier or birth date), removes them all when the Patient is gone.
 * The index record is read before the Patient, so a writer that lost a race retries with a newer Patient.
 */
export async function indexPatientForSearch(
  patientId: string,
  deps: IndexDependencies,
): Promise<Exclude<IndexOutcome, 'conflict'>> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const previous = await deps.index.lastWritten(patientId);
    const patient = await deps.patients.getPatient(patientId);
    const document = patient ? searchDocumentOf(patient, deps.clock.now()) : undefined;
    const outcome = await deps.index.replace(patientId, document, previous);
    if (outcome !== 'conflict') {
      deps.logger.info('patient search entries refreshed', { patientId, outcome, entries: document?.entries.length });
      return outcome;
    }
  }
  throw new SearchIndexConflictError(patientId);
}

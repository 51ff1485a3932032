import type * as fhir4 from 'fhir/r4';
import { PLATFORM_EVENT_SOURCE } from '../../../lambdas/domain/events/event-names';
import { patientResourceChangedPattern } from '../../../lambdas/domain/events/event-patterns';
import {
  indexPatientForSearch,
  MalformedFactsChangedError,
  patientToIndex,
  SearchIndexConflictError,
} from '../../../lambdas/domain/patients/index-patient-search';
import type {
  IndexedState,
  IndexOutcome,
  PatientSearchIndex,
  SearchDocument,
} from '../../../lambdas/domain/patients/ports';
import { silentLogger } from '../../../lambdas/domain/ports';
import { compilePattern } from '../../../local/event-bus/pattern-matcher';

const clock = { now: () => new Date('2026-11-25T12:00:00Z') };

/** The index as a map of documents, with the revision check of the DynamoDB adapter. */
class InMemorySearchIndex implements PatientSearchIndex {
  readonly documents = new Map<string, SearchDocument>();
  private readonly states = new Map<string, IndexedState>();
  /** Called between reading the state and writing, to play a concurrent writer. */
  beforeReplace: () => void = () => {};

  async lastWritten(patientId: string) {
    return this.states.get(patientId);
  }

  async replace(patientId: string, document: SearchDocument | undefined, previous: IndexedState | undefined) {
    this.beforeReplace();
    if (document && previous?.fingerprint === document.fingerprint) return 'unchanged';
    if (!document && !previous) return 'unchanged';
    if (this.states.get(patientId)?.revision !== previous?.revision) return 'conflict';
    if (document) {
      this.documents.set(patientId, document);
      this.states.set(patientId, {
        revision: (previous?.revision ?? 0) + 1,
        fingerprint: document.fingerprint,
        keys: [],
      });
      return 'written';
    }
    this.documents.delete(patientId);
    this.states.delete(patientId);
    return 'removed' as IndexOutcome;
  }

  bumpRevision(patientId: string) {
    const state = this.states.get(patientId);
    this.states.set(patientId, { revision: (state?.revision ?? 0) + 1, fingerprint: 'other', keys: [] });
  }
}

function setUp(initial: fhir4.Patient | undefined) {
  let patient = initial;
  const index = new InMemorySearchIndex();
  const deps = {
    patients: { getPatient: async () => patient },
    index,
    clock,
    logger: silentLogger,
  };
  return { index, deps, setPatient: (p: fhir4.Patient | undefined) => (patient = p) };
}

const chalmers: fhir4.Patient = {
  resourceType: 'Patient',
  id: 'p1',
  name: [{ family: 'Chalmers', given: ['Peter'] }],
  birthDate: '1974-12-25',
};

describe('indexPatientForSearch', () => {
  it('writes the entries and summary of the projected Patient', async () => {
    const { index, deps } = setUp(chalmers);

    const outcome = await indexPatientForSearch('p1', deps);

    expect(outcome).toBe('written');
    expect(index.documents.get('p1')?.entries.map((e) => e.index)).toEqual(['birthDate', 'family', 'given']);
    expect(index.documents.get('p1')?.summary).toMatchObject({ id: 'p1', birthDate: '1974-12-25' });
  });

  it('writes nothing when the Patient has not changed since the last write', async () => {
    const { deps } = setUp(chalmers);
    await indexPatientForSearch('p1', deps);

    expect(await indexPatientForSearch('p1', deps)).toBe('unchanged');
  });

  it('replaces the entries when the name changes', async () => {
    const { index, deps, setPatient } = setUp(chalmers);
    await indexPatientForSearch('p1', deps);
    setPatient({ ...chalmers, name: [{ family: 'Windsor', given: ['Peter'] }] });

    expect(await indexPatientForSearch('p1', deps)).toBe('written');
    expect(index.documents.get('p1')?.entries).toContainEqual(expect.objectContaining({ family: 'windsor' }));
  });

  it('removes the patient from the index once the Patient is gone', async () => {
    const { index, deps, setPatient } = setUp(chalmers);
    await indexPatientForSearch('p1', deps);
    setPatient(undefined);

    expect(await indexPatientForSearch('p1', deps)).toBe('removed');
    expect(index.documents.has('p1')).toBe(false);
  });

  it('reads again and retries when another writer got in first', async () => {
    const { index, deps } = setUp(chalmers);
    let raced = false;
    index.beforeReplace = () => {
      if (!raced) index.bumpRevision('p1');
      raced = true;
    };

    expect(await indexPatientForSearch('p1', deps)).toBe('written');
  });

  it('gives up with an error (for EventBridge to retry) when every attempt loses a race', async () => {
    const { index, deps } = setUp(chalmers);
    index.beforeReplace = () => index.bumpRevision('p1');

    await expect(indexPatientForSearch('p1', deps)).rejects.toBeInstanceOf(SearchIndexConflictError);
  });
});

describe('patientToIndex', () => {
  const detail = (changedTypes: string[]) => ({
    patientId: 'p1',
    changedTypes,
    changes: changedTypes.map((resourceType) => ({ resourceType, resourceId: 'r1', action: 'update' })),
    occurredAt: '2026-11-25T08:00:00Z',
  });

  it('names the patient when the Patient resource changed', () => {
    expect(patientToIndex(detail(['Observation', 'Patient']))).toBe('p1');
  });

  it('ignores changes that do not touch the Patient', () => {
    expect(patientToIndex(detail(['Observation']))).toBeUndefined();
  });

  it('throws on a detail that breaks the contract', () => {
    expect(() => patientToIndex({ patientId: 'p1' })).toThrow(MalformedFactsChangedError);
  });
});

describe('patientResourceChangedPattern', () => {
  const event = (changedTypes: string[]) => ({
    source: PLATFORM_EVENT_SOURCE,
    'detail-type': 'Patient Facts Changed',
    detail: { patientId: 'p1', changedTypes },
  });

  it('matches facts-changed events whose changed types include Patient, and no others', () => {
    const matches = compilePattern(patientResourceChangedPattern());

    expect(matches(event(['Condition', 'Patient']))).toBe(true);
    expect(matches(event(['Condition']))).toBe(false);
    expect(matches({ ...event(['Patient']), source: 'fhir.upstream' })).toBe(false);
  });
});

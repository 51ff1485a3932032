import type * as fhir4 from 'fhir/r4';
import {
  type AppliedChange,
  announce,
  applyValidChange,
  ConcurrentModificationError,
  factsChangedDetails,
} from '../../../lambdas/domain/ingestion/ingest';
import { type IncomingEvent, ingestFhirEvent, ingestFhirEvents } from '../../../lambdas/domain/ingestion/ingest-event';
import { type ValidChange, validateFhirChange } from '../../../lambdas/domain/ingestion/validate-change';
import type { Logger } from '../../../lambdas/domain/ports';
import { readSample } from '../../support/fhir-samples';
import {
  DEFAULT_MAX_RESOURCE_BYTES,
  type InMemoryIngestion,
  inMemoryIngestion,
} from '../../support/in-memory-ingestion';

const OCCURRED_AT = '2025-05-01T08:00:00Z';
const OBSERVATION_KEY = { resourceType: 'Observation', resourceId: 'weight-1' } as const;

type Action = 'create' | 'update' | 'delete';

/** The HL7 body-weight example, as a version of Observation/weight-1 about one patient. */
function bodyWeight(patientId: string, versionId: string, kilograms = 83): fhir4.Observation {
  const observation = readSample<fhir4.Observation>('hl7-examples', 'Observation-example.json');
  return {
    ...observation,
    id: OBSERVATION_KEY.resourceId,
    meta: { versionId },
    subject: { reference: `Patient/${patientId}` },
    valueQuantity: { ...observation.valueQuantity, value: kilograms },
  };
}

function patient(id: string): fhir4.Patient {
  return { ...readSample<fhir4.Patient>('hl7-examples', 'Patient-example.json'), id };
}

function detail(action: Action, resource: object) {
  return { action, occurredAt: OCCURRED_AT, resource };
}

function deleteOf(key: { resourceType: string; resourceId: string }, versionId: string) {
  return detail('delete', { resourceType: key.resourceType, id: key.resourceId, meta: { versionId } });
}

function validChange(value: unknown): ValidChange {
  const result = validateFhirChange(value, { maxResourceBytes: DEFAULT_MAX_RESOURCE_BYTES });
  if (!result.ok) throw new Error(`test change rejected: ${JSON.stringify(result.rejection)}`);
  return result.change;
}

function fhirEvent(id: string, eventDetail: unknown): IncomingEvent {
  return {
    id,
    source: 'fhir.upstream',
    'detail-type': 'FHIR Resource Changed',
    time: OCCURRED_AT,
    detail: eventDetail,
  };
}

let ingestion: InMemoryIngestion;

beforeEach(() => {
  ingestion = inMemoryIngestion();
});

async function apply(value: unknown): Promise<AppliedChange> {
  return applyValidChange(validChange(value), ingestion.store, ingestion.clock);
}

describe('applyValidChange', () => {
  it('applies a create and projects the resource under its patient', async () => {
    const observation = bodyWeight('p1', '1');

    const result = await apply(detail('create', observation));

    expect(result).toEqual({
      outcome: 'applied',
      key: OBSERVATION_KEY,
      action: 'create',
      patientsToAnnounce: ['p1'],
      revision: 1,
    });
    expect(ingestion.store.resourcesOf('p1').get('Observation/weight-1')?.resource).toEqual(observation);
  });

  it('applies a newer update over the create', async () => {
    await apply(detail('create', bodyWeight('p1', '1', 83)));

    const result = await apply(detail('update', bodyWeight('p1', '2', 85)));

    expect(result).toMatchObject({ outcome: 'applied', patientsToAnnounce: ['p1'], revision: 2 });
    expect(ingestion.store.resourcesOf('p1').get('Observation/weight-1')?.facts).toMatchObject({
      quantity: { value: 85 },
    });
  });

  it('ignores an older update that arrives after a newer one, announcing nobody', async () => {
    await apply(detail('create', bodyWeight('p1', '1', 83)));
    await apply(detail('update', bodyWeight('p1', '3', 85)));
    const before = ingestion.store.snapshot();

    const result = await apply(detail('update', bodyWeight('p1', '2', 84)));

    expect(result).toMatchObject({ outcome: 'stale', patientsToAnnounce: [] });
    expect(ingestion.store.snapshot()).toEqual(before);
  });

  it('never drops a stale change without a trace: its event, its stamp and the stamp that outranked it', async () => {
    await ingestFhirEvents(
      [
        fhirEvent('e-new', detail('update', bodyWeight('p1', '3', 85))),
        fhirEvent('e-late', detail('update', bodyWeight('p1', '2', 84))),
      ],
      ingestion.deps,
    );

    expect(await ingestion.store.ignoredChanges(OBSERVATION_KEY, 10)).toEqual([
      {
        at: expect.any(String),
        action: 'update',
        reason: 'stale',
        stamp: expect.objectContaining({ versionId: '2' }),
        appliedStamp: expect.objectContaining({ versionId: '3' }),
        eventId: 'e-late',
      },
    ]);
  });

  it('removes a deleted resource from its patient and announces that patient', async () => {
    await apply(detail('create', bodyWeight('p1', '1')));

    const result = await apply(deleteOf(OBSERVATION_KEY, '2'));

    expect(result).toMatchObject({ outcome: 'applied', action: 'delete', patientsToAnnounce: ['p1'] });
    expect(ingestion.store.resourcesOf('p1').has('Observation/weight-1')).toBe(false);
  });

  it('keeps a resource that arrives before its Patient under the patient id, beside the Patient once it arrives', async () => {
    await apply(detail('create', bodyWeight('p1', '1')));

    await apply(detail('create', patient('p1')));

    expect(Object.keys(ingestion.store.snapshot())).toEqual(['p1']);
    expect([...ingestion.store.resourcesOf('p1').keys()].sort()).toEqual(['Observation/weight-1', 'Patient/p1']);
  });

  it('moves a resource whose subject changes to the new patient and announces both', async () => {
    await apply(detail('create', bodyWeight('p1', '1')));

    const result = await apply(detail('update', bodyWeight('p2', '2')));

    expect(result.patientsToAnnounce).toEqual(['p1', 'p2']);
    expect(ingestion.store.snapshot()).toEqual({ p2: { 'Observation/weight-1': expect.any(String) } });
  });

  it('applies a newer stamp over identical content, refreshing the stamp but announcing nobody', async () => {
    const first = await apply(detail('create', bodyWeight('p1', '1')));
    await announce([first], ingestion.publisher, ingestion.store, ingestion.clock);
    const resentLater = { ...detail('update', bodyWeight('p1', '1')), occurredAt: '2025-05-02T08:00:00Z' };

    const result = await apply(resentLater);

    expect(result).toMatchObject({ outcome: 'applied', patientsToAnnounce: [], revision: 2 });
    expect(ingestion.store.versionRecord(OBSERVATION_KEY)).toMatchObject({
      stamp: { versionId: '1', occurredAt: '2025-05-02T08:00:00Z' },
      announced: true,
    });
  });

  it('announces a replaced version whose own announcement never went out, even when the new one changes nothing', async () => {
    await apply(detail('create', bodyWeight('p1', '1')));
    const resentLater = { ...detail('update', bodyWeight('p1', '1')), occurredAt: '2025-05-02T08:00:00Z' };

    const result = await apply(resentLater);

    expect(result.patientsToAnnounce).toEqual(['p1']);
  });

  it('reads again and still applies when another writer changed the version record meanwhile', async () => {
    ingestion.store.conflictOnNextApply();

    const result = await apply(detail('create', bodyWeight('p1', '1')));

    expect(result.outcome).toBe('applied');
    expect(ingestion.store.applyCalls).toBe(2);
    expect(ingestion.store.resourcesOf('p1').has('Observation/weight-1')).toBe(true);
  });

  it('gives up with ConcurrentModificationError after five conflicting attempts', async () => {
    ingestion.store.conflictOnNextApply(5);

    await expect(apply(detail('create', bodyWeight('p1', '1')))).rejects.toBeInstanceOf(ConcurrentModificationError);
    expect(ingestion.store.applyCalls).toBe(5);
    expect(ingestion.store.snapshot()).toEqual({});
  });

  it('stores a Location as reference data under no patient, announcing nobody', async () => {
    const location = readSample<fhir4.Location>('hl7-examples', 'Location-1.json');

    const result = await apply(detail('create', location));

    expect(result).toMatchObject({ outcome: 'applied', patientsToAnnounce: [] });
    expect(ingestion.store.snapshot()).toEqual({});
  });
});

describe('announce', () => {
  it('publishes one detail per patient, listing every changed resource of that patient', async () => {
    const changes = [
      await apply(detail('create', patient('p1'))),
      await apply(detail('create', bodyWeight('p1', '1'))),
      await apply(detail('create', patient('p2'))),
    ];

    const published = await announce(changes, ingestion.publisher, ingestion.store, ingestion.clock);

    expect(published).toBe(2);
    expect(ingestion.publisher.batches).toEqual([
      [
        {
          patientId: 'p1',
          changedTypes: ['Observation', 'Patient'],
          changes: [
            { resourceType: 'Patient', resourceId: 'p1', action: 'create', revision: 1 },
            { resourceType: 'Observation', resourceId: 'weight-1', action: 'create', revision: 1 },
          ],
          occurredAt: ingestion.clock.now().toISOString(),
        },
        {
          patientId: 'p2',
          changedTypes: ['Patient'],
          changes: [{ resourceType: 'Patient', resourceId: 'p2', action: 'create', revision: 1 }],
          occurredAt: ingestion.clock.now().toISOString(),
        },
      ],
    ]);
  });

  it('marks the announced versions, so a redelivery has nothing left to announce', async () => {
    const change = await apply(detail('create', bodyWeight('p1', '1')));

    await announce([change], ingestion.publisher, ingestion.store, ingestion.clock);

    expect(ingestion.store.versionRecord(OBSERVATION_KEY)?.announced).toBe(true);
  });

  it('publishes nothing for a stale change', async () => {
    await apply(detail('create', bodyWeight('p1', '2')));
    const stale = await apply(detail('update', bodyWeight('p1', '1')));

    const published = await announce([stale], ingestion.publisher, ingestion.store, ingestion.clock);

    expect(published).toBe(0);
    expect(ingestion.publisher.batches).toEqual([]);
  });
});

describe('factsChangedDetails', () => {
  it('lists a resource changed twice in a batch once, with its last action', () => {
    const key = OBSERVATION_KEY;
    const created: AppliedChange = { outcome: 'applied', key, action: 'create', patientsToAnnounce: ['p1'] };
    const updated: AppliedChange = { outcome: 'applied', key, action: 'update', patientsToAnnounce: ['p1'] };

    expect(factsChangedDetails([created, updated], OCCURRED_AT)).toEqual([
      {
        patientId: 'p1',
        changedTypes: ['Observation'],
        changes: [{ resourceType: 'Observation', resourceId: 'weight-1', action: 'update' }],
        occurredAt: OCCURRED_AT,
      },
    ]);
  });
});

describe('ingestFhirEvent', () => {
  it('applies a valid event and announces its patient', async () => {
    const result = await ingestFhirEvent(fhirEvent('e1', detail('create', bodyWeight('p1', '1'))), ingestion.deps);

    expect(result).toEqual({ outcome: 'applied', announcedPatients: 1 });
    expect(ingestion.publisher.announcedPatients).toEqual(['p1']);
    expect(ingestion.store.versionRecord(OBSERVATION_KEY)?.announced).toBe(true);
  });

  it('announces nothing a second time when the same event is delivered again', async () => {
    const event = fhirEvent('e1', detail('create', bodyWeight('p1', '1')));
    await ingestFhirEvent(event, ingestion.deps);

    const result = await ingestFhirEvent(event, ingestion.deps);

    expect(result).toEqual({ outcome: 'duplicate', announcedPatients: 0 });
    expect(ingestion.publisher.announcedPatients).toEqual(['p1']);
  });

  it('fails when the announcement cannot be published, leaving the applied version unannounced', async () => {
    ingestion.publisher.failNextPublish();

    await expect(
      ingestFhirEvent(fhirEvent('e1', detail('create', bodyWeight('p1', '1'))), ingestion.deps),
    ).rejects.toThrow('the event bus is unavailable');
    expect(ingestion.store.versionRecord(OBSERVATION_KEY)).toMatchObject({ revision: 1, announced: false });
  });

  it('finishes the announcement on the redelivery after a crash between the write and the announcement', async () => {
    const event = fhirEvent('e1', detail('create', bodyWeight('p1', '1')));
    ingestion.publisher.failNextPublish();
    await ingestFhirEvent(event, ingestion.deps).catch(() => undefined);

    const result = await ingestFhirEvent(event, ingestion.deps);

    expect(result).toEqual({ outcome: 'duplicate', announcedPatients: 1 });
    expect(ingestion.publisher.announcedPatients).toEqual(['p1']);
    expect(ingestion.store.versionRecord(OBSERVATION_KEY)?.announced).toBe(true);
  });

  it('announces the patients a delete removed the resource from on the redelivery after a crash', async () => {
    await ingestFhirEvent(fhirEvent('e1', detail('create', bodyWeight('p1', '1'))), ingestion.deps);
    const deletion = fhirEvent('e2', deleteOf(OBSERVATION_KEY, '2'));
    ingestion.publisher.failNextPublish();
    await ingestFhirEvent(deletion, ingestion.deps).catch(() => undefined);

    await ingestFhirEvent(deletion, ingestion.deps);

    expect(ingestion.publisher.details.at(-1)).toMatchObject({
      patientId: 'p1',
      changes: [{ resourceType: 'Observation', resourceId: 'weight-1', action: 'delete' }],
    });
  });

  it('announces the former and the new patient on the redelivery of a move whose announcement failed', async () => {
    await ingestFhirEvent(fhirEvent('e1', detail('create', bodyWeight('p1', '1'))), ingestion.deps);
    const move = fhirEvent('e2', detail('update', bodyWeight('p2', '2')));
    ingestion.publisher.failNextPublish();
    await expect(ingestFhirEvent(move, ingestion.deps)).rejects.toThrow('the event bus is unavailable');

    const result = await ingestFhirEvent(move, ingestion.deps);

    expect(result).toEqual({ outcome: 'duplicate', announcedPatients: 2 });
    expect(ingestion.publisher.batches.at(-1)?.map((d) => d.patientId)).toEqual(['p1', 'p2']);
  });

  it('projects the resource and announces it on the redelivery after a crash between the version record and the projection', async () => {
    const event = fhirEvent('e1', detail('create', bodyWeight('p1', '1')));
    ingestion.store.crashAfterVersionWrite();
    await expect(ingestFhirEvent(event, ingestion.deps)).rejects.toThrow('stopped after writing the version record');
    expect(ingestion.store.resourcesOf('p1').size).toBe(0);

    const result = await ingestFhirEvent(event, ingestion.deps);

    expect(result).toEqual({ outcome: 'duplicate', announcedPatients: 1 });
    expect([...ingestion.store.resourcesOf('p1').keys()]).toEqual(['Observation/weight-1']);
    expect(ingestion.publisher.announcedPatients).toEqual(['p1']);
  });

  it('removes a moved resource from its former patient on the redelivery after a crash before the projection', async () => {
    await ingestFhirEvent(fhirEvent('e1', detail('create', bodyWeight('p1', '1'))), ingestion.deps);
    const move = fhirEvent('e2', detail('update', bodyWeight('p2', '2')));
    ingestion.store.crashAfterVersionWrite();
    await expect(ingestFhirEvent(move, ingestion.deps)).rejects.toThrow();

    await ingestFhirEvent(move, ingestion.deps);

    expect(ingestion.store.resourcesOf('p1').size).toBe(0);
    expect([...ingestion.store.resourcesOf('p2').keys()]).toEqual(['Observation/weight-1']);
  });

  it('dead-letters a rejected event with its reason and the original event', async () => {
    const invalid = { ...patient('p1'), gender: 'F' };
    const event = fhirEvent('e9', { ...detail('update', invalid), correlationId: 'ehr-42' });

    const result = await ingestFhirEvent(event, ingestion.deps);

    expect(result).toMatchObject({ outcome: 'rejected', rejection: { code: 'invalid-resource' } });
    expect(ingestion.deadLetters.entries).toEqual([
      {
        id: expect.stringMatching(/^event-[A-Za-z0-9_-]{32}$/),
        receivedAt: ingestion.clock.now().toISOString(),
        origin: 'event',
        rejection: {
          code: 'invalid-resource',
          message: 'the Patient is not valid FHIR R4',
          issues: [{ path: '/gender', message: 'must be one of ["male","female","other","unknown"]' }],
        },
        resourceType: 'Patient',
        resourceId: 'p1',
        correlationId: 'ehr-42',
        source: event.source,
        detailType: 'FHIR Resource Changed',
        payload: event,
      },
    ]);
  });

  it('dead-letters a rejected change once, however often it is delivered or re-sent upstream', async () => {
    const rejectedDetail = detail('update', { ...patient('p1'), gender: 'F' });

    await ingestFhirEvent(fhirEvent('e9', rejectedDetail), ingestion.deps);
    await ingestFhirEvent(fhirEvent('e9', rejectedDetail), ingestion.deps);
    await ingestFhirEvent(fhirEvent('e10', structuredClone(rejectedDetail)), ingestion.deps);

    expect(ingestion.deadLetters.recordCalls).toBe(3);
    expect(ingestion.deadLetters.entries).toHaveLength(1);
  });

  it('dead-letters two different rejected changes as two entries', async () => {
    await ingestFhirEvent(fhirEvent('e9', detail('update', { ...patient('p1'), gender: 'F' })), ingestion.deps);
    await ingestFhirEvent(fhirEvent('e10', detail('update', { ...patient('p2'), gender: 'F' })), ingestion.deps);

    expect(ingestion.deadLetters.entries.map((e) => e.resourceId)).toEqual(['p1', 'p2']);
  });

  it('neither stores nor announces anything for a rejected event', async () => {
    const claim = { resourceType: 'Claim', id: 'c1', patient: { reference: 'Patient/p1' } };

    await ingestFhirEvent(fhirEvent('e3', detail('create', claim)), ingestion.deps);

    expect(ingestion.deadLetters.entries.map((e) => e.rejection.code)).toEqual(['unsupported-resource-type']);
    expect(ingestion.store.snapshot()).toEqual({});
    expect(ingestion.publisher.batches).toEqual([]);
  });

  it('logs a rejection with identifiers only, never the resource', async () => {
    const logged: unknown[] = [];
    const logger: Logger = { info: () => {}, warn: (...args) => logged.push(args), error: () => {} };
    const invalid = { ...patient('p1'), name: [{ family: 'Quixotebury' }], gender: 'F' };

    await ingestFhirEvent(fhirEvent('e4', detail('update', invalid)), { ...ingestion.deps, logger });

    expect(logged).toEqual([
      ['FHIR event rejected', { eventId: 'e4', code: 'invalid-resource', resourceType: 'Patient' }],
    ]);
  });
});

describe('ingestFhirEvents', () => {
  it('announces each patient once for everything a delivery batch changed', async () => {
    const events = [
      fhirEvent('e1', detail('create', patient('p1'))),
      fhirEvent('e2', detail('create', bodyWeight('p1', '1'))),
      fhirEvent('e3', detail('create', patient('p2'))),
    ];

    const result = await ingestFhirEvents(events, ingestion.deps);

    expect(result.failed).toEqual([]);
    expect([...result.outcomes.values()]).toEqual(['applied', 'applied', 'applied']);
    expect(ingestion.publisher.batches).toHaveLength(1);
    expect(ingestion.publisher.batches[0]?.map((d) => [d.patientId, d.changes.length])).toEqual([
      ['p1', 2],
      ['p2', 1],
    ]);
  });

  it('applies the changes of one resource in arrival order, whatever the batch read first', async () => {
    const events = [
      fhirEvent('e1', detail('create', bodyWeight('p1', '1', 83))),
      fhirEvent('e2', detail('update', bodyWeight('p1', '2', 85))),
      fhirEvent('e3', detail('update', bodyWeight('p1', '1', 83))),
    ];

    const result = await ingestFhirEvents(events, ingestion.deps);

    expect([...result.outcomes.entries()]).toEqual([
      ['e1', 'applied'],
      ['e2', 'applied'],
      ['e3', 'stale'],
    ]);
    expect(ingestion.store.versionRecord(OBSERVATION_KEY)).toMatchObject({ revision: 2, announced: true });
  });

  it('dead-letters a rejected event of a batch and still ingests the others', async () => {
    const events = [
      fhirEvent('bad', { action: 'create', occurredAt: OCCURRED_AT, resource: { resourceType: 'Observation' } }),
      fhirEvent('good', detail('create', bodyWeight('p1', '1'))),
    ];

    const result = await ingestFhirEvents(events, ingestion.deps);

    expect(result.rejections.has('bad')).toBe(true);
    expect(result.outcomes.get('good')).toBe('applied');
    expect(ingestion.deadLetters.entries).toHaveLength(1);
    expect(ingestion.publisher.announcedPatients).toEqual(['p1']);
  });

  it('reports an event whose write meets a transient fault as failed, applying and announcing the rest', async () => {
    const store = ingestion.store;
    const applyChange = store.applyChange.bind(store);
    jest
      .spyOn(store, 'applyChange')
      .mockImplementation((change, ...rest) =>
        change.resourceType === 'Observation' ? Promise.reject(new Error('throttled')) : applyChange(change, ...rest),
      );
    const events = [
      fhirEvent('e1', detail('create', bodyWeight('p1', '1'))),
      fhirEvent('e2', detail('create', patient('p2'))),
    ];

    const result = await ingestFhirEvents(events, ingestion.deps);

    expect(result.failed.map((f) => f.eventId)).toEqual(['e1']);
    expect(result.outcomes.get('e2')).toBe('applied');
    expect(ingestion.publisher.announcedPatients).toEqual(['p2']);
  });

  it('fails as a whole when its announcement cannot be published, and the redelivery announces it', async () => {
    const events = [
      fhirEvent('e1', detail('create', bodyWeight('p1', '1'))),
      fhirEvent('e2', detail('create', patient('p2'))),
    ];
    ingestion.publisher.failNextPublish();
    await expect(ingestFhirEvents(events, ingestion.deps)).rejects.toThrow('the event bus is unavailable');

    const redelivery = await ingestFhirEvents(events, ingestion.deps);

    expect([...redelivery.outcomes.values()]).toEqual(['duplicate', 'duplicate']);
    expect(ingestion.publisher.announcedPatients.sort()).toEqual(['p1', 'p2']);
  });

  it('marks everything a delivery batch announced with one mark, and a redelivery announces nothing more', async () => {
    const marks = jest.spyOn(ingestion.store, 'markAnnouncementsPublished');
    const oneByOne = jest.spyOn(ingestion.store, 'markAnnounced');
    const events = [
      fhirEvent('e1', detail('create', bodyWeight('p1', '1'))),
      fhirEvent('e2', detail('create', patient('p2'))),
    ];
    await ingestFhirEvents(events, ingestion.deps);

    const redelivery = await ingestFhirEvents(events, ingestion.deps);

    expect(marks).toHaveBeenCalledTimes(1);
    expect(oneByOne).not.toHaveBeenCalled();
    expect(ingestion.store.versionRecord(OBSERVATION_KEY)?.announced).toBe(true);
    expect(redelivery.announcedPatients).toBe(0);
    expect(ingestion.publisher.announcedPatients.sort()).toEqual(['p1', 'p2']);
  });

  it('marks versions one by one after a write whose outcome is unknown, so that write is announced on its redelivery', async () => {
    const store = ingestion.store;
    const applyChange = store.applyChange.bind(store);
    // The write lands, then the answer is lost: the version sits under the batch's announcement id, unannounced.
    jest.spyOn(store, 'applyChange').mockImplementationOnce(async (change, ...rest) => {
      await applyChange(change, ...rest);
      throw new Error('socket hang up');
    });
    const landed = fhirEvent('e1', detail('create', bodyWeight('p1', '1')));
    const first = await ingestFhirEvents([landed, fhirEvent('e2', detail('create', patient('p2')))], ingestion.deps);
    expect(first.failed.map((f) => f.eventId)).toEqual(['e1']);
    expect(ingestion.store.versionRecord(OBSERVATION_KEY)?.announced).toBe(false);

    const redelivery = await ingestFhirEvents([landed], ingestion.deps);

    expect(redelivery.outcomes.get('e1')).toBe('duplicate');
    expect(ingestion.publisher.announcedPatients).toEqual(['p2', 'p1']);
    expect(ingestion.store.versionRecord(OBSERVATION_KEY)?.announced).toBe(true);
  });
});

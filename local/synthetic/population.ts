import type * as fhir4 from 'fhir/r4';
import { addAppointments } from './appointments';
import { addConditions, addMedications } from './conditions';
import { buildPatient, drawPerson } from './demographics';
import { addAcuteCare, addVisits } from './encounters';
import { drawEngagement } from './engagement';
import type { RecordContext, SyntheticResource, SyntheticResourceType } from './patient-record';
import { addImmunizations, addScreening } from './preventive-care';
import { createRandom, mixSeed } from './random';
import { clinicClock } from './time';

export type { SyntheticResource, SyntheticResourceType } from './patient-record';

/** One patient and everything recorded about them (the Patient itself is not repeated in `resources`). */
export interface SyntheticPatient {
  patient: fhir4.Patient;
  resources: SyntheticResource[];
}

export interface PopulationOptions {
  count: number;
  seed: number;
  now: Date;
  /** The clinic's IANA zone: most patients live there and appointments fall in its opening hours. */
  organisationTimeZone?: string;
}

/** Streams `count` patients; each is built from (seed, index) alone, so memory stays flat. */
export function* generatePopulation(options: PopulationOptions): Generator<SyntheticPatient> {
  const { count, seed, now, organisationTimeZone } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a non-negative integer');
  for (let index = 0; index < count; index++) yield generatePatient(index, seed, now, organisationTimeZone);
}

export function generatePatient(
  index: number,
  seed: number,
  now: Date,
  organisationTimeZone?: string,
): SyntheticPatient {
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError('now must be a valid date');
  const organisationClock = organisationTimeZone === undefined ? undefined : clinicClock(organisationTimeZone);
  const rng = createRandom(mixSeed(seed, index));
  const person = drawPerson(rng.fork(1), nowMs, organisationTimeZone);
  const ctx: RecordContext = {
    idPrefix: `syn-${seed >>> 0}-${index}`,
    subject: { reference: `Patient/syn-${seed >>> 0}-${index}` },
    now: nowMs,
    asOf: person.deceasedAt ?? nowMs,
    birth: person.birth,
    sex: person.gender,
    clock: organisationClock ?? clinicClock(person.zone),
    resources: [],
    counters: new Map(),
  };
  // Each concern draws from its own fork, so a change to one leaves the others' draws untouched.
  const patient = buildPatient(rng.fork(2), ctx, person, `${seed >>> 0}-${String(index + 1).padStart(7, '0')}`);
  const diagnoses = addConditions(rng.fork(3), ctx);
  const engagement = drawEngagement(rng.fork(4), ctx);
  addVisits(rng.fork(5), ctx, diagnoses, engagement);
  addAcuteCare(rng.fork(6), ctx, diagnoses, engagement);
  addImmunizations(rng.fork(7), ctx);
  addScreening(rng.fork(8), ctx);
  addMedications(rng.fork(9), ctx, diagnoses);
  if (person.deceasedAt === undefined) addAppointments(rng.fork(10), ctx, engagement);
  return { patient, resources: ctx.resources };
}

/** Groups a batch by resource type (Patients included), ready to write one NDJSON file per type. */
export function groupByResourceType(
  batch: Iterable<SyntheticPatient>,
): Map<SyntheticResourceType, SyntheticResource[]> {
  const groups = new Map<SyntheticResourceType, SyntheticResource[]>();
  const add = (resource: SyntheticResource) => {
    const group = groups.get(resource.resourceType);
    if (group) group.push(resource);
    else groups.set(resource.resourceType, [resource]);
  };
  for (const { patient, resources } of batch) {
    add(patient);
    for (const resource of resources) add(resource);
  }
  return groups;
}

/** The batch as NDJSON text per resource type (one resource per line, trailing newline). */
export function populationToNdjson(batch: Iterable<SyntheticPatient>): Map<SyntheticResourceType, string> {
  const files = new Map<SyntheticResourceType, string>();
  for (const [type, resources] of groupByResourceType(batch)) {
    files.set(type, `${resources.map((resource) => JSON.stringify(resource)).join('\n')}\n`);
  }
  return files;
}

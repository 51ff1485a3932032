import {
  APPOINTMENT_CODES,
  type City,
  CONDITION_CODES,
  CONDITION_STATUS,
  type Coding,
  type ConditionKey,
  DISCHARGE_DISPOSITIONS,
  ENCOUNTER_CLASSES,
  ENCOUNTER_TYPES,
  ENGLISH,
  LANGUAGES,
  MEDICAL_RECORD_NUMBER,
  MEDICATION_CODES,
  NEXT_OF_KIN,
  OBSERVATION_CATEGORIES,
  OBSERVATION_CODES,
  PATIENT_OBJECTION,
  PROCEDURE_CODES,
  RESULT_CODES,
  SYSTEMS,
  TIMEZONE_EXTENSION_URL,
  UNITS,
  US_TIME_ZONES,
  VACCINE_CODES,
} from './code-systems';
import { createRandom, mixSeed, type Random, type Weighted } from './random';

/**
 * The FHIR R4 shapes this generator emits, named as in the R4 specification and limited to the
 * elements it fills in. Declared here because the installed `@types/fhir` (3.0.2) describes STU3
 * and has no `fhir/r4` entry point.
 */
export interface Reference {
  reference: string;
}
export interface CodeableConcept {
  coding: Coding[];
  text?: string;
}
export interface Meta {
  versionId: string;
  lastUpdated: string;
}
export interface Period {
  start?: string;
  end?: string;
}
export interface Quantity {
  value: number;
  unit: string;
  system: string;
  code: string;
}
export interface HumanName {
  use: 'official' | 'usual';
  family: string;
  given: string[];
}
export interface ContactPoint {
  system: 'phone' | 'email';
  value: string;
  use?: 'home' | 'mobile' | 'old';
  rank?: number;
  period?: Period;
}
export interface Address {
  use: 'home';
  type: 'both';
  line: string[];
  city: string;
  state: string;
  postalCode: string;
  country: string;
}
interface ResourceBase {
  id: string;
  meta: Meta;
}
export interface Patient extends ResourceBase {
  resourceType: 'Patient';
  extension: { url: string; valueCode: string }[];
  identifier: { use: 'usual'; type: CodeableConcept; system: string; value: string }[];
  active: boolean;
  name: HumanName[];
  telecom?: ContactPoint[];
  gender: AdministrativeGender;
  birthDate: string;
  deceasedDateTime?: string;
  address: Address[];
  contact?: { relationship: CodeableConcept[]; name: HumanName; telecom: ContactPoint[] }[];
  communication: { language: CodeableConcept; preferred?: boolean }[];
}
export interface Condition extends ResourceBase {
  resourceType: 'Condition';
  clinicalStatus: CodeableConcept;
  verificationStatus: CodeableConcept;
  category: CodeableConcept[];
  code: CodeableConcept;
  subject: Reference;
  onsetDateTime: string;
  recordedDate: string;
}
export interface Observation extends ResourceBase {
  resourceType: 'Observation';
  status: 'final';
  category: CodeableConcept[];
  code: CodeableConcept;
  subject: Reference;
  encounter?: Reference;
  effectiveDateTime: string;
  valueQuantity?: Quantity;
  valueCodeableConcept?: CodeableConcept;
  component?: { code: CodeableConcept; valueQuantity: Quantity }[];
}
export interface Encounter extends ResourceBase {
  resourceType: 'Encounter';
  status: 'finished' | 'in-progress';
  class: Coding;
  type: CodeableConcept[];
  subject: Reference;
  appointment?: Reference[];
  period: Period;
  hospitalization?: { dischargeDisposition: CodeableConcept };
}
export interface Immunization extends ResourceBase {
  resourceType: 'Immunization';
  status: 'completed' | 'not-done';
  statusReason?: CodeableConcept;
  vaccineCode: CodeableConcept;
  patient: Reference;
  occurrenceDateTime: string;
  primarySource: boolean;
}
export interface Procedure extends ResourceBase {
  resourceType: 'Procedure';
  status: 'completed';
  code: CodeableConcept;
  subject: Reference;
  performedDateTime: string;
}
export interface Appointment extends ResourceBase {
  resourceType: 'Appointment';
  status: 'booked' | 'fulfilled' | 'noshow' | 'cancelled';
  cancelationReason?: CodeableConcept;
  serviceType: CodeableConcept[];
  specialty: CodeableConcept[];
  appointmentType: CodeableConcept;
  description: string;
  start: string;
  end: string;
  minutesDuration: number;
  created: string;
  participant: { actor: Reference; required: 'required'; status: 'accepted' }[];
}
export interface MedicationRequest extends ResourceBase {
  resourceType: 'MedicationRequest';
  status: 'active' | 'stopped';
  intent: 'order';
  medicationCodeableConcept: CodeableConcept;
  subject: Reference;
  authoredOn: string;
  dosageInstruction: { text: string }[];
}
export type FhirResource =
  | Patient
  | Condition
  | Observation
  | Encounter
  | Immunization
  | Procedure
  | Appointment
  | MedicationRequest;
export type ResourceType = FhirResource['resourceType'];
export type AdministrativeGender = 'male' | 'female' | 'other' | 'unknown';

/** One patient and everything recorded about them (the Patient itself is not repeated in `resources`). */
export interface SyntheticPatient {
  patient: Patient;
  resources: FhirResource[];
}

export interface PopulationOptions {
  count: number;
  seed: number;
  now: Date;
  /** The clinic's IANA zone: most patients live there and appointments fall in its opening hours. */
  organisationTimeZone?: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365.2425 * DAY;
const MONTH = YEAR / 12;
const MRN_SYSTEM = 'https://example.org/mrn';
const LOCAL_PATIENT_SHARE = 0.8;

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
  const ctx: Context = {
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
export function groupByResourceType(batch: Iterable<SyntheticPatient>): Map<ResourceType, FhirResource[]> {
  const groups = new Map<ResourceType, FhirResource[]>();
  const add = (resource: FhirResource) => {
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
export function populationToNdjson(batch: Iterable<SyntheticPatient>): Map<ResourceType, string> {
  const files = new Map<ResourceType, string>();
  for (const [type, resources] of groupByResourceType(batch)) {
    files.set(type, `${resources.map((resource) => JSON.stringify(resource)).join('\n')}\n`);
  }
  return files;
}

interface Context {
  readonly idPrefix: string;
  readonly subject: Reference;
  readonly now: number;
  /** The moment the record stops: now, or the moment of death. */
  readonly asOf: number;
  readonly birth: number;
  readonly sex: AdministrativeGender;
  readonly clock: ClinicClock;
  readonly resources: FhirResource[];
  readonly counters: Map<string, number>;
}

function nextId(ctx: Context, kind: string): string {
  const n = (ctx.counters.get(kind) ?? 0) + 1;
  ctx.counters.set(kind, n);
  return `${ctx.idPrefix}-${kind}-${n}`;
}

/** Records are written shortly after the event they describe, and never after now. */
function metaAt(ctx: Context, eventMs: number): Meta {
  return { versionId: '1', lastUpdated: iso(Math.min(ctx.now, eventMs + HOUR)) };
}

function ageAt(ctx: Context, ms: number): number {
  return (ms - ctx.birth) / YEAR;
}

// A module-scope alias: under jest's vm sandbox every lookup of the global `Math` is slow.
const { floor } = Math;
const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** A UTC instant to the second; hand-rolled because it runs for every date of every resource. */
function iso(ms: number): string {
  const seconds = floor(ms / 1000);
  const secondOfDay = ((seconds % 86_400) + 86_400) % 86_400;
  const time = `${pad2(floor(secondOfDay / 3600))}:${pad2(floor(secondOfDay / 60) % 60)}:${pad2(secondOfDay % 60)}`;
  return `${isoDate(ms)}T${time}Z`;
}

/** The UTC calendar date (proleptic Gregorian, days-from-civil inverse by H. Hinnant). */
function isoDate(ms: number): string {
  const z = floor(ms / DAY) + 719_468;
  const era = floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = floor(
    (dayOfEra - floor(dayOfEra / 1460) + floor(dayOfEra / 36_524) - floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + floor(yearOfEra / 4) - floor(yearOfEra / 100));
  const mp = floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Fresh objects each time, so no two resources share (and can mutate) a nested value. */
function concept(coding: Coding): CodeableConcept {
  return {
    coding: [{ ...coding }],
    text: coding.display.replace(/ \((disorder|finding|procedure|qualifier value)\)$/, ''),
  };
}

function quantity(value: number, unit: { unit: string; code: string }): Quantity {
  return { value, unit: unit.unit, system: SYSTEMS.ucum, code: unit.code };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Wall-clock arithmetic in one IANA zone, so visits and appointments fall in opening hours. */
class ClinicClock {
  private readonly format: Intl.DateTimeFormat;
  /** The day's offset, or NaN on a day the offset changes (US zones change it on the hour). */
  private readonly dayOffsets = new Map<number, number>();

  constructor(zone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
  }

  /** Milliseconds to add to UTC for local wall time, cached per UTC day; only transition days look closer. */
  private offset(ms: number): number {
    const day = Math.floor(ms / DAY);
    let offset = this.dayOffsets.get(day);
    if (offset === undefined) {
      const startOfDay = this.offsetAt(day * DAY);
      offset = startOfDay === this.offsetAt((day + 1) * DAY - MINUTE) ? startOfDay : Number.NaN;
      this.dayOffsets.set(day, offset);
    }
    return Number.isNaN(offset) ? this.offsetAt(Math.floor(ms / HOUR) * HOUR) : offset;
  }

  private offsetAt(ms: number): number {
    const parts = this.format.formatToParts(new Date(ms));
    const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
    return (
      Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute')) -
      Math.floor(ms / MINUTE) * MINUTE
    );
  }

  localDay(ms: number): number {
    return Math.floor((ms + this.offset(ms)) / DAY);
  }

  at(localDay: number, minuteOfDay: number): number {
    const wall = localDay * DAY + minuteOfDay * MINUTE;
    return wall - this.offset(wall - this.offset(wall));
  }

  isWeekday(localDay: number): boolean {
    const weekday = (((localDay + 4) % 7) + 7) % 7;
    return weekday !== 0 && weekday !== 6;
  }

  /** A quarter-hour slot from 08:00 to 16:15 on the day, or on the nearest weekday in the given direction. */
  slot(rng: Random, localDay: number, direction: 1 | -1): number {
    let day = localDay;
    while (!this.isWeekday(day)) day += direction;
    return this.at(day, 8 * 60 + 15 * rng.int(0, 33));
  }
}

const clocks = new Map<string, ClinicClock>();

function clinicClock(zone: string): ClinicClock {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new ClinicClock(zone);
    clocks.set(zone, clock);
  }
  return clock;
}

const AGE_BANDS: readonly Weighted<readonly [number, number]>[] = [
  [[0, 5], 5.8],
  [[5, 18], 16.3],
  [[18, 25], 9],
  [[25, 35], 13.4],
  [[35, 45], 13],
  [[45, 55], 12.1],
  [[55, 65], 12.7],
  [[65, 75], 10.2],
  [[75, 85], 5.3],
  [[85, 96], 2.2],
];

const GENDERS: readonly Weighted<AdministrativeGender>[] = [
  ['male', 49.4],
  ['female', 50],
  ['other', 0.4],
  ['unknown', 0.2],
];

interface NamePool {
  readonly male: readonly string[];
  readonly female: readonly string[];
  readonly family: readonly string[];
}

const words = (text: string): readonly string[] => text.split(' ');

const names = (male: string, female: string, family: string): NamePool => ({
  male: words(male),
  female: words(female),
  family: words(family),
});

const GENERAL_NAMES = names(
  'James Michael Robert John David William Richard Joseph Thomas Christopher Charles Daniel Matthew Anthony Mark Steven Paul Andrew Joshua Kevin Brian George Timothy Ryan Jacob Nathan Tyler Ethan Noah Liam',
  'Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra Ashley Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura Emma Olivia Ava Sophia Chloe',
  'Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks',
);

/** Name pools by preferred language; a language without one uses the general pool. */
const NAMES_BY_LANGUAGE: Readonly<Record<string, NamePool>> = {
  es: names(
    'José Juan Luis Carlos Jorge Miguel Alejandro Diego Javier Mateo Santiago Daniel',
    'María Guadalupe Ana Rosa Sofía Valentina Camila Isabella Lucía Elena Gabriela Carmen',
    'García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Morales Ortiz Cruz Reyes',
  ),
  zh: names(
    'Wei Jun Hao Ming Lei Jian Tao Yong',
    'Mei Li Xiu Ying Hui Jing Fang Yan',
    'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou',
  ),
  vi: names(
    'Minh Tuan Huy Duc Khoa Long Nam',
    'Linh Trang Huong Lan Thao Mai Ngoc',
    'Nguyen Tran Le Pham Hoang Huynh Vo Dang Bui',
  ),
  ko: names(
    'Minjun Jihoon Hyun Sung Jae Dong',
    'Jiwoo Seoyeon Minji Eunji Hana Soo',
    'Kim Lee Park Choi Jung Kang Cho Yoon',
  ),
  tl: names(
    'Jose Mark John Paolo Rafael',
    'Maria Angelica Kristine Joy Camille',
    'Santos Reyes Cruz Bautista Ocampo Mendoza',
  ),
  ar: names(
    'Mohammed Ahmed Omar Ali Yusuf Khalid Hassan',
    'Fatima Aisha Layla Noor Mariam Zainab',
    'Haddad Khoury Mansour Nasser Saleh Hamdan Aziz',
  ),
  fr: names(
    'Jean Pierre Louis Antoine Julien Lucas',
    'Marie Camille Chloé Léa Manon Claire',
    'Martin Bernard Dubois Petit Durand Lefebvre Moreau',
  ),
  de: names(
    'Hans Klaus Jürgen Stefan Lukas Felix',
    'Anna Ursula Petra Sabine Lena Hannah',
    'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker',
  ),
};

const STREET_NAMES = words(
  'Maple Oak Cedar Elm Pine Willow Birch Walnut Chestnut Spruce Aspen Magnolia Juniper Sycamore Poplar Hawthorn Linden Alder Meadow Ridge Lakeview Hillcrest Riverbend Sunset Harbor Orchard Prairie Valley Forest Spring Highland Mill Church Market Union Liberty Franklin Lincoln Jefferson Madison',
);
const STREET_SUFFIXES = words('St Ave Rd Ln Dr Ct Way Blvd Pl Ter');

interface Person {
  readonly birth: number;
  readonly gender: AdministrativeGender;
  readonly deceasedAt: number | undefined;
  readonly zone: string;
  readonly city: City;
  readonly language: Coding;
}

function drawPerson(rng: Random, now: number, organisationTimeZone: string | undefined): Person {
  const [minAge, maxAge] = rng.weighted(AGE_BANDS);
  const age = rng.float(minAge, maxAge);
  const birth = now - age * YEAR;
  const zones = US_TIME_ZONES.map((zone) => [zone, zone.weight] as const);
  const national = rng.weighted(zones);
  const local = organisationTimeZone !== undefined && rng.chance(LOCAL_PATIENT_SHARE);
  const zone = local ? organisationTimeZone : national.zone;
  const cities = (local && US_TIME_ZONES.find((z) => z.zone === organisationTimeZone)?.cities) || national.cities;
  const deathChance = age < 2 ? 0 : age < 50 ? 0.002 : age < 70 ? 0.01 : age < 85 ? 0.03 : 0.07;
  const deceasedAt = rng.chance(deathChance) ? now - rng.float(10 * DAY, 2 * YEAR) : undefined;
  return {
    birth,
    gender: rng.weighted(GENDERS),
    deceasedAt,
    zone,
    city: rng.pick(cities),
    language: rng.weighted(LANGUAGES),
  };
}

function buildPatient(rng: Random, ctx: Context, person: Person, mrn: string): Patient {
  const language = person.language.code;
  const pool =
    language !== ENGLISH.code && rng.chance(0.9) ? (NAMES_BY_LANGUAGE[language] ?? GENERAL_NAMES) : namePoolFor(rng);
  const name = drawName(rng, pool, person.gender);
  const age = ageAt(ctx, ctx.asOf);
  const telecom = age >= 13 ? drawTelecom(rng, ctx, name, person.city, age) : [];
  const communication: Patient['communication'] = [{ language: concept(person.language), preferred: true }];
  if (language !== ENGLISH.code && rng.chance(0.4)) communication.push({ language: concept(ENGLISH) });
  const street = `${rng.int(10, 9899)} ${rng.pick(STREET_NAMES)} ${rng.pick(STREET_SUFFIXES)}`;
  return {
    resourceType: 'Patient',
    id: ctx.subject.reference.slice('Patient/'.length),
    meta: metaAt(ctx, person.deceasedAt ?? ctx.now - rng.float(1, 700) * DAY),
    extension: [{ url: TIMEZONE_EXTENSION_URL, valueCode: person.zone }],
    identifier: [{ use: 'usual', type: concept(MEDICAL_RECORD_NUMBER), system: MRN_SYSTEM, value: mrn }],
    active: true,
    name: [name],
    ...(telecom.length > 0 ? { telecom } : {}),
    gender: person.gender,
    birthDate: isoDate(ctx.birth),
    ...(person.deceasedAt !== undefined ? { deceasedDateTime: iso(person.deceasedAt) } : {}),
    address: [
      {
        use: 'home',
        type: 'both',
        line: rng.chance(0.2) ? [street, `Apt ${rng.int(1, 40)}${rng.pick(['A', 'B', 'C', ''])}`] : [street],
        city: person.city.city,
        state: person.city.state,
        postalCode: `${person.city.zipPrefix}${String(rng.int(1, 99)).padStart(2, '0')}`,
        country: 'US',
      },
    ],
    ...(age < 18 ? { contact: [drawGuardian(rng, pool, name.family, person.city)] } : {}),
    communication,
  };
}

/** Minors are reached through a parent, who shares their family name. */
function drawGuardian(
  rng: Random,
  pool: NamePool,
  family: string,
  city: City,
): NonNullable<Patient['contact']>[number] {
  return {
    relationship: [concept(NEXT_OF_KIN)],
    name: { ...drawName(rng, pool, rng.chance(0.7) ? 'female' : 'male'), family },
    telecom: [{ system: 'phone', value: fictionalPhone(rng, city), use: 'mobile', rank: 1 }],
  };
}

/** Most English speakers carry general names; some carry names from the other pools. */
function namePoolFor(rng: Random): NamePool {
  return rng.chance(0.85) ? GENERAL_NAMES : rng.pick(Object.values(NAMES_BY_LANGUAGE));
}

function drawName(rng: Random, pool: NamePool, gender: AdministrativeGender): HumanName {
  const givenPool =
    gender === 'male' ? pool.male : gender === 'female' ? pool.female : rng.pick([pool.male, pool.female]);
  const given = [rng.pick(givenPool)];
  const middle = rng.pick(givenPool);
  if (rng.chance(0.3) && middle !== given[0]) given.push(middle);
  return { use: 'official', family: rng.pick(pool.family), given };
}

/** Numbers in the 555-0100..555-0199 range, which NANP reserves for fiction. */
function fictionalPhone(rng: Random, city: City): string {
  return `+1${city.areaCode}55501${String(rng.int(0, 99)).padStart(2, '0')}`;
}

function drawTelecom(rng: Random, ctx: Context, name: HumanName, city: City, age: number): ContactPoint[] {
  const telecom: ContactPoint[] = [];
  let rank = 1;
  if (rng.chance(age < 18 ? 0.7 : 0.9)) {
    telecom.push({ system: 'phone', value: fictionalPhone(rng, city), use: 'mobile', rank: rank++ });
    if (rng.chance(0.12)) {
      const period = { start: iso(ctx.asOf - rng.float(4, 8) * YEAR), end: iso(ctx.asOf - rng.float(0.2, 3) * YEAR) };
      const use = rng.chance(0.5) ? 'old' : 'mobile';
      telecom.push({ system: 'phone', value: fictionalPhone(rng, city), use, period });
    }
  }
  if (rng.chance(age < 18 ? 0.4 : age < 65 ? 0.8 : 0.55)) {
    const [first = 'patient'] = name.given;
    const local = `${first}.${name.family}${rng.int(1, 99)}`
      .normalize('NFD')
      .replace(/[^A-Za-z0-9.]/g, '')
      .toLowerCase();
    telecom.push({ system: 'email', value: `${local}@${rng.pick(['example.org', 'example.com'])}`, rank: rank++ });
  }
  if (rng.chance(age >= 65 ? 0.4 : 0.12)) {
    telecom.push({ system: 'phone', value: fictionalPhone(rng, city), use: 'home', rank: rank++ });
  }
  return telecom;
}

interface Diagnosis {
  readonly onset: number;
  readonly active: boolean;
}
type Diagnoses = Partial<Record<ConditionKey, Diagnosis>>;

interface ConditionRule {
  readonly key: ConditionKey;
  readonly minAge: number;
  /** Diagnosed prevalence at this age given the conditions drawn before it (US primary care, rough). */
  readonly prevalence: (age: number, dx: Diagnoses) => number;
  readonly lapsedStatus?: Weighted<Coding>;
}

const byAge = (age: number, bands: readonly (readonly [number, number])[]): number =>
  bands.find(([upTo]) => age < upTo)?.[1] ?? 0;

/** In dependency order: obesity raises diabetes and hypertension; those raise CKD and heart failure. */
const CONDITION_RULES: readonly ConditionRule[] = [
  { key: 'obesity', minAge: 2, prevalence: (age) => (age < 18 ? 0.17 : 0.36) },
  {
    key: 'type2Diabetes',
    minAge: 10,
    prevalence: (age, dx) =>
      byAge(age, [
        [18, 0.002],
        [45, 0.035],
        [65, 0.14],
        [Number.POSITIVE_INFINITY, 0.21],
      ]) * (dx.obesity ? 1.5 : 0.72),
  },
  { key: 'prediabetes', minAge: 18, prevalence: (age, dx) => (dx.type2Diabetes ? 0 : age < 45 ? 0.05 : 0.1) },
  {
    key: 'essentialHypertension',
    minAge: 18,
    prevalence: (age, dx) =>
      byAge(age, [
        [40, 0.08],
        [60, 0.32],
        [Number.POSITIVE_INFINITY, 0.58],
      ]) * (dx.obesity ? 1.35 : 0.8),
  },
  {
    key: 'hyperlipidemia',
    minAge: 18,
    prevalence: (age, dx) =>
      byAge(age, [
        [40, 0.06],
        [60, 0.25],
        [Number.POSITIVE_INFINITY, 0.42],
      ]) * (dx.type2Diabetes ? 1.6 : 1),
  },
  {
    key: 'asthma',
    minAge: 1,
    prevalence: (age) => (age < 18 ? 0.065 : 0.08),
    lapsedStatus: [CONDITION_STATUS.inactive, 0.15],
  },
  { key: 'copd', minAge: 40, prevalence: (age) => (age < 65 ? 0.045 : 0.1) },
  {
    key: 'chronicKidneyDisease',
    minAge: 18,
    prevalence: (age, dx) =>
      byAge(age, [
        [45, 0.01],
        [65, 0.035],
        [Number.POSITIVE_INFINITY, 0.1],
      ]) *
      (dx.type2Diabetes ? 2.5 : 1) *
      (dx.essentialHypertension ? 1.5 : 1),
  },
  {
    key: 'heartFailure',
    minAge: 30,
    prevalence: (age, dx) =>
      byAge(age, [
        [45, 0.001],
        [65, 0.012],
        [80, 0.05],
        [Number.POSITIVE_INFINITY, 0.1],
      ]) * (dx.essentialHypertension ? 1.8 : 1),
  },
  {
    key: 'depression',
    minAge: 12,
    prevalence: (age) => (age < 18 ? 0.05 : 0.09),
    lapsedStatus: [CONDITION_STATUS.remission, 0.25],
  },
];

function addConditions(rng: Random, ctx: Context): Diagnoses {
  const dx: Diagnoses = {};
  const age = ageAt(ctx, ctx.asOf);
  for (const rule of CONDITION_RULES) {
    if (age < rule.minAge + 0.5 || !rng.chance(Math.min(0.95, rule.prevalence(age, dx)))) continue;
    const earliest = Math.max(ctx.birth + rule.minAge * YEAR, ctx.asOf - 20 * YEAR);
    const onset = rng.float(earliest, ctx.asOf - 14 * DAY);
    const lapsed = rule.lapsedStatus !== undefined && rng.chance(rule.lapsedStatus[1]);
    dx[rule.key] = { onset, active: !lapsed };
    const recorded = Math.min(ctx.asOf, onset + rng.float(0, 10) * DAY);
    ctx.resources.push({
      resourceType: 'Condition',
      id: nextId(ctx, 'cond'),
      meta: metaAt(ctx, recorded),
      clinicalStatus: concept(lapsed && rule.lapsedStatus ? rule.lapsedStatus[0] : CONDITION_STATUS.active),
      verificationStatus: concept(rng.chance(0.03) ? CONDITION_STATUS.provisional : CONDITION_STATUS.confirmed),
      category: [concept(CONDITION_STATUS.problemListItem)],
      code: concept(CONDITION_CODES[rule.key]),
      subject: { ...ctx.subject },
      onsetDateTime: isoDate(onset),
      recordedDate: iso(recorded),
    });
  }
  return dx;
}

/** `lastContact` bounds every encounter: long ago for patients who drifted away. */
interface Engagement {
  readonly kind: 'regular' | 'lapsed' | 'never';
  readonly lastContact: number;
}

function drawEngagement(rng: Random, ctx: Context): Engagement {
  const age = ageAt(ctx, ctx.asOf);
  const kind = rng.weighted<Engagement['kind']>([
    ['never', 0.02],
    ['lapsed', age >= 18 && age < 40 ? 0.14 : 0.07],
    ['regular', 0.85],
  ]);
  const lastContact = kind === 'lapsed' ? ctx.asOf - rng.float(18.5, 40) * MONTH : ctx.asOf;
  return { kind, lastContact };
}

const CHRONIC: readonly ConditionKey[] = [
  'essentialHypertension',
  'hyperlipidemia',
  'copd',
  'chronicKidneyDisease',
  'heartFailure',
  'depression',
];

function visitIntervalDays(rng: Random, ctx: Context, dx: Diagnoses): () => number {
  const age = ageAt(ctx, ctx.asOf);
  if (age < 2) return () => rng.float(55, 95);
  if (dx.type2Diabetes) {
    const cadence = rng.weighted<number>([
      [3.5, 45],
      [5.5, 30],
      [9, 25],
    ]);
    return () => cadence * 30 + rng.float(-20, 20);
  }
  if (CHRONIC.some((key) => dx[key])) return () => rng.float(110, 240);
  if (age < 18) return () => rng.float(300, 420);
  return age >= 65 ? () => rng.float(180, 380) : () => rng.float(250, 560);
}

interface PatientBaseline {
  readonly bmi: number;
  readonly heightMetres: number;
  readonly hba1c: number;
  /** HbA1c tests stop after this instant for diabetics whose monitoring has lapsed. */
  readonly hba1cUntil: number;
}

function drawBaseline(rng: Random, ctx: Context, dx: Diagnoses, engagement: Engagement): PatientBaseline {
  const age = ageAt(ctx, ctx.asOf);
  const adultHeight = ctx.sex === 'male' ? rng.normal(1.76, 0.07) : rng.normal(1.62, 0.07);
  const bmi =
    age < 18
      ? dx.obesity
        ? rng.float(23, 32)
        : rng.clampedNormal(17.5, 1.6, 14, 21.5)
      : dx.obesity
        ? rng.clampedNormal(35, 4, 30.5, 55)
        : rng.clampedNormal(25.5, 2.6, 18.5, 29.5);
  const hba1cLapsed = rng.chance(0.2);
  return {
    bmi,
    heightMetres: age < 18 ? Math.min(adultHeight, 0.75 + 0.06 * age) : adultHeight,
    hba1c: rng.clampedNormal(7.6, 1.4, 5.8, 12.5),
    hba1cUntil: hba1cLapsed ? Math.min(engagement.lastContact, ctx.asOf - rng.float(7, 20) * MONTH) : ctx.asOf,
  };
}

function addVisits(rng: Random, ctx: Context, dx: Diagnoses, engagement: Engagement): void {
  if (engagement.kind === 'never') return;
  const baseline = drawBaseline(rng, ctx, dx, engagement);
  const interval = visitIntervalDays(rng, ctx, dx);
  const windowStart = Math.max(ctx.birth + 3 * DAY, ctx.asOf - 3 * YEAR);
  const lastDay = ctx.clock.localDay(Math.min(engagement.lastContact, ctx.asOf)) - 1;
  const visitDays: number[] = [];
  for (
    let day = lastDay - Math.floor(rng.float(0, interval()));
    ctx.clock.at(day, 0) > windowStart;
    day -= Math.max(14, Math.round(interval()))
  ) {
    visitDays.unshift(day);
  }
  const last = {
    checkUp: Number.NEGATIVE_INFINITY,
    ldl: Number.NEGATIVE_INFINITY,
    egfr: Number.NEGATIVE_INFINITY,
    prediabetesA1c: Number.NEGATIVE_INFINITY,
  };
  const chronic = CHRONIC.some((key) => dx[key]) || dx.type2Diabetes !== undefined;
  for (const day of visitDays) {
    const start = ctx.clock.slot(rng, day, -1);
    if (start >= ctx.asOf || start <= windowStart) continue;
    const age = ageAt(ctx, start);
    const annual = start - last.checkUp > 330 * DAY;
    if (annual) last.checkUp = start;
    const type =
      age < 18 && annual
        ? ENCOUNTER_TYPES.wellChild
        : annual
          ? ENCOUNTER_TYPES.checkUp
          : chronic
            ? ENCOUNTER_TYPES.followUp
            : ENCOUNTER_TYPES.symptom;
    const encounter = addAmbulatoryEncounter(rng, ctx, start, type);
    const lab = start + 15 * MINUTE;
    if (age >= 18 && rng.chance(0.9))
      addBloodPressure(rng, ctx, start, encounter, dx.essentialHypertension !== undefined);
    if (age >= 2 && (annual || rng.chance(0.5))) addBodyMeasures(rng, ctx, start, encounter, baseline, age);
    if (age < 2) {
      addObservation(ctx, start, encounter, OBSERVATION_CATEGORIES.vitalSigns, OBSERVATION_CODES.bodyWeight, {
        valueQuantity: quantity(round1(3.4 + 7.5 * age + rng.normal(0, 0.5)), UNITS.kg),
      });
    }
    if (dx.type2Diabetes && start > dx.type2Diabetes.onset && start <= baseline.hba1cUntil) {
      const value = round1(rng.clampedNormal(baseline.hba1c, 0.5, 5.5, 13.5));
      addObservation(ctx, lab, encounter, OBSERVATION_CATEGORIES.laboratory, OBSERVATION_CODES.hba1c, {
        valueQuantity: quantity(value, UNITS.percent),
      });
    } else if (dx.prediabetes && start > dx.prediabetes.onset && start - last.prediabetesA1c > 300 * DAY) {
      last.prediabetesA1c = start;
      addObservation(ctx, lab, encounter, OBSERVATION_CATEGORIES.laboratory, OBSERVATION_CODES.hba1c, {
        valueQuantity: quantity(round1(rng.float(5.7, 6.4)), UNITS.percent),
      });
    }
    const lipidsDue = dx.hyperlipidemia || dx.type2Diabetes || age >= 40;
    if (lipidsDue && start - last.ldl > 330 * DAY && rng.chance(0.7)) {
      last.ldl = start;
      const ldl = Math.round(rng.clampedNormal(dx.hyperlipidemia ? 125 : 105, 28, 45, 240));
      const code = rng.chance(0.8) ? OBSERVATION_CODES.ldl : OBSERVATION_CODES.ldlDirect;
      addObservation(ctx, lab, encounter, OBSERVATION_CATEGORIES.laboratory, code, {
        valueQuantity: quantity(ldl, UNITS.mgPerDl),
      });
    }
    const kidneysDue = dx.type2Diabetes || dx.essentialHypertension || dx.chronicKidneyDisease;
    if (kidneysDue && start - last.egfr > 330 * DAY && rng.chance(0.8)) {
      last.egfr = start;
      const egfr = dx.chronicKidneyDisease ? rng.clampedNormal(45, 10, 15, 59) : rng.clampedNormal(88, 14, 60, 130);
      addObservation(ctx, lab, encounter, OBSERVATION_CATEGORIES.laboratory, OBSERVATION_CODES.egfr, {
        valueQuantity: quantity(Math.round(egfr), UNITS.egfr),
      });
    }
  }
}

/** Recent visits were booked: their fulfilled Appointment is linked from the Encounter. */
function addAmbulatoryEncounter(rng: Random, ctx: Context, start: number, type: Coding): Reference {
  const minutes = rng.pick([15, 20, 30]);
  const booked = ctx.now - start < 120 * DAY && rng.chance(0.8);
  const kind = APPOINTMENT_KIND_BY_ENCOUNTER_TYPE.get(type) ?? 'sameDay';
  const appointment = booked
    ? addAppointment(ctx, 'fulfilled', start, minutes, kind, start - rng.float(1, 40) * DAY)
    : undefined;
  const id = nextId(ctx, 'enc');
  const end = start + (minutes + rng.int(0, 15)) * MINUTE;
  ctx.resources.push({
    resourceType: 'Encounter',
    id,
    meta: metaAt(ctx, end),
    status: 'finished',
    class: { ...ENCOUNTER_CLASSES.ambulatory },
    type: [concept(type)],
    subject: { ...ctx.subject },
    ...(appointment ? { appointment: [appointment] } : {}),
    period: { start: iso(start), end: iso(end) },
  });
  return { reference: `Encounter/${id}` };
}

type ObservationValue =
  | Pick<Observation, 'valueQuantity'>
  | Pick<Observation, 'valueCodeableConcept'>
  | Pick<Observation, 'component'>;

function addObservation(
  ctx: Context,
  at: number,
  encounter: Reference | undefined,
  category: Coding,
  code: Coding,
  value: ObservationValue,
): void {
  ctx.resources.push({
    resourceType: 'Observation',
    id: nextId(ctx, 'obs'),
    meta: metaAt(ctx, at),
    status: 'final',
    category: [concept(category)],
    code: concept(code),
    subject: { ...ctx.subject },
    ...(encounter ? { encounter } : {}),
    effectiveDateTime: iso(at),
    ...value,
  });
}

function addBloodPressure(rng: Random, ctx: Context, at: number, encounter: Reference, hypertensive: boolean): void {
  const systolic = Math.round(
    hypertensive ? rng.clampedNormal(138, 14, 100, 210) : rng.clampedNormal(118, 11, 88, 165),
  );
  const diastolic = Math.min(
    systolic - 25,
    Math.round(hypertensive ? rng.clampedNormal(86, 10, 55, 125) : rng.clampedNormal(75, 8, 45, 100)),
  );
  addObservation(ctx, at, encounter, OBSERVATION_CATEGORIES.vitalSigns, OBSERVATION_CODES.bloodPressurePanel, {
    component: [
      { code: concept(OBSERVATION_CODES.systolic), valueQuantity: quantity(systolic, UNITS.mmHg) },
      { code: concept(OBSERVATION_CODES.diastolic), valueQuantity: quantity(diastolic, UNITS.mmHg) },
    ],
  });
}

function addBodyMeasures(
  rng: Random,
  ctx: Context,
  at: number,
  encounter: Reference,
  baseline: PatientBaseline,
  age: number,
): void {
  const height = age < 18 ? Math.min(baseline.heightMetres, 0.75 + 0.06 * age) : baseline.heightMetres;
  const bmi = round1(baseline.bmi + rng.normal(0, 0.4));
  addObservation(ctx, at, encounter, OBSERVATION_CATEGORIES.vitalSigns, OBSERVATION_CODES.bodyWeight, {
    valueQuantity: quantity(round1(bmi * height * height), UNITS.kg),
  });
  addObservation(ctx, at, encounter, OBSERVATION_CATEGORIES.vitalSigns, OBSERVATION_CODES.bmi, {
    valueQuantity: quantity(bmi, UNITS.bmi),
  });
}

/** Emergency visits and admissions, a few discharged in the last week, a very few still in hospital. */
function addAcuteCare(rng: Random, ctx: Context, dx: Diagnoses, engagement: Engagement): void {
  if (engagement.kind === 'never') return;
  const age = ageAt(ctx, ctx.asOf);
  const frail = dx.heartFailure !== undefined || dx.copd !== undefined;
  const edRate = (age >= 65 ? 0.2 : 0.12) + (frail ? 0.3 : 0);
  const admissionRate = (age < 18 ? 0.01 : age < 65 ? 0.03 : 0.08) + (frail ? 0.15 : 0);
  const windowStart = Math.max(ctx.birth + DAY, ctx.asOf - 3 * YEAR);
  const windowEnd = engagement.lastContact - 2 * DAY;
  for (let yearStart = windowStart; yearStart + DAY < windowEnd; yearStart += YEAR) {
    const yearEnd = Math.min(windowEnd, yearStart + YEAR);
    if (rng.chance(edRate)) {
      const start = rng.float(yearStart, yearEnd);
      addAcuteEncounter(ctx, 'emergency', start, start + rng.float(2, 9) * HOUR);
    }
    if (rng.chance(admissionRate)) {
      const end = rng.float(yearStart, yearEnd);
      addAcuteEncounter(ctx, 'inpatient', end - rng.float(1, 8) * DAY, end, rng.chance(0.15));
    }
  }
  if (engagement.kind === 'lapsed' || ctx.asOf < ctx.now) return;
  if (rng.chance(age >= 65 ? 0.03 : 0.008)) {
    const end = ctx.now - rng.float(0.2, 7) * DAY;
    addAcuteEncounter(ctx, 'inpatient', end - rng.float(1, 6) * DAY, end);
  } else if (rng.chance(0.002)) {
    addAcuteEncounter(ctx, 'inpatient', ctx.now - rng.float(0.5, 4) * DAY, undefined);
  }
}

function addAcuteEncounter(
  ctx: Context,
  kind: 'emergency' | 'inpatient',
  start: number,
  end: number | undefined,
  toNursingFacility = false,
): void {
  if (start <= ctx.birth) return;
  const inpatient = kind === 'inpatient';
  const disposition = toNursingFacility ? DISCHARGE_DISPOSITIONS.skilledNursingFacility : DISCHARGE_DISPOSITIONS.home;
  ctx.resources.push({
    resourceType: 'Encounter',
    id: nextId(ctx, 'enc'),
    meta: metaAt(ctx, end ?? start),
    status: end === undefined ? 'in-progress' : 'finished',
    class: { ...(inpatient ? ENCOUNTER_CLASSES.inpatient : ENCOUNTER_CLASSES.emergency) },
    type: [concept(inpatient ? ENCOUNTER_TYPES.hospitalAdmission : ENCOUNTER_TYPES.emergencyRoom)],
    subject: { ...ctx.subject },
    period: end === undefined ? { start: iso(start) } : { start: iso(start), end: iso(end) },
    ...(inpatient && end !== undefined ? { hospitalization: { dischargeDisposition: concept(disposition) } } : {}),
  });
}

function addImmunization(ctx: Context, vaccine: Coding, at: number, primarySource: boolean, declined = false): void {
  if (at >= ctx.asOf || at <= ctx.birth) return;
  ctx.resources.push({
    resourceType: 'Immunization',
    id: nextId(ctx, 'imm'),
    meta: metaAt(ctx, at),
    status: declined ? 'not-done' : 'completed',
    ...(declined ? { statusReason: concept(PATIENT_OBJECTION) } : {}),
    vaccineCode: concept(vaccine),
    patient: { ...ctx.subject },
    occurrenceDateTime: iso(at),
    primarySource,
  });
}

function addImmunizations(rng: Random, ctx: Context): void {
  const age = ageAt(ctx, ctx.asOf);
  const asOf = new Date(ctx.asOf);
  const currentSeason = asOf.getUTCMonth() >= 7 ? asOf.getUTCFullYear() : asOf.getUTCFullYear() - 1;
  const habitual = rng.chance(age >= 65 ? 0.8 : age >= 50 ? 0.55 : age >= 18 ? 0.35 : 0.5);
  for (let season = currentSeason - 2; season <= currentSeason; season++) {
    // Most doses go in during September to November; a dose after now is one not (yet) given.
    const at = Date.UTC(season, 8, 1) + (rng.chance(0.7) ? rng.float(0, 75) : rng.float(75, 210)) * DAY;
    if (ageAt(ctx, at) < 0.5) continue;
    const older = ageAt(ctx, at) >= 65;
    if (rng.chance(habitual ? 0.85 : 0.12)) {
      const vaccine = older
        ? rng.weighted([
            [VACCINE_CODES.influenzaHighDose, 70],
            [VACCINE_CODES.influenzaPreservativeFree, 15],
            [VACCINE_CODES.influenzaQuadrivalentPreservativeFree, 15],
          ])
        : rng.weighted([
            [VACCINE_CODES.influenzaPreservativeFree, 30],
            [VACCINE_CODES.influenzaInjectable, 15],
            [VACCINE_CODES.influenzaQuadrivalentPreservativeFree, 35],
            [VACCINE_CODES.influenzaQuadrivalent, 20],
          ]);
      addImmunization(ctx, vaccine, at, rng.chance(0.85));
    } else if (season === currentSeason && rng.chance(0.05)) {
      addImmunization(ctx, VACCINE_CODES.influenzaQuadrivalent, at, true, true);
    }
  }
  if (rng.chance(age >= 18 ? 0.65 : 0.25)) {
    let at = ctx.asOf - rng.float(90, 1400) * DAY;
    for (let dose = rng.int(1, 3); dose > 0 && at < ctx.asOf; dose--) {
      const historical = rng.chance(0.3);
      addImmunization(ctx, historical ? VACCINE_CODES.covidUnspecified : VACCINE_CODES.covidMrna, at, !historical);
      at += rng.float(28, 300) * DAY;
    }
  }
  if (age >= 11 && rng.chance(0.55)) {
    const at = Math.max(ctx.birth + 11 * YEAR, ctx.asOf - rng.float(0.1, 10) * YEAR);
    addImmunization(ctx, rng.chance(0.7) ? VACCINE_CODES.tdap : VACCINE_CODES.td, at, rng.chance(0.8));
  }
  if (age >= 65 && rng.chance(0.65)) {
    const at = Math.max(ctx.birth + 65 * YEAR, ctx.asOf - rng.float(0.1, 8) * YEAR);
    addImmunization(ctx, VACCINE_CODES.pneumococcalConjugate, at, true);
    if (rng.chance(0.5))
      addImmunization(ctx, VACCINE_CODES.pneumococcalPolysaccharide, at + rng.float(0.9, 1.5) * YEAR, true);
  }
  if (age >= 50 && rng.chance(0.35)) {
    const at = Math.max(ctx.birth + 50 * YEAR, ctx.asOf - rng.float(0.1, 6) * YEAR);
    addImmunization(ctx, VACCINE_CODES.zosterRecombinant, at, true);
    addImmunization(ctx, VACCINE_CODES.zosterRecombinant, at + rng.float(60, 180) * DAY, true);
  }
}

/** Colorectal (colonoscopy or FIT) and breast screening, so some of the eligible are overdue. */
function addScreening(rng: Random, ctx: Context): void {
  const age = ageAt(ctx, ctx.asOf);
  const addProcedure = (code: Coding, at: number) => {
    if (at >= ctx.asOf || ageAt(ctx, at) < 40) return;
    ctx.resources.push({
      resourceType: 'Procedure',
      id: nextId(ctx, 'proc'),
      meta: metaAt(ctx, at),
      status: 'completed',
      code: concept(code),
      subject: { ...ctx.subject },
      performedDateTime: iso(at),
    });
  };
  if (age >= 45 && rng.chance(age >= 50 ? 0.5 : 0.25)) {
    addProcedure(PROCEDURE_CODES.colonoscopy, ctx.asOf - rng.float(0.05, Math.min(12, age - 44)) * YEAR);
  } else if (age >= 45 && age < 76 && rng.chance(0.2)) {
    const at = ctx.asOf - rng.float(10, 730) * DAY;
    const positive = rng.chance(0.05);
    addObservation(
      ctx,
      at,
      undefined,
      OBSERVATION_CATEGORIES.laboratory,
      rng.chance(0.8) ? OBSERVATION_CODES.fit : OBSERVATION_CODES.fitFirstSpecimen,
      {
        valueCodeableConcept: concept(positive ? RESULT_CODES.positive : RESULT_CODES.negative),
      },
    );
  }
  if (ctx.sex === 'female' && age >= 40 && rng.chance(age < 75 ? 0.72 : 0.35)) {
    const latest = ctx.asOf - rng.float(20, 3 * 365) * DAY;
    addProcedure(PROCEDURE_CODES.screeningMammography, latest);
    if (rng.chance(0.6)) addProcedure(PROCEDURE_CODES.screeningMammography, latest - rng.float(1, 2) * YEAR);
  }
}

const PRESCRIPTIONS: readonly { condition: ConditionKey; medication: Coding; share: number; dosage: string }[] = [
  {
    condition: 'type2Diabetes',
    medication: MEDICATION_CODES.metformin,
    share: 0.75,
    dosage: 'Take 1 tablet by mouth once daily with the evening meal',
  },
  {
    condition: 'essentialHypertension',
    medication: MEDICATION_CODES.lisinopril,
    share: 0.5,
    dosage: 'Take 1 tablet by mouth once daily',
  },
  {
    condition: 'essentialHypertension',
    medication: MEDICATION_CODES.hydrochlorothiazide,
    share: 0.2,
    dosage: 'Take 1 tablet by mouth every morning',
  },
  {
    condition: 'hyperlipidemia',
    medication: MEDICATION_CODES.simvastatin,
    share: 0.5,
    dosage: 'Take 1 tablet by mouth at bedtime',
  },
  {
    condition: 'asthma',
    medication: MEDICATION_CODES.albuterol,
    share: 0.6,
    dosage: 'Inhale 2.5 mg by nebuliser every 6 hours as needed for wheezing',
  },
];

function addMedications(rng: Random, ctx: Context, dx: Diagnoses): void {
  for (const { condition, medication, share, dosage } of PRESCRIPTIONS) {
    const diagnosis = dx[condition];
    if (!diagnosis || !rng.chance(share)) continue;
    const authored = Math.min(ctx.asOf - DAY, Math.max(diagnosis.onset, ctx.asOf - 2 * YEAR) + rng.float(1, 30) * DAY);
    ctx.resources.push({
      resourceType: 'MedicationRequest',
      id: nextId(ctx, 'medreq'),
      meta: metaAt(ctx, authored),
      status: diagnosis.active && rng.chance(0.9) ? 'active' : 'stopped',
      intent: 'order',
      medicationCodeableConcept: concept(medication),
      subject: { ...ctx.subject },
      authoredOn: iso(authored),
      dosageInstruction: [{ text: dosage }],
    });
  }
}

type AppointmentKind = 'checkUp' | 'followUp' | 'sameDay' | 'immunization';

const APPOINTMENT_KINDS: Readonly<Record<AppointmentKind, { service: Coding; type: Coding; description: string }>> = {
  checkUp: {
    service: APPOINTMENT_CODES.generalPractice,
    type: APPOINTMENT_CODES.checkUp,
    description: 'Annual check-up',
  },
  followUp: {
    service: APPOINTMENT_CODES.generalPractice,
    type: APPOINTMENT_CODES.followUp,
    description: 'Follow-up visit',
  },
  sameDay: {
    service: APPOINTMENT_CODES.generalPractice,
    type: APPOINTMENT_CODES.routine,
    description: 'Same-day visit',
  },
  immunization: {
    service: APPOINTMENT_CODES.immunization,
    type: APPOINTMENT_CODES.routine,
    description: 'Vaccination visit',
  },
};

const APPOINTMENT_KIND_BY_ENCOUNTER_TYPE = new Map<Coding, AppointmentKind>([
  [ENCOUNTER_TYPES.checkUp, 'checkUp'],
  [ENCOUNTER_TYPES.wellChild, 'checkUp'],
  [ENCOUNTER_TYPES.followUp, 'followUp'],
]);

function addAppointment(
  ctx: Context,
  status: Appointment['status'],
  start: number,
  minutes: number,
  kind: AppointmentKind,
  created: number,
): Reference {
  const { service, type, description } = APPOINTMENT_KINDS[kind];
  const id = nextId(ctx, 'appt');
  const createdAt = Math.min(ctx.now, created);
  const lastChange =
    status === 'booked'
      ? createdAt
      : status === 'cancelled'
        ? Math.min(start, ctx.now) - DAY
        : start + minutes * MINUTE;
  ctx.resources.push({
    resourceType: 'Appointment',
    id,
    meta: metaAt(ctx, Math.max(createdAt, lastChange)),
    status,
    ...(status === 'cancelled' ? { cancelationReason: concept(APPOINTMENT_CODES.cancelledByPatient) } : {}),
    serviceType: [concept(service)],
    specialty: [concept(APPOINTMENT_CODES.specialtyGeneralPractice)],
    appointmentType: concept(type),
    description,
    start: iso(start),
    end: iso(start + minutes * MINUTE),
    minutesDuration: minutes,
    created: iso(createdAt),
    participant: [{ actor: { ...ctx.subject }, required: 'required', status: 'accepted' }],
  });
  return { reference: `Appointment/${id}` };
}

/** Upcoming bookings (some within the week), recent no-shows and cancellations. */
function addAppointments(rng: Random, ctx: Context, engagement: Engagement): void {
  const today = ctx.clock.localDay(ctx.now);
  const regular = engagement.kind === 'regular';
  const kind = () =>
    rng.weighted<AppointmentKind>([
      ['checkUp', 45],
      ['followUp', 45],
      ['immunization', 10],
    ]);
  const book = (start: number) => {
    if (start > ctx.now)
      addAppointment(ctx, 'booked', start, rng.pick([15, 20, 30]), kind(), ctx.now - rng.float(1, 60) * DAY);
  };
  if (rng.chance(regular ? 0.07 : 0.02)) book(ctx.clock.slot(rng, today + rng.int(1, 6), -1));
  if (rng.chance(regular ? 0.15 : 0.05)) book(ctx.clock.slot(rng, today + rng.int(8, 90), 1));
  if (rng.chance(0.035)) {
    const start = ctx.clock.slot(rng, today - rng.int(1, 30), -1);
    addAppointment(ctx, 'noshow', start, 20, kind(), start - rng.float(5, 40) * DAY);
  }
  if (rng.chance(0.02)) {
    const start = ctx.clock.slot(rng, today + (rng.chance(0.5) ? rng.int(1, 45) : -rng.int(1, 60)), -1);
    addAppointment(ctx, 'cancelled', start, 20, kind(), Math.min(start, ctx.now) - rng.float(7, 40) * DAY);
  }
}

import type * as fhir4 from 'fhir/r4';
import { zoneOfUsZip } from '../../lambdas/domain/patients/us-zip-zones';
import {
  type City,
  type Coding,
  ENGLISH,
  LANGUAGES,
  MEDICAL_RECORD_NUMBER,
  NEXT_OF_KIN,
  TIMEZONE_EXTENSION_URL,
  US_TIME_ZONES,
} from './code-systems';
import { type AdministrativeGender, ageAt, concept, metaAt, type RecordContext } from './patient-record';
import { type Random, stableHash, type Weighted } from './random';
import { DAY, iso, isoDate, YEAR } from './time';

const MRN_SYSTEM = 'https://example.org/mrn';
const LOCAL_PATIENT_SHARE = 0.8;

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

/** A drawn name always has a family name and at least one given name. */
interface OfficialName extends fhir4.HumanName {
  use: 'official';
  family: string;
  given: string[];
}

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

/** Who a patient is, drawn before anything is recorded about them. */
export interface Person {
  readonly birth: number;
  readonly gender: AdministrativeGender;
  readonly deceasedAt: number | undefined;
  readonly zone: string;
  readonly city: City;
  readonly language: Coding;
}

export function drawPerson(rng: Random, now: number, organisationTimeZone: string | undefined): Person {
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

export function buildPatient(rng: Random, ctx: RecordContext, person: Person, mrn: string): fhir4.Patient {
  const language = person.language.code;
  const pool =
    language !== ENGLISH.code && rng.chance(0.9) ? (NAMES_BY_LANGUAGE[language] ?? GENERAL_NAMES) : namePoolFor(rng);
  const name = drawName(rng, pool, person.gender);
  const age = ageAt(ctx, ctx.asOf);
  const telecom = age >= 13 ? drawTelecom(rng, ctx, name, person.city, age) : [];
  const communication: fhir4.PatientCommunication[] = [{ language: concept(person.language), preferred: true }];
  if (language !== ENGLISH.code && rng.chance(0.4)) communication.push({ language: concept(ENGLISH) });
  const street = `${rng.int(10, 9899)} ${rng.pick(STREET_NAMES)} ${rng.pick(STREET_SUFFIXES)}`;
  const patient: fhir4.Patient = {
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
  return carriesZoneExtension(patient, person.zone) ? patient : withoutZoneExtension(patient);
}

/**
 * Real records (Synthea's, US Core exports) seldom carry the timezone extension: half the patients go without
 * it, chosen by their id so the rest of the draw is unchanged, and the platform finds their zone from the home
 * address. A patient whose generated ZIP code falls in a neighbouring zone keeps the extension.
 */
function carriesZoneExtension(patient: fhir4.Patient, zone: string): boolean {
  const postalCode = patient.address?.[0]?.postalCode ?? '';
  return stableHash(patient.id ?? '') % 2 === 0 || zoneOfUsZip(postalCode) !== zone;
}

function withoutZoneExtension(patient: fhir4.Patient): fhir4.Patient {
  const { extension: _zone, ...rest } = patient;
  return rest;
}

/** Minors are reached through a parent, who shares their family name. */
function drawGuardian(rng: Random, pool: NamePool, family: string, city: City): fhir4.PatientContact {
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

function drawName(rng: Random, pool: NamePool, gender: AdministrativeGender): OfficialName {
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

function drawTelecom(
  rng: Random,
  ctx: RecordContext,
  name: OfficialName,
  city: City,
  age: number,
): fhir4.ContactPoint[] {
  const telecom: fhir4.ContactPoint[] = [];
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

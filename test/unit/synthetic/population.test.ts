import type * as fhir4 from 'fhir/r4';
import { validateR4Resource } from '../../../lambdas/domain/fhir/r4-schema-validator';
import { isValidTimeZone } from '../../../lambdas/domain/messaging/policy/quiet-hours';
import { patientTimeZone } from '../../../lambdas/domain/patients/time-zone';
import {
  generatePatient,
  generatePopulation,
  groupByResourceType,
  populationToNdjson,
  type SyntheticPatient,
  type SyntheticResource,
} from '../../../local/synthetic/population';

const NOW = new Date('2025-11-14T15:00:00Z');
const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;

function generate(count: number, seed: number, organisationTimeZone?: string): SyntheticPatient[] {
  return [...generatePopulation({ count, seed, now: NOW, organisationTimeZone })];
}

function ageOf({ patient }: SyntheticPatient): number {
  return (NOW.getTime() - Date.parse(patient.birthDate ?? '')) / YEAR;
}

/** A condition drawn as this SNOMED CT concept, whichever coding the record carries for it (`RECORDED_CODINGS`). */
const RECORDED_AS: Readonly<Record<string, readonly string[]>> = {
  '44054006': ['44054006', '73211009', 'E11.9'],
  '59621000': ['59621000', '38341003', 'I10'],
};

function hasCondition({ resources }: SyntheticPatient, snomedCode: string): boolean {
  const codes = RECORDED_AS[snomedCode] ?? [snomedCode];
  return resources.some((r) => r.resourceType === 'Condition' && codes.includes(r.code?.coding?.[0]?.code ?? ''));
}

function observations({ resources }: SyntheticPatient, loincCode: string): fhir4.Observation[] {
  return resources.filter(
    (r): r is fhir4.Observation => r.resourceType === 'Observation' && r.code.coding?.[0]?.code === loincCode,
  );
}

function appointments({ resources }: SyntheticPatient): fhir4.Appointment[] {
  return resources.filter((r): r is fhir4.Appointment => r.resourceType === 'Appointment');
}

function share(patients: readonly SyntheticPatient[], predicate: (p: SyntheticPatient) => boolean): number {
  return patients.filter(predicate).length / patients.length;
}

function patientReferencesOf(resource: SyntheticResource): (string | undefined)[] {
  switch (resource.resourceType) {
    case 'Patient':
      return [];
    case 'Immunization':
      return [resource.patient.reference];
    case 'Appointment':
      return resource.participant.map((p) => p.actor?.reference);
    default:
      return [resource.subject?.reference];
  }
}

/** Every date-like string in a resource, with its JSON path. */
function datesIn(value: unknown, path = ''): { path: string; value: string }[] {
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}/.test(value) ? [{ path, value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => datesIn(item, `${path}/${i}`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => datesIn(item, `${path}/${key}`));
  }
  return [];
}

describe('generatePopulation', () => {
  it('yields identical patients for the same seed and now', () => {
    expect(generate(150, 11)).toEqual(generate(150, 11));
  });

  it('yields different patients for a different seed', () => {
    const [a, b] = [generate(50, 11), generate(50, 12)];
    expect(a.map((p) => p.patient.birthDate)).not.toEqual(b.map((p) => p.patient.birthDate));
  });

  it('builds each patient from its index alone, so generatePatient matches the stream', () => {
    const stream = generate(40, 5, 'America/Chicago');
    expect(generatePatient(37, 5, NOW, 'America/Chicago')).toEqual(stream[37]);
  });

  it('rejects an organisation time zone that is not an IANA zone', () => {
    expect(() => generatePatient(0, 1, NOW, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });

  describe('in a sample of 5,000 patients', () => {
    let sample: SyntheticPatient[];
    let adults: SyntheticPatient[];
    beforeAll(() => {
      sample = generate(5000, 2025);
      adults = sample.filter((p) => ageOf(p) >= 18);
    });

    it('every resource is valid FHIR R4', () => {
      const invalid = sample
        .flatMap((p) => [p.patient, ...p.resources])
        .map((resource) => ({ id: resource.id, issues: validateR4Resource(resource) }))
        .filter(({ issues }) => issues.length > 0);
      expect(invalid.slice(0, 5)).toEqual([]);
    });

    it('every resource refers to its own patient, in the field its type uses', () => {
      const strays = sample.flatMap(({ patient, resources }) =>
        resources
          .filter((resource) => patientReferencesOf(resource).join() !== `Patient/${patient.id}`)
          .map((resource) => resource.id),
      );
      expect(strays).toEqual([]);
    });

    it('gives every resource a unique id derived from seed and index, and meta version 1', () => {
      const all = sample.flatMap((p) => [p.patient, ...p.resources]);
      expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
      expect(sample.map((p) => p.patient.id)).toEqual(sample.map((_, index) => `syn-2025-${index}`));
      const misnamed = sample.flatMap(({ patient, resources }) =>
        resources.filter((r) => !r.id?.startsWith(`${patient.id}-`)).map((r) => r.id),
      );
      expect(misnamed).toEqual([]);
      expect(all.filter((r) => r.meta?.versionId !== '1' || !r.meta.lastUpdated).map((r) => r.id)).toEqual([]);
    });

    it('dates nothing after now except appointment times', () => {
      const future = sample
        .flatMap((p) => [p.patient, ...p.resources])
        .flatMap((resource) => datesIn(resource).map((date) => ({ type: resource.resourceType, ...date })))
        .filter(({ type, path }) => !(type === 'Appointment' && (path === '/start' || path === '/end')))
        .filter(({ value }) => Date.parse(value) > NOW.getTime());
      expect(future).toEqual([]);
    });

    it('spans ages 0 to 95 with about as many women as men and a few other or unknown genders', () => {
      const ages = sample.map(ageOf);
      expect(Math.min(...ages)).toBeLessThan(1);
      expect(Math.max(...ages)).toBeGreaterThan(90);
      expect(Math.max(...ages)).toBeLessThan(96);
      expect(share(sample, (p) => p.patient.gender === 'female')).toBeGreaterThan(0.45);
      expect(share(sample, (p) => p.patient.gender === 'male')).toBeGreaterThan(0.45);
      expect(share(sample, (p) => p.patient.gender === 'other' || p.patient.gender === 'unknown')).toBeLessThan(0.02);
    });

    it('diagnoses type 2 diabetes in 7-16% of adults and hypertension in 25-50%', () => {
      expect(share(adults, (p) => hasCondition(p, '44054006'))).toBeGreaterThan(0.07);
      expect(share(adults, (p) => hasCondition(p, '44054006'))).toBeLessThan(0.16);
      expect(share(adults, (p) => hasCondition(p, '59621000'))).toBeGreaterThan(0.25);
      expect(share(adults, (p) => hasCondition(p, '59621000'))).toBeLessThan(0.5);
    });

    it('makes diabetes commoner with age', () => {
      const diabetic = (p: SyntheticPatient) => hasCondition(p, '44054006');
      const young = adults.filter((p) => ageOf(p) < 45);
      const old = adults.filter((p) => ageOf(p) >= 65);
      expect(share(old, diabetic)).toBeGreaterThan(2 * share(young, diabetic));
    });

    it('records a preferred language, Spanish for about one in eight', () => {
      const preferred = (p: SyntheticPatient) => p.patient.communication?.find((c) => c.preferred);
      expect(sample.every((p) => preferred(p) !== undefined)).toBe(true);
      const spanish = share(sample, (p) => preferred(p)?.language.coding?.[0]?.code === 'es');
      expect(spanish).toBeGreaterThan(0.09);
      expect(spanish).toBeLessThan(0.17);
    });

    it('gives diabetics HbA1c results in UCUM %, some of them 9 or more', () => {
      const results = sample.filter((p) => hasCondition(p, '44054006')).flatMap((p) => observations(p, '4548-4'));
      expect(results.length).toBeGreaterThan(0);
      const units = new Set(results.map(({ valueQuantity: q }) => `${q?.unit} ${q?.system} ${q?.code}`));
      expect([...units]).toEqual(['% http://unitsofmeasure.org %']);
      expect(Math.min(...results.map((o) => o.valueQuantity?.value ?? 0))).toBeGreaterThanOrEqual(5.5);
      expect(results.filter((o) => (o.valueQuantity?.value ?? 0) >= 9).length).toBeGreaterThan(0);
    });

    it('leaves some diabetics without an HbA1c for over six months', () => {
      const sixMonthsAgo = NOW.getTime() - 182 * DAY;
      const overdue = sample
        .filter((p) => hasCondition(p, '44054006'))
        .filter((p) => observations(p, '4548-4').every((o) => Date.parse(o.effectiveDateTime ?? '') < sixMonthsAgo));
      expect(overdue.length).toBeGreaterThan(10);
    });

    it('measures blood pressure in mm[Hg] with systolic and diastolic components', () => {
      const panels = adults.slice(0, 300).flatMap((p) => observations(p, '85354-9'));
      expect(panels.length).toBeGreaterThan(0);
      for (const panel of panels) {
        expect(panel.component?.map((c) => c.code.coding?.[0]?.code)).toEqual(['8480-6', '8462-4']);
        expect(panel.component?.every((c) => c.valueQuantity?.code === 'mm[Hg]')).toBe(true);
      }
    });

    it('books some patients in the next 7 days and records recent no-shows', () => {
      const inNextWeek = share(sample, (p) =>
        appointments(p).some((a) => a.status === 'booked' && Date.parse(a.start ?? '') - NOW.getTime() < 7 * DAY),
      );
      expect(inNextWeek).toBeGreaterThan(0.01);
      expect(inNextWeek).toBeLessThan(0.2);
      const missedRecently = share(sample, (p) =>
        appointments(p).some((a) => a.status === 'noshow' && NOW.getTime() - Date.parse(a.start ?? '') < 30 * DAY),
      );
      expect(missedRecently).toBeGreaterThan(0.005);
    });

    it('includes recent discharges and patients with no encounter for 18 months', () => {
      const discharged = share(sample, ({ resources }) =>
        resources.some(
          (r) =>
            r.resourceType === 'Encounter' &&
            r.class.code === 'IMP' &&
            r.period?.end !== undefined &&
            NOW.getTime() - Date.parse(r.period.end) < 7 * DAY,
        ),
      );
      const unseen = share(
        sample,
        ({ resources }) =>
          !resources.some(
            (r) => r.resourceType === 'Encounter' && NOW.getTime() - Date.parse(r.period?.start ?? '') < 1.5 * YEAR,
          ),
      );
      expect(discharged).toBeGreaterThan(0.002);
      expect(unseen).toBeGreaterThan(0.03);
      expect(unseen).toBeLessThan(0.3);
    });

    it('uses only fictional phone numbers and example email domains, and leaves some patients without either', () => {
      const contactPoints = sample.flatMap((p) => [
        ...(p.patient.telecom ?? []),
        ...(p.patient.contact ?? []).flatMap((c) => c.telecom ?? []),
      ]);
      const unexpected = contactPoints.filter(
        ({ system, value }) =>
          !(system === 'phone' ? /^\+1\d{3}55501\d{2}$/ : /^[a-z0-9.]+@example\.(org|com)$/).test(value ?? ''),
      );
      expect(unexpected).toEqual([]);
      expect(share(sample, (p) => !p.patient.telecom?.some((t) => t.system === 'phone'))).toBeGreaterThan(0.02);
      expect(share(sample, (p) => !p.patient.telecom?.some((t) => t.system === 'email'))).toBeGreaterThan(0.05);
      expect(contactPoints.some((t) => t.period?.end !== undefined)).toBe(true);
    });

    it('marks a few patients deceased, with nothing booked or recorded after death', () => {
      const deceased = sample.filter((p) => p.patient.deceasedDateTime !== undefined);
      expect(deceased.length).toBeGreaterThan(5);
      expect(deceased.length / sample.length).toBeLessThan(0.03);
      const afterDeath = deceased.flatMap((p) =>
        p.resources
          .flatMap((resource) => datesIn(resource))
          .filter(({ path }) => path !== '/meta/lastUpdated')
          .filter(({ value }) => Date.parse(value) > Date.parse(p.patient.deceasedDateTime ?? '')),
      );
      expect(afterDeath).toEqual([]);
    });

    it('gives every patient a US time zone, about half through the timezone extension and the rest by address', () => {
      const decided = sample.map(({ patient }) => patientTimeZone(patient, 'UTC', isValidTimeZone));
      const sources = new Set(decided.map((d) => d.source));

      expect([...sources].sort()).toEqual(['extension', 'home-address']);
      expect(decided.every((d) => /^(America|Pacific)\/\w/.test(d.zone))).toBe(true);
      expect(share(sample, ({ patient }) => patient.extension === undefined)).toBeGreaterThan(0.4);
    });
  });

  it('codes hypertension and type 2 diabetes as problem lists do: the concept, its parent, ICD-10-CM, or both', () => {
    const conditions = generate(2000, 11).flatMap((p) =>
      p.resources.filter((r): r is fhir4.Condition => r.resourceType === 'Condition'),
    );
    const codingsOf = (codes: readonly string[]) =>
      new Set(
        conditions
          .filter((c) => codes.includes(c.code?.coding?.[0]?.code ?? ''))
          .map((c) => (c.code?.coding ?? []).map((coding) => coding.code).join('+')),
      );

    expect([...codingsOf(RECORDED_AS['59621000'] ?? [])].sort()).toEqual([
      '38341003',
      '59621000',
      '59621000+I10',
      'I10',
    ]);
    expect([...codingsOf(RECORDED_AS['44054006'] ?? [])].sort()).toEqual([
      '44054006',
      '44054006+E11.9',
      '73211009',
      'E11.9',
    ]);
  });

  it('puts most patients in the organisation time zone and appointments in its weekday opening hours', () => {
    const zone = 'America/Los_Angeles';
    const patients = generate(400, 3, zone);
    const wallClock = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      weekday: 'short',
      hour: 'numeric',
      hourCycle: 'h23',
    });
    const starts = patients.flatMap(appointments).map((a) => wallClock.formatToParts(new Date(a.start ?? '')));
    const part = (parts: Intl.DateTimeFormatPart[], type: string) => parts.find((p) => p.type === type)?.value;

    expect(share(patients, (p) => patientTimeZone(p.patient, 'UTC', isValidTimeZone).zone === zone)).toBeGreaterThan(
      0.7,
    );
    expect(starts.length).toBeGreaterThan(0);
    for (const parts of starts) {
      expect(['Sat', 'Sun']).not.toContain(part(parts, 'weekday'));
      expect(Number(part(parts, 'hour'))).toBeGreaterThanOrEqual(8);
      expect(Number(part(parts, 'hour'))).toBeLessThan(17);
    }
  });

  it('groups a batch by resource type, one NDJSON line per resource', () => {
    const batch = generate(30, 9);
    const groups = groupByResourceType(batch);
    const ndjson = populationToNdjson(batch);

    expect(groups.get('Patient')?.length).toBe(30);
    expect([...groups.values()].flat().length).toBe(batch.reduce((n, p) => n + 1 + p.resources.length, 0));
    for (const [type, resources] of groups) {
      expect(resources.every((r) => r.resourceType === type)).toBe(true);
      const lines = ndjson.get(type)?.trimEnd().split('\n') ?? [];
      expect(lines.map((line) => JSON.parse(line))).toEqual(resources);
    }
  });

  it('streams 10,000 patients for the demo', () => {
    let patients = 0;
    let resources = 0;
    for (const patient of generatePopulation({ count: 10_000, seed: 1, now: NOW })) {
      patients++;
      resources += patient.resources.length;
    }
    expect(patients).toBe(10_000);
    expect(resources).toBeGreaterThan(100_000);
  }, 60_000);
});

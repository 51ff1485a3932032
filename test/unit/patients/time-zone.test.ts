import type * as fhir4 from 'fhir/r4';
import { TIMEZONE_EXTENSION_URL } from '../../../lambdas/domain/fhir/facts';
import { isValidTimeZone } from '../../../lambdas/domain/messaging/policy/quiet-hours';
import { patientTimeZone } from '../../../lambdas/domain/patients/time-zone';
import { zipZoneTableOf, zoneOfUsZip } from '../../../lambdas/domain/patients/us-zip-zones';
import { listSamples, readSample } from '../../support/fhir-samples';

const NEW_YORK = 'America/New_York';

const patient = (fields: Partial<fhir4.Patient>): fhir4.Patient => ({ resourceType: 'Patient', id: 'p1', ...fields });
const zoneOf = (p: fhir4.Patient, organisation = NEW_YORK) => patientTimeZone(p, organisation, isValidTimeZone);

describe("the patient's time zone", () => {
  it('takes the timezone extension first', () => {
    const withExtension = patient({
      extension: [{ url: TIMEZONE_EXTENSION_URL, valueCode: 'Asia/Kolkata' }],
      address: [{ use: 'home', country: 'US', postalCode: '90038' }],
    });

    expect(zoneOf(withExtension)).toEqual({ zone: 'Asia/Kolkata', source: 'extension' });
  });

  it('reads a Los Angeles home address of a New York organisation as Los Angeles time', () => {
    const angeleno = patient({
      address: [{ use: 'home', line: ['1 Melrose Ave'], city: 'Los Angeles', state: 'CA', postalCode: '90038' }],
      telecom: [{ system: 'phone', use: 'mobile', value: '+1 323 555 0100' }],
    });

    expect(zoneOf(angeleno)).toEqual({ zone: 'America/Los_Angeles', source: 'home-address' });
  });

  it.each([
    ['US', '85001', 'America/Phoenix'],
    ['USA', '60601', 'America/Chicago'],
    ['United States', '80202', 'America/Denver'],
    [undefined, '96813', 'Pacific/Honolulu'],
    ['US', '99501-1234', 'America/Anchorage'],
  ])('takes the zone of a US ZIP code (country %p, %s)', (country, postalCode, zone) => {
    const record = patient({ address: [{ use: 'home', postalCode, ...(country ? { country } : {}) }] });

    expect(zoneOf(record)).toEqual({ zone, source: 'home-address' });
  });

  it('takes the zone of a country that keeps one time', () => {
    expect(zoneOf(patient({ address: [{ country: 'GB', city: 'Leeds' }] }))).toEqual({
      zone: 'Europe/London',
      source: 'home-address',
    });
    expect(zoneOf(patient({ address: [{ country: 'Germany' }] })).source).toBe('home-address');
  });

  it('skips an old or ended address and one for billing only', () => {
    const moved = patient({
      address: [
        { use: 'old', country: 'US', postalCode: '90038' },
        { use: 'home', country: 'US', postalCode: '02110', period: { start: '2001', end: '2010' } },
        { use: 'billing', country: 'US', postalCode: '60601' },
      ],
    });

    expect(zoneOf(moved)).toEqual({ zone: NEW_YORK, source: 'organisation-default' });
  });

  it("takes the mobile number's country where it keeps one time, not a +1 number's", () => {
    const british = patient({ telecom: [{ system: 'phone', use: 'mobile', value: '+44 7911 123456' }] });
    const american = patient({ telecom: [{ system: 'phone', use: 'mobile', value: '+1 323 555 0100' }] });

    expect(zoneOf(british)).toEqual({ zone: 'Europe/London', source: 'mobile-number' });
    expect(zoneOf(american, 'America/Chicago')).toEqual({ zone: 'America/Chicago', source: 'organisation-default' });
  });

  it('falls back to the organisation for a country of several zones without more to go by', () => {
    expect(zoneOf(patient({ address: [{ country: 'CA', city: 'Toronto' }] }))).toEqual({
      zone: NEW_YORK,
      source: 'organisation-default',
    });
  });

  it('ignores an extension Intl does not know', () => {
    const wrong = patient({
      extension: [{ url: TIMEZONE_EXTENSION_URL, valueCode: 'Mars/Olympus_Mons' }],
      address: [{ use: 'home', country: 'US', postalCode: '98101' }],
    });

    expect(zoneOf(wrong)).toEqual({ zone: 'America/Los_Angeles', source: 'home-address' });
  });

  it('finds a zone for every public Synthea patient from their address alone (none carries the extension)', () => {
    const patients = listSamples('synthea').flatMap((file) =>
      (readSample<fhir4.Bundle>('synthea', file).entry ?? [])
        .map((entry) => entry.resource)
        .filter((resource): resource is fhir4.Patient => resource?.resourceType === 'Patient'),
    );

    expect(patients.length).toBeGreaterThan(0);
    for (const record of patients) {
      expect(record.extension?.some((e) => e.url === TIMEZONE_EXTENSION_URL) ?? false).toBe(false);
      expect([record.id, zoneOf(record, 'UTC').source]).toEqual([record.id, 'home-address']);
    }
  });
});

describe('the US ZIP code table', () => {
  it('gives every ZIP code the zone zipcode-to-timezone gives it', () => {
    const source = require('zipcode-to-timezone') as { lookup: (zip: string) => string | null };
    const zips = Object.keys(require('zipcode-to-timezone/zipcodes.json') as Record<string, unknown>);

    const wrong = zips.filter((zip) => source.lookup(zip) && zoneOfUsZip(zip) !== source.lookup(zip));

    expect(zips.length).toBeGreaterThan(40_000);
    expect(wrong).toEqual([]);
  });

  it('is what `npm run schemas` writes from the package (no drift)', () => {
    const source = require('zipcode-to-timezone') as { lookup: (zip: string) => string | null };
    const zips = Object.keys(require('zipcode-to-timezone/zipcodes.json') as Record<string, unknown>);

    expect(require('../../../lambdas/domain/patients/us-zip-zones.generated.json')).toEqual(
      zipZoneTableOf(zips, (zip) => source.lookup(zip) ?? undefined),
    );
  });

  it('answers nothing for what is not a US ZIP code', () => {
    expect(['SW1A 1AA', '1234', '', '00000'].map((code) => zoneOfUsZip(code))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

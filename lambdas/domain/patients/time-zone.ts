import { getAllCountries, getCountry, getTimezone } from 'countries-and-timezones';
import type * as fhir4 from 'fhir/r4';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import tzlookup from 'tz-lookup';
import { TIMEZONE_EXTENSION_URL } from '../fhir/facts';
/** Which part of the record decided the patient's zone, in the order they are tried. */
import type { TimeZoneSource } from './time-zone-sources';
import { zoneOfUsZip } from './us-zip-zones';

export { TIME_ZONE_SOURCES, type TimeZoneSource } from './time-zone-sources';

export interface PatientTimeZone {
  readonly zone: string;
  readonly source: TimeZoneSource;
}

/** Country names and codes records use for the US, beyond the ISO code and name the dataset knows. */
const US_ALIASES = ['USA', 'U.S.', 'U.S.A.', 'UNITED STATES OF AMERICA', 'US OF A'];

let countriesByName: ReadonlyMap<string, string> | undefined;

/** ISO 3166 alpha-2 code of a country as an address writes it (`US`, `United States`, `USA`, `Deutschland`?). */
function countryCodeOf(country: string | undefined): string | undefined {
  if (!country) return undefined;
  const written = country.trim().toUpperCase();
  if (written.length === 2 && getCountry(written)) return written;
  countriesByName ??= new Map([
    ...Object.values(getAllCountries()).map((c) => [c.name.toUpperCase(), c.id] as const),
    ...US_ALIASES.map((alias) => [alias, 'US'] as const),
  ]);
  return countriesByName.get(written);
}

/**
 * The zone of a country that keeps one time everywhere (all its zones share their offsets: Germany's Büsingen
 * keeps Zurich's zone but Berlin's time), else undefined: the address must say more.
 */
function singleZoneOf(countryCode: string): string | undefined {
  const zones = getCountry(countryCode)?.timezones ?? [];
  const first = zones[0] ? getTimezone(zones[0]) : null;
  if (!first) return undefined;
  const same = zones.every((id) => {
    const zone = getTimezone(id);
    return zone?.utcOffset === first.utcOffset && zone?.dstOffset === first.dstOffset;
  });
  return same ? first.name : undefined;
}

/**
 * The home address in use: `use: home` first, else any address that is neither old nor only for billing. An
 * address whose period has an end is a former one (an end in the future is rare enough to wait for it).
 */
function homeAddressOf(patient: fhir4.Patient): fhir4.Address | undefined {
  const current = (patient.address ?? []).filter((a) => a.use !== 'old' && !a.period?.end);
  return current.find((a) => a.use === 'home') ?? current.find((a) => a.use !== 'billing' && a.type !== 'postal');
}

const GEOLOCATION_EXTENSION_URL = 'http://hl7.org/fhir/StructureDefinition/geolocation';

/** The zone at the address's geolocation extension (latitude, longitude), as Synthea and geocoding EHRs write it. */
function zoneOfGeolocation(address: fhir4.Address): string | undefined {
  const geolocation = address.extension?.find((e) => e.url === GEOLOCATION_EXTENSION_URL)?.extension;
  const latitude = geolocation?.find((e) => e.url === 'latitude')?.valueDecimal;
  const longitude = geolocation?.find((e) => e.url === 'longitude')?.valueDecimal;
  if (latitude === undefined || longitude === undefined) return undefined;
  try {
    return tzlookup(latitude, longitude);
  } catch {
    return undefined;
  }
}

/** The zone at the address: its geolocation, else its country if it keeps one time, else a US ZIP code's. */
function zoneOfAddress(address: fhir4.Address | undefined): string | undefined {
  if (!address) return undefined;
  const located = zoneOfGeolocation(address);
  if (located) return located;
  const country =
    countryCodeOf(address.country) ?? (address.postalCode && zoneOfUsZip(address.postalCode) ? 'US' : undefined);
  if (!country) return undefined;
  if (country === 'US') return address.postalCode ? zoneOfUsZip(address.postalCode) : undefined;
  return singleZoneOf(country);
}

function zoneOfMobile(patient: fhir4.Patient): string | undefined {
  const mobile =
    patient.telecom?.find((t) => (t.system === 'phone' || t.system === 'sms') && t.use === 'mobile') ??
    patient.telecom?.find((t) => t.system === 'sms');
  const country = mobile?.value ? parsePhoneNumberFromString(mobile.value)?.country : undefined;
  return country ? singleZoneOf(country) : undefined;
}

/**
 * The patient's zone and what decided it: the FHIR `timezone` extension; the home address (the country, and for
 * the US the ZIP code); the country of the mobile number where that country keeps one time; else the
 * organisation's default. `isValidZone` keeps a zone Intl does not know from being used.
 */
export function patientTimeZone(
  patient: fhir4.Patient,
  organisationDefault: string,
  isValidZone: (zone: string) => boolean,
): PatientTimeZone {
  const extension = patient.extension?.find((e) => e.url === TIMEZONE_EXTENSION_URL)?.valueCode;
  if (extension && isValidZone(extension)) return { zone: extension, source: 'extension' };
  const fromAddress = zoneOfAddress(homeAddressOf(patient));
  if (fromAddress && isValidZone(fromAddress)) return { zone: fromAddress, source: 'home-address' };
  const fromMobile = zoneOfMobile(patient);
  if (fromMobile && isValidZone(fromMobile)) return { zone: fromMobile, source: 'mobile-number' };
  return { zone: organisationDefault, source: 'organisation-default' };
}

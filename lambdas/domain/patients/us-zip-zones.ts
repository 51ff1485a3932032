import table from './us-zip-zones.generated.json';

/**
 * The IANA zone of a US ZIP code, from the ranges `npm run schemas` cuts out of `zipcode-to-timezone`'s table
 * (consecutive ZIP codes of one zone are one range: about 1,000 ranges instead of 42,000 codes, a few KB in
 * a bundle). A code inside a range's span that the table does not list takes the range's zone.
 */
export interface ZipZoneTable {
  /** Zone names, referred to by index. */
  readonly zones: readonly string[];
  /** Each range's first ZIP code (as a number) and its zone's index, ascending. */
  readonly ranges: readonly (readonly [number, number])[];
  /** The last ZIP code the source lists: beyond it nothing is known. */
  readonly last: number;
}

const ZIP_ZONES = table as unknown as ZipZoneTable;

/** Builds the range table from a lookup over every listed ZIP code (the generator's and the drift test's). */
export function zipZoneTableOf(zipCodes: readonly string[], zoneOf: (zip: string) => string | undefined): ZipZoneTable {
  const zones: string[] = [];
  const ranges: [number, number][] = [];
  let last = 0;
  for (const zip of [...zipCodes].sort()) {
    const zone = zoneOf(zip);
    if (!zone) continue;
    let index = zones.indexOf(zone);
    if (index < 0) index = zones.push(zone) - 1;
    if (ranges.at(-1)?.[1] !== index) ranges.push([Number(zip), index]);
    last = Number(zip);
  }
  return { zones, ranges, last };
}

/** The zone of a 5-digit (or ZIP+4) US postal code, or undefined when it is not one the table covers. */
export function zoneOfUsZip(postalCode: string, zipZones: ZipZoneTable = ZIP_ZONES): string | undefined {
  const match = /^(\d{5})(?:-?\d{4})?$/.exec(postalCode.trim());
  if (!match) return undefined;
  const zip = Number(match[1]);
  const { ranges } = zipZones;
  if (ranges.length === 0 || zip < (ranges[0] as readonly [number, number])[0] || zip > zipZones.last) return undefined;
  let low = 0;
  let high = ranges.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((ranges[middle] as readonly [number, number])[0] <= zip) low = middle;
    else high = middle - 1;
  }
  return zipZones.zones[(ranges[low] as readonly [number, number])[1]];
}

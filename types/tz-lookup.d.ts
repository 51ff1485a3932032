/** `tz-lookup`: the IANA zone at a latitude and longitude (throws on coordinates out of range). */
declare module 'tz-lookup' {
  function tzlookup(latitude: number, longitude: number): string;
  export = tzlookup;
}

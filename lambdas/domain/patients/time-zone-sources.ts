/**
 * Where a patient's time zone was read from, in the order it is looked for. Apart from `time-zone.ts`, whose zone
 * tables (tz-lookup, libphonenumber) the API schemas that name the sources need not bundle.
 */
export const TIME_ZONE_SOURCES = ['extension', 'home-address', 'mobile-number', 'organisation-default'] as const;
export type TimeZoneSource = (typeof TIME_ZONE_SOURCES)[number];

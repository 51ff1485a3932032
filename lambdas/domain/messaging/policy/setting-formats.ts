import { fullFormats } from 'ajv-formats/dist/formats';
import { isSupportedCountry } from 'libphonenumber-js/max';
import { isValidTimeZone } from './quiet-hours';

/**
 * The formats the sending-policy schema may name: the standard ones and two of its own. Its validator is
 * generated with them at build time and reads them from here when it runs, so only the functions that check
 * sending settings bundle libphonenumber's metadata.
 */
export const SETTING_FORMATS = {
  ...fullFormats,
  'time-zone': { type: 'string', validate: isValidTimeZone },
  'phone-country': { type: 'string', validate: (code: string) => isSupportedCountry(code) },
} as const;

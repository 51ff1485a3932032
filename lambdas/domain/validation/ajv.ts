import Ajv, { type Options } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The one option set every schema in `lambdas/` is compiled with, so a schema behaves the same
 * wherever it is used:
 * - `allErrors`: a caller (staff user, operator reading a dead letter) sees every problem at once;
 * - `strict`: a typo in a schema keyword fails at compile time instead of silently accepting data;
 *   (`strictRequired` is off: a `oneOf` branch may require a property its parent declares, which is how
 *   our tagged unions say "this kind carries these ids");
 * - `allowUnionTypes`: `type: ['string', 'null']` is how our schemas say "nullable";
 * - `discriminator`: tagged unions (`kind`, `eventType`) report the branch that failed, not all of them;
 * - formats (`date-time`, `email`, `uuid` …) are always checked, and `example` is accepted as an
 *   annotation because the OpenAPI document is generated from the same schemas.
 */
export const AJV_OPTIONS: Readonly<Options> = Object.freeze({
  allErrors: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  discriminator: true,
});

export interface AjvVariant {
  /**
   * Fill `default` values into the validated data. Only the HTTP edge asks for it (request bodies
   * and query strings get their documented defaults); domain validators never mutate their input.
   */
  readonly applyDefaults?: boolean;
}

/** A validator instance with the platform's option set; build one per module, at module scope. */
export function createAjv(variant: AjvVariant = {}): Ajv {
  const ajv = new Ajv({ ...AJV_OPTIONS, useDefaults: variant.applyDefaults === true });
  addFormats(ajv);
  ajv.addKeyword('example');
  return ajv;
}

/**
 * The single exception: a schema we do not author (the HL7 FHIR R4 JSON schema, draft-06). Strict
 * mode rejects its vocabulary and its meta-schema is not Ajv's default, so it is compiled leniently;
 * it stops at the first error because only "valid or not, and where" is reported.
 */
export function createAjvForForeignSchema(): Ajv {
  return new Ajv({ strict: false, allErrors: false, validateSchema: false, logger: false });
}

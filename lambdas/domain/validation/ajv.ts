import Ajv, { _, type Format, type Options } from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import addFormats from 'ajv-formats';

/**
 * The one option set every schema in `lambdas/` is compiled with, so a schema behaves the same
 * wherever it is used (at build time into `generated/validators.ts`, or at run time by the API):
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
export function createAjv(variant: AjvVariant = {}, extra: Options = {}): Ajv {
  const ajv = new Ajv({ ...AJV_OPTIONS, ...extra, useDefaults: variant.applyDefaults === true });
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

/** Formats of a schema's own, which its generated validator imports by name from a module. */
export interface ImportedFormats {
  /** The module as the generated file imports it (a relative path). */
  readonly from: string;
  /** Its export holding every format the schemas name, the standard ones included. */
  readonly exportName: string;
  readonly formats: Readonly<Record<string, Format>>;
}

/**
 * The source of an ES module exporting one validator per named schema, compiled with the option set above:
 * what `npm run schemas` writes to `generated/`, so that functions neither bundle Ajv's compiler nor run it
 * on a cold start. The schemas share one instance, so a schema two of them reach is compiled once, and
 * `inlineRefs` is off so a referenced schema is one function rather than a copy at every use (layout only,
 * the same answers).
 */
export function generateValidatorModule(schemas: Readonly<Record<string, object>>, own?: ImportedFormats): string {
  const formats = own ? { formats: _`require(${own.from})[${own.exportName}]` } : {};
  const ajv = createAjv({}, { code: { source: true, esm: true, lines: true, ...formats }, inlineRefs: false });
  for (const [name, format] of Object.entries(own?.formats ?? {})) ajv.addFormat(name, format);
  for (const [name, schema] of Object.entries(schemas)) ajv.addSchema(schema, name);
  return standaloneCode(ajv, Object.fromEntries(Object.keys(schemas).map((name) => [name, name])));
}

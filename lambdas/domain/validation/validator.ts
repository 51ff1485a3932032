import type { ErrorObject } from 'ajv';

/** A schema's validator as the domain uses it: narrows its input and leaves the errors of the last call. */
export interface Validator<T> {
  (data: unknown): data is T;
  errors?: ErrorObject[] | null;
}

/**
 * Types a validator of `generated/validators.ts` (plain functions Ajv wrote at build time) with the type its
 * schema describes. Which schema each one checks is listed in `scripts/validated-schemas.ts`.
 */
export function typedValidator<T>(generated: (data: unknown) => boolean): Validator<T> {
  return generated as Validator<T>;
}

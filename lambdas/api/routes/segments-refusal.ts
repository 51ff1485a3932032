import type { FieldError } from '../problem';
import { badRequest, conflict, forbidden, notFound } from '../problem';

/** What a service refuses, as segment and journey services return it. */
type Refusal =
  | { readonly refused: 'invalid'; readonly detail: string; readonly problems: readonly FieldError[] }
  | { readonly refused: 'not-found' | 'conflict' | 'wrong-status' | 'clinical'; readonly detail: string };

/**
 * The value of a service operation, or the problem its refusal is to the caller: invalid → 400, not found →
 * 404, a conflict or an operation the item's status does not allow → 409, clinical data the caller may not
 * read → 403.
 */
export function orRefuse<T>(outcome: ({ readonly refused?: undefined } & T) | Refusal): T {
  switch (outcome.refused) {
    case undefined:
      return outcome;
    case 'invalid':
      throw badRequest(outcome.detail, outcome.problems);
    case 'not-found':
      throw notFound(outcome.detail);
    case 'conflict':
    case 'wrong-status':
      throw conflict(outcome.detail);
    case 'clinical':
      throw forbidden(outcome.detail);
  }
}

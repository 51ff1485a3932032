import type { Outcome } from '../../segments/segment-service';
import { badRequest, conflict, notFound } from '../problem';

/** The value of a segment operation, or the problem its refusal is to the caller (400, 404, 409). */
export function orRefuse<T>(outcome: Outcome<T>): T {
  switch (outcome.refused) {
    case undefined:
      return outcome;
    case 'invalid':
      throw badRequest(outcome.detail, outcome.problems);
    case 'not-found':
      throw notFound(outcome.detail);
    case 'conflict':
      throw conflict(outcome.detail);
  }
}

import { validatePatientFactsChanged } from '../validation/generated/validators';
import { typedValidator } from '../validation/validator';
import type { PatientFactsChangedDetail } from './event-schemas';

export class MalformedFactsChangedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedFactsChangedError';
  }
}

const validateDetail = typedValidator<PatientFactsChangedDetail>(validatePatientFactsChanged);

/**
 * The detail of a Patient Facts Changed event, checked against its published schema. The platform
 * published the event, so a detail that breaks the contract is a defect: it throws, and the consuming
 * rule's retries and dead-letter queue keep it.
 */
export function parseFactsChangedDetail(detail: unknown): PatientFactsChangedDetail {
  if (!validateDetail(detail)) {
    throw new MalformedFactsChangedError('the detail does not match the Patient Facts Changed contract');
  }
  return detail;
}

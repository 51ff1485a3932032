import { DetailType } from '../events/event-names';
import type { PatientEngagementRecordedDetail } from '../events/event-schemas';
import { parseFactsChangedDetail } from '../events/parse-facts-changed';
import { validatePatientEngagementRecorded } from '../validation/generated/validators';
import { typedValidator } from '../validation/validator';

export class MalformedTriggerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedTriggerError';
  }
}

const validateEngagement = typedValidator<PatientEngagementRecordedDetail>(validatePatientEngagementRecorded);

/**
 * The patient a segment re-evaluation is for, from a Patient Facts Changed or Patient Engagement Recorded
 * event. The platform published both, so a detail that breaks its contract is a defect: it throws, and the
 * rule's retries and dead-letter queue keep the event.
 */
export function patientToReevaluate(detailType: string, detail: unknown): string {
  if (detailType === DetailType.PatientFactsChanged) return parseFactsChangedDetail(detail).patientId;
  if (detailType !== DetailType.PatientEngagementRecorded) {
    throw new MalformedTriggerError(`segment evaluation does not consume "${detailType}" events`);
  }
  if (!validateEngagement(detail)) {
    throw new MalformedTriggerError(`the detail does not match the ${detailType} contract`);
  }
  return detail.patientId;
}

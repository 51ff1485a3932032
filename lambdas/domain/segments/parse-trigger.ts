import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { DetailType } from '../events/event-names';
import {
  type PatientEngagementRecordedDetail,
  patientEngagementRecordedDetailSchema,
  patientFactsChangedDetailSchema,
} from '../events/event-schemas';

export class MalformedTriggerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedTriggerError';
  }
}

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validators = {
  [DetailType.PatientFactsChanged]: ajv.compile(patientFactsChangedDetailSchema),
  [DetailType.PatientEngagementRecorded]: ajv.compile<PatientEngagementRecordedDetail>(
    patientEngagementRecordedDetailSchema,
  ),
} as const;

/**
 * The patient a segment re-evaluation is for, from a Patient Facts Changed or Patient Engagement Recorded
 * event. The platform published both, so a detail that breaks its contract is a defect: it throws, and the
 * rule's retries and dead-letter queue keep the event.
 */
export function patientToReevaluate(detailType: string, detail: unknown): string {
  const validate = validators[detailType as keyof typeof validators];
  if (!validate) throw new MalformedTriggerError(`segment evaluation does not consume "${detailType}" events`);
  if (!validate(detail)) throw new MalformedTriggerError(`the detail does not match the ${detailType} contract`);
  return (detail as { patientId: string }).patientId;
}

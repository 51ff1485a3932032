import type { MessageTemplateDefinition } from '../../lambdas/domain/messaging/templates/template-schema';
import appointmentReminderEmail from './appointment-reminder-email.json';
import appointmentReminderSms from './appointment-reminder-sms.json';
import careGapHba1c from './care-gap-hba1c.json';
import colorectalScreening from './colorectal-screening.json';
import communityEventInvitation from './community-event-invitation.json';
import fluVaccine from './flu-vaccine.json';
import missedAppointment from './missed-appointment.json';
import newPatientWelcome from './new-patient-welcome.json';
import postDischargeFollowUp from './post-discharge-follow-up.json';
import resultsAvailableSms from './results-available-sms.json';

export interface CatalogTemplate {
  /** The id to install it under (`POST /templates`); the file's name. */
  readonly templateId: string;
  readonly definition: MessageTemplateDefinition;
}

/**
 * The predefined message templates, one JSON file each, imported statically so that the bundler ships them.
 * They are content, typed here but not validated: installing one validates it like any template a user
 * writes, and the catalog test proves every file passes.
 */
export const TEMPLATE_CATALOG: readonly CatalogTemplate[] = (
  [
    ['appointment-reminder-email', appointmentReminderEmail],
    ['appointment-reminder-sms', appointmentReminderSms],
    ['missed-appointment', missedAppointment],
    ['results-available-sms', resultsAvailableSms],
    ['care-gap-hba1c', careGapHba1c],
    ['colorectal-screening', colorectalScreening],
    ['flu-vaccine', fluVaccine],
    ['post-discharge-follow-up', postDischargeFollowUp],
    ['new-patient-welcome', newPatientWelcome],
    ['community-event-invitation', communityEventInvitation],
  ] as const
).map(([templateId, definition]) => ({ templateId, definition: definition as MessageTemplateDefinition }));

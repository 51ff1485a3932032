import type { JourneyDefinition } from '../../lambdas/domain/journeys/definition-schema';
import appointmentReminders from './appointment-reminders.json';
import colorectalScreening from './colorectal-screening.json';
import diabetesCareGap from './diabetes-care-gap.json';
import influenzaVaccination from './influenza-vaccination.json';
import missedAppointmentOutreach from './missed-appointment-outreach.json';
import newPatientWelcome from './new-patient-welcome.json';
import postDischargeFollowUp from './post-discharge-follow-up.json';
import resultsAvailable from './results-available.json';

/**
 * The predefined journeys, one JSON file each, imported statically so that the bundler ships them with the
 * code. They are content, typed here but not validated: installing one validates it like any definition a user
 * writes (`validateJourney`), and the catalog test proves every file passes against the template and segment
 * catalogs.
 */
export const JOURNEY_CATALOG = [
  appointmentReminders,
  missedAppointmentOutreach,
  resultsAvailable,
  diabetesCareGap,
  postDischargeFollowUp,
  colorectalScreening,
  influenzaVaccination,
  newPatientWelcome,
] as unknown as readonly JourneyDefinition[];

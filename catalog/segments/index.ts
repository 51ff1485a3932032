import type { SegmentDefinition } from '../../lambdas/domain/segments/definition-schema';
import breastScreeningDue from './breast-screening-due.json';
import colorectalScreeningDue from './colorectal-screening-due.json';
import diabetesNoHba1c6m from './diabetes-no-hba1c-6m.json';
import dischargedInpatient7d from './discharged-inpatient-7d.json';
import hypertensionUncontrolledBp from './hypertension-uncontrolled-bp.json';
import influenzaVaccineDue65 from './influenza-vaccine-due-65.json';
import missedAppointment30d from './missed-appointment-30d.json';
import newPatients30d from './new-patients-30d.json';
import noEncounter18m from './no-encounter-18m.json';
import notEngaged90d from './not-engaged-90d.json';
import uncontrolledType2Diabetes from './uncontrolled-type-2-diabetes.json';
import upcomingAppointment7d from './upcoming-appointment-7d.json';

/**
 * The predefined segments, one JSON file each, imported statically so that the bundler ships them with the
 * code. They are content, typed here but not validated: whoever installs or copies them validates them like any
 * definition a user writes, and the catalog test proves every file passes.
 */
export const SEGMENT_CATALOG = [
  upcomingAppointment7d,
  missedAppointment30d,
  uncontrolledType2Diabetes,
  diabetesNoHba1c6m,
  hypertensionUncontrolledBp,
  colorectalScreeningDue,
  breastScreeningDue,
  influenzaVaccineDue65,
  dischargedInpatient7d,
  noEncounter18m,
  newPatients30d,
  notEngaged90d,
] as readonly SegmentDefinition[];

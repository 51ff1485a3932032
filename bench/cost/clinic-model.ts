import { totalsOf, type UsageTotals } from './meter';
import { LAMBDA_ASSUMPTION, PRICES } from './prices';
import type { MeasuredUnit } from './reference-work';

/** What a unit of work costs, platform (AWS requests) and sending fees apart. */
export interface UnitCost {
  readonly platform: number;
  readonly sending: number;
}

export function costOf(totals: UsageTotals): UnitCost {
  const lambda =
    totals.invocations *
    (PRICES.lambdaRequest + LAMBDA_ASSUMPTION.memoryGb * LAMBDA_ASSUMPTION.billedSeconds * PRICES.lambdaGbSecond);
  return {
    platform:
      totals.writeUnits * PRICES.dynamoWriteUnit +
      totals.readUnits * PRICES.dynamoReadUnit +
      totals.eventChunks * PRICES.eventBridgeEvent +
      lambda +
      totals.transitions * PRICES.stateTransition,
    sending: totals.emails * PRICES.sesEmail + totals.sms * PRICES.smsPart + totals.push * PRICES.push,
  };
}

/** Per patient per month in the reference clinic: how often each unit of work happens. */
export const REFERENCE_CLINIC = {
  /** FHIR resources created or changed per patient per month (visits, results, appointment updates). */
  resourcesChangedPerPatient: 6,
  /** Appointment-reminder journeys entered per patient per month, and the share that confirm. */
  appointmentRemindersPerPatient: 0.3,
  confirmingShare: 0.6,
  /** Care-gap journeys entered per patient per month. */
  careGapsPerPatient: 0.02,
  /** One-off messages staff send per patient per month. */
  staffSendsPerPatient: 0.05,
} as const;

export interface MonthlyCost {
  readonly patients: number;
  readonly platform: number;
  readonly sending: number;
  readonly lines: readonly {
    readonly work: string;
    readonly perMonth: number;
    readonly platform: number;
    readonly sending: number;
  }[];
  /** What Amazon Pinpoint charged for targeting: every patient that a journey reached counted once a month, per channel endpoint. */
  readonly pinpointTargeting: { readonly journeyAudience: number; readonly wholePanel: number };
}

/** Dollars per month for `patients` patients, from the measured units (found by their `per` and name). */
export function monthlyCost(units: readonly MeasuredUnit[], patients = 1_000): MonthlyCost {
  const c = REFERENCE_CLINIC;
  const perUnit = (match: string) => {
    const unit = units.find((u) => u.name.startsWith(match));
    if (!unit) throw new Error(`no measured unit ${match}`);
    const cost = costOf(totalsOf(unit.usage));
    return { platform: cost.platform / unit.count, sending: cost.sending / unit.count };
  };
  const rows: [string, number, UnitCost][] = [
    ['resources ingested', patients * c.resourcesChangedPerPatient, perUnit('ingestion through the bus')],
    [
      'appointment reminders, unconfirmed',
      patients * c.appointmentRemindersPerPatient * (1 - c.confirmingShare),
      perUnit('appointment-reminder run, unconfirmed'),
    ],
    [
      'appointment reminders, confirmed',
      patients * c.appointmentRemindersPerPatient * c.confirmingShare,
      perUnit('appointment-reminder run, confirmed'),
    ],
    ['care-gap runs', patients * c.careGapsPerPatient, perUnit('care-gap run')],
    ['staff sends', patients * c.staffSendsPerPatient, perUnit('staff send')],
  ];
  const lines = rows.map(([work, perMonth, cost]) => ({
    work,
    perMonth,
    platform: perMonth * cost.platform,
    sending: perMonth * cost.sending,
  }));
  // Each patient has an email and an SMS endpoint in Pinpoint; a targeted patient is two targeted endpoints.
  const targeted = patients * (c.appointmentRemindersPerPatient + c.careGapsPerPatient + c.staffSendsPerPatient);
  return {
    patients,
    platform: lines.reduce((sum, l) => sum + l.platform, 0),
    sending: lines.reduce((sum, l) => sum + l.sending, 0),
    lines,
    pinpointTargeting: {
      journeyAudience: Math.min(patients, targeted) * 2 * PRICES.pinpointMonthlyTargetedEndpoint,
      wholePanel: patients * 2 * PRICES.pinpointMonthlyTargetedEndpoint,
    },
  };
}

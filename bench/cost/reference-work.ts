import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as fhir4 from 'fhir/r4';
import { DetailType, PLATFORM_EVENT_SOURCE } from '../../lambdas/domain/events/event-names';
import { installCatalogSegments } from '../../local/demo/install-segments';
import { installCatalogTemplates } from '../../local/demo/install-templates';
import { writePopulationFiles } from '../../local/demo/population-files';
import type { LocalStack } from '../../local/local-stack';
import { generatePopulation } from '../../local/synthetic/population';
import { DAY, HOUR } from '../../local/synthetic/time';
import {
  advanceTo,
  api,
  appointmentResource,
  fhirChange,
  patientResource,
  publishCatalogJourney,
} from '../../test/integration/journeys/journey-scenario-support';
import { emitFhirChanges } from '../../test/support/emit';
import type { StackMeter, Usage } from './meter';

/** One unit of reference work and what it cost, with the count it is divided by (resources, runs). */
export interface MeasuredUnit {
  readonly name: string;
  readonly per: string;
  readonly count: number;
  readonly usage: Usage;
}

export interface ReferenceWorkOptions {
  /** Patients generated and put on the bus one resource at a time. */
  readonly eventPatients: number;
  /** Patients loaded by the bulk-import workflow. */
  readonly importPatients: number;
}

/**
 * The reference work of `npm run cost`, in an order that keeps each unit's count its own: ingestion, bulk
 * import and the staff send run while no journey is live (journeys would add their enrolment checks); the
 * journey runs come last, on the clock, and include what time passing costs the patients already loaded
 * (their due-time re-evaluations), as it would on AWS.
 */
export async function runReferenceWork(
  stack: LocalStack,
  meter: StackMeter,
  options: ReferenceWorkOptions,
): Promise<MeasuredUnit[]> {
  const units: MeasuredUnit[] = [];
  const now = stack.clock.now();
  await installCatalogSegments(stack, 'cost');
  await installCatalogTemplates(stack, 'cost');

  const population = [...generatePopulation({ count: options.eventPatients, seed: 7, now })];
  const details = population.flatMap((p) =>
    [p.patient, ...p.resources].map((resource) => ({ action: 'update', resource, occurredAt: now.toISOString() })),
  );
  units.push({
    name: `ingestion through the bus (${options.eventPatients} patients, catalog segments active)`,
    per: 'resource',
    count: details.length,
    usage: await meter.measure(() => emitFhirChanges(stack, details)),
  });

  const folder = mkdtempSync(join(tmpdir(), 'outreach-cost-'));
  const { resources } = writePopulationFiles({ folder, count: options.importPatients, seed: 99, now });
  units.push({
    name: `bulk import (${options.importPatients} patients)`,
    per: 'resource',
    count: resources,
    usage: await meter.measure(async () => {
      await stack.bulkImport(folder);
      await stack.settle();
    }),
  });
  rmSync(folder, { recursive: true, force: true });

  const staffPatient = population[0]?.patient.id as string;
  units.push({
    name: 'staff send (POST /patients/{id}/messages, email first)',
    per: 'send',
    count: 1,
    usage: await meter.measure(async () => {
      const response = await api(stack, 'POST', `/patients/${staffPatient}/messages`, {
        requestId: 'cost-staff-send',
        templateId: 'flu-vaccine',
        intent: { topic: 'care-gaps', channels: ['email', 'sms'], fallback: true, quietHours: 'defer' },
      });
      if (response.status !== 202) throw new Error(`staff send: ${response.status} ${JSON.stringify(response.body)}`);
      await stack.settle();
    }),
  });

  await publishCatalogJourney(stack, 'appointment-reminders');
  await publishCatalogJourney(stack, 'diabetes-care-gap');
  units.push({
    name: 'appointment-reminder run, unconfirmed (Patient + Appointment in, to the appointment)',
    per: 'run',
    count: 1,
    usage: await meter.measure(() => appointmentReminderRun(stack, 'cost-unconfirmed', false)),
  });
  units.push({
    name: 'appointment-reminder run, confirmed after the 72-hour email',
    per: 'run',
    count: 1,
    usage: await meter.measure(() => appointmentReminderRun(stack, 'cost-confirmed', true)),
  });
  units.push({
    name: 'care-gap run (diabetes, no HbA1c: email, letter 14 days later)',
    per: 'run',
    count: 1,
    usage: await meter.measure(() => careGapRun(stack, 'cost-care-gap')),
  });
  return units;
}

/** Four days on at 16:00 UTC (11:00 in New York): every reminder falls outside quiet hours. */
function appointmentSlot(stack: LocalStack): Date {
  const now = stack.clock.now();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + 4 * DAY + 16 * HOUR);
}

async function appointmentReminderRun(stack: LocalStack, patientId: string, confirms: boolean): Promise<void> {
  const slot = appointmentSlot(stack);
  await emitFhirChanges(stack, [
    fhirChange(
      stack,
      'create',
      patientResource({ id: patientId, phone: '+16175550142', email: `${patientId}@example.org` }),
    ),
    fhirChange(
      stack,
      'create',
      appointmentResource({ id: `${patientId}-appt`, patientId, start: slot, status: 'booked' }),
    ),
  ]);
  if (confirms) {
    await advanceTo(stack, new Date(slot.getTime() - 70 * HOUR));
    stack.bus.putEvents([
      {
        Source: PLATFORM_EVENT_SOURCE,
        DetailType: DetailType.PatientReplied,
        Detail: JSON.stringify({
          replyId: `cost-reply-${patientId}`,
          patientId,
          keyword: 'C',
          event: 'appointment-confirmed',
          occurredAt: stack.clock.now().toISOString(),
        }),
      },
    ]);
    await stack.settle();
  }
  await advanceTo(stack, new Date(slot.getTime() + HOUR));
}

function type2Diabetes(patientId: string): fhir4.Condition {
  return {
    resourceType: 'Condition',
    id: `${patientId}-t2dm`,
    clinicalStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
    },
    code: { coding: [{ system: 'http://snomed.info/sct', code: '44054006', display: 'Diabetes mellitus type 2' }] },
    subject: { reference: `Patient/${patientId}` },
    onsetDateTime: '2019-04-02',
  };
}

async function careGapRun(stack: LocalStack, patientId: string): Promise<void> {
  const patient: fhir4.Patient = {
    ...patientResource({ id: patientId, email: `${patientId}@example.org`, phone: '+16175550143' }),
    address: [
      { use: 'home', line: ['12 Elm Street'], city: 'Boston', state: 'MA', postalCode: '02118', country: 'US' },
    ],
  };
  await emitFhirChanges(stack, [
    fhirChange(stack, 'create', patient),
    fhirChange(stack, 'create', type2Diabetes(patientId)),
  ]);
  await advanceTo(stack, new Date(stack.clock.now().getTime() + 15 * DAY));
}

import { loadavg } from 'node:os';
import { JOURNEY_CATALOG } from '../catalog/journeys';
import { DetailType, PLATFORM_EVENT_SOURCE } from '../lambdas/domain/events/event-names';
import { compileJourney, stateTransitionsOnHappyPath } from '../lambdas/domain/journeys/compile-journey';
import { installCatalogTemplates } from '../local/demo/install-templates';
import { LOCAL_JOURNEY_FUNCTIONS } from '../local/local-environment';
import type { LocalStack } from '../local/local-stack';
import { smsMessages } from '../local/outbox/pinpoint-outbox';
import type { LocalExecution } from '../local/stepfunctions/local-step-functions';
import { DAY, HOUR, MINUTE } from '../local/synthetic/time';
import {
  appointmentResource,
  type FhirChange,
  fhirChange,
  patientResource,
  publishCatalogJourney,
  sesEmails,
} from '../test/integration/journeys/journey-scenario-support';
import { emitFhirChanges } from '../test/support/emit';

const JOURNEY = 'appointment-reminders';
/** The target the issue sets for appointment reminders' state transitions per patient. */
export const APPOINTMENT_REMINDERS_TARGET = 25;

export interface CatalogTransitions {
  readonly journey: string;
  readonly states: number;
  /** `stateTransitionsOnHappyPath`: the compiler's static count. */
  readonly happyPath: number;
  /** Counted by the local Step Functions on the paths run (appointment reminders only). */
  readonly measured?: { readonly unconfirmed: number; readonly confirmed: number };
}

export interface ScaleRun {
  readonly journey: string;
  readonly executions: number;
  /** Each patient's Patient and Appointment put on the bus: ingestion, the FHIR-trigger rule, StartExecution. */
  readonly enrolment: 'fhir-events';
  readonly startSeconds: number;
  readonly startedPerSecond: number;
  readonly runSeconds: number;
  readonly completedPerSecond: number;
  readonly totalSeconds: number;
  readonly statuses: Readonly<Record<string, number>>;
  readonly transitionsPerExecution: { readonly mean: number; readonly min: number; readonly max: number };
  readonly messagesSent: { readonly email: number; readonly sms: number };
  /** Sampled every 200 ms in this process (DynamoDB Local runs in its own JVM, not counted). */
  readonly peakMemoryMb: { readonly rss: number; readonly heapUsed: number };
  /** The machine's 1, 5 and 15-minute load averages at the end: other work on the two cores slows every figure. */
  readonly loadAverage: readonly number[];
}

export interface JourneysResult {
  readonly catalog: readonly CatalogTransitions[];
  readonly scale: ScaleRun;
}

/** The compiler's happy-path count for every catalog journey, compiled as the local stack publishes it. */
export function catalogTransitions(): CatalogTransitions[] {
  return JOURNEY_CATALOG.map((journey) => {
    const asl = compileJourney(journey, {
      journeyVersion: 1,
      functions: LOCAL_JOURNEY_FUNCTIONS,
      patientsTable: 'Patients',
    });
    return { journey: journey.id, states: Object.keys(asl.States).length, happyPath: stateTransitionsOnHappyPath(asl) };
  });
}

/** Patient `i` of the bench and its booked appointment, on business hours in New York spread over two days. */
function patientWithAppointment(stack: LocalStack, i: number, firstSlot: number): FhirChange[] {
  const id = `jb-${i}`;
  const slot = i % 32;
  const start = new Date(firstSlot + Math.floor(slot / 16) * DAY + (slot % 16) * 30 * MINUTE);
  return [
    fhirChange(stack, 'create', patientResource({ id, phone: phoneOf(i), email: `${id}@example.org` })),
    fhirChange(stack, 'create', appointmentResource({ id: `${id}-appt`, patientId: id, start, status: 'booked' })),
  ];
}

function phoneOf(i: number): string {
  return `+1617${String(5_000_000 + i).padStart(7, '0')}`;
}

/**
 * Four days on, 16:00 UTC: 11:00 in New York. With the last slot at 18:30 every reminder, the 2-hour text too,
 * falls outside the patient's quiet hours, so none is skipped.
 */
function firstSlotAfter(now: Date): number {
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return day + 4 * DAY + 16 * HOUR;
}

function executionsOfJourney(stack: LocalStack): LocalExecution[] {
  return [...stack.stepFunctions.executions.values()].filter((execution) => execution.machineName.includes(JOURNEY));
}

async function putReply(stack: LocalStack, patientId: string): Promise<void> {
  const occurredAt = stack.clock.now().toISOString();
  stack.bus.putEvents([
    {
      Source: PLATFORM_EVENT_SOURCE,
      DetailType: DetailType.PatientReplied,
      Detail: JSON.stringify({
        replyId: `bench-reply-${patientId}`,
        patientId,
        keyword: 'C',
        event: 'appointment-confirmed',
        occurredAt,
      }),
    },
  ]);
  await stack.settle();
}

/**
 * Appointment reminders on two patients, counted by the local Step Functions: one who never confirms (the
 * 24-hour text goes) and one who confirms after the 72-hour email.
 */
async function measureReminderPaths(stack: LocalStack): Promise<{ unconfirmed: number; confirmed: number }> {
  const firstSlot = firstSlotAfter(stack.clock.now());
  const [unconfirmed, confirmed] = [0, 1].map((i) => patientWithAppointment(stack, 1_000_000 + i, firstSlot));
  await emitFhirChanges(stack, [...(unconfirmed ?? []), ...(confirmed ?? [])]);
  const executionOf = (patientId: string) =>
    executionsOfJourney(stack).find((execution) => JSON.parse(execution.input).patientId === patientId);
  // After both 72-hour emails (their appointments are half an hour apart): the confirming patient replies while
  // the journey waits for it.
  await stack.clock.advance(firstSlot - 72 * HOUR + 2 * HOUR - stack.clock.now().getTime());
  await putReply(stack, 'jb-1000001');
  await stack.clock.advance(firstSlot + HOUR - stack.clock.now().getTime());
  const counted = (patientId: string) => {
    const execution = executionOf(patientId);
    if (execution?.status !== 'SUCCEEDED') {
      throw new Error(`${patientId}'s execution ended ${execution?.status}: ${execution?.error} ${execution?.cause}`);
    }
    return execution.transitions;
  };
  return { unconfirmed: counted('jb-1000000'), confirmed: counted('jb-1000001') };
}

/** Enrols `count` patients through the bus (ingestion, the FHIR-trigger rule, StartExecution), a batch at a time. */
async function enrolThroughEvents(stack: LocalStack, count: number, firstSlot: number): Promise<void> {
  const batch = 500;
  for (let from = 0; from < count; from += batch) {
    const changes: FhirChange[] = [];
    for (let i = from; i < Math.min(count, from + batch); i++)
      changes.push(...patientWithAppointment(stack, i, firstSlot));
    await emitFhirChanges(stack, changes);
  }
}

/** Runs `count` appointment-reminder executions to their end through the local stack's clock. */
async function runAtScale(stack: LocalStack, count: number): Promise<ScaleRun> {
  const peak = { rss: 0, heapUsed: 0 };
  const sample = () => {
    const usage = process.memoryUsage();
    peak.rss = Math.max(peak.rss, usage.rss);
    peak.heapUsed = Math.max(peak.heapUsed, usage.heapUsed);
  };
  const sampler = setInterval(sample, 200);
  const smsBefore = smsMessages(stack.smsAndPushOutbox).length;
  const emailsBefore = (await sesEmails(stack)).length;
  const before = new Set(executionsOfJourney(stack).map((execution) => execution.executionArn));
  const firstSlot = firstSlotAfter(stack.clock.now());

  const started = process.hrtime.bigint();
  await enrolThroughEvents(stack, count, firstSlot);
  const enrolled = process.hrtime.bigint();
  const executions = executionsOfJourney(stack).filter((execution) => !before.has(execution.executionArn));
  if (executions.length !== count) throw new Error(`${executions.length} executions started for ${count} patients`);
  await stack.clock.advance(firstSlot + 2 * DAY - stack.clock.now().getTime());
  const ended = process.hrtime.bigint();
  clearInterval(sampler);
  sample();

  const statuses: Record<string, number> = {};
  for (const execution of executions) statuses[execution.status] = (statuses[execution.status] ?? 0) + 1;
  const transitions = executions.map((execution) => execution.transitions);
  const startSeconds = Number(enrolled - started) / 1e9;
  const runSeconds = Number(ended - enrolled) / 1e9;
  const mb = (bytes: number) => Math.round(bytes / 1_048_576);
  return {
    journey: JOURNEY,
    executions: count,
    enrolment: 'fhir-events',
    startSeconds,
    startedPerSecond: count / startSeconds,
    runSeconds,
    completedPerSecond: (statuses.SUCCEEDED ?? 0) / runSeconds,
    totalSeconds: startSeconds + runSeconds,
    statuses,
    transitionsPerExecution: {
      mean: transitions.reduce((sum, n) => sum + n, 0) / transitions.length,
      min: Math.min(...transitions),
      max: Math.max(...transitions),
    },
    messagesSent: {
      email: (await sesEmails(stack)).length - emailsBefore,
      sms: smsMessages(stack.smsAndPushOutbox).length - smsBefore,
    },
    peakMemoryMb: { rss: mb(peak.rss), heapUsed: mb(peak.heapUsed) },
    loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

/**
 * Journeys on the local stack (started with its front doors, so sends reach the local SES and SMS outbox):
 * the catalog's state transitions per patient, appointment reminders counted on two paths, then `executions`
 * appointment-reminder executions enrolled through the bus and run to their end by advancing the clock.
 */
export async function benchJourneys(
  stack: LocalStack,
  options: { readonly executions: number },
): Promise<JourneysResult> {
  await installCatalogTemplates(stack, 'bench');
  await publishCatalogJourney(stack, JOURNEY);
  const measured = await measureReminderPaths(stack);
  const catalog = catalogTransitions().map((row) => (row.journey === JOURNEY ? { ...row, measured } : row));
  const scale = await runAtScale(stack, options.executions);
  return { catalog, scale };
}

export function describeJourneys(result: JourneysResult): string[] {
  const rows = result.catalog.map((row) => {
    const measured = row.measured ? `${row.measured.unconfirmed} / ${row.measured.confirmed}` : '—';
    const flag =
      row.journey === JOURNEY
        ? Math.max(row.happyPath, row.measured?.unconfirmed ?? 0) <= APPOINTMENT_REMINDERS_TARGET
          ? `  ok (target ≤ ${APPOINTMENT_REMINDERS_TARGET})`
          : `  OVER target ≤ ${APPOINTMENT_REMINDERS_TARGET}`
        : '';
    return `  ${row.journey.padEnd(28)} ${String(row.states).padStart(6)} ${String(row.happyPath).padStart(10)}   ${measured.padEnd(24)}${flag}`;
  });
  const s = result.scale;
  return [
    'journeys, state transitions per patient (compiler happy path; local stack: no confirmation / confirmed):',
    `  ${'journey'.padEnd(28)} ${'states'.padStart(6)} ${'happy path'.padStart(10)}   measured`,
    ...rows,
    `journeys at scale, ${s.journey}, ${s.executions} executions enrolled through FHIR events → ingestion → enrolment rule → StartExecution:`,
    `  started ${s.executions} in ${s.startSeconds.toFixed(1)} s = ${s.startedPerSecond.toFixed(1)}/s; clock advanced through them in ${s.runSeconds.toFixed(1)} s = ${s.completedPerSecond.toFixed(1)} completed/s; total ${s.totalSeconds.toFixed(1)} s`,
    `  statuses ${JSON.stringify(s.statuses)}; transitions per execution mean ${s.transitionsPerExecution.mean.toFixed(2)} (min ${s.transitionsPerExecution.min}, max ${s.transitionsPerExecution.max}); sent ${s.messagesSent.email} emails, ${s.messagesSent.sms} SMS`,
    `  peak RSS ${s.peakMemoryMb.rss} MB, peak heap ${s.peakMemoryMb.heapUsed} MB (this process; DynamoDB Local's JVM not counted); load average ${s.loadAverage.join(', ')}`,
  ];
}

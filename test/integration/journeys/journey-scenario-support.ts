import type * as fhir4 from 'fhir/r4';
import { JOURNEY_CATALOG } from '../../../catalog/journeys';
import { TIMEZONE_EXTENSION_URL } from '../../../lambdas/domain/fhir/facts';
import { VirtualClock } from '../../../local/clock';
import { installCatalogSegments } from '../../../local/demo/install-segments';
import { installCatalogTemplates } from '../../../local/demo/install-templates';
import type { LocalStack } from '../../../local/local-stack';
import { smsMessages } from '../../../local/outbox/pinpoint-outbox';
import type { LocalExecution } from '../../../local/stepfunctions/local-step-functions';
import { emitFhirChanges } from '../../support/emit';
import { startTestStack } from '../../support/local-stack-for-tests';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export type StaffRole = Parameters<LocalStack['identity']['issueToken']>[0]['role'];

export interface ApiResponse {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** Calls the local API as a member of staff (a marketing professional unless told otherwise). */
export async function api(
  stack: LocalStack,
  method: string,
  path: string,
  body?: unknown,
  role: StaffRole = 'marketing-professional',
): Promise<ApiResponse> {
  const response = await fetch(`${stack.endpoints.api}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${stack.identity.issueToken({ role })}`,
      'content-type': 'application/json',
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

export interface JourneyStackOptions {
  /** Catalog journeys to create and publish through the API. */
  readonly journeys: readonly string[];
  /** Create and activate every catalog segment first (journeys entered from a segment need theirs). */
  readonly withSegments?: boolean;
}

/** A local stack on a virtual clock at `start`, with the catalog templates and the given catalog journeys live. */
export async function startJourneyStack(start: Date, options: JourneyStackOptions): Promise<LocalStack> {
  const stack = await startTestStack({
    withFrontDoors: true,
    clock: new VirtualClock(start),
    recordJourneyHistory: true,
  });
  try {
    await installCatalogTemplates(stack, 'test');
    if (options.withSegments) await installCatalogSegments(stack, 'test');
    for (const journeyId of options.journeys) await publishCatalogJourney(stack, journeyId);
    return stack;
  } catch (error) {
    await stack.stop();
    throw error;
  }
}

/** Creates and publishes one catalog journey as staff would: `POST /journeys`, then `POST /journeys/{id}/publish`. */
export async function publishCatalogJourney(stack: LocalStack, journeyId: string): Promise<void> {
  const definition = JOURNEY_CATALOG.find((journey) => journey.id === journeyId);
  if (!definition) throw new Error(`no catalog journey ${journeyId}`);
  const created = await api(stack, 'POST', '/journeys', definition);
  if (created.status !== 201)
    throw new Error(`creating ${journeyId}: ${created.status} ${JSON.stringify(created.body)}`);
  const published = await api(stack, 'POST', `/journeys/${journeyId}/publish`);
  if (published.status !== 200)
    throw new Error(`publishing ${journeyId}: ${published.status} ${JSON.stringify(published.body)}`);
}

export interface PatientSpec {
  readonly id: string;
  readonly givenName?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly timeZone?: string;
}

/** A patient with a time zone and the contact points given (none when absent). */
export function patientResource(spec: PatientSpec): fhir4.Patient {
  const telecom: fhir4.ContactPoint[] = [];
  if (spec.phone) telecom.push({ system: 'phone', use: 'mobile', value: spec.phone });
  if (spec.email) telecom.push({ system: 'email', value: spec.email });
  return {
    resourceType: 'Patient',
    id: spec.id,
    name: [{ family: 'Okafor', given: [spec.givenName ?? 'Ada'] }],
    ...(telecom.length ? { telecom } : {}),
    extension: [{ url: TIMEZONE_EXTENSION_URL, valueCode: spec.timeZone ?? 'America/New_York' }],
  };
}

export interface AppointmentSpec {
  readonly id: string;
  readonly patientId: string;
  readonly start: Date;
  readonly status: fhir4.Appointment['status'];
  readonly minutes?: number;
  /** `meta.versionId`; ingestion drops a version it has already seen. */
  readonly versionId?: string;
}

export function appointmentResource(spec: AppointmentSpec): fhir4.Appointment {
  return {
    resourceType: 'Appointment',
    id: spec.id,
    ...(spec.versionId ? { meta: { versionId: spec.versionId } } : {}),
    status: spec.status,
    start: spec.start.toISOString(),
    end: new Date(spec.start.getTime() + (spec.minutes ?? 30) * MINUTE).toISOString(),
    participant: [{ actor: { reference: `Patient/${spec.patientId}` }, status: 'accepted' }],
  };
}

export type FhirAction = 'create' | 'update' | 'delete';

export interface FhirChange {
  readonly action: FhirAction;
  readonly resource: fhir4.FhirResource;
  readonly occurredAt: string;
}

/** A `FHIR Resource Changed` detail, happening now on the stack's clock unless `at` is given. */
export function fhirChange(stack: LocalStack, action: FhirAction, resource: fhir4.FhirResource, at?: Date): FhirChange {
  return { action, resource, occurredAt: (at ?? stack.clock.now()).toISOString() };
}

/** Puts the changes on the bus as the upstream system would and waits until everything settled. */
export function emit(stack: LocalStack, changes: readonly FhirChange[]): Promise<void> {
  return emitFhirChanges(stack, changes);
}

/** One message-log entry as `GET /patients/{id}/messages` returns it (no address, no content). */
export interface MessageLogEntry {
  readonly messageId: string;
  readonly patientId: string;
  readonly cause: { readonly kind: string; readonly journeyId?: string; readonly stepId?: string } & Record<
    string,
    unknown
  >;
  readonly templateId: string;
  readonly topic: string;
  readonly channel?: string;
  readonly status: string;
  readonly reason?: string;
  readonly deferredUntil?: string;
  readonly events: readonly { readonly status: string; readonly at: string; readonly detail?: string }[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The patient's whole message log, oldest first. */
export async function messageLog(stack: LocalStack, patientId: string): Promise<MessageLogEntry[]> {
  const items: MessageLogEntry[] = [];
  let cursor: string | undefined;
  do {
    const query = `?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = await api(stack, 'GET', `/patients/${patientId}/messages${query}`);
    if (page.status !== 200)
      throw new Error(`message log of ${patientId}: ${page.status} ${JSON.stringify(page.body)}`);
    items.push(...(page.body.items as MessageLogEntry[]));
    cursor = page.body.cursor as string | undefined;
  } while (cursor);
  return items.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.messageId.localeCompare(b.messageId));
}

/** When the provider accepted the message (virtual time), if it did. */
export function sentAt(message: MessageLogEntry): string | undefined {
  return message.events.find((event) => event.status === 'sent')?.at;
}

export interface MessageSummary {
  readonly step?: string;
  readonly channel?: string;
  readonly templateId: string;
  readonly status: string;
  /** The virtual instant it was sent; for a message never sent, when it was logged. */
  readonly at: string;
}

/** What a scenario asserts about each message: its step, channel, template, outcome and virtual time. */
export function summarise(messages: readonly MessageLogEntry[]): MessageSummary[] {
  return messages.map((message) => ({
    ...(message.cause.stepId ? { step: message.cause.stepId } : {}),
    ...(message.channel ? { channel: message.channel } : {}),
    templateId: message.templateId,
    status: message.status === 'delivered' ? 'sent' : message.status,
    at: sentAt(message) ?? message.createdAt,
  }));
}

/** The patient's message log, summarised, oldest first. */
export async function messagesOf(stack: LocalStack, patientId: string): Promise<MessageSummary[]> {
  return summarise(await messageLog(stack, patientId));
}

export interface StoredEmail {
  readonly destination?: { readonly to?: readonly string[] };
  readonly subject?: string;
  readonly headers?: readonly { readonly name: string; readonly value: string }[];
  readonly body?: { readonly html?: string; readonly text?: string };
}

/** The emails the local SES accepted. */
export async function sesEmails(stack: LocalStack): Promise<StoredEmail[]> {
  const store = (await (await fetch(`${stack.endpoints.ses}/store`)).json()) as { emails: StoredEmail[] };
  return store.emails;
}

/** The email the local SES accepted for one of our message ids. */
export async function emailFor(stack: LocalStack, messageId: string): Promise<StoredEmail | undefined> {
  return (await sesEmails(stack)).find((email) =>
    email.headers?.some((header) => header.name === 'X-Outreach-Message-Id' && header.value === messageId),
  );
}

/** Every execution of a journey's state machine (any version), oldest first. */
export function executionsOf(stack: LocalStack, journeyId: string): LocalExecution[] {
  return [...stack.stepFunctions.executions.values()]
    .filter((execution) => execution.machineName.includes(journeyId))
    .sort((a, b) => a.startDate.getTime() - b.startDate.getTime());
}

/** The executions of a journey whose input names the given patient. */
export function executionsFor(stack: LocalStack, journeyId: string, patientId: string): LocalExecution[] {
  return executionsOf(stack, journeyId).filter((execution) => {
    const input = JSON.parse(execution.input) as { patientId?: string };
    return input.patientId === patientId;
  });
}

/** `start` plus the given milliseconds, as an ISO string (message-log times are ISO strings). */
export function isoAt(start: Date, offsetMs: number): string {
  return new Date(start.getTime() + offsetMs).toISOString();
}

/** The executions of a journey started by the given triggering resource (journeys keyed by resource). */
export function executionsForResource(
  stack: LocalStack,
  journeyId: string,
  resource: { readonly resourceType: string; readonly id: string },
): LocalExecution[] {
  return executionsOf(stack, journeyId).filter((execution) => {
    const input = JSON.parse(execution.input) as { triggeringResource?: { resourceType?: string; id?: string } };
    return (
      input.triggeringResource?.resourceType === resource.resourceType && input.triggeringResource.id === resource.id
    );
  });
}

/** Advances the virtual clock to `instant` (stopping at every due wait on the way). */
export async function advanceTo(stack: LocalStack, instant: Date): Promise<void> {
  const remaining = instant.getTime() - stack.clock.now().getTime();
  if (remaining < 0) throw new Error(`the clock is already past ${instant.toISOString()}`);
  await stack.clock.advance(remaining);
}

/** The next instant at `hh:mm` UTC at least `days` whole days after the clock's now. */
export function daysAheadAt(stack: LocalStack, days: number, utcTime: string): Date {
  const [hours, minutes] = utcTime.split(':').map(Number) as [number, number];
  const now = stack.clock.now();
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days, hours, minutes));
  return day;
}

export interface ObservationSpec {
  readonly id: string;
  readonly patientId: string;
  readonly status: fhir4.Observation['status'];
  readonly effective: Date;
  readonly versionId?: string;
  /** An HbA1c in % unless told otherwise. */
  readonly value?: number;
}

/** A lab Observation (HbA1c, LOINC 4548-4) with a value a results message must never carry. */
export function observationResource(spec: ObservationSpec): fhir4.Observation {
  return {
    resourceType: 'Observation',
    id: spec.id,
    ...(spec.versionId ? { meta: { versionId: spec.versionId } } : {}),
    status: spec.status,
    category: [
      { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] },
    ],
    code: { coding: [{ system: 'http://loinc.org', code: '4548-4', display: 'Hemoglobin A1c' }] },
    subject: { reference: `Patient/${spec.patientId}` },
    effectiveDateTime: spec.effective.toISOString(),
    valueQuantity: { value: spec.value ?? 9.7, unit: '%', system: 'http://unitsofmeasure.org', code: '%' },
  };
}

/** The texts the SMS outbox accepted for one number, oldest first. */
export function textsTo(stack: LocalStack, phone: string): ReturnType<typeof smsMessages> {
  return smsMessages(stack.smsAndPushOutbox).filter((sms) => sms.to === phone);
}

export interface EncounterSpec {
  readonly id: string;
  readonly patientId: string;
  readonly status: fhir4.Encounter['status'];
  readonly start: Date;
  readonly versionId?: string;
}

/** An ambulatory Encounter of an hour from `start`. */
export function encounterResource(spec: EncounterSpec): fhir4.Encounter {
  return {
    resourceType: 'Encounter',
    id: spec.id,
    ...(spec.versionId ? { meta: { versionId: spec.versionId } } : {}),
    status: spec.status,
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
    subject: { reference: `Patient/${spec.patientId}` },
    period: { start: spec.start.toISOString(), end: new Date(spec.start.getTime() + HOUR).toISOString() },
  };
}

/** The ids of the active segments the patient is a member of now (`GET /patients/{id}/segments`). */
/** The patient's segments as a clinician sees them: clinical segments are left out for roles without clinical read. */
export async function segmentsOf(stack: LocalStack, patientId: string): Promise<string[]> {
  const response = await api(stack, 'GET', `/patients/${patientId}/segments`, undefined, 'healthcare-user');
  if (response.status !== 200) throw new Error(`segments of ${patientId}: ${response.status}`);
  return (response.body.items as { segmentId: string }[]).map((item) => item.segmentId).sort();
}

import type * as fhir4 from 'fhir/r4';
import { linkUrl, signLinkToken } from '../links';
import { DEFAULT_ORGANISATION, type OrganisationSettings } from '../organisation';

/**
 * The variables a template may use. Only these are offered: a template never sees the FHIR resources
 * themselves, so what a message can reveal is decided here, once, and validation can name every variable.
 */
export interface RenderContext {
  readonly patient: {
    readonly id: string;
    readonly givenName: string;
    readonly familyName: string;
    readonly name: string;
    readonly preferredLanguage?: string;
  };
  readonly appointment?: {
    readonly id: string;
    /** Date and time, long form, in the patient's zone and locale. */
    readonly start: string;
    /** Short weekday, month and day (fits an SMS). */
    readonly startDate: string;
    readonly startTime: string;
    readonly end?: string;
    readonly status: string;
    /** Clinical detail: never in an SMS (validation refuses it). */
    readonly description?: string;
  };
  readonly resource?: { readonly type: string; readonly id: string };
  readonly organisation: {
    readonly name: string;
    readonly phone: string;
    readonly address: string;
    readonly website?: string;
  };
  readonly links: RenderLinks;
  readonly message: { readonly id: string };
}

export interface RenderLinks {
  readonly unsubscribe?: string;
  readonly confirm?: string;
  readonly cancel?: string;
  readonly register?: string;
}

export interface RenderInput {
  readonly patient: fhir4.Patient;
  readonly triggeringResource?: fhir4.FhirResource;
  readonly organisation: OrganisationSettings;
  readonly links: RenderLinks;
  /** IANA zone the appointment times are shown in (the patient's, else the organisation's). */
  readonly timeZone: string;
  /** BCP-47 locale dates are written in (usually the language the template rendered in). */
  readonly locale: string;
  readonly messageId: string;
}

/** Every variable path a template may name; a prefix of one (`appointment` in `{% if appointment %}`) is fine too. */
export const KNOWN_VARIABLES: readonly string[] = [
  'patient.id',
  'patient.givenName',
  'patient.familyName',
  'patient.name',
  'patient.preferredLanguage',
  'appointment.id',
  'appointment.start',
  'appointment.startDate',
  'appointment.startTime',
  'appointment.end',
  'appointment.status',
  'appointment.description',
  'resource.type',
  'resource.id',
  'organisation.name',
  'organisation.phone',
  'organisation.address',
  'organisation.website',
  'links.unsubscribe',
  'links.confirm',
  'links.cancel',
  'links.register',
  'message.id',
];

/** Variables that carry clinical detail: allowed in email and letters, never in SMS (a lock screen shows it). */
export const CLINICAL_VARIABLES: readonly string[] = ['appointment.description'];

type DateStyle = 'long' | 'date' | 'time';
const STYLES: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  long: { dateStyle: 'full', timeStyle: 'short' },
  date: { weekday: 'short', month: 'short', day: 'numeric' },
  time: { timeStyle: 'short' },
};

/** Building a DateTimeFormat costs far more than using one: keep one per locale, zone and style. */
const formats = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATS = 500;

function formatOf(locale: string, timeZone: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`;
  let format = formats.get(key);
  if (!format) {
    format = createFormat(locale, timeZone, style);
    if (formats.size >= MAX_FORMATS) formats.clear();
    formats.set(key, format);
  }
  return format;
}

/** A bad locale or zone (from patient data) falls back rather than failing the send. */
function createFormat(locale: string, timeZone: string, style: DateStyle): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone });
  } catch {
    try {
      return new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone: 'UTC' });
    } catch {
      return new Intl.DateTimeFormat('en', { ...STYLES[style], timeZone: 'UTC' });
    }
  }
}

function officialName(patient: fhir4.Patient): fhir4.HumanName | undefined {
  return (
    patient.name?.find((n) => n.use === 'official') ?? patient.name?.find((n) => n.use !== 'old') ?? patient.name?.[0]
  );
}

/** The patient's languages, the preferred one first (codes as FHIR holds them, e.g. `es-MX`). */
export function patientLanguages(patient: fhir4.Patient): string[] {
  const entries = patient.communication ?? [];
  const ordered = [...entries.filter((c) => c.preferred), ...entries.filter((c) => !c.preferred)];
  return ordered
    .map((c) => c.language?.coding?.find((coding) => coding.code)?.code)
    .filter((code): code is string => code !== undefined);
}

function appointmentOf(
  appointment: fhir4.Appointment,
  locale: string,
  timeZone: string,
): RenderContext['appointment'] | undefined {
  const start = appointment.start ? new Date(appointment.start) : undefined;
  if (!appointment.id || !start || Number.isNaN(start.getTime())) return undefined;
  const end = appointment.end ? new Date(appointment.end) : undefined;
  const format = (style: DateStyle, date: Date) => formatOf(locale, timeZone, style).format(date);
  return {
    id: appointment.id,
    start: format('long', start),
    startDate: format('date', start),
    startTime: format('time', start),
    ...(end && !Number.isNaN(end.getTime()) ? { end: format('time', end) } : {}),
    status: appointment.status,
    ...(appointment.description ? { description: appointment.description } : {}),
  };
}

export function buildRenderContext(input: RenderInput): RenderContext {
  const { patient, triggeringResource: resource, organisation, locale, timeZone } = input;
  const name = officialName(patient);
  const givenName = name?.given?.[0] ?? '';
  const familyName = name?.family ?? '';
  const appointment = resource?.resourceType === 'Appointment' ? appointmentOf(resource, locale, timeZone) : undefined;
  const preferredLanguage = patientLanguages(patient)[0];
  return {
    patient: {
      id: patient.id ?? '',
      givenName,
      familyName,
      name: name?.text ?? [...(name?.given ?? []), familyName].filter(Boolean).join(' '),
      ...(preferredLanguage ? { preferredLanguage } : {}),
    },
    ...(appointment ? { appointment } : {}),
    ...(resource?.id ? { resource: { type: resource.resourceType, id: resource.id } } : {}),
    organisation: {
      name: organisation.name,
      phone: organisation.phone,
      address: organisation.address,
      ...(organisation.website ? { website: organisation.website } : {}),
    },
    links: { ...input.links },
    message: { id: input.messageId },
  };
}

const SAMPLE_PATIENT: fhir4.Patient = {
  resourceType: 'Patient',
  id: 'sample-patient',
  name: [{ use: 'official', given: ['Alexandra'], family: 'Rivera-Johnson' }],
  communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'en-US' }] }, preferred: true }],
};

const SAMPLE_APPOINTMENT: fhir4.Appointment = {
  resourceType: 'Appointment',
  id: 'sample-appointment',
  status: 'booked',
  description: 'Follow-up visit',
  start: '2026-03-10T14:30:00Z',
  end: '2026-03-10T15:00:00Z',
  participant: [{ actor: { reference: 'Patient/sample-patient' }, status: 'accepted' }],
};

const SAMPLE_MESSAGE_ID = 'msg-00000000000000000000000000000000';
const SAMPLE_BASE_URL = 'https://outreach.example.org';
/** Previews show links of a real token's length, so that SMS segment counts are honest. */
const SAMPLE_LINK_KEY = 'sample-preview-key';

/** Links of a real token's length that lead nowhere: for previews. */
export function sampleLinks(): RenderLinks {
  const link = (action: 'unsubscribe' | 'confirm' | 'cancel' | 'register') =>
    linkUrl(
      SAMPLE_BASE_URL,
      action,
      signLinkToken(
        {
          action,
          messageId: SAMPLE_MESSAGE_ID,
          patientId: SAMPLE_PATIENT.id as string,
          channel: 'email',
          topic: 'appointment-reminders',
          expiresAt: 1_800_000_000,
          resourceId: SAMPLE_APPOINTMENT.id,
        },
        SAMPLE_LINK_KEY,
      ),
    );
  return {
    unsubscribe: link('unsubscribe'),
    confirm: link('confirm'),
    cancel: link('cancel'),
    register: link('register'),
  };
}

/** Sample data for previews and validation: every variable set, with realistic lengths. */
export function sampleRenderContext(
  options: { locale?: string; timeZone?: string; organisation?: OrganisationSettings } = {},
): RenderContext {
  return buildRenderContext({
    patient: SAMPLE_PATIENT,
    triggeringResource: SAMPLE_APPOINTMENT,
    organisation: options.organisation ?? DEFAULT_ORGANISATION,
    links: sampleLinks(),
    timeZone: options.timeZone ?? 'America/New_York',
    locale: options.locale ?? 'en-US',
    messageId: SAMPLE_MESSAGE_ID,
  });
}

import type * as fhir4 from 'fhir/r4';
import { permissionsOf, type Role } from '../access/roles';
import type { EnrolmentView } from '../journeys/enrolment-views';
import { timeZoneDecisionOf } from '../messaging/policy/quiet-hours';
import { type ClinicalSummary, clinicalSummaryOf } from './clinical-summary';
import {
  type AddressView,
  addressesOf,
  type ContactPointView,
  compact,
  contactPointsOf,
  type NameView,
  namesOf,
} from './patient-summary';
import type { PatientRecord, PatientResource } from './ports';
import { type PreferenceRecord, sortPreferences } from './preferences';
import type { TimeZoneSource } from './time-zone';
import { type Visibility, visibilityOf } from './visibility';

/**
 * The patient 360 view, assembled section by section for what the caller may see (`visibility.ts`).
 * A section the caller may not see is absent, not empty; the clinical section is not even computed.
 * `profile` needs no check of its own: the route that serves the view requires `patients:read-contact`.
 */
export interface Patient360 {
  readonly id: string;
  readonly profile: {
    readonly name: readonly NameView[];
    readonly birthDate?: string;
    readonly gender?: string;
    readonly active: boolean;
    readonly deceased: boolean;
    readonly deceasedAt?: string;
    /** The preferred language (BCP 47), else the first listed. */
    readonly language?: string;
    /** The zone times are shown and quiet hours judged in, and what in the record decided it. */
    readonly timeZone: string;
    readonly timeZoneSource: TimeZoneSource;
  };
  readonly contact?: { readonly telecom: readonly ContactPointView[]; readonly address: readonly AddressView[] };
  readonly communication?: { readonly languages: readonly LanguageView[] };
  readonly preferences?: readonly PreferenceRecord[];
  readonly consents?: readonly ConsentView[];
  readonly appointments?: readonly AppointmentSlot[];
  readonly segments?: readonly PatientSegment[];
  readonly journeys?: readonly EnrolmentView[];
  readonly messages?: readonly PatientMessage[];
  readonly registrations?: readonly unknown[];
  readonly clinical?: ClinicalSummary;
}

export interface LanguageView {
  readonly code: string;
  readonly display?: string;
  readonly preferred: boolean;
}

/** A FHIR Consent as staff see it beside the preferences: what kind, in force or not, permit or deny, when. */
export interface ConsentView {
  readonly id: string;
  readonly status?: string;
  readonly scope: readonly string[];
  readonly category: readonly string[];
  readonly provision?: string;
  readonly date?: string;
  readonly end?: string;
}

/** A segment the patient is currently a member of (ids, the segment's name and dates; no criteria). */
export interface PatientSegment {
  readonly segmentId: string;
  readonly name: string;
  /** The segment version that admitted the patient, or last confirmed the membership. */
  readonly version: number;
  /** When the patient entered. */
  readonly since: string;
  readonly kind: 'dynamic' | 'static';
  /** The segment's criteria read clinical data: shown only to callers who may read clinical data. */
  readonly readsClinicalData: boolean;
}

/**
 * Who sees a patient's segments: those who see engagement (segments are what outreach acts on), and those
 * who manage segments (they see the members of segments anyway). Membership of a clinical segment says
 * something clinical: it is left out for callers without clinical read (`patientSegmentsOf`).
 */
export function maySeeSegments(roles: readonly Role[]): boolean {
  return visibilityOf(roles).has('engagement') || permissionsOf(roles).has('segments:manage');
}

/** When an appointment is and whether it stands: what scheduling needs, without service type or reason. */
export interface AppointmentSlot {
  readonly id: string;
  readonly status?: string;
  readonly start?: string;
  readonly end?: string;
}

/** One message in the 360 view: what was sent or why not, no content and no address. */
export interface PatientMessage {
  readonly messageId: string;
  readonly templateId: string;
  readonly topic: string;
  readonly channel?: string;
  readonly status: string;
  readonly reason?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface Patient360Input {
  readonly record: PatientRecord;
  readonly preferences: readonly PreferenceRecord[];
  readonly visibility: Visibility;
  readonly asOf: Date;
  readonly organisationTimeZone: string;
  /** The patient's current memberships, read only for callers who may see them (`maySeeSegments`). */
  readonly segments?: readonly PatientSegment[];
  /** The newest messages, read only for callers who see engagement. */
  readonly messages?: readonly PatientMessage[];
  /** The patient's journeys, read only for callers who see engagement. */
  readonly journeys?: readonly EnrolmentView[];
}

export function assemblePatient360({
  record,
  preferences,
  visibility,
  asOf,
  organisationTimeZone,
  segments,
  messages,
  journeys,
}: Patient360Input): Patient360 {
  const { patient, facts, resources } = record;
  const at = asOf.toISOString();
  const view: { -readonly [K in keyof Patient360]: Patient360[K] } = {
    id: patient.id as string,
    profile: compact({
      name: namesOf(patient),
      birthDate: facts.birthDate,
      gender: facts.gender,
      active: facts.active,
      deceased: facts.deceased,
      deceasedAt: facts.deceasedAt,
      language: facts.preferredLanguage,
      ...zoneOf(patient, organisationTimeZone),
    }),
  };
  if (visibility.has('contact')) {
    view.contact = { telecom: contactPointsOf(patient, at), address: addressesOf(patient, at) };
    view.communication = { languages: languagesOf(patient) };
  }
  if (visibility.has('preferences')) {
    view.preferences = sortPreferences(preferences);
    view.consents = consentViewsOf(resources);
  }
  if (visibility.has('engagement')) {
    view.appointments = resources
      .filter((r) => r.resourceType === 'Appointment')
      .map((r) => compact({ id: r.resourceId, status: r.facts.status, start: r.facts.date, end: r.facts.end }))
      .sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));
    view.messages = messages ?? [];
    view.journeys = journeys ?? [];
    // Filled by a later issue: event registrations.
    view.registrations = [];
  }
  if (segments) view.segments = segments;
  else if (visibility.has('engagement')) view.segments = [];
  if (visibility.has('clinical')) view.clinical = clinicalSummaryOf(resources);
  return view;
}

export function consentViewsOf(resources: readonly PatientResource[]): ConsentView[] {
  return resources
    .filter((r) => r.resourceType === 'Consent')
    .map((r) =>
      compact({
        id: r.resourceId,
        status: r.facts.status,
        scope: r.facts.codes,
        category: r.facts.categories,
        provision: r.facts.provision,
        date: r.facts.date,
        end: r.facts.end,
      }),
    )
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

function languagesOf(patient: fhir4.Patient): LanguageView[] {
  return (patient.communication ?? []).flatMap((c) => {
    const coding = c.language?.coding?.find((x) => x.code);
    if (!coding?.code) return [];
    return [
      compact({ code: coding.code, display: coding.display ?? c.language.text, preferred: c.preferred === true }),
    ];
  });
}
function zoneOf(patient: fhir4.Patient, organisationTimeZone: string) {
  const decided = timeZoneDecisionOf(patient, { defaultTimeZone: organisationTimeZone });
  return { timeZone: decided.zone, timeZoneSource: decided.source };
}

/**
 * Communication preferences: per channel and topic, opted in or out, each change recorded with the
 * source and actor that made it. The current state is the latest change per channel and topic; every
 * change is also kept as history.
 */
export const CHANNELS = ['email', 'sms', 'push', 'letter'] as const;
export type Channel = (typeof CHANNELS)[number];

export const TOPICS = ['appointment-reminders', 'care-gaps', 'campaigns', 'events', 'results', 'general'] as const;
export type Topic = (typeof TOPICS)[number];

export const PREFERENCE_STATUSES = ['opted-in', 'opted-out'] as const;
export type PreferenceStatus = (typeof PREFERENCE_STATUSES)[number];

/** Where a change came from: a staff member (API), the patient (link in a message, SMS reply), a FHIR Consent. */
export const PREFERENCE_SOURCES = ['staff', 'patient-link', 'inbound-sms', 'fhir-consent'] as const;
export type PreferenceSource = (typeof PREFERENCE_SOURCES)[number];

export const MAX_REASON_LENGTH = 500;

export interface PreferenceChange {
  /** Derived from the cause (request, message, Consent version), so recording the same cause twice is a no-op. */
  readonly changeId: string;
  readonly patientId: string;
  readonly channel: Channel;
  readonly topic: Topic;
  readonly status: PreferenceStatus;
  readonly source: PreferenceSource;
  /** Staff: the token subject; patient sources: `patient`; FHIR: the Consent reference. Never a contact point. */
  readonly actor: string;
  /** When the change took effect (ISO 8601); the latest `at` per channel and topic is the current state. */
  readonly at: string;
  readonly reason?: string;
}

/** The current preference of one channel and topic: the change that set it. */
export type PreferenceRecord = PreferenceChange;

/** What recording a change did: became current, kept only as history (a later change exists), or already recorded. */
export type RecordOutcome = 'applied' | 'superseded' | 'duplicate';

/** Orders changes of one channel and topic: by `at`, then by id so that equal instants still have one winner. */
export function isLaterChange(candidate: PreferenceChange, current: PreferenceChange | undefined): boolean {
  if (!current) return true;
  if (candidate.at !== current.at) return candidate.at > current.at;
  return candidate.changeId > current.changeId;
}

export interface StaffChangeRequest {
  readonly patientId: string;
  readonly channel: Channel;
  readonly topic: Topic;
  readonly status: PreferenceStatus;
  readonly reason?: string;
  readonly actor: string;
  readonly requestId: string;
  readonly at: Date;
}

/** A change made by a staff member through the API; the request id makes a retried request one change. */
export function staffPreferenceChange(request: StaffChangeRequest): PreferenceChange {
  return {
    changeId: `staff-${request.requestId}`,
    patientId: request.patientId,
    channel: request.channel,
    topic: request.topic,
    status: request.status,
    source: 'staff',
    actor: request.actor,
    at: request.at.toISOString(),
    ...(request.reason ? { reason: request.reason } : {}),
  };
}

/** Current preferences in a stable order: channel, then topic, as the enumerations list them. */
export function sortPreferences(records: readonly PreferenceRecord[]): PreferenceRecord[] {
  const rank = (r: PreferenceRecord) => CHANNELS.indexOf(r.channel) * TOPICS.length + TOPICS.indexOf(r.topic);
  return [...records].sort((a, b) => rank(a) - rank(b));
}

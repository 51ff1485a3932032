import type * as fhir4 from 'fhir/r4';
import { contentHash } from '../ingestion/content-hash';
import { inForce } from './patient-summary';
import {
  CHANNELS,
  type Channel,
  type PreferenceChange,
  type PreferenceStatus,
  TOPICS,
  type Topic,
} from './preferences';

/**
 * Communication preferences stated by a FHIR Consent (source `fhir-consent`). R4 has no standard code
 * for "appointment reminders by SMS", so a Consent speaks to outreach only through codes this mapping
 * knows; a data-sharing or treatment Consent (every HL7 example) changes no preference.
 *
 * - Topics: `OUTREACH_TOPIC_SYSTEM` codes (the topic names) in `category`, `provision.purpose` or
 *   `provision.code`; and `v3-ActReason|HMARKT` (healthcare marketing) in `purpose` → campaigns, events.
 * - Channels: `OUTREACH_CHANNEL_SYSTEM` codes (the channel names), or `contact-point-system` `email` and
 *   `sms`, in `provision.code`.
 * - A provision names what it states or inherits it from its parent (the Consent's category topics for
 *   the base provision); one that names topics but no channel covers every channel, and the reverse.
 *   One that names neither states nothing, so a general `permit` never opts a patient in to anything.
 * - `permit` → opted-in, `deny` → opted-out. A provision without a type inherits its parent's; the base
 *   provision falls back to `policyRule` `OPTIN` / `OPTOUT`.
 * - Nested provisions are exceptions: they are applied after their parent, so the more specific wins.
 * - Only an `active` Consent counts, and only provisions whose period includes `asOf`.
 */
export const OUTREACH_TOPIC_SYSTEM = 'https://patient-outreach.github.io/fhir/CodeSystem/outreach-topic';
export const OUTREACH_CHANNEL_SYSTEM = 'https://patient-outreach.github.io/fhir/CodeSystem/outreach-channel';
const CONTACT_POINT_SYSTEM = 'http://hl7.org/fhir/contact-point-system';
const ACT_REASON_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';
const ACT_CODE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

const PURPOSE_TOPICS: Readonly<Record<string, readonly Topic[]>> = {
  [`${ACT_REASON_SYSTEM}|HMARKT`]: ['campaigns', 'events'],
};

const CONTACT_POINT_CHANNELS: Readonly<Record<string, Channel>> = { email: 'email', sms: 'sms' };

interface Scope {
  readonly topics: readonly Topic[];
  readonly channels: readonly Channel[];
  readonly type?: 'permit' | 'deny';
}

export function preferenceChangesFromConsent(
  consent: fhir4.Consent,
  patientId: string,
  asOf: Date,
): PreferenceChange[] {
  if (consent.status !== 'active' || !consent.provision) return [];
  const asOfIso = asOf.toISOString();
  const stated = new Map<string, { channel: Channel; topic: Topic; status: PreferenceStatus }>();
  const visit = (provision: fhir4.ConsentProvision, inherited: Scope) => {
    if (!inForce(provision.period, asOfIso)) return;
    const codings = (provision.code ?? []).flatMap((c) => c.coding ?? []);
    const ownTopics = topicsIn([...(provision.purpose ?? []), ...codings]);
    const ownChannels = channelsIn(codings);
    const scope: Scope = {
      topics: ownTopics.length > 0 ? ownTopics : inherited.topics,
      channels: ownChannels.length > 0 ? ownChannels : inherited.channels,
      type: provision.type ?? inherited.type,
    };
    if (scope.type && (scope.topics.length > 0 || scope.channels.length > 0)) {
      const status: PreferenceStatus = scope.type === 'permit' ? 'opted-in' : 'opted-out';
      for (const channel of scope.channels.length > 0 ? scope.channels : CHANNELS) {
        for (const topic of scope.topics.length > 0 ? scope.topics : TOPICS) {
          stated.set(`${channel}#${topic}`, { channel, topic, status });
        }
      }
    }
    for (const exception of provision.provision ?? []) visit(exception, scope);
  };
  visit(consent.provision, {
    topics: topicsIn((consent.category ?? []).flatMap((c) => c.coding ?? [])),
    channels: [],
    type: policyType(consent.policyRule),
  });

  const at = instantOf(consent.dateTime ?? consent.meta?.lastUpdated) ?? asOfIso;
  const version = contentHash(consent).slice(0, 16);
  return [...stated.values()].map(({ channel, topic, status }) => ({
    changeId: `fhir-consent-${consent.id}-${version}-${channel}-${topic}`,
    patientId,
    channel,
    topic,
    status,
    source: 'fhir-consent',
    actor: `Consent/${consent.id}`,
    at,
  }));
}

function topicsIn(codings: readonly fhir4.Coding[]): Topic[] {
  const topics = codings.flatMap((coding): readonly Topic[] => {
    if (coding.system === OUTREACH_TOPIC_SYSTEM)
      return (TOPICS as readonly string[]).includes(coding.code ?? '') ? [coding.code as Topic] : [];
    return PURPOSE_TOPICS[`${coding.system}|${coding.code}`] ?? [];
  });
  return [...new Set(topics)];
}

function channelsIn(codings: readonly fhir4.Coding[]): Channel[] {
  const channels = codings.flatMap((coding): Channel[] => {
    const code = coding.code ?? '';
    if (coding.system === OUTREACH_CHANNEL_SYSTEM)
      return (CHANNELS as readonly string[]).includes(code) ? [code as Channel] : [];
    if (coding.system === CONTACT_POINT_SYSTEM)
      return CONTACT_POINT_CHANNELS[code] ? [CONTACT_POINT_CHANNELS[code]] : [];
    return [];
  });
  return [...new Set(channels)];
}

function policyType(policyRule: fhir4.CodeableConcept | undefined): Scope['type'] {
  const codes = (policyRule?.coding ?? []).filter((c) => c.system === ACT_CODE_SYSTEM).map((c) => c.code);
  if (codes.includes('OPTOUT')) return 'deny';
  if (codes.includes('OPTIN')) return 'permit';
  return undefined;
}

/** A FHIR date or dateTime as an ISO instant (a bare date is its midnight UTC); undefined when unreadable. */
function instantOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

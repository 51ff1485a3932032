import type * as fhir4 from 'fhir/r4';
import type { Channel, PreferenceRecord, Topic } from '../patients/preferences';
import type { PolicyCheck, SkipReason, TopicKind } from './message';
import type { AddressKeyOf } from './policy/address-key';
import type { ContactPoint, PushDevice } from './ports';

/** A local-time window in which a channel does not send, e.g. 20:00–08:00 (crosses midnight) or 12:00–13:00. */
export interface QuietHours {
  /** `HH:MM`, inclusive. */
  readonly start: string;
  /** `HH:MM`, exclusive: the first minute sending is allowed again. */
  readonly end: string;
}

export interface FrequencyCap {
  readonly windowHours: number;
  readonly max: number;
}

/** Organisation-wide sending rules; the defaults are in `policy/defaults.ts`. */
export interface SendingPolicySettings {
  /** IANA zone used when the patient has none. */
  readonly defaultTimeZone: string;
  /** Country for numbers written without one (ISO 3166 alpha-2), e.g. `US`. */
  readonly defaultCountry: string;
  readonly quietHours: Readonly<Partial<Record<Channel, QuietHours>>>;
  readonly frequencyCaps: Readonly<Partial<Record<Channel, readonly FrequencyCap[]>>>;
  /** What a topic kind is when the patient stated nothing for the channel and topic. */
  readonly consentDefaults: Readonly<Record<TopicKind, 'opted-in' | 'opted-out'>>;
}

/** What the step asked for. */
export interface SendIntent {
  readonly topic: Topic;
  /** In order of preference; later channels are fallbacks, tried only when `fallback` is true. */
  readonly channels: readonly Channel[];
  readonly fallback: boolean;
  /** Inside quiet hours: wait for the next allowed time, or drop the message. */
  readonly quietHours: 'defer' | 'skip';
}

/** Everything policy looks at; loaded by the send function, so that deciding is a pure function. */
export interface PolicyInput {
  readonly now: Date;
  readonly patient: fhir4.Patient;
  readonly devices: readonly PushDevice[];
  readonly preferences: readonly PreferenceRecord[];
  /** Address keys opted out at the address (SMS STOP, which covers every patient sharing the number). */
  readonly addressOptOuts: ReadonlySet<string>;
  /** Address keys suppressed (hard bounce, complaint, invalid number). */
  readonly suppressed: ReadonlySet<string>;
  /** How contact points are keyed, as the address opt-outs and suppressions above are (a secret's HMAC). */
  readonly addressKeyOf: AddressKeyOf;
  /** Instants (ms since epoch) of earlier sends to this patient, per channel, newest last. */
  readonly recentSends: Readonly<Partial<Record<Channel, readonly number[]>>>;
  /** Channels the template has content for. */
  readonly templateChannels: ReadonlySet<Channel>;
  readonly intent: SendIntent;
  readonly settings: SendingPolicySettings;
}

export type PolicyDecision =
  | { readonly outcome: 'send'; readonly to: ContactPoint; readonly checks: readonly PolicyCheck[] }
  | {
      readonly outcome: 'defer';
      readonly channel: Channel;
      /** ISO instant: the next allowed time in the patient's zone. */
      readonly until: string;
      readonly checks: readonly PolicyCheck[];
    }
  | { readonly outcome: 'skip'; readonly reason: SkipReason; readonly checks: readonly PolicyCheck[] };

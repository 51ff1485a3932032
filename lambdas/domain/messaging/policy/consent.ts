import type { Channel, PreferenceRecord, Topic } from '../../patients/preferences';
import { isLaterChange } from '../../patients/preferences';
import { TOPIC_KINDS } from '../message';
import type { SendingPolicySettings } from '../policy-types';

export type ConsentVerdict =
  | { readonly passed: true; readonly detail: string }
  | { readonly passed: false; readonly reason: 'opted-out' | 'no-consent'; readonly detail: string };

/**
 * The patient's stated preference for exactly this channel and topic, else the default of the topic's kind.
 * Only an exact topic match counts: a preference on `general` says nothing about `campaigns`, so a patient who
 * opted in to general news has not opted in to marketing.
 */
export function checkConsent(
  channel: Channel,
  topic: Topic,
  preferences: readonly PreferenceRecord[],
  settings: SendingPolicySettings,
): ConsentVerdict {
  let stated: PreferenceRecord | undefined;
  for (const record of preferences) {
    // Tolerates history in the list: the latest change per channel and topic is the current one.
    if (record.channel === channel && record.topic === topic && isLaterChange(record, stated)) stated = record;
  }
  if (stated) {
    const detail = `${topic}: ${stated.status} at ${stated.at}`;
    return stated.status === 'opted-in' ? { passed: true, detail } : { passed: false, reason: 'opted-out', detail };
  }
  const kind = TOPIC_KINDS[topic];
  const detail = `${topic}: default ${settings.consentDefaults[kind]} (${kind})`;
  return settings.consentDefaults[kind] === 'opted-in'
    ? { passed: true, detail }
    : { passed: false, reason: 'no-consent', detail };
}

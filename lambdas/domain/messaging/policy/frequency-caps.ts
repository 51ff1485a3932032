import { CHANNELS, type Channel } from '../../patients/preferences';
import type { FrequencyCap, PolicyInput, SendingPolicySettings } from '../policy-types';

const HOUR = 3_600_000;

/** Sends in (now − window, now]: a send exactly one window ago no longer counts. */
export function sendsInWindow(sends: readonly number[], windowHours: number, now: number): number {
  const from = now - windowHours * HOUR;
  let count = 0;
  for (const at of sends) if (at > from && at <= now) count++;
  return count;
}

export type CapVerdict =
  | { readonly passed: true; readonly detail: string }
  | { readonly passed: false; readonly detail: string; readonly cap: FrequencyCap };

/** The first cap whose window already holds `max` sends; the detail holds the counts, e.g. `1/1 in 24h`. */
export function checkFrequencyCaps(
  sends: readonly number[] | undefined,
  caps: readonly FrequencyCap[] | undefined,
  now: Date,
): CapVerdict {
  if (!caps || caps.length === 0) return { passed: true, detail: 'no caps' };
  const counts: string[] = [];
  for (const cap of caps) {
    const count = sends ? sendsInWindow(sends, cap.windowHours, now.getTime()) : 0;
    const text = `${count}/${cap.max} in ${cap.windowHours}h`;
    if (count >= cap.max) return { passed: false, detail: text, cap };
    counts.push(text);
  }
  return { passed: true, detail: counts.join(', ') };
}

/**
 * The part of a send ledger the caps can still see: sends inside the channel's longest window, and of those
 * only the newest `max` of the largest cap (older ones cannot decide any cap). Channels without caps keep nothing.
 */
export function pruneRecentSends(
  sends: PolicyInput['recentSends'],
  now: Date,
  settings: SendingPolicySettings,
): Partial<Record<Channel, number[]>> {
  const pruned: Partial<Record<Channel, number[]>> = {};
  for (const channel of CHANNELS) {
    const list = sends[channel];
    const caps = settings.frequencyCaps[channel];
    if (!list || !caps || caps.length === 0) continue;
    const longest = Math.max(...caps.map((cap) => cap.windowHours));
    const keep = Math.max(...caps.map((cap) => cap.max));
    const from = now.getTime() - longest * HOUR;
    const recent = list.filter((at) => at > from).sort((a, b) => a - b);
    if (recent.length > 0) pruned[channel] = recent.slice(-keep);
  }
  return pruned;
}

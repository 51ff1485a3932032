import type { BodyOf, ResponseOf } from '../../api/types';

export type Settings = ResponseOf<'getMessagingSettings'>['settings'];
export type Channel = keyof Settings['policy']['quietHours'];
type Consent = Settings['policy']['consentDefaults']['marketing'];

/** One value per channel; written out, so a channel added to the API fails to compile here until it is listed. */
function byChannel<T>(make: (channel: Channel) => T): Record<Channel, T> {
  return { email: make('email'), sms: make('sms'), push: make('push'), letter: make('letter') };
}
export const CHANNELS: readonly Channel[] = Object.keys(byChannel(() => true)) as Channel[];

/** The form as typed: strings where a person types numbers, so a half-typed value is kept as typed. */
export interface Draft {
  readonly organisation: Readonly<
    Record<'name' | 'phone' | 'address' | 'website' | 'smsHelpText' | 'defaultLocale', string>
  >;
  readonly defaultTimeZone: string;
  readonly defaultCountry: string;
  readonly consentDefaults: { readonly transactional: Consent; readonly marketing: Consent };
  readonly quietHours: Readonly<
    Record<Channel, { readonly on: boolean; readonly start: string; readonly end: string }>
  >;
  readonly caps: Readonly<Record<Channel, readonly { readonly windowHours: string; readonly max: string }[]>>;
  readonly keywords: readonly { readonly keyword: string; readonly event: string }[];
}

export function draftOf(settings: Settings): Draft {
  const { organisation, policy } = settings;
  return {
    organisation: {
      name: organisation.name,
      phone: organisation.phone,
      address: organisation.address,
      website: organisation.website ?? '',
      smsHelpText: organisation.smsHelpText ?? '',
      defaultLocale: organisation.defaultLocale,
    },
    defaultTimeZone: policy.defaultTimeZone,
    defaultCountry: policy.defaultCountry,
    consentDefaults: { ...policy.consentDefaults },
    quietHours: byChannel((channel) => {
      const window = policy.quietHours[channel];
      return { on: window !== undefined, start: window?.start ?? '20:00', end: window?.end ?? '08:00' };
    }),
    caps: byChannel((channel) =>
      (policy.frequencyCaps[channel] ?? []).map((cap) => ({
        windowHours: String(cap.windowHours),
        max: String(cap.max),
      })),
    ),
    keywords: Object.entries(settings.keywords).map(([keyword, event]) => ({ keyword, event })),
  };
}

/** The body the API takes; empty optional fields are left out, numbers are sent as typed (the API checks them). */
export function settingsOf(draft: Draft): BodyOf<'putMessagingSettings'>['settings'] {
  const { website, smsHelpText, ...required } = draft.organisation;
  const quietHours: Partial<Record<Channel, { start: string; end: string }>> = {};
  const frequencyCaps: Partial<Record<Channel, { windowHours: number; max: number }[]>> = {};
  for (const channel of CHANNELS) {
    const window = draft.quietHours[channel];
    if (window.on) quietHours[channel] = { start: window.start.trim(), end: window.end.trim() };
    const caps = draft.caps[channel];
    if (caps.length > 0)
      frequencyCaps[channel] = caps.map((cap) => ({ windowHours: Number(cap.windowHours), max: Number(cap.max) }));
  }
  return {
    organisation: {
      ...required,
      ...(website.trim() ? { website: website.trim() } : {}),
      ...(smsHelpText.trim() ? { smsHelpText: smsHelpText.trim() } : {}),
    },
    policy: {
      defaultTimeZone: draft.defaultTimeZone.trim(),
      defaultCountry: draft.defaultCountry.trim(),
      quietHours,
      frequencyCaps,
      consentDefaults: draft.consentDefaults,
    },
    keywords: Object.fromEntries(
      draft.keywords.map(({ keyword, event }) => [keyword.trim().toUpperCase(), event.trim()]),
    ),
  };
}

/** Settings as JSON pointers to leaf values (lists as one value), for showing what someone else changed. */
export function leavesOf(value: unknown, pointer = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) {
      for (const [path, leaf] of leavesOf(inner, `${pointer}/${key}`)) leaves.set(path, leaf);
    }
  } else if (value !== undefined) {
    leaves.set(pointer, Array.isArray(value) ? value.map((v) => JSON.stringify(v)).join(', ') : String(value));
  }
  return leaves;
}

export interface Change {
  readonly pointer: string;
  readonly read: string | undefined;
  readonly now: string | undefined;
  readonly mine: string | undefined;
}

/** What moved between the settings read and the settings now, with what this person has typed for each. */
export function changesBetween(read: unknown, now: unknown, mine: unknown): Change[] {
  const [before, after, typed] = [leavesOf(read), leavesOf(now), leavesOf(mine)];
  const pointers = [...new Set([...before.keys(), ...after.keys()])].sort();
  return pointers
    .filter((pointer) => before.get(pointer) !== after.get(pointer))
    .map((pointer) => ({ pointer, read: before.get(pointer), now: after.get(pointer), mine: typed.get(pointer) }));
}

/** `/policy/quietHours/sms/end` → `policy › quiet hours › sms › end`. */
export function readablePointer(pointer: string): string {
  return pointer
    .split('/')
    .filter(Boolean)
    .map((part) => (/[a-z]/.test(part) ? part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : part))
    .join(' › ');
}

/**
 * A three-way merge of the form: what this person changed since `read` is applied to `now` (someone else's save);
 * everything they left alone takes `now`'s value. Lists are single values. Where both changed one value, this
 * person's wins: they were shown the other value in the conflict and chose to keep theirs.
 */
export function rebase<T>(read: T, now: T, mine: T): T {
  return merge(read, now, mine) as T;
}

function merge(read: unknown, now: unknown, mine: unknown): unknown {
  if (JSON.stringify(mine) === JSON.stringify(read)) return now;
  if (!isRecord(read) || !isRecord(now) || !isRecord(mine)) return mine;
  const merged: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(now), ...Object.keys(mine)])) {
    const value = merge(read[key], now[key], mine[key]);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

import fc from 'fast-check';
import type * as fhir4 from 'fhir/r4';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { TIMEZONE_EXTENSION_URL } from '../../../../lambdas/domain/fhir/facts';
import { TOPIC_KINDS } from '../../../../lambdas/domain/messaging/message';
import { candidateAddressKeys } from '../../../../lambdas/domain/messaging/policy/contact-points';
import { decidePolicy, decidePolicyWith } from '../../../../lambdas/domain/messaging/policy/decide';
import { DEFAULT_SENDING_POLICY } from '../../../../lambdas/domain/messaging/policy/defaults';
import { DEFAULT_CHANNEL_RULES, quietHoursRule } from '../../../../lambdas/domain/messaging/policy/rules';
import type {
  PolicyDecision,
  PolicyInput,
  QuietHours,
  SendingPolicySettings,
} from '../../../../lambdas/domain/messaging/policy-types';
import type { PushDevice } from '../../../../lambdas/domain/messaging/ports';
import { CHANNELS, type Channel, TOPICS } from '../../../../lambdas/domain/patients/preferences';
import { patientTimeZone } from '../../../../lambdas/domain/patients/time-zone';
import { testAddressKeyOf } from '../../../support/address-keys';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const ZONES = [
  'America/New_York',
  'Europe/London',
  'Asia/Kolkata',
  'America/St_Johns',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'America/Los_Angeles',
  'UTC',
  'Not/A_Zone',
];
/** DST transitions of 2024–2025 in the zones above: the clock is drawn near them half of the time. */
const TRANSITIONS = [
  '2024-03-10T07:00:00Z',
  '2024-11-03T06:00:00Z',
  '2024-03-31T01:00:00Z',
  '2024-10-27T01:00:00Z',
  '2024-03-10T05:30:00Z',
  '2024-11-03T04:30:00Z',
  '2024-04-06T15:00:00Z',
  '2024-10-05T15:30:00Z',
  '2025-03-09T10:00:00Z',
].map(Date.parse);

const PHONES = [
  '(617) 555-0123',
  '+1 617 555 0144',
  '+44 20 7946 0958',
  '+44 7911 123456',
  '555-01',
  '+91 98765 43210',
  'n/a',
];
const EMAILS = ['Pat@Example.org', ' x@y.co ', 'not-an-email'];

/** Same-day windows and one ending inside New York's spring-forward gap, beside the defaults. */
const VARIANT_POLICY: SendingPolicySettings = {
  ...DEFAULT_SENDING_POLICY,
  defaultTimeZone: 'Europe/London',
  quietHours: {
    sms: { start: '22:00', end: '02:30' },
    email: { start: '12:00', end: '13:00' },
    push: { start: '01:00', end: '03:00' },
  },
};

const periodArb = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  {
    arbitrary: fc.record({
      start: fc.option(fc.integer({ min: -72, max: 72 })),
      end: fc.option(fc.integer({ min: -72, max: 72 })),
    }),
    weight: 1,
  },
);
const useArb = fc.constantFrom(undefined, 'home', 'work', 'temp', 'old', 'mobile');

const rarely = fc.integer({ min: 0, max: 5 }).map((n) => n === 0);

const caseArb = fc.record({
  now: fc.oneof(
    fc.integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') }),
    fc
      .tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -36 * 60, max: 36 * 60 }))
      .map(([at, minutes]) => at + minutes * MINUTE),
  ),
  zone: fc.option(fc.constantFrom(...ZONES)),
  active: fc.integer({ min: 0, max: 19 }).map((n) => (n === 0 ? false : n === 1 ? true : undefined)),
  deceased: fc.integer({ min: 0, max: 19 }).map((n) => n === 0),
  telecom: fc.array(
    fc.record({
      system: fc.constantFrom('sms', 'phone', 'email', 'sms', 'email', 'fax') as fc.Arbitrary<
        fhir4.ContactPoint['system']
      >,
      use: useArb,
      rank: fc.option(fc.integer({ min: 1, max: 3 })),
      period: periodArb,
      phone: fc.constantFrom(...PHONES),
      email: fc.constantFrom(...EMAILS),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  addresses: fc.array(
    fc.record({ use: useArb, period: periodArb, line: fc.boolean(), city: fc.boolean(), postalCode: fc.boolean() }),
    { maxLength: 2 },
  ),
  devices: fc.array(
    fc.record({ token: fc.constantFrom('tok-a', 'tok-b', ''), daysAgo: fc.integer({ min: 0, max: 400 }) }),
    {
      maxLength: 2,
    },
  ),
  preferences: fc.array(
    fc.record({
      channel: fc.constantFrom(...CHANNELS),
      topic: fc.constantFrom(...TOPICS),
      status: fc.constantFrom('opted-in', 'opted-out') as fc.Arbitrary<'opted-in' | 'opted-out'>,
      day: fc.integer({ min: 1, max: 28 }),
    }),
    { maxLength: 4 },
  ),
  optOutMask: fc.array(rarely, { minLength: 8, maxLength: 8 }),
  suppressedMask: fc.array(rarely, { minLength: 8, maxLength: 8 }),
  recentHoursAgo: fc.record({
    sms: fc.array(fc.oneof(fc.double({ min: -1, max: 200, noNaN: true }), fc.constantFrom(24, 168)), { maxLength: 3 }),
    email: fc.array(fc.double({ min: 0, max: 200, noNaN: true }), { maxLength: 5 }),
    push: fc.array(fc.double({ min: 0, max: 30, noNaN: true }), { maxLength: 3 }),
    letter: fc.array(fc.double({ min: 0, max: 400, noNaN: true }), { maxLength: 1 }),
  }),
  templateChannels: fc.oneof(
    { arbitrary: fc.constant([...CHANNELS]), weight: 4 },
    { arbitrary: fc.subarray([...CHANNELS]), weight: 1 },
  ),
  topic: fc.constantFrom(...TOPICS),
  channels: fc.shuffledSubarray([...CHANNELS], { minLength: 1 }),
  fallback: fc.boolean(),
  quietHours: fc.constantFrom('defer', 'skip') as fc.Arbitrary<'defer' | 'skip'>,
  settings: fc.constantFrom(DEFAULT_SENDING_POLICY, DEFAULT_SENDING_POLICY, VARIANT_POLICY),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function periodOf(now: number, period: Case['addresses'][number]['period']): fhir4.Period | undefined {
  if (!period) return undefined;
  const at = (hours: number | null) => (hours === null ? undefined : new Date(now + hours * HOUR).toISOString());
  return { start: at(period.start), end: at(period.end) };
}

function inputOf(c: Case): PolicyInput {
  const now = new Date(Math.floor(c.now / MINUTE) * MINUTE + (c.now % 7) * 1000);
  const patient: fhir4.Patient = {
    resourceType: 'Patient',
    id: 'p1',
    ...(c.active === undefined ? {} : { active: c.active }),
    ...(c.deceased ? { deceasedBoolean: true } : {}),
    ...(c.zone ? { extension: [{ url: TIMEZONE_EXTENSION_URL, valueCode: c.zone }] } : {}),
    telecom: c.telecom.map((t) => ({
      system: t.system,
      ...(t.use ? { use: t.use as fhir4.ContactPoint['use'] } : {}),
      ...(t.rank === null ? {} : { rank: t.rank }),
      ...(t.period ? { period: periodOf(c.now, t.period) } : {}),
      value: t.system === 'email' ? t.email : t.phone,
    })),
    address: c.addresses.map((a, index) => ({
      ...(a.use && a.use !== 'mobile' ? { use: a.use as fhir4.Address['use'] } : {}),
      ...(a.period ? { period: periodOf(c.now, a.period) } : {}),
      ...(a.line ? { line: [`${index + 1} Main St`] } : {}),
      ...(a.city ? { city: 'Boston' } : {}),
      ...(a.postalCode ? { postalCode: '02110' } : {}),
    })),
  };
  const devices: PushDevice[] = c.devices.map((d, index) => ({
    deviceId: `d${index}`,
    platform: 'GCM',
    token: d.token,
    registeredAt: new Date(c.now - d.daysAgo * 24 * HOUR).toISOString(),
  }));
  const keys = candidateAddressKeys(patient, devices, c.settings, now, testAddressKeyOf);
  const recentSends: Partial<Record<Channel, number[]>> = {};
  for (const channel of CHANNELS) recentSends[channel] = c.recentHoursAgo[channel].map((h) => now.getTime() - h * HOUR);
  return {
    now,
    patient,
    devices,
    preferences: c.preferences.map((p, index) => ({
      changeId: `c${index}`,
      patientId: 'p1',
      channel: p.channel,
      topic: p.topic,
      status: p.status,
      source: 'staff',
      actor: 'staff-1',
      at: `2024-01-${String(p.day).padStart(2, '0')}T00:00:00Z`,
    })),
    addressOptOuts: new Set(keys.filter((_, i) => c.optOutMask[i % 8])),
    suppressed: new Set(keys.filter((_, i) => c.suppressedMask[i % 8])),
    addressKeyOf: testAddressKeyOf,
    recentSends,
    templateChannels: new Set(c.templateChannels),
    intent: { topic: c.topic, channels: c.channels, fallback: c.fallback, quietHours: c.quietHours },
    settings: c.settings,
  };
}

/** The oracle's clock: `toLocaleString` in the zone, independent of the formatter cache under test. */
function oracleZone(input: PolicyInput): string {
  // Which zone a record gives is specified by time-zone.test.ts; the oracle checks what is done in that zone.
  const knownToIntl = (zone: string) => {
    try {
      return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone.length > 0;
    } catch {
      return false;
    }
  };
  return patientTimeZone(input.patient, input.settings.defaultTimeZone, knownToIntl).zone;
}

function oracleQuiet(at: Date, zone: string, window: QuietHours | undefined): boolean {
  if (!window) return false;
  const [hour, minute] = at
    .toLocaleString('en-US', { timeZone: zone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' })
    .split(':')
    .map(Number) as [number, number];
  const local = hour * 60 + minute;
  const toMinutes = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3));
  const [start, end] = [toMinutes(window.start), toMinutes(window.end)];
  if (start === end) return false;
  return start < end ? local >= start && local < end : local >= start || local < end;
}

function oracleInForce(period: fhir4.Period | undefined, now: number): boolean {
  return (!period?.start || Date.parse(period.start) <= now) && (!period?.end || now <= Date.parse(period.end));
}

function contactPointIsCurrent(input: PolicyInput, channel: Channel, address: string): boolean {
  const now = input.now.getTime();
  const telecom = (input.patient.telecom ?? []).filter((t) => t.use !== 'old' && oracleInForce(t.period, now));
  switch (channel) {
    case 'sms':
      return telecom.some(
        (t) =>
          (t.system === 'sms' || (t.system === 'phone' && t.use === 'mobile')) &&
          parsePhoneNumberFromString(t.value ?? '', 'US')?.number === address,
      );
    case 'email':
      return telecom.some((t) => t.system === 'email' && t.value?.trim().toLowerCase() === address);
    case 'push':
      return input.devices.some((d) => d.token === address);
    case 'letter':
      return (input.patient.address ?? []).some(
        (a) => a.use !== 'old' && oracleInForce(a.period, now) && address.startsWith(a.line?.[0] ?? '\u0000'),
      );
  }
}

/** Everything wrong with a decision, judged without the code under test. */
function violations(input: PolicyInput, decision: PolicyDecision): string[] {
  const problems: string[] = [];
  const { intent, settings, now } = input;
  const tried = intent.fallback ? intent.channels : intent.channels.slice(0, 1);
  const zone = oracleZone(input);
  if (decision.outcome === 'skip') {
    if (!decision.checks.some((c) => !c.passed && c.reason === decision.reason))
      problems.push('skip reason not in checks');
    return problems;
  }
  if (input.patient.deceasedBoolean || input.patient.active === false) problems.push('patient cannot receive');
  if (decision.outcome === 'defer') {
    const until = Date.parse(decision.until);
    const window = settings.quietHours[decision.channel];
    if (!(until > now.getTime())) problems.push('defer not in the future');
    if (intent.quietHours !== 'defer' || !tried.includes(decision.channel)) problems.push('defer not asked for');
    if (oracleQuiet(new Date(until), zone, window)) problems.push('still quiet at until');
    if (!oracleQuiet(new Date(until - MINUTE), zone, window)) problems.push('not quiet a minute before until');
    return problems;
  }
  const { channel, address, addressKey } = decision.to;
  if (!tried.includes(channel)) problems.push('channel not asked for');
  if (!input.templateChannels.has(channel)) problems.push('channel not in template');
  const stated = input.preferences
    .filter((p) => p.channel === channel && p.topic === intent.topic)
    .sort((a, b) => (a.at === b.at ? a.changeId.localeCompare(b.changeId) : a.at.localeCompare(b.at)))
    .at(-1);
  const consent = stated ? stated.status : settings.consentDefaults[TOPIC_KINDS[intent.topic]];
  if (consent !== 'opted-in') problems.push('no consent');
  if (input.addressOptOuts.has(addressKey)) problems.push('address opted out');
  if (input.suppressed.has(addressKey)) problems.push('address suppressed');
  if (oracleQuiet(now, zone, settings.quietHours[channel])) problems.push('sent in quiet hours');
  for (const cap of settings.frequencyCaps[channel] ?? []) {
    const from = now.getTime() - cap.windowHours * HOUR;
    const count = (input.recentSends[channel] ?? []).filter((at) => at > from && at <= now.getTime()).length;
    if (count >= cap.max) problems.push(`cap ${cap.max}/${cap.windowHours}h exceeded`);
  }
  if (!contactPointIsCurrent(input, channel, address)) problems.push('contact point not current');
  return problems;
}

describe('the sending policy, over random patients, clocks and intents', () => {
  it('every send, defer and skip satisfies the oracle (10,000 cases)', () => {
    const outcomes = { send: 0, defer: 0, skip: 0 };
    fc.assert(
      fc.property(caseArb, (c) => {
        const input = inputOf(c);
        const decision = decidePolicy(input);
        outcomes[decision.outcome]++;
        expect(violations(input, decision)).toEqual([]);
      }),
      { numRuns: 10_000 },
    );
    // A generator that never reaches an outcome would make its assertions vacuous.
    expect(Math.min(outcomes.send, outcomes.defer, outcomes.skip)).toBeGreaterThan(25);
  });

  it('catches a policy without the quiet-hours rule', () => {
    const careless = decidePolicyWith(DEFAULT_CHANNEL_RULES.filter((rule) => rule !== quietHoursRule));
    const result = fc.check(
      fc.property(caseArb, (c) => {
        const input = inputOf(c);
        return violations(input, careless(input)).length === 0;
      }),
      { numRuns: 2_000 },
    );
    expect(result.failed).toBe(true);
  });
});

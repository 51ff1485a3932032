import { createHmac } from 'node:crypto';
import { rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type * as fhir4 from 'fhir/r4';
import { TEMPLATE_CATALOG } from '../catalog/templates';
import { linkUrl, signLinkToken } from '../lambdas/domain/messaging/links';
import { addressKeysUnder } from '../lambdas/domain/messaging/policy/address-key';
import { candidateAddressKeys } from '../lambdas/domain/messaging/policy/contact-points';
import { decidePolicy } from '../lambdas/domain/messaging/policy/decide';
import { pruneRecentSends } from '../lambdas/domain/messaging/policy/frequency-caps';
import { timeZoneOf } from '../lambdas/domain/messaging/policy/quiet-hours';
import type { PushDevice } from '../lambdas/domain/messaging/ports';
import type { LoadedTemplate, SendLedger } from '../lambdas/domain/messaging/send-ports';
import { DEFAULT_MESSAGING_SETTINGS } from '../lambdas/domain/messaging/settings';
import { liquidEngine } from '../lambdas/domain/messaging/templates/compile-template';
import { templateSourceOf } from '../lambdas/domain/messaging/templates/loaded-template';
import type { Channel, PreferenceRecord, Topic } from '../lambdas/domain/patients/preferences';
import { generatePopulation } from '../local/synthetic/population';
import { createRandom, mixSeed, type Random } from '../local/synthetic/random';
import { DAY } from '../local/synthetic/time';

/** What the send function runs between its reads and writes, and what the bench needs to set it up. */
const sourceCore = {
  addressKeysUnder,
  candidateAddressKeys,
  decidePolicy,
  pruneRecentSends,
  timeZoneOf,
  DEFAULT_MESSAGING_SETTINGS,
  liquidEngine,
  templateSourceOf,
};
type Core = typeof sourceCore;

/** The same names, from the same modules, as one bundle entry. */
const CORE_ENTRY = `
export { addressKeysUnder } from './lambdas/domain/messaging/policy/address-key';
export { candidateAddressKeys } from './lambdas/domain/messaging/policy/contact-points';
export { decidePolicy } from './lambdas/domain/messaging/policy/decide';
export { pruneRecentSends } from './lambdas/domain/messaging/policy/frequency-caps';
export { timeZoneOf } from './lambdas/domain/messaging/policy/quiet-hours';
export { DEFAULT_MESSAGING_SETTINGS } from './lambdas/domain/messaging/settings';
export { liquidEngine } from './lambdas/domain/messaging/templates/compile-template';
export { templateSourceOf } from './lambdas/domain/messaging/templates/loaded-template';
`;
type Engine = 'bundled' | 'source';

export interface MessagingCoreOptions {
  readonly patients: number;
  readonly seed: number;
  /** The campaign's clock: every message is decided at this instant. */
  readonly now: Date;
  /** Bundled (default, as Lambda runs it) and/or as tsx loads the source. */
  readonly engines?: readonly Engine[];
}

export interface Pass {
  readonly messages: number;
  readonly seconds: number;
  readonly perSecond: number;
  /** Messages per second of this process's CPU time: the one-core rate whatever else shares the machine. */
  readonly perCpuSecond: number;
  readonly p50Us: number;
  readonly p99Us: number;
  readonly maxUs: number;
  /** Mean µs per message in each part: address keys, the decision (with the status sets and recent sends), render. */
  readonly partsUs: { readonly addressKeys: number; readonly policy: number; readonly render: number };
  /** Only the messages policy decided to send (policy + render), timed the same way. */
  readonly sendDecided: {
    readonly messages: number;
    readonly perSecond: number;
    readonly p50Us: number;
    readonly p99Us: number;
  };
}

export interface EngineResult {
  readonly engine: Engine;
  /** Every message a different patient, none seen before by this process: the campaign case. */
  readonly firstSight: Pass;
  /** The last `seenBefore.messages` patients of the first pass again, straight after it (memos warm). */
  readonly seenBefore: Pass;
  readonly templates: {
    readonly compiled: number;
    readonly liquidParts: number;
    /** Liquid parses while messages were timed: must be 0 (templates are parsed once, when compiled). */
    readonly parsesWhileTimed: number;
  };
}

export interface MessagingCoreResult {
  readonly population: {
    readonly seed: number;
    readonly now: string;
    readonly patients: number;
    readonly phoneNumbers: number;
    readonly phoneFormats: string;
  };
  readonly machine: {
    readonly cpu: string;
    readonly cores: number;
    readonly loadAverage: { readonly '1m': number; readonly '5m': number; readonly '15m': number };
  };
  /** The headline first, then source if it was asked for. */
  readonly engines: readonly EngineResult[];
  readonly decisions: {
    readonly send: number;
    readonly skip: number;
    readonly defer: number;
    readonly sentBy: Readonly<Partial<Record<Channel, number>>>;
    readonly skipReasons: Readonly<Record<string, number>>;
  };
}

/** One message of the campaign: who, which template, how, and what the stores would have returned. */
interface BenchMessage {
  readonly messageId: string;
  readonly patient: fhir4.Patient;
  readonly appointment: fhir4.Appointment | undefined;
  readonly templateIndex: number;
  readonly intent: {
    readonly topic: Topic;
    readonly channels: readonly Channel[];
    readonly fallback: boolean;
    readonly quietHours: 'defer' | 'skip';
  };
  readonly devices: readonly PushDevice[];
  readonly preferences: readonly PreferenceRecord[];
  readonly ledgers: readonly (readonly [Channel, SendLedger])[];
  readonly links: Readonly<Record<string, string>>;
}

interface AddressStatus {
  readonly optedOut: boolean;
  readonly suppressed: boolean;
}

const WARM_UP_PATIENTS = 2_000;
const SEEN_BEFORE_PATIENTS = 5_000;
const LINK_KEY = 'bench-link-key';
const LINK_BASE = 'https://outreach.example.org';

/**
 * The pure core bundled by esbuild as CDK's NodejsFunction bundles the send handler: a fresh copy, so its
 * memos (phone numbers, address keys, zone clocks, formatters) start empty.
 */
function loadBundledCore(): Core {
  const outfile = join(tmpdir(), `outreach-messaging-core-${process.pid}-${Date.now()}.cjs`);
  buildSync({
    stdin: { contents: CORE_ENTRY, resolveDir: join(__dirname, '..'), loader: 'ts', sourcefile: 'messaging-core.ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  try {
    return require(outfile) as Core;
  } finally {
    rmSync(outfile, { force: true });
  }
}

/** The bench's address key secret, as long as the deployed one. */
const BENCH_ADDRESS_KEY_SECRET = 'bench-address-key-secret-'.padEnd(64, '0');

/** The bench's own address key (same formula as the domain's), so setup warms none of the core's memos. */
const keyOf = (channel: Channel, address: string) =>
  `${channel}:${createHmac('sha256', BENCH_ADDRESS_KEY_SECRET).update(address).digest('hex').slice(0, 32)}`;

/**
 * A distinct valid NANP number per (patient, entry) in the patient's own area code, written as EHRs hold
 * them: mostly national format. The generator's 555-01xx numbers are only 100 per area code, so a campaign
 * over them would mostly re-parse numbers already seen.
 */
function distinctNumber(areaCode: string, serial: number, rng: Random): { value: string; e164: string } {
  let exchange = 230 + Math.floor(serial / 10_000);
  while (exchange % 100 === 11 || exchange === 555) exchange++;
  const line = String(serial % 10_000).padStart(4, '0');
  const e164 = `+1${areaCode}${exchange}${line}`;
  const shape = rng.float(0, 1);
  const value =
    shape < 0.6 ? `${areaCode}-${exchange}-${line}` : shape < 0.85 ? `(${areaCode}) ${exchange}-${line}` : e164;
  return { value, e164 };
}

const TOPIC_CHOICES: readonly Topic[] = [
  'appointment-reminders',
  'care-gaps',
  'campaigns',
  'events',
  'results',
  'general',
];

/**
 * Builds the campaign: one message per patient, templates round-robin over the catalog, intents, devices,
 * preferences, ledgers and address statuses varied from (seed, index). Patients keep only the Patient and
 * one appointment (the generator's next booked one, else one drawn here).
 */
function buildMessages(
  count: number,
  seed: number,
  now: Date,
  statuses: Map<string, AddressStatus>,
  numbers: { count: number },
): BenchMessage[] {
  const messages: BenchMessage[] = [];
  let index = 0;
  for (const { patient, resources } of generatePopulation({ count, seed, now })) {
    const rng = createRandom(mixSeed(seed, index, 0x6d7367));
    const serialBase = index * 4;
    let entry = 0;
    for (const telecom of patient.telecom ?? []) {
      if (telecom.system === 'email' && telecom.value) telecom.value = telecom.value.replace('@', `.${index}@`);
      if (telecom.system !== 'phone' || !telecom.value) continue;
      const number = distinctNumber(telecom.value.slice(2, 5), serialBase + entry++, rng);
      telecom.value = number.value;
      numbers.count++;
      if (rng.chance(0.03)) statuses.set(keyOf('sms', number.e164), { optedOut: true, suppressed: false });
      else if (rng.chance(0.01)) statuses.set(keyOf('sms', number.e164), { optedOut: false, suppressed: true });
    }
    for (const telecom of patient.telecom ?? []) {
      if (telecom.system === 'email' && telecom.value && rng.chance(0.02)) {
        statuses.set(keyOf('email', telecom.value.trim().toLowerCase()), { optedOut: false, suppressed: true });
      }
    }
    const booked = resources.find(
      (r): r is fhir4.Appointment => r.resourceType === 'Appointment' && r.status === 'booked',
    );
    const start = now.getTime() + rng.int(1, 14) * DAY + rng.int(0, 16) * 1_800_000;
    const appointment: fhir4.Appointment = booked ?? {
      resourceType: 'Appointment',
      id: `bench-appt-${seed}-${index}`,
      status: 'booked',
      description: 'Follow-up visit',
      start: new Date(start).toISOString(),
      end: new Date(start + 20 * 60_000).toISOString(),
      participant: [{ actor: { reference: `Patient/${patient.id}` }, status: 'accepted' }],
    };

    const templateIndex = index % TEMPLATE_CATALOG.length;
    const definition = TEMPLATE_CATALOG[templateIndex]!.definition;
    const templateChannels = [
      ...new Set(Object.values(definition.content).flatMap((content) => Object.keys(content) as Channel[])),
    ];
    // Most steps name the template's channels with fallback; some name one channel, some one it lacks.
    const shape = rng.float(0, 1);
    const channels =
      shape < 0.6
        ? rotate(templateChannels, rng.int(0, templateChannels.length - 1))
        : shape < 0.9
          ? [rng.pick(templateChannels)]
          : [rng.pick(['sms', 'email', 'push', 'letter'] as const)];
    const topic = rng.chance(0.9) ? definition.topic : rng.pick(TOPIC_CHOICES);

    const devices: PushDevice[] = [];
    if (rng.chance(0.3)) {
      for (let d = rng.int(1, 2); d > 0; d--) {
        devices.push({
          deviceId: `device-${index}-${d}`,
          platform: rng.chance(0.5) ? 'APNS' : 'GCM',
          token: hexToken(rng),
          registeredAt: new Date(now.getTime() - rng.float(1, 400) * DAY).toISOString(),
        });
      }
    }
    const preferences: PreferenceRecord[] = [];
    if (rng.chance(0.25)) {
      for (let p = rng.int(1, 3); p > 0; p--) {
        preferences.push({
          changeId: `pref-${index}-${p}`,
          patientId: patient.id as string,
          channel: rng.pick(['sms', 'email', 'push', 'letter'] as const),
          topic: rng.chance(0.5) ? topic : rng.pick(TOPIC_CHOICES),
          status: rng.chance(0.5) ? 'opted-out' : 'opted-in',
          source: 'staff',
          actor: 'bench',
          at: new Date(now.getTime() - rng.float(1, 300) * DAY).toISOString(),
        });
      }
    }
    const ledgers = channels.map((channel): readonly [Channel, SendLedger] => {
      const sends: Record<string, number> = {};
      if (rng.chance(0.2)) {
        for (let s = rng.int(1, 4); s > 0; s--)
          sends[`earlier-${index}-${s}`] = now.getTime() - rng.float(0.1, 8) * DAY;
      }
      return [channel, { sends, revision: Object.keys(sends).length }];
    });
    const messageId = `msg-${mixSeed(seed, index).toString(16).padStart(8, '0')}${String(index).padStart(24, '0')}`;
    messages.push({
      messageId,
      patient,
      appointment: definition.topic === 'appointment-reminders' ? appointment : undefined,
      templateIndex,
      intent: { topic, channels, fallback: shape < 0.6, quietHours: rng.chance(0.8) ? 'defer' : 'skip' },
      devices,
      preferences,
      ledgers,
      links: linksFor(messageId, patient.id as string, topic, appointment.id, now),
    });
    index++;
  }
  return messages;
}

function rotate<T>(items: readonly T[], by: number): T[] {
  return [...items.slice(by), ...items.slice(0, by)];
}

function hexToken(rng: Random): string {
  let token = '';
  for (let i = 0; i < 8; i++) token += rng.int(0, 0xffffffff).toString(16).padStart(8, '0');
  return token;
}

/** Signed links as the send function puts them in (signing is not part of the timed work). */
function linksFor(messageId: string, patientId: string, topic: Topic, appointmentId: string | undefined, now: Date) {
  const expiresAt = Math.floor(now.getTime() / 1000) + 60 * 86_400;
  const link = (action: 'unsubscribe' | 'confirm' | 'cancel') =>
    linkUrl(
      LINK_BASE,
      action,
      signLinkToken(
        {
          action,
          messageId,
          patientId,
          channel: 'email',
          topic,
          expiresAt,
          ...(appointmentId ? { resourceId: appointmentId } : {}),
        },
        LINK_KEY,
      ),
    );
  return { unsubscribe: link('unsubscribe'), confirm: link('confirm'), cancel: link('cancel') };
}

interface Tally {
  send: number;
  skip: number;
  defer: number;
  sentBy: Partial<Record<Channel, number>>;
  skipReasons: Record<string, number>;
}

const emptyTally = (): Tally => ({ send: 0, skip: 0, defer: 0, sentBy: {}, skipReasons: {} });

/**
 * Exactly the pure work `sendMessage` does between its reads and its writes: address keys, their statuses
 * into sets, ledgers into recent sends, the policy decision, and on `send` the render and the ledger prune.
 * Each message is timed alone; the store reads are Map lookups prepared beforehand.
 */
function runMessages(
  core: Core,
  messages: readonly BenchMessage[],
  templates: readonly LoadedTemplate[],
  statuses: ReadonlyMap<string, AddressStatus>,
  now: Date,
  tally: Tally,
): Pass {
  const settings = core.DEFAULT_MESSAGING_SETTINGS;
  const policy = settings.policy;
  // As the send function's dependencies hold it: made once per execution environment.
  const addressKeyOf = core.addressKeysUnder(BENCH_ADDRESS_KEY_SECRET);
  const durations = new Float64Array(messages.length);
  const sendDurations: number[] = [];
  let keysNs = 0;
  let policyNs = 0;
  let renderNs = 0;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let m = 0; m < messages.length; m++) {
    const message = messages[m]!;
    const template = templates[message.templateIndex]!;
    const began = process.hrtime.bigint();

    // As the send function does: only the channels the step may use.
    const channels = message.intent.fallback ? message.intent.channels : message.intent.channels.slice(0, 1);
    const addressKeys = core.candidateAddressKeys(
      message.patient,
      message.devices,
      policy,
      now,
      addressKeyOf,
      channels,
    );
    const keyed = process.hrtime.bigint();
    const addressOptOuts = new Set<string>();
    const suppressed = new Set<string>();
    for (const key of addressKeys) {
      const status = statuses.get(key);
      if (status?.optedOut) addressOptOuts.add(key);
      if (status?.suppressed) suppressed.add(key);
    }
    const recentSends: Partial<Record<Channel, number[]>> = {};
    for (const [channel, ledger] of message.ledgers) {
      recentSends[channel] = Object.entries(ledger.sends)
        .filter(([id]) => id !== message.messageId)
        .map(([, at]) => at)
        .sort((a, b) => a - b);
    }
    const decision = core.decidePolicy({
      now,
      patient: message.patient,
      devices: message.devices,
      preferences: message.preferences,
      addressOptOuts,
      suppressed,
      addressKeyOf,
      recentSends,
      templateChannels: template.channels,
      intent: message.intent,
      settings: policy,
    });
    const decided = process.hrtime.bigint();
    let sent = false;
    if (decision.outcome === 'send') {
      const rendering = template.render(decision.to.channel, {
        messageId: message.messageId,
        patient: message.patient,
        ...(message.appointment ? { triggeringResource: message.appointment } : {}),
        timeZone: core.timeZoneOf(message.patient, policy),
        organisation: settings.organisation,
        links: message.links,
      });
      if (!rendering) throw new Error(`${template.templateId} rendered nothing for ${decision.to.channel}`);
      const ledger = message.ledgers.find(([channel]) => channel === decision.to.channel)?.[1] ?? { sends: {} };
      core.pruneRecentSends({ [decision.to.channel]: Object.values(ledger.sends) }, now, policy);
      sent = true;
    }

    const ended = process.hrtime.bigint();
    keysNs += Number(keyed - began);
    policyNs += Number(decided - keyed);
    renderNs += Number(ended - decided);
    const took = Number(ended - began) / 1e3;
    durations[m] = took;
    if (sent) sendDurations.push(took);
    if (decision.outcome === 'send') {
      tally.send++;
      tally.sentBy[decision.to.channel] = (tally.sentBy[decision.to.channel] ?? 0) + 1;
    } else if (decision.outcome === 'defer') tally.defer++;
    else {
      tally.skip++;
      tally.skipReasons[decision.reason] = (tally.skipReasons[decision.reason] ?? 0) + 1;
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const sorted = durations.sort();
  const sendSorted = Float64Array.from(sendDurations).sort();
  const sendSeconds = sendDurations.reduce((sum, us) => sum + us, 0) / 1e6;
  return {
    messages: messages.length,
    seconds,
    perSecond: messages.length / seconds,
    perCpuSecond: messages.length / ((cpu.user + cpu.system) / 1e6),
    p50Us: quantile(sorted, 0.5),
    p99Us: quantile(sorted, 0.99),
    maxUs: sorted[sorted.length - 1] ?? 0,
    partsUs: {
      addressKeys: keysNs / 1e3 / messages.length,
      policy: policyNs / 1e3 / messages.length,
      render: renderNs / 1e3 / messages.length,
    },
    sendDecided: {
      messages: sendSorted.length,
      perSecond: sendSorted.length / sendSeconds,
      p50Us: quantile(sendSorted, 0.5),
      p99Us: quantile(sendSorted, 0.99),
    },
  };
}

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** The catalog as stored version 1 of each template, loaded through the production template source. */
async function loadCatalog(core: Core): Promise<{ templates: LoadedTemplate[]; parses: () => number; parts: number }> {
  let parses = 0;
  for (const kind of ['html', 'text'] as const) {
    const engine = core.liquidEngine(kind);
    const parse = engine.parse.bind(engine);
    engine.parse = (...args: Parameters<typeof engine.parse>) => {
      parses++;
      return parse(...args);
    };
  }
  const versions = TEMPLATE_CATALOG.map(({ templateId, definition }) => ({
    templateId,
    version: 1,
    definition,
    createdAt: '2024-01-01T00:00:00.000Z',
    createdBy: 'catalog',
  }));
  const source = core.templateSourceOf({
    version: async (id, version) => (version === 1 ? versions.find((v) => v.templateId === id) : undefined),
    latest: async (id) => versions.find((v) => v.templateId === id),
  });
  const templates: LoadedTemplate[] = [];
  for (const { templateId } of versions) {
    const loaded = await source.load(templateId);
    if (!loaded) throw new Error(`catalog template ${templateId} did not load`);
    templates.push(loaded);
  }
  const parts = parses;
  // Loading again must hit the compiled cache: no parse.
  for (const { templateId } of versions) await source.load(templateId);
  if (parses !== parts) throw new Error(`templates were parsed again on a second load (${parses - parts} parses)`);
  return { templates, parses: () => parses, parts };
}

async function benchEngine(
  engine: Engine,
  messages: readonly BenchMessage[],
  warmUp: readonly BenchMessage[],
  statuses: ReadonlyMap<string, AddressStatus>,
  now: Date,
  tally: Tally,
): Promise<EngineResult> {
  const core = engine === 'source' ? sourceCore : loadBundledCore();
  const { templates, parses, parts } = await loadCatalog(core);
  // Warm the JIT, the compiled templates and the per-zone and per-locale formatters on other patients.
  for (let round = 0; round < 3; round++) runMessages(core, warmUp, templates, statuses, now, emptyTally());
  const before = parses();
  const firstSight = runMessages(core, messages, templates, statuses, now, tally);
  const again = messages.slice(-Math.min(SEEN_BEFORE_PATIENTS, messages.length));
  const seenBefore = runMessages(core, again, templates, statuses, now, emptyTally());
  const parsesWhileTimed = parses() - before;
  if (parsesWhileTimed !== 0) throw new Error(`templates were parsed ${parsesWhileTimed} times while timed`);
  return {
    engine,
    firstSight,
    seenBefore,
    templates: { compiled: templates.length, liquidParts: parts, parsesWhileTimed },
  };
}

function loadAverage(): MessagingCoreResult['machine']['loadAverage'] {
  const [one = 0, five = 0, fifteen = 0] = loadavg();
  return { '1m': one, '5m': five, '15m': fifteen };
}

/**
 * Render + policy per message in the pure core, on the main thread: one message per distinct synthetic
 * patient over the catalog templates (compiled once), DEFAULT_MESSAGING_SETTINGS, varied preferences,
 * ledgers, devices and address statuses. The bundled engine is the headline; both engines see the same
 * messages, after warming up on a separate population.
 */
export async function benchMessagingCore(options: MessagingCoreOptions): Promise<MessagingCoreResult> {
  const { patients, seed, now } = options;
  const statuses = new Map<string, AddressStatus>();
  const numbers = { count: 0 };
  const messages = buildMessages(patients, seed, now, statuses, numbers);
  const warmUp = buildMessages(WARM_UP_PATIENTS, mixSeed(seed, 0x7761726d), now, statuses, { count: 0 });
  const engines: EngineResult[] = [];
  let decisions: Tally | undefined;
  for (const engine of options.engines ?? ['bundled', 'source']) {
    const tally = emptyTally();
    engines.push(await benchEngine(engine, messages, warmUp, statuses, now, tally));
    if (decisions && JSON.stringify(decisions) !== JSON.stringify(tally)) {
      throw new Error('the bundled and source engines decided differently');
    }
    decisions ??= tally;
  }
  return {
    population: {
      seed,
      now: now.toISOString(),
      patients,
      phoneNumbers: numbers.count,
      phoneFormats: 'distinct per patient: 60% 617-555-0123, 25% (617) 555-0123, 15% +16175550123',
    },
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, loadAverage: loadAverage() },
    engines,
    decisions: decisions ?? emptyTally(),
  };
}

const count = (n: number) => Math.round(n).toLocaleString('en-US');

/** The report `npm run bench` prints. */
export function describeMessagingCore(result: MessagingCoreResult): string[] {
  const lines: string[] = [];
  for (const { engine, firstSight, seenBefore, templates } of result.engines) {
    const how = engine === 'bundled' ? 'bundled by esbuild, as deployed' : 'loaded from source by tsx';
    const pass = (p: Pass) =>
      `${count(p.perSecond)} messages/s wall, ${count(p.perCpuSecond)}/s per CPU-second; p50 ${p.p50Us.toFixed(1)} µs, p99 ${p.p99Us.toFixed(1)} µs (mean µs: keys ${p.partsUs.addressKeys.toFixed(1)}, policy ${p.partsUs.policy.toFixed(1)}, render ${p.partsUs.render.toFixed(1)}); send-decided only ${count(p.sendDecided.perSecond)}/s (p50 ${p.sendDecided.p50Us.toFixed(1)} µs, p99 ${p.sendDecided.p99Us.toFixed(1)} µs)`;
    lines.push(
      `messaging core (${how}), render + policy, every message a patient not seen before: ${count(firstSight.messages)} messages in ${firstSight.seconds.toFixed(2)} s = ${pass(firstSight)} (target ≥ 10,000/s)`,
    );
    lines.push(`  seen before (last ${count(seenBefore.messages)} patients again): ${pass(seenBefore)}`);
    lines.push(
      `  templates: ${templates.compiled} compiled once (${templates.liquidParts} Liquid parts parsed at load), ${templates.parsesWhileTimed} parses while timed`,
    );
  }
  const { send, skip, defer, sentBy, skipReasons } = result.decisions;
  const by = (record: Readonly<Record<string, number | undefined>>) =>
    Object.entries(record)
      .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
      .map(([key, n]) => `${key} ${count(n ?? 0)}`)
      .join(', ');
  lines.push(
    `  decisions: send ${count(send)} (${by(sentBy)}), defer ${count(defer)}, skip ${count(skip)} (${by(skipReasons)})`,
  );
  const { cpu, cores, loadAverage } = result.machine;
  const load = [loadAverage['1m'], loadAverage['5m'], loadAverage['15m']].map((n) => n.toFixed(2)).join(' ');
  lines.push(
    `  ${count(result.population.patients)} patients, ${count(result.population.phoneNumbers)} phone numbers (${result.population.phoneFormats}); clock ${result.population.now}; machine: ${cpu}, ${cores} cores, load average ${load} at the end`,
  );
  return lines;
}

import { cpus, loadavg } from 'node:os';
import type * as fhir4 from 'fhir/r4';
import { SEGMENT_CATALOG } from '../catalog/segments';
import type { CompiledSegment } from '../lambdas/domain/segments/compile-segment';
import * as sourceEngine from '../lambdas/domain/segments/compile-segment';
import type { SegmentDefinition } from '../lambdas/domain/segments/definition-schema';
import { type EngagementFact, type PatientSnapshot, snapshotFromResources } from '../lambdas/domain/segments/snapshot';
import { validateSegmentSet } from '../lambdas/domain/segments/validate-segment';
import { generatePopulation, type SyntheticPatient } from '../local/synthetic/population';
import { createRandom, mixSeed } from '../local/synthetic/random';
import { DAY } from '../local/synthetic/time';
import { loadBundledEngine } from './bundled-engine';
import {
  type CompiledFhirPathSegment,
  compileFhirPathSegments,
  type FhirPathBundle,
  type FhirPathEnvironment,
  fhirPathEnvironment,
} from './segments-fhirpath';

export interface SegmentsCoreOptions {
  readonly patients: number;
  readonly seed: number;
  readonly now: Date;
  /**
   * Patients generated and held at once; memory stays bounded by this, not by `patients`. Kept small: a
   * 5,000-patient chunk holds ~250 MB of raw resources and snapshots, and its major GC pauses (0.4–0.8 s)
   * land inside the timed loops.
   */
  readonly chunkSize?: number;
  /** Evaluate FHIRPath on every k-th patient; by default the smallest k that fits `fhirPathBudgetSeconds`. */
  readonly fhirPathEvery?: number;
  readonly fhirPathBudgetSeconds?: number;
  /**
   * `bundled` (default): the engine bundled by esbuild, as Lambda runs it. `source`: the modules as tsx
   * loads them, where every call between modules goes through an export getter.
   */
  readonly engine?: 'bundled' | 'source';
}

type Decide = typeof sourceEngine.decideSegment;

export interface Throughput {
  readonly patients: number;
  readonly evaluations: number;
  readonly seconds: number;
  readonly perSecond: number;
  /**
   * The same work per second of this process's CPU time (user + system): the rate on one core whatever
   * else shares the machine, since the loop is single-threaded and does no I/O.
   */
  readonly perCpuSecond?: number;
}

export interface Disagreement {
  readonly segmentId: string;
  readonly patientIndex: number;
  readonly engine: boolean;
  readonly fhirPath: boolean;
}

export interface SegmentsCoreResult {
  /** `generatePatient(index, seed, new Date(now))` rebuilds any patient named below, e.g. a disagreement. */
  readonly population: { readonly seed: number; readonly now: string };
  /**
   * Timings are wall-clock on one core: other work on the machine (the load average at the end, over 1, 5
   * and 15 minutes) slows both sides.
   */
  readonly machine: {
    readonly cpu: string;
    readonly cores: number;
    readonly loadAverage: { readonly '1m': number; readonly '5m': number; readonly '15m': number };
  };
  readonly core: Throughput & { readonly engine: 'bundled' | 'source' };
  readonly fhirPath: Throughput & {
    /** FHIRPath ran on patients 0, k, 2k, …: the ratio is per evaluation, so it stays comparable. */
    readonly every: number;
    /** Segments compared; the others are in `skipped`. */
    readonly segments: number;
    readonly skipped: readonly { readonly segmentId: string; readonly reason: string }[];
  };
  /** Core evaluations per second over FHIRPath evaluations per second. */
  readonly ratio: number;
  /**
   * Members per catalog segment, in evaluation order: the engine over every patient, the engine and FHIRPath
   * over FHIRPath's patients. (No arrays of numbers or strings in the result: latest.json stays as Biome
   * formats it.)
   */
  readonly members: Readonly<
    Record<string, { readonly core: number; readonly coreOnSubset: number; readonly fhirPath?: number }>
  >;
  readonly agreement: {
    readonly compared: number;
    readonly disagreements: number;
    readonly first: readonly Disagreement[];
  };
}

const WARM_UP_PATIENTS = 1_000;
const REPORTED_DISAGREEMENTS = 10;
const ENGAGEMENT_KINDS = ['received', 'opened', 'clicked', 'ignored'] as const;

/**
 * Engagement the generator does not emit as FHIR (it comes from messaging): a few deliveries and reactions
 * over the last 200 days, some patients with none, derived from (seed, index) alone like the rest of the
 * population. The engine reads it from the snapshot, FHIRPath from `%engagement`.
 */
export function benchEngagement(seed: number, index: number, now: Date): EngagementFact[] {
  const rng = createRandom(mixSeed(seed, index, 0x656e67));
  if (rng.chance(0.3)) return [];
  const facts: EngagementFact[] = [];
  for (let n = rng.int(1, 6); n > 0; n--) {
    const at = new Date(now.getTime() - rng.float(0, 200) * DAY).toISOString();
    facts.push({ kind: rng.pick(ENGAGEMENT_KINDS), at, journeyId: rng.pick(['welcome', 'screening-reminders']) });
  }
  return facts;
}

interface PreparedPatient {
  readonly snapshot: PatientSnapshot;
  /** Filled while evaluating, in dependency order, so `inSegment` criteria read current memberships. */
  readonly memberships: Set<string>;
  /** Only for the patients FHIRPath evaluates. */
  readonly fhirPath?: { readonly bundle: FhirPathBundle; readonly environment: FhirPathEnvironment };
}

function prepare(
  { patient, resources }: SyntheticPatient,
  index: number,
  options: { seed: number; now: Date; withBundle: boolean },
): PreparedPatient {
  const engagement = benchEngagement(options.seed, index, options.now);
  const memberships = new Set<string>();
  const snapshot = snapshotFromResources(patient as fhir4.Patient & { id: string }, resources, {
    engagement,
    memberships,
  });
  if (!options.withBundle) return { snapshot, memberships };
  const bundle: FhirPathBundle = {
    resourceType: 'Bundle',
    entry: [patient, ...resources].map((resource) => ({ resource })),
  };
  return {
    snapshot,
    memberships,
    fhirPath: { bundle, environment: fhirPathEnvironment(options.now, engagement) },
  };
}

/** Decides every segment for every patient (as incremental membership does: no explanation); member flags go to `members[patient × segments + segment]`. */
function runEngine(
  decideSegment: Decide,
  patients: readonly PreparedPatient[],
  segments: readonly CompiledSegment[],
  now: Date,
  members: Uint8Array,
): number {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (let p = 0; p < patients.length; p++) {
    const { snapshot, memberships } = patients[p]!;
    memberships.clear();
    for (let s = 0; s < segments.length; s++) {
      const segment = segments[s]!;
      const member = decideSegment(segment, snapshot, now).member;
      if (member) memberships.add(segment.id);
      members[p * segments.length + s] = member ? 1 : 0;
    }
  }
  const cpu = process.cpuUsage(cpuStart);
  engineCpuSeconds += (cpu.user + cpu.system) / 1e6;
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** CPU seconds spent in `runEngine` since the last reset (see `Throughput.perCpuSecond`). */
let engineCpuSeconds = 0;

/** Evaluates the FHIRPath versions for the patients prepared for it; results as in `runEngine`. */
function runFhirPath(
  patients: readonly PreparedPatient[],
  compiled: readonly (CompiledFhirPathSegment | undefined)[],
  members: Uint8Array,
): { seconds: number; patients: number } {
  let evaluated = 0;
  const start = process.hrtime.bigint();
  for (let p = 0; p < patients.length; p++) {
    const input = patients[p]!.fhirPath;
    if (!input) continue;
    evaluated++;
    for (let s = 0; s < compiled.length; s++) {
      const segment = compiled[s];
      if (segment) members[p * compiled.length + s] = segment.matches(input.bundle, input.environment) ? 1 : 0;
    }
  }
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, patients: evaluated };
}

function loadAverage(): SegmentsCoreResult['machine']['loadAverage'] {
  const [one = 0, five = 0, fifteen = 0] = loadavg();
  return { '1m': one, '5m': five, '15m': fifteen };
}

function* chunksOf<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

function orderedCatalog(catalog: readonly SegmentDefinition[]): SegmentDefinition[] {
  const set = validateSegmentSet(catalog);
  if (!set.ok) throw new Error(`invalid segment catalog: ${set.errors.map((e) => e.message).join('; ')}`);
  const byId = new Map(catalog.map((definition) => [definition.id, definition]));
  return set.order.map((id) => byId.get(id)!);
}

/**
 * Warms both evaluators on a separate population (so the measured patients are not pre-touched) and returns
 * FHIRPath's warm rate in patients per second, to size its subset.
 */
function warmUp(
  options: SegmentsCoreOptions,
  decide: Decide,
  segments: readonly CompiledSegment[],
  fhirPath: readonly (CompiledFhirPathSegment | undefined)[],
): number {
  const seed = mixSeed(options.seed, 0x7761726d);
  const population = generatePopulation({ count: WARM_UP_PATIENTS, seed, now: options.now });
  const patients = [...population].map((p, i) => prepare(p, i, { seed, now: options.now, withBundle: true }));
  const members = new Uint8Array(patients.length * segments.length);
  runEngine(decide, patients, segments, options.now, members);
  runEngine(decide, patients, segments, options.now, members);
  runFhirPath(patients.slice(0, patients.length / 2), fhirPath, members);
  const measured = runFhirPath(patients.slice(patients.length / 2), fhirPath, members);
  return measured.patients / measured.seconds;
}

/**
 * Segment evaluation in the pure core against the same criteria in FHIRPath, on the same synthetic
 * patients in the same run. Snapshots and bundles are built outside the timed loops; the population is
 * streamed in chunks so memory stays flat whatever the patient count.
 */
export function benchSegmentsCore(options: SegmentsCoreOptions): SegmentsCoreResult {
  const { patients: count, seed, now } = options;
  const chunkSize = options.chunkSize ?? 1_000;
  if (options.fhirPathEvery !== undefined && !(Number.isInteger(options.fhirPathEvery) && options.fhirPathEvery >= 1)) {
    throw new RangeError('fhirPathEvery must be a positive integer');
  }
  const definitions = orderedCatalog(SEGMENT_CATALOG);
  const engineKind = options.engine ?? 'bundled';
  const engine = engineKind === 'source' ? sourceEngine : loadBundledEngine();
  const segments = definitions.map((definition) => engine.compileSegment(definition));
  const ids = segments.map((segment) => segment.id);
  const { compiled: fhirPath, skipped } = compileFhirPathSegments(ids);
  const compared = fhirPath.filter((segment) => segment !== undefined).length;

  const warmRate = warmUp(options, engine.decideSegment, segments, fhirPath);
  const every =
    options.fhirPathEvery ?? Math.max(1, Math.ceil(count / (warmRate * (options.fhirPathBudgetSeconds ?? 150))));

  const coreMembers = new Array<number>(ids.length).fill(0);
  const coreSubsetMembers = new Array<number>(ids.length).fill(0);
  const fhirPathMembers = new Array<number>(ids.length).fill(0);
  const disagreements: Disagreement[] = [];
  let disagreementCount = 0;
  let coreSeconds = 0;
  let coreCpuSeconds = 0;
  let fhirPathSeconds = 0;
  let fhirPathPatients = 0;

  let offset = 0;
  for (const chunk of chunksOf(generatePopulation({ count, seed, now }), chunkSize)) {
    const patients = chunk.map((p, i) => prepare(p, offset + i, { seed, now, withBundle: (offset + i) % every === 0 }));
    const byEngine = new Uint8Array(patients.length * ids.length);
    const byFhirPath = new Uint8Array(patients.length * ids.length);
    engineCpuSeconds = 0;
    coreSeconds += runEngine(engine.decideSegment, patients, segments, now, byEngine);
    coreCpuSeconds += engineCpuSeconds;
    const run = runFhirPath(patients, fhirPath, byFhirPath);
    fhirPathSeconds += run.seconds;
    fhirPathPatients += run.patients;

    for (let p = 0; p < patients.length; p++) {
      const onSubset = patients[p]!.fhirPath !== undefined;
      for (let s = 0; s < ids.length; s++) {
        const member = byEngine[p * ids.length + s] === 1;
        if (member) coreMembers[s]!++;
        if (!onSubset || fhirPath[s] === undefined) continue;
        if (member) coreSubsetMembers[s]!++;
        const byExpression = byFhirPath[p * ids.length + s] === 1;
        if (byExpression) fhirPathMembers[s]!++;
        if (byExpression === member) continue;
        disagreementCount++;
        if (disagreements.length < REPORTED_DISAGREEMENTS) {
          disagreements.push({ segmentId: ids[s]!, patientIndex: offset + p, engine: member, fhirPath: byExpression });
        }
      }
    }
    offset += chunk.length;
  }

  const coreEvaluations = count * ids.length;
  const fhirPathEvaluations = fhirPathPatients * compared;
  const corePerSecond = coreEvaluations / coreSeconds;
  const fhirPathPerSecond = fhirPathEvaluations / fhirPathSeconds;
  return {
    population: { seed, now: now.toISOString() },
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, loadAverage: loadAverage() },
    core: {
      patients: count,
      evaluations: coreEvaluations,
      seconds: coreSeconds,
      perSecond: corePerSecond,
      perCpuSecond: coreEvaluations / coreCpuSeconds,
      engine: engineKind,
    },
    fhirPath: {
      patients: fhirPathPatients,
      evaluations: fhirPathEvaluations,
      seconds: fhirPathSeconds,
      perSecond: fhirPathPerSecond,
      every,
      segments: compared,
      skipped,
    },
    ratio: corePerSecond / fhirPathPerSecond,
    members: Object.fromEntries(
      ids.map((id, s) => [
        id,
        {
          core: coreMembers[s]!,
          coreOnSubset: coreSubsetMembers[s]!,
          ...(fhirPath[s] ? { fhirPath: fhirPathMembers[s]! } : {}),
        },
      ]),
    ),
    agreement: { compared: fhirPathEvaluations, disagreements: disagreementCount, first: disagreements },
  };
}

const count = (n: number) => Math.round(n).toLocaleString('en-US');

const ordinal = (k: number) => {
  const tens = k % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][k % 10] ?? 'th');
  return `${k}${suffix}`;
};

/** The report `npm run bench` prints: the headline line, then members per segment and any disagreement. */
export function describeSegmentsCore(result: SegmentsCoreResult): string[] {
  const { core, fhirPath, agreement } = result;
  const on =
    fhirPath.every === 1
      ? `all ${count(fhirPath.patients)} patients`
      : `every ${ordinal(fhirPath.every)} patient, ${count(fhirPath.patients)} of ${count(core.patients)}`;
  const lines = [
    `segments core (${core.engine === 'bundled' ? 'engine bundled by esbuild, as deployed' : 'engine loaded from source by tsx'}): ${count(core.evaluations)} patient × segment evaluations in ${core.seconds.toFixed(1)} s = ${count(core.perSecond)}/s wall, ${count(core.perCpuSecond ?? 0)}/s per CPU-second on one core (target ≥ 500,000/s); FHIRPath same criteria (${on}, ${fhirPath.segments} segments): ${count(fhirPath.evaluations)} in ${fhirPath.seconds.toFixed(1)} s = ${count(fhirPath.perSecond)}/s; ratio ${count(result.ratio)}× (target ≥ 10×); disagreements ${count(agreement.disagreements)} of ${count(agreement.compared)}`,
  ];
  for (const { segmentId, reason } of fhirPath.skipped) {
    lines.push(`  ${segmentId}: not compared with FHIRPath (${reason})`);
  }
  lines.push(
    `  members (core over ${count(core.patients)} patients; core / FHIRPath over FHIRPath's ${count(fhirPath.patients)}):`,
  );
  for (const [id, members] of Object.entries(result.members)) {
    const subset =
      members.fhirPath === undefined ? '' : ` (${count(members.coreOnSubset)} / ${count(members.fhirPath)})`;
    lines.push(`    ${id}: ${count(members.core)}${subset}`);
  }
  const { cpu, cores, loadAverage } = result.machine;
  const load = [loadAverage['1m'], loadAverage['5m'], loadAverage['15m']].map((n) => n.toFixed(2)).join(' ');
  lines.push(`  machine: ${cpu}, ${cores} cores, load average ${load} at the end`);
  const { seed, now } = result.population;
  for (const d of agreement.first) {
    lines.push(
      `  disagreement: ${d.segmentId}, patient ${d.patientIndex} (generatePatient(${d.patientIndex}, ${seed}, ${now})): engine ${d.engine}, FHIRPath ${d.fhirPath}`,
    );
  }
  return lines;
}

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VirtualClock } from '../local/clock';
import { type LocalStack, startLocalStack } from '../local/local-stack';
import { generatePopulation } from '../local/synthetic/population';
import { benchBundles, describeBundles } from './bundles';
import { benchConsole, describeConsole } from './console';
import { benchIngestionCore } from './ingestion-core';
import { benchIngestionLocalStack } from './ingestion-local-stack';
import { benchJourneys, describeJourneys } from './journeys-local-stack';
import { benchMessagingCore, describeMessagingCore } from './messaging-core';
import { benchSegmentsCore, describeSegmentsCore } from './segments-core';
import { benchSegmentReevaluation } from './segments-local-stack';

const SECTIONS = ['ingestion', 'segments', 'messaging', 'journeys', 'bundles', 'console', 'cost'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * `npm run bench -- segments bundles` or BENCH_ONLY=segments,bundles runs only those sections; neither runs them all.
 */
function selectedSections(value: string | undefined): ReadonlySet<Section> {
  if (value === undefined || value.trim() === '') return new Set(SECTIONS);
  const names = value.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Error(`unknown bench sections: ${unknown.join(', ')} (known: ${SECTIONS.join(', ')})`);
  }
  return new Set(names as Section[]);
}

/**
 * Writes this run's figures to latest.json. Sections not run this time keep their previous figures, and
 * `sectionsMeasuredAt` says when each section was last measured.
 */
function writeResults(sections: ReadonlySet<Section>, figures: Record<string, unknown>): void {
  const folder = join(__dirname, 'results');
  const file = join(folder, 'latest.json');
  const previous: Record<string, unknown> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const measuredAt = new Date().toISOString();
  const previousTimes = (previous.sectionsMeasuredAt ?? {}) as Record<string, string>;
  const sectionsMeasuredAt = Object.fromEntries(
    SECTIONS.map((section) => [
      section,
      sections.has(section) ? measuredAt : (previousTimes[section] ?? (previous.measuredAt as string | undefined)),
    ]).filter(([, at]) => at !== undefined),
  );
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    file,
    `${JSON.stringify({ ...previous, measuredAt, node: process.version, sectionsMeasuredAt, ...figures }, null, 2)}\n`,
  );
}

/**
 * `npm run bench`: throughput figures the issues set targets for. Sizes can be scaled with
 * BENCH_CORE_PATIENTS, BENCH_EVENT_PATIENTS, BENCH_IMPORT_PATIENTS, BENCH_SEGMENT_PATIENTS and
 * BENCH_MESSAGE_PATIENTS, and the journeys section's executions with BENCH_JOURNEY_EXECUTIONS;
 * BENCH_SEGMENT_FHIRPATH_EVERY=k runs the FHIRPath comparison on every k-th patient instead of the
 * subset sized to about two and a half minutes; BENCH_SEGMENT_ENGINE=source times the engine as tsx loads it
 * instead of bundled as deployed.
 */
async function main(): Promise<void> {
  const now = new Date('2026-11-25T12:00:00Z');
  const sections = selectedSections(process.argv.slice(2).join(',') || process.env.BENCH_ONLY);
  const figures: Record<string, unknown> = {};
  // One local stack for every section that needs one: handlers are loaded once per process.
  let stack: LocalStack | undefined;
  const localStack = async () => {
    // Journeys send through the local SES and SMS outbox: the front doors are up when that section runs.
    stack ??= await startLocalStack({
      clock: new VirtualClock(now),
      tablePrefix: 'bench',
      withFrontDoors: sections.has('journeys'),
    });
    return stack;
  };

  if (sections.has('ingestion')) {
    const corePatients = Number(process.env.BENCH_CORE_PATIENTS ?? 2_000);
    const eventPatients = Number(process.env.BENCH_EVENT_PATIENTS ?? 40);
    const importPatients = Number(process.env.BENCH_IMPORT_PATIENTS ?? 80);

    const population = [...generatePopulation({ count: corePatients, seed: 7, now })];
    const core = await benchIngestionCore(population, now);
    console.log(
      `ingestion core (no I/O): ${core.resources} resources in ${core.seconds.toFixed(2)} s = ${Math.round(core.perSecond)} resources/s (target ≥ 20,000); validation alone ${Math.round(core.validationOnlyPerSecond)}/s`,
    );

    const local = await benchIngestionLocalStack(
      await localStack(),
      population.slice(0, eventPatients),
      importPatients,
      now,
    );
    console.log(
      `local stack, events through the bus: ${local.events.resources} resources in ${local.events.seconds.toFixed(1)} s = ${Math.round(local.events.perSecond)} resources/s`,
    );
    console.log(
      `local stack, bulk-import workflow: ${local.bulkImport.resources} resources in ${local.bulkImport.seconds.toFixed(1)} s = ${Math.round(local.bulkImport.perSecond)} resources/s`,
    );
    Object.assign(figures, { core, local });
  }

  if (sections.has('segments')) {
    const patients = Number(process.env.BENCH_SEGMENT_PATIENTS ?? 100_000);
    const every = process.env.BENCH_SEGMENT_FHIRPATH_EVERY;
    const segments = benchSegmentsCore({
      patients,
      seed: 7,
      now,
      fhirPathEvery: every === undefined ? undefined : Number(every),
      engine: process.env.BENCH_SEGMENT_ENGINE === 'source' ? 'source' : 'bundled',
    });
    for (const line of describeSegmentsCore(segments)) console.log(line);

    const latency = await benchSegmentReevaluation(await localStack(), { now });
    console.log(
      `segments, one incremental re-evaluation through the local stack (${latency.segments} active segments, DynamoDB Local, ${latency.samples} samples): p50 ${latency.p50Ms.toFixed(1)} ms, p99 ${latency.p99Ms.toFixed(1)} ms, max ${latency.maxMs.toFixed(1)} ms`,
    );
    figures.segments = { ...segments, reevaluationLatency: latency };
  }

  if (sections.has('messaging')) {
    // Mid-day in the US zones (17:00 UTC): most messages may go now, Hawaii's SMS and push are still quiet.
    const messaging = await benchMessagingCore({
      patients: Number(process.env.BENCH_MESSAGE_PATIENTS ?? 20_000),
      seed: 7,
      now: new Date(now.getTime() + 5 * 3_600_000),
    });
    for (const line of describeMessagingCore(messaging)) console.log(line);
    figures.messaging = { core: messaging };
  }

  if (sections.has('journeys')) {
    // Last: it moves the shared clock on by days.
    const journeys = await benchJourneys(await localStack(), {
      executions: Number(process.env.BENCH_JOURNEY_EXECUTIONS ?? 10_000),
    });
    for (const line of describeJourneys(journeys)) console.log(line);
    figures.journeys = journeys;
  }

  if (sections.has('bundles')) {
    const bundles = benchBundles();
    for (const line of describeBundles(bundles)) console.log(line);
    figures.bundles = bundles;
  }

  await stack?.stop();

  if (sections.has('console')) {
    const consoleFigures = await benchConsole();
    for (const line of describeConsole(consoleFigures)) console.log(line);
    figures.console = consoleFigures;
  }

  if (sections.has('cost')) {
    // In a process of its own: handlers read their configuration once per process, and the cost run needs a
    // fresh stack behind the DynamoDB counting proxy.
    const run = spawnSync('npx', ['tsx', '--require', './local/runtime/preload.cjs', 'bench/cost.ts'], {
      cwd: join(__dirname, '..'),
      stdio: 'inherit',
    });
    if (run.status !== 0) throw new Error(`npm run cost exited with ${run.status}`);
    figures.cost = JSON.parse(readFileSync(join(__dirname, 'results', 'cost.json'), 'utf8'));
  }

  writeResults(sections, figures);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

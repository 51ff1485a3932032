import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { emitFiles } from './cli/emit';
import { VirtualClock } from './clock';
import { installCatalogJourneys } from './demo/install-journeys';
import { installCatalogSegments } from './demo/install-segments';
import { installCatalogTemplates } from './demo/install-templates';
import { writePopulationFiles } from './demo/population-files';
import { sendDemoMessages } from './demo/send-demo-messages';
import { LOCAL_INGRESS_BUS_NAME } from './local-environment';
import { type LocalStack, startLocalStack } from './local-stack';
import { dataPaths } from './state-file';

export interface PlatformOptions {
  /** Everything that survives a restart lives here (`.data/` for `npm start`). */
  readonly dataDir: string;
  /** The API answers on this port, the bus on +10, SES on +20, SMS/push on +30; free ports when absent. */
  readonly portBase?: number;
  readonly demoPatients: number;
  /** Progress bars on the terminal (`npm start`); tests go without. */
  readonly progressBars?: boolean;
  readonly log?: (line: string) => void;
}

export interface RunningPlatform {
  readonly stack: LocalStack;
  /** Stops the clock's ticker and the stack; the data folder is kept. */
  stop(): Promise<void>;
}

/**
 * The whole platform on this machine with the demo: DynamoDB Local on disk under the data folder, the catalog
 * installed, a synthetic population bulk-imported on the first start, a first batch of demo messages. A start
 * that fails stops what it had started before the error reaches the caller.
 */
export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const log = options.log ?? (() => undefined);
  const paths = dataPaths(options.dataDir);
  const base = options.portBase;
  const stack = await startLocalStack({
    dataDir: paths.dynamodb,
    withFrontDoors: true,
    identityKeyFile: paths.userPoolKey,
    importRoot: paths.imports,
    lettersDir: paths.letters,
    linkKeyFile: paths.linkKey,
    addressKeySecretFile: paths.addressKeySecret,
    executionsFile: paths.executions,
    clock: new VirtualClock(new Date(), { running: true }),
    ...(base !== undefined
      ? { ports: { api: base, eventBridge: base + 10, ses: base + 20, pinpoint: base + 30 } }
      : {}),
  });
  let ticker: NodeJS.Timeout | undefined;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    clearInterval(ticker);
    await stack.stop();
  };
  try {
    reportRestart(stack, log);
    // Installed before the population arrives, so every imported patient is placed in its segments as its
    // facts land; from then on the clock ticks once a minute, waking the patients due.
    const segments = await installCatalogSegments(stack, 'npm-start');
    const templates = await installCatalogTemplates(stack, 'npm-start');
    const journeys = await installCatalogJourneys(stack, log);
    log(
      `${segments} catalog segments active, ${templates} catalog message templates installed, ${journeys} catalog journeys live.`,
    );
    ticker = setInterval(() => {
      stack.clock.advance(0).catch((error: Error) => console.error(`Segment wake-ups failed: ${error.name}`));
    }, 60_000);
    ticker.unref();
    await loadDemoPopulation(stack, paths.demoPopulationMarker, options, log);
    const demo = await sendDemoMessages(stack);
    log(
      `Demo messages: ${demo.sent} sent, ${demo.deferred} deferred by quiet hours, ${demo.skipped} skipped by policy (see GET /patients/<id>/messages).`,
    );
    return { stack, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

/** What a start on kept data found: the journeys made live again and the executions the last stop ended. */
function reportRestart(stack: LocalStack, log: (line: string) => void): void {
  if (stack.restoredJourneys > 0) log(`${stack.restoredJourneys} published journeys restored from the data folder.`);
  const interrupted = stack.interruptedExecutions;
  if (interrupted.length === 0) return;
  const byMachine = new Map<string, number>();
  for (const execution of interrupted)
    byMachine.set(execution.stateMachine, (byMachine.get(execution.stateMachine) ?? 0) + 1);
  log(
    `${interrupted.length} journey executions were in flight when the stack last stopped and ended with it (the local Step Functions keeps executions in memory): ${[...byMachine].map(([machine, count]) => `${count} of ${machine}`).join(', ')}. They show as ABORTED (Local.StackStopped) in GET /patients/<id>/journeys.`,
  );
}

async function loadDemoPopulation(
  stack: LocalStack,
  marker: string,
  options: PlatformOptions,
  log: (line: string) => void,
): Promise<void> {
  if (existsSync(marker)) {
    log('Demo population already loaded (delete the data folder to reload it).');
    return;
  }
  const count = options.demoPatients;
  const folder = join(options.dataDir, 'demo-population');
  const generating = progressBar(options, 'Generating patients  [{bar}] {value}/{total}');
  generating?.start(count, 0);
  const changesFile = join(options.dataDir, 'demo-booking-changes.json');
  const { resources, changes } = writePopulationFiles({
    folder,
    count,
    seed: 2026,
    now: stack.clock.now(),
    onProgress: (done) => generating?.update(done),
    changesFile,
  });
  generating?.stop();
  const importing = progressBar(options, 'Ingesting resources  [{bar}] {value}/{total}');
  importing?.start(resources, 0);
  const summary = await stack.bulkImport(folder, { onProgress: (done) => importing?.update(done) });
  importing?.stop();
  log(
    `Demo population loaded: ${summary.accepted} resources accepted, ${summary.rejected} rejected (job ${summary.jobId}).`,
  );
  // What the EHR sends after its export: bookings rescheduled while their reminders wait, and walk-ins entered late.
  const emitted = await emitFiles([changesFile], {
    action: 'update',
    endpoint: stack.endpoints.eventBridge,
    busName: LOCAL_INGRESS_BUS_NAME,
    source: stack.upstreamEventSource,
    occurredAt: stack.clock.now().toISOString(),
  });
  await stack.settle();
  log(`Then ${emitted.sent} of ${changes} booking changes arrived on the bus (moved appointments, late walk-ins).`);
  writeFileSync(marker, `${JSON.stringify({ patients: count, ...summary })}\n`);
}

function progressBar(options: PlatformOptions, format: string): SingleBar | undefined {
  return options.progressBars ? new SingleBar({ format }) : undefined;
}

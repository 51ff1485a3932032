import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { VirtualClock } from './clock';
import { installCatalogJourneys } from './demo/install-journeys';
import { installCatalogSegments } from './demo/install-segments';
import { installCatalogTemplates } from './demo/install-templates';
import { writePopulationFiles } from './demo/population-files';
import { sendDemoMessages } from './demo/send-demo-messages';
import { startLocalStack } from './local-stack';
import {
  clearRunningState,
  DATA_DIR,
  LOCAL_LETTERS_DIR,
  LOCAL_LINK_KEY,
  LOCAL_USER_POOL_KEY,
  writeRunningState,
} from './state-file';

/**
 * `npm start`: the whole platform on this machine — DynamoDB Local on disk under `.data/`, the event
 * bus, the API, the SES and SMS/push outboxes — with a synthetic demo population ingested through
 * the bulk-import workflow. Ctrl-C stops everything.
 */
async function main(): Promise<void> {
  const base = Number(process.env.OUTREACH_PORT_BASE ?? 4000);
  const demoPatients = Number(process.env.DEMO_PATIENTS ?? 200);
  console.log('Starting the patient-outreach local stack…');
  const stack = await startLocalStack({
    dataDir: join(DATA_DIR, 'dynamodb'),
    withFrontDoors: true,
    identityKeyFile: LOCAL_USER_POOL_KEY,
    importRoot: join(DATA_DIR, 'imports'),
    lettersDir: LOCAL_LETTERS_DIR,
    linkKeyFile: LOCAL_LINK_KEY,
    clock: new VirtualClock(new Date(), { running: true }),
    ports: { api: base, eventBridge: base + 10, ses: base + 20, pinpoint: base + 30 },
  });
  writeRunningState({
    pid: process.pid,
    endpoints: stack.endpoints,
    tables: stack.tables,
    messaging: stack.messaging,
    upstreamEventSource: stack.upstreamEventSource,
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    clearRunningState();
    await stack.stop();
    console.log('Stopped. Data is kept in .data/ (delete the folder to start afresh).');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  // Installed before the population arrives, so every imported patient is placed in its segments as its
  // facts land; from then on the clock ticks once a minute, waking the patients due.
  const segments = await installCatalogSegments(stack, 'npm-start');
  const templates = await installCatalogTemplates(stack, 'npm-start');
  const journeys = await installCatalogJourneys(stack);
  console.log(
    `${segments} catalog segments active, ${templates} catalog message templates installed, ${journeys} catalog journeys live.`,
  );
  const ticker = setInterval(() => {
    stack.clock.advance(0).catch((error: Error) => console.error(`Segment wake-ups failed: ${error.name}`));
  }, 60_000);
  ticker.unref();

  const marker = join(DATA_DIR, `demo-population-${demoPatients}.loaded`);
  if (!existsSync(marker)) {
    const folder = join(DATA_DIR, 'demo-population');
    const generating = new SingleBar({ format: 'Generating patients  [{bar}] {value}/{total}' });
    generating.start(demoPatients, 0);
    const { resources } = writePopulationFiles({
      folder,
      count: demoPatients,
      seed: 2026,
      now: stack.clock.now(),
      onProgress: (done) => generating.update(done),
    });
    generating.stop();
    const importing = new SingleBar({ format: 'Ingesting resources  [{bar}] {value}/{total}' });
    importing.start(resources, 0);
    const summary = await stack.bulkImport(folder, { onProgress: (done) => importing.update(done) });
    importing.stop();
    console.log(
      `Demo population loaded: ${summary.accepted} resources accepted, ${summary.rejected} rejected (job ${summary.jobId}).`,
    );
    writeFileSync(marker, `${JSON.stringify(summary)}\n`);
  } else {
    console.log('Demo population already loaded (delete .data/ to reload it).');
  }
  const demo = await sendDemoMessages(stack);
  console.log(
    `Demo messages: ${demo.sent} sent, ${demo.deferred} deferred by quiet hours, ${demo.skipped} skipped by policy (see GET /patients/<id>/messages).`,
  );

  console.log(`
The platform is running.
  API            ${stack.endpoints.api}   (GET /health, reference at /docs, OpenAPI at /openapi.json)
  EventBridge    ${stack.endpoints.eventBridge}   (PutEvents; source "${stack.upstreamEventSource}")
  DynamoDB       ${stack.endpoints.dynamodb}
  SES outbox     ${stack.endpoints.ses}
  SMS/push outbox ${stack.endpoints.pinpoint}/   (JSON at /store; text a reply: npx outreach sms-reply --from <number> STOP)
  Letters        ${stack.messaging.lettersDir}

Try:  npx outreach emit examples/fhir/patient-with-hba1c.json
      curl -H "Authorization: Bearer $(npx outreach token --role healthcare-user)" ${stack.endpoints.api}/patients/example-1
      curl -H "Authorization: Bearer $(npx outreach token --role marketing-professional)" ${stack.endpoints.api}/segments
      curl -X POST -H "Authorization: Bearer $(npx outreach token --role non-clinical-user)" -H 'content-type: application/json' \\
        -d '{"templateId":"flu-vaccine","intent":{"topic":"care-gaps","channels":["sms","email"],"fallback":true,"quietHours":"defer"}}' \\
        ${stack.endpoints.api}/patients/<id>/messages      (then GET /patients/<id>/messages)
      Imports: put NDJSON or Bundles in .data/imports/<folder> and POST /ingestion/imports {"prefix":"<folder>"}
Press Ctrl-C to stop.`);
}

main().catch((error) => {
  console.error(`The local stack could not start: ${(error as Error).message}`);
  clearRunningState();
  process.exit(1);
});

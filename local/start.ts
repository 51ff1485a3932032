import { ensureConsoleBuilt } from '../scripts/console-build';
import { LOCAL_INGRESS_BUS_NAME } from './local-environment';
import { startPlatform } from './start-platform';
import { clearRunningState, DATA_DIR, writeRunningState } from './state-file';

/**
 * `npm start`: the whole platform on this machine — DynamoDB Local on disk under `.data/`, the event
 * bus, the API, the SES and SMS/push outboxes — with a synthetic demo population ingested through
 * the bulk-import workflow. Ctrl-C stops everything; starting again carries on with the same data.
 */
async function main(): Promise<void> {
  const base = Number(process.env.OUTREACH_PORT_BASE ?? 4000);
  const demoPatients = Number(process.env.DEMO_PATIENTS ?? 200);
  console.log('Starting the patient-outreach local stack…');
  ensureConsoleBuilt((line) => console.log(line));
  const platform = await startPlatform({
    dataDir: DATA_DIR,
    portBase: base,
    demoPatients,
    progressBars: true,
    log: (line) => console.log(line),
  });
  const { stack } = platform;
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
    await platform.stop();
    console.log('Stopped. Data is kept in .data/ (start again to carry on; delete the folder to start afresh).');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  console.log(`
The platform is running.
  Console        ${stack.endpoints.api}/   (open it in a browser and sign in with a role)
  API            ${stack.endpoints.api}   (GET /health, reference at /console/api-docs.html, OpenAPI at /openapi.json)
  EventBridge    ${stack.endpoints.eventBridge}   (PutEvents on bus "${LOCAL_INGRESS_BUS_NAME}", source "${stack.upstreamEventSource}")
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

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { dynamoDocumentClient } from '../../lambdas/adapters/aws-clients/dynamodb';
import { eventBridge } from '../../lambdas/adapters/aws-clients/eventbridge';
import { DynamoDeadLetterStore } from '../../lambdas/adapters/dynamodb/dead-letter-store';
import { EventBridgePublisher } from '../../lambdas/adapters/eventbridge/event-publisher';
import { systemClock } from '../../lambdas/adapters/runtime-clock';
import { readConfig } from '../../lambdas/config/config';
import { ROLES } from '../../lambdas/domain/access/roles';
import { DEFAULT_UPSTREAM_EVENT_SOURCE } from '../../lambdas/domain/events/event-names';
import { replayDeadLetter } from '../../lambdas/domain/ingestion/operations';
import { localIdentity } from '../api/local-identity';
import { writePopulationFiles } from '../demo/population-files';
import { LOCAL_EVENT_BUS_NAME, LOCAL_INGRESS_BUS_NAME, localEnvironment } from '../local-environment';
import { rekeyStoredAddressBook } from '../migrations/run-address-book-rekeying';
import { LOCAL_USER_POOL_KEY, readRunningState } from '../state-file';
import { runBulkImportWorkflow } from '../stepfunctions/bulk-import-runner';
import { emitFiles } from './emit';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

function isoInstant(value: string): string {
  if (Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('must be an ISO 8601 date-time');
  return new Date(value).toISOString();
}

/** Points the SDK clients and handler configuration at the running `npm start` stack. */
function attachToRunningStack() {
  const state = readRunningState();
  Object.assign(process.env, localEnvironment(state.endpoints, state.tables, state.messaging), {
    POWERTOOLS_LOG_LEVEL: 'ERROR',
  });
  return state;
}

const program = new Command('outreach').description('Patient-outreach platform: local stack and operations CLI');

program
  .command('emit')
  .description(
    'put FHIR resource files (a resource or a Bundle each) on the ingress bus as FHIR Resource Changed events',
  )
  .argument('<files...>', 'FHIR R4 JSON files')
  .addOption(new Option('--action <action>', 'the change').choices(['create', 'update', 'delete']).default('update'))
  .option('--aws', 'send to the event bus in your AWS account instead of the local stack')
  .option('--bus <name>', 'the ingress bus name, the IngressBusName output (with --aws)')
  .option('--source <source>', 'event source', DEFAULT_UPSTREAM_EVENT_SOURCE)
  .option('--occurred-at <instant>', 'when the change happened upstream', isoInstant)
  .action(async (files: string[], options) => {
    const local = options.aws ? undefined : readRunningState();
    if (options.aws && !options.bus) throw new InvalidArgumentError('--bus is required with --aws');
    const result = await emitFiles(
      files.map((f) => resolve(f)),
      {
        action: options.action,
        endpoint: local?.endpoints.eventBridge,
        busName: options.aws ? options.bus : LOCAL_INGRESS_BUS_NAME,
        source: local?.upstreamEventSource ?? options.source,
        occurredAt: options.occurredAt ?? new Date().toISOString(),
      },
    );
    console.log(`${result.sent} event(s) put on the bus${result.failed ? `, ${result.failed} refused` : ''}.`);
    if (result.failed) process.exitCode = 1;
  });

program
  .command('import')
  .description('bulk-import a folder of FHIR Bulk Data NDJSON files and Bundles into the running local stack')
  .argument('<folder>', 'folder with *.ndjson and/or Bundle *.json files')
  .option(
    '--as-of <instant>',
    'occurredAt for resources without meta.lastUpdated, e.g. the export transactionTime (default: when the import starts)',
    isoInstant,
  )
  .action(async (folder: string, options) => {
    attachToRunningStack();
    const bar = new SingleBar({ format: 'Importing [{bar}] {value} resources' });
    bar.start(0, 0);
    const summary = await runBulkImportWorkflow({
      jobId: `cli-${Date.now()}`,
      folder: resolve(folder),
      asOf: options.asOf,
      clock: systemClock,
      onProgress: (done) => {
        bar.setTotal(done);
        bar.update(done);
      },
    });
    bar.stop();
    console.log(JSON.stringify(summary, null, 2));
    if (summary.status !== 'completed') process.exitCode = 1;
  });

program
  .command('generate')
  .description('write a deterministic synthetic population as NDJSON files, one per resource type')
  .requiredOption('--count <n>', 'number of patients', positiveInt)
  .option('--seed <n>', 'random seed', positiveInt, 1)
  .option('--now <instant>', 'the date the population is generated relative to', isoInstant)
  .option('--out <folder>', 'output folder', 'synthetic-population')
  .action((options) => {
    const bar = new SingleBar({ format: 'Generating [{bar}] {value}/{total} patients' });
    bar.start(options.count, 0);
    const { files, resources } = writePopulationFiles({
      folder: resolve(options.out),
      count: options.count,
      seed: options.seed,
      now: new Date(options.now ?? Date.now()),
      onProgress: (done) => bar.update(done),
    });
    bar.stop();
    console.log(`${resources} resources in ${files.length} files under ${resolve(options.out)}`);
  });

program
  .command('token')
  .description(
    'print a bearer token for the local API, as the Cognito user pool would issue to a member of a role group',
  )
  .addOption(new Option('--role <role>', 'the role (Cognito group)').choices([...ROLES]).makeOptionMandatory())
  .option('--subject <id>', 'the user id (sub claim)')
  .option('--ttl <seconds>', 'validity in seconds', positiveInt, 3600)
  .action((options) => {
    const identity = localIdentity(LOCAL_USER_POOL_KEY);
    console.log(identity.issueToken({ role: options.role, subject: options.subject, ttlSeconds: options.ttl }));
  });

const deadLetters = program
  .command('dead-letters')
  .description('inspect and replay dead-lettered events (local stack)');

deadLetters
  .command('list')
  .option('--limit <n>', 'entries per page', positiveInt, 20)
  .option('--cursor <cursor>', 'continue from a previous page')
  .action(async (options) => {
    const state = useRunningState();
    const store = new DynamoDeadLetterStore(dynamoDocumentClient(), state.tables.platform, 90);
    const page = await store.list('open', options.limit, options.cursor);
    for (const entry of page.items) {
      console.log(
        `${entry.id}  ${entry.receivedAt}  ${entry.rejection.code}  ${entry.resourceType ?? '-'}/${entry.resourceId ?? '-'}  ${entry.rejection.message}`,
      );
    }
    if (page.cursor) console.log(`more: --cursor ${page.cursor}`);
  });

deadLetters
  .command('replay')
  .argument('<id>', 'dead-letter id')
  .description(
    'put the original event back on the bus with its source and detail-type (after the upstream data or the platform was fixed)',
  )
  .action(async (id: string) => {
    const state = useRunningState();
    const store = new DynamoDeadLetterStore(dynamoDocumentClient(), state.tables.platform, 90);
    const replay = await replayDeadLetter(await store.get(id), {
      deadLetters: store,
      bus: new EventBridgePublisher(eventBridge(), LOCAL_EVENT_BUS_NAME),
      busName: LOCAL_EVENT_BUS_NAME,
      upstreamEventSource: state.upstreamEventSource,
      clock: systemClock,
    });
    if (replay.outcome === 'not-found') throw new InvalidArgumentError(`no dead letter ${id}`);
    if (replay.outcome !== 'replayed')
      throw new InvalidArgumentError(`dead letter ${id} was not replayed: ${replay.outcome}`);
    console.log(`replayed ${id}`);
  });

program
  .command('rekey-address-book')
  .description(
    'one-off: copy suppressions and opt-outs from the plain-hash address keys to the HMAC keys (docs/messaging.md, "Address keys")',
  )
  .option(
    '--aws',
    'run against the tables and secret the environment names (AWS credentials) instead of the local stack',
  )
  .option('--delete-old', 'delete each entry under its old key once copied (run last, after the feedback window)')
  .action(async (options: { aws?: boolean; deleteOld?: boolean }) => {
    if (!options.aws) attachToRunningStack();
    const totals = await rekeyStoredAddressBook(readConfig(), {
      deleteOld: Boolean(options.deleteOld),
      now: new Date(),
    });
    console.log(
      `${totals.patients} patients, ${totals.addresses} addresses: ${totals.rekeyed} address book entries re-keyed, ${totals.deleted} old entries deleted.`,
    );
  });

program
  .command('sms-reply')
  .description('text the platform as a patient would (STOP, START, HELP, C …) from a number it messaged')
  .requiredOption('--from <number>', "the patient's number, E.164 (e.g. +16175550123)")
  .argument('<text...>', 'the text of the reply')
  .action(async (words: string[], options: { from: string }) => {
    const state = readRunningState();
    if (!state.endpoints.pinpoint) throw new Error('the running stack has no SMS outbox');
    const response = await fetch(`${state.endpoints.pinpoint}/inbound`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: options.from, text: words.join(' ') }),
    });
    const answer = (await response.json()) as { outcome?: unknown; message?: string };
    if (!response.ok) throw new Error(answer.message ?? `the outbox answered ${response.status}`);
    console.log(`reply handled: ${JSON.stringify(answer.outcome)}`);
  });

program
  .command('simulate')
  .description(
    'run a journey for one patient on a simulated clock and print the timeline (POST /journeys/{id}/simulate); nothing is sent',
  )
  .argument('<journeyId>', 'the journey (drafts too)')
  .option('--patient <id>', 'a real patient (read only)')
  .option('--synthetic <file>', 'a synthetic FHIR Patient (JSON file)')
  .option('--resource <files...>', 'synthetic FHIR resources of the patient (JSON files), e.g. an Appointment')
  .option('--trigger <ref>', 'the triggering resource, Type/id (e.g. Appointment/123)')
  .option('--start <instant>', 'when the patient enters (default: now)', isoInstant)
  .option('--events <file>', 'JSON array of { after: "PT30H", event: { reply: "appointment-confirmed" }, resource? }')
  .option('--segments <ids...>', 'the segments the patient is in at the start')
  .option('--version <n>', 'the journey version (default: the latest)', positiveInt)
  .option('--api <url>', 'a deployed API instead of the local stack (with --token)')
  .option('--token <jwt>', 'a bearer token for --api')
  .option('--json', 'print the whole answer as JSON')
  .action(async (journeyId: string, options) => {
    if ((options.patient === undefined) === (options.synthetic === undefined)) {
      throw new InvalidArgumentError('name the patient: --patient <id> or --synthetic <file>');
    }
    const readJson = (file: string) => JSON.parse(readFileSync(resolve(file), 'utf8')) as Record<string, unknown>;
    const [resourceType, id] = String(options.trigger ?? '').split('/');
    const body = {
      ...(options.patient ? { patientId: options.patient } : { patient: readJson(options.synthetic) }),
      ...(options.resource ? { resources: (options.resource as string[]).map(readJson) } : {}),
      ...(options.trigger ? { triggeringResource: { resourceType, id } } : {}),
      ...(options.start ? { start: options.start } : {}),
      ...(options.events ? { events: readJson(options.events) } : {}),
      ...(options.segments ? { segments: options.segments } : {}),
      ...(options.version ? { version: options.version } : {}),
    };
    const api: string | undefined = options.api ?? readRunningState().endpoints.api;
    if (!api) throw new Error('no API: start the local stack (npm start) or pass --api and --token');
    const token = options.token ?? localIdentity(LOCAL_USER_POOL_KEY).issueToken({ role: 'marketing-professional' });
    const response = await fetch(`${api}/journeys/${journeyId}/simulate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as SimulationAnswer;
    if (!response.ok) throw new Error(`${response.status} ${JSON.stringify(answer)}`);
    if (options.json) {
      console.log(JSON.stringify(answer, null, 2));
      return;
    }
    for (const entry of answer.timeline) console.log(timelineLine(entry));
    console.log(
      `${answer.outcome} at ${answer.endedAt}: ${answer.transitions} state transitions${answer.error ? `, ${answer.error.name}: ${answer.error.cause}` : ''}`,
    );
  });

interface SimulationAnswer {
  readonly outcome: string;
  readonly endedAt: string;
  readonly transitions: number;
  readonly error?: { readonly name: string; readonly cause: string };
  readonly timeline: readonly Record<string, unknown>[];
}

/** One timeline entry as a line: time, step, what happened; a send with its preview's first words. */
function timelineLine(entry: Record<string, unknown>): string {
  const { at, step, kind, preview, checks: _checks, ...rest } = entry;
  const shown = Object.entries(rest)
    .map(([key, value]) => `${key}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join(' ');
  const text = preview as { subject?: string; text?: string; body?: string } | undefined;
  const excerpt = text ? `  «${String(text.subject ?? text.text ?? text.body ?? '').slice(0, 70)}»` : '';
  return `${String(at)}  ${String(step || '-').padEnd(24)} ${String(kind).padEnd(15)} ${shown}${excerpt}`;
}

function useRunningState() {
  return attachToRunningStack();
}

program.parseAsync(process.argv).catch((error: Error) => {
  console.error(`outreach: ${error.message}`);
  process.exit(1);
});

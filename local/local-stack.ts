import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SQSEvent } from 'aws-lambda';
import sesLocal from 'aws-ses-v2-local';
import { apiServices, createApiHandler } from '../lambdas/adapters/api/api-handler';
import { createLogger } from '../lambdas/adapters/logger';
import { installRuntimeClock } from '../lambdas/adapters/runtime-clock';
import { readConfig } from '../lambdas/config/config';
import { describeRoutes, publicRouteMatcher } from '../lambdas/domain/api/routes';
import { DEFAULT_UPSTREAM_EVENT_SOURCE } from '../lambdas/domain/events/event-names';
import {
  consentChangedPattern,
  fhirResourceChangedPattern,
  patientEngagementRecordedPattern,
  patientFactsChangedPattern,
  patientResourceChangedPattern,
} from '../lambdas/domain/events/event-patterns';
import type { ImportJobTotals } from '../lambdas/domain/ingestion/import-job';
import { startLocalApiServer } from './api/local-api-server';
import { LocalBulkImportStarter } from './api/local-bulk-import-starter';
import { type LocalIdentity, localIdentity } from './api/local-identity';
import { VirtualClock } from './clock';
import { createPlatformTables, type DynamoDbLocal, startDynamoDbLocal } from './dynamodb/dynamodb-local';
import { startEventBusServer } from './event-bus/event-bus-server';
import { type BusEvent, LocalEventBus } from './event-bus/local-event-bus';
import { localLambdaContext } from './lambda-context';
import { type LocalEndpoints, type LocalTables, localEnvironment } from './local-environment';
import { type RecordedSend, startPinpointOutbox } from './outbox/pinpoint-outbox';
import { freePort } from './ports';
import { runBulkImportWorkflow } from './stepfunctions/bulk-import-runner';
import { LocalComputationStarter } from './stepfunctions/local-computation-starter';
import {
  type ComputationRequest,
  type ComputationTotals,
  runSegmentComputationWorkflow,
} from './stepfunctions/segment-computation-runner';

export interface LocalStackOptions {
  /** Keep DynamoDB data on disk here (`npm start`); in memory when absent (tests). */
  readonly dataDir?: string;
  /** Use an already running DynamoDB Local (tests share one per run). */
  readonly dynamoDbEndpoint?: string;
  readonly tablePrefix?: string;
  readonly clock?: VirtualClock;
  readonly upstreamEventSource?: string;
  /** Fixed ports for `npm start`; free ports when absent. */
  readonly ports?: {
    readonly api?: number;
    readonly eventBridge?: number;
    readonly ses?: number;
    readonly pinpoint?: number;
  };
  /** Start the SES and SMS/push outboxes (not needed by most tests). */
  readonly withFrontDoors?: boolean;
  /** Key of the local user pool; tokens survive restarts when it is kept in a file. */
  readonly identityKeyFile?: string;
  /** The local import bucket: `POST /ingestion/imports` prefixes are folders under it. */
  readonly importRoot?: string;
}

export interface LocalStack {
  readonly endpoints: LocalEndpoints & { readonly api: string };
  /** Issues tokens the local API accepts (`npx outreach token`). */
  readonly identity: LocalIdentity;
  readonly importRoot: string;
  readonly tables: LocalTables;
  readonly bus: LocalEventBus;
  readonly clock: VirtualClock;
  readonly upstreamEventSource: string;
  readonly smsAndPushOutbox: RecordedSend[];
  /** Runs `statemachines/bulk-import.asl.json` over a folder. */
  bulkImport(
    folder: string,
    options?: { jobId?: string; asOf?: string; onProgress?: (done: number) => void },
  ): Promise<ImportJobTotals>;
  /** Starts `statemachines/segment-computation.asl.json` in the background, as `StartExecution` does. */
  readonly computationStarter: LocalComputationStarter;
  /** Runs `statemachines/segment-computation.asl.json` to its end; rejects when the execution fails. */
  computeSegments(request: ComputationRequest): Promise<ComputationTotals>;
  stop(): Promise<void>;
}

type Handler = (event: unknown, context: unknown) => Promise<unknown>;

function loadHandler(module: string): Handler {
  // Loaded after the environment is set: handlers read their configuration at module scope, as on Lambda.
  return (require(`../lambdas/handlers/${module}`) as { handler: Handler }).handler;
}

/**
 * The embedded local stack: DynamoDB Local, the in-process event bus behind a PutEvents endpoint, the
 * ingestion rule and its dead-letter path, the bulk-import workflow, and optionally the API server and outboxes.
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const clock = options.clock ?? new VirtualClock();
  const upstreamEventSource = options.upstreamEventSource ?? DEFAULT_UPSTREAM_EVENT_SOURCE;
  const dynamo: DynamoDbLocal | undefined = options.dynamoDbEndpoint
    ? undefined
    : await startDynamoDbLocal({ dataDir: options.dataDir });
  const dynamoEndpoint = options.dynamoDbEndpoint ?? (dynamo as DynamoDbLocal).endpoint;
  const names = await createPlatformTables(dynamoEndpoint, options.tablePrefix ?? 'outreach-local');
  const tables: LocalTables = {
    patients: names.Patients as string,
    messages: names.Messages as string,
    audit: names.Audit as string,
    platform: names.Platform as string,
  };

  const bus = new LocalEventBus(clock);
  const servers: Server[] = [];
  const busPort = options.ports?.eventBridge ?? (await freePort());
  servers.push(await startEventBusServer(bus, busPort));
  const endpoints: { -readonly [K in keyof LocalEndpoints]: LocalEndpoints[K] } & { api?: string } = {
    dynamodb: dynamoEndpoint,
    eventBridge: `http://127.0.0.1:${busPort}`,
  };

  let smsAndPushOutbox: RecordedSend[] = [];
  if (options.withFrontDoors) {
    const sesPort = options.ports?.ses ?? (await freePort());
    servers.push(await sesLocal({ host: '127.0.0.1', port: sesPort }));
    endpoints.ses = `http://127.0.0.1:${sesPort}`;
    const pinpointPort = options.ports?.pinpoint ?? (await freePort());
    const outbox = await startPinpointOutbox(pinpointPort);
    servers.push(outbox.server);
    smsAndPushOutbox = outbox.sent;
    endpoints.pinpoint = `http://127.0.0.1:${pinpointPort}`;
  }

  Object.assign(process.env, localEnvironment(endpoints, tables));
  installRuntimeClock(clock);

  const ingest = loadHandler('ingest-fhir-event');
  const collectDeadLetters = loadHandler('collect-dead-letters');
  const toDeadLetters = (event: BusEvent, errorCode: string, errorMessage: string) =>
    collectDeadLetters(dlqMessage(event, errorCode, errorMessage), localLambdaContext('CollectDeadLetters')).then(
      () => undefined,
    );
  bus.addRule({
    name: 'IngestFhirResourceChanged',
    pattern: fhirResourceChangedPattern(upstreamEventSource),
    target: (event) => ingest(event, localLambdaContext('IngestFhirEvent')),
    retryAttempts: 2,
    concurrency: 4,
    deadLetter: toDeadLetters,
  });

  const indexPatientSearch = loadHandler('index-patient-search');
  bus.addRule({
    name: 'IndexPatientSearch',
    pattern: patientResourceChangedPattern(),
    target: (event) => indexPatientSearch(event, localLambdaContext('IndexPatientSearch')),
    retryAttempts: 2,
    concurrency: 2,
    deadLetter: toDeadLetters,
  });

  const applyConsentPreferences = loadHandler('apply-consent-preferences');
  bus.addRule({
    name: 'ApplyConsentPreferences',
    pattern: consentChangedPattern(),
    target: (event) => applyConsentPreferences(event, localLambdaContext('ApplyConsentPreferences')),
    retryAttempts: 2,
    concurrency: 2,
    deadLetter: toDeadLetters,
  });

  const evaluatePatientSegments = loadHandler('evaluate-patient-segments');
  for (const [name, pattern] of [
    ['EvaluateSegmentsOnFacts', patientFactsChangedPattern()],
    ['EvaluateSegmentsOnEngagement', patientEngagementRecordedPattern()],
  ] as const) {
    bus.addRule({
      name,
      pattern,
      target: (event) => evaluatePatientSegments(event, localLambdaContext('EvaluatePatientSegments')),
      retryAttempts: 2,
      concurrency: 4,
      deadLetter: toDeadLetters,
    });
  }
  // The local stand-in for the every-minute schedule: each advance of the virtual clock wakes the due
  // patients, then lets the membership events it caused run their course.
  const wakeDueSegments = loadHandler('wake-due-segments');
  clock.onTick(async () => {
    await wakeDueSegments({ source: 'local.clock' }, localLambdaContext('WakeDueSegments', 300));
    await bus.drain();
  });

  const identity = localIdentity(options.identityKeyFile);
  const importRoot = options.importRoot ?? mkdtempSync(join(tmpdir(), 'outreach-imports-'));
  const apiLogger = createLogger('api');
  const computationStarter = new LocalComputationStarter(createLogger('segment-computation'));
  const api = createApiHandler(
    apiServices(readConfig(), new LocalBulkImportStarter(importRoot, clock, apiLogger), clock, computationStarter),
    apiLogger,
  );
  const apiPort = options.ports?.api ?? (await freePort());
  servers.push(
    await startLocalApiServer({ handler: api, identity, isPublic: publicRouteMatcher(describeRoutes()) }, apiPort),
  );
  endpoints.api = `http://127.0.0.1:${apiPort}`;

  return {
    endpoints: { ...endpoints, api: endpoints.api as string },
    identity,
    importRoot,
    tables,
    bus,
    clock,
    upstreamEventSource,
    smsAndPushOutbox,
    bulkImport: (folder, importOptions = {}) =>
      runBulkImportWorkflow({
        jobId: importOptions.jobId ?? randomUUID(),
        folder,
        asOf: importOptions.asOf,
        clock,
        onProgress: importOptions.onProgress,
      }).then(async (summary) => {
        await bus.drain();
        return summary;
      }),
    computationStarter,
    // The membership events of the computation run their course before the caller looks.
    computeSegments: (request) => runSegmentComputationWorkflow(request).finally(() => bus.drain()),
    async stop() {
      await bus.drain();
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((done) => {
              server.closeAllConnections();
              server.close(() => done());
            }),
        ),
      );
      await dynamo?.stop();
    },
  };
}

/** The message EventBridge would put on the rule's dead-letter queue, as the SQS event Lambda receives. */
function dlqMessage(event: BusEvent, errorCode: string, errorMessage: string): SQSEvent {
  return {
    Records: [
      {
        messageId: randomUUID(),
        receiptHandle: 'local',
        body: JSON.stringify(event),
        attributes: {} as never,
        messageAttributes: {
          ERROR_CODE: { stringValue: errorCode, dataType: 'String', stringListValues: [], binaryListValues: [] },
          ERROR_MESSAGE: { stringValue: errorMessage, dataType: 'String', stringListValues: [], binaryListValues: [] },
        },
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:ingestion-dlq',
        awsRegion: 'us-east-1',
      },
    ],
  };
}

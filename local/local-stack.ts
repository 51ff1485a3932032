import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { SQSEvent } from 'aws-lambda';
import sesLocal from 'aws-ses-v2-local';
import { DEFAULT_UPSTREAM_EVENT_SOURCE } from '../lambdas/domain/events/event-names';
import { fhirResourceChangedPattern } from '../lambdas/domain/events/event-patterns';
import type { ImportJobSummary } from '../lambdas/domain/ingestion/import-job';
import { startLocalApiServer } from './api/local-api-server';
import { VirtualClock } from './clock';
import { createPlatformTables, type DynamoDbLocal, startDynamoDbLocal } from './dynamodb/dynamodb-local';
import { startEventBusServer } from './event-bus/event-bus-server';
import { type BusEvent, LocalEventBus } from './event-bus/local-event-bus';
import { localLambdaContext } from './lambda-context';
import { type LocalEndpoints, type LocalTables, localEnvironment } from './local-environment';
import { type RecordedSend, startPinpointOutbox } from './outbox/pinpoint-outbox';
import { freePort } from './ports';
import { runBulkImportWorkflow } from './stepfunctions/bulk-import-runner';

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
  /** Start the SES and SMS/push outboxes and the API server (not needed by ingestion tests). */
  readonly withFrontDoors?: boolean;
}

export interface LocalStack {
  readonly endpoints: LocalEndpoints & { readonly api?: string };
  readonly tables: LocalTables;
  readonly bus: LocalEventBus;
  readonly clock: VirtualClock;
  readonly upstreamEventSource: string;
  readonly smsAndPushOutbox: RecordedSend[];
  /** Runs `statemachines/bulk-import.asl.json` over a folder. */
  bulkImport(
    folder: string,
    options?: { jobId?: string; asOf?: string; onProgress?: (done: number) => void },
  ): Promise<ImportJobSummary>;
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
  const endpoints: { -readonly [K in keyof LocalStack['endpoints']]: LocalStack['endpoints'][K] } = {
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

  const ingest = loadHandler('ingest-fhir-event');
  const collectDeadLetters = loadHandler('collect-dead-letters');
  bus.addRule({
    name: 'IngestFhirResourceChanged',
    pattern: fhirResourceChangedPattern(upstreamEventSource),
    target: (event) => ingest(event, localLambdaContext('IngestFhirEvent')),
    retryAttempts: 2,
    concurrency: 4,
    deadLetter: (event, errorCode, errorMessage) =>
      collectDeadLetters(dlqMessage(event, errorCode, errorMessage), localLambdaContext('CollectDeadLetters')).then(
        () => undefined,
      ),
  });

  if (options.withFrontDoors) {
    const apiPort = options.ports?.api ?? (await freePort());
    const health = loadHandler('health');
    servers.push(
      await startLocalApiServer(
        [{ method: 'GET', path: '/health', handler: (event) => health(event, localLambdaContext('Health')) as never }],
        apiPort,
      ),
    );
    endpoints.api = `http://127.0.0.1:${apiPort}`;
  }

  return {
    endpoints,
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

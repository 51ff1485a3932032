import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, QueryCommand, type QueryCommandInput } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import sesLocal from 'aws-ses-v2-local';
import { createLogger } from '../lambdas/adapters/logger';
import { installRuntimeClock } from '../lambdas/adapters/runtime-clock';
import { describeRoutes, publicRouteMatcher } from '../lambdas/api/routes';
import { readConfig } from '../lambdas/config/config';
import { DEFAULT_UPSTREAM_EVENT_SOURCE } from '../lambdas/domain/events/event-names';
import {
  consentChangedPattern,
  type EventPattern,
  fhirResourceChangedPattern,
  messageRequestedPattern,
  patientEngagementRecordedPattern,
  patientFactsChangedPattern,
  patientRepliedPattern,
  patientResourceChangedPattern,
  segmentMembershipChangedPattern,
  sesFeedbackPattern,
} from '../lambdas/domain/events/event-patterns';
import { QUEUED_DELIVERY, queuedVisibilityTimeoutSeconds } from '../lambdas/domain/events/queued-delivery';
import type { ImportJobTotals } from '../lambdas/domain/ingestion/import-job';
import { INGESTION_BATCH } from '../lambdas/domain/ingestion/ingestion-batch';
import type { SendOutcome } from '../lambdas/domain/messaging/send-ports';
import { FUNCTION_CATALOG, type FunctionSpec } from '../lambdas/function-catalog';
import { dynamoJourneys } from '../lambdas/handlers/wiring/definition-stores';
import { composeCoreApi } from '../lambdas/handlers/wiring/staff-api-core';
import { composeDefinitionsApi } from '../lambdas/handlers/wiring/staff-api-definitions';
import { composePreviewApi } from '../lambdas/handlers/wiring/staff-api-preview';
import { composeSimulationApi } from '../lambdas/handlers/wiring/staff-api-simulation';
import { composeSystemApi } from '../lambdas/handlers/wiring/staff-api-system';
import { startLocalApiServer } from './api/local-api-server';
import { LocalBulkImportStarter } from './api/local-bulk-import-starter';
import { type LocalIdentity, localIdentity } from './api/local-identity';
import { routeToGroupFunctions } from './api/route-integrations';
import { VirtualClock } from './clock';
import { consoleHost } from './console/console-host';
import { createPlatformTables, type DynamoDbLocal, startDynamoDbLocal } from './dynamodb/dynamodb-local';
import { startEventBusServer } from './event-bus/event-bus-server';
import { type BusEvent, LocalEventBus } from './event-bus/local-event-bus';
import { LocalIngressBus } from './event-bus/local-ingress-bus';
import { LocalQueue } from './event-bus/local-queue';
import { startLocalLambda } from './lambda/local-lambda-server';
import { localLambdaContext } from './lambda-context';
import {
  LOCAL_EVENT_BUS_NAME,
  LOCAL_FHIRPATH_FUNCTION,
  LOCAL_INGRESS_BUS_NAME,
  LOCAL_JOURNEY_FUNCTIONS,
  LOCAL_PLATFORM_CREDENTIALS,
  type LocalEndpoints,
  type LocalMessaging,
  type LocalTables,
  localEnvironment,
} from './local-environment';
import { localKey } from './local-keys';
import { LocalFeedbackSimulator, snsEvent } from './outbox/feedback-simulator';
import { type RecordedSend, startPinpointOutbox } from './outbox/pinpoint-outbox';
import { boundPort, freePort } from './ports';
import { runBulkImportWorkflow } from './stepfunctions/bulk-import-runner';
import {
  type InterruptedExecution,
  readInterruptedExecutions,
  writeInterruptedExecutions,
} from './stepfunctions/interrupted-executions';
import { LocalComputationStarter } from './stepfunctions/local-computation-starter';
import { LocalJourneySchedules } from './stepfunctions/local-journey-schedules';
import {
  LOCAL_STATE_MACHINE_ARN_PREFIX,
  type LocalFunction,
  LocalStepFunctions,
} from './stepfunctions/local-step-functions';
import { restoreJourneyStateMachines } from './stepfunctions/restore-journeys';
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
  /** The local letters bucket (a temporary folder when absent). */
  readonly lettersDir?: string;
  /** The file holding the link signing key (a fresh key per stack when absent). */
  readonly linkKeyFile?: string;
  /** The file holding the secret address keys are an HMAC under (a fresh secret per stack when absent). */
  readonly addressKeySecretFile?: string;
  /** How long a console sign-in lasts (default an hour; tests of session expiry shorten it). */
  readonly consoleSessionSeconds?: number;
  /** Keep every state each journey execution entered, with its time (simulations, tests). */
  readonly recordJourneyHistory?: boolean;
  /** Where the stop writes down the journey executions it ended, for the next start to report (`npm start`). */
  readonly executionsFile?: string;
}

export interface LocalStack {
  readonly endpoints: LocalEndpoints & { readonly api: string };
  /** Issues tokens the local API accepts (`npx outreach token`). */
  readonly identity: LocalIdentity;
  readonly importRoot: string;
  readonly tables: LocalTables;
  /** The platform bus: only the platform's own functions put to it. */
  readonly bus: LocalEventBus;
  /** The ingress bus upstream systems put to (`LOCAL_INGRESS_BUS_NAME`): it forwards only the upstream contract. */
  readonly ingress: LocalIngressBus;
  readonly clock: VirtualClock;
  readonly upstreamEventSource: string;
  readonly smsAndPushOutbox: RecordedSend[];
  readonly messaging: LocalMessaging;
  /** Step Functions, locally: journeys' state machines and executions. */
  readonly stepFunctions: LocalStepFunctions;
  /** EventBridge Scheduler, locally: journeys' scheduled enrolments on the virtual clock. */
  readonly journeySchedules: LocalJourneySchedules;
  /** Journeys published before this start whose state machines were restored (the data is kept on disk). */
  readonly restoredJourneys: number;
  /** The journey executions the last stop ended (from `executionsFile`): the local Step Functions keeps none. */
  readonly interruptedExecutions: readonly InterruptedExecution[];
  /** Lets every delivery and execution run until all wait for the clock, a token or nothing. */
  settle(): Promise<void>;
  /** Invokes the send function as a journey's send step does (needs `withFrontDoors`). */
  sendMessage(request: unknown): Promise<SendOutcome>;
  /** Produces the delivery feedback AWS would for what the outboxes accepted, and lets it run its course. */
  deliverFeedback(): Promise<number>;
  /** A patient texts `text` from `from` to the platform's number (needs `withFrontDoors`). */
  injectInboundSms(from: string, text: string): Promise<unknown>;
  /** Writes the day's letter manifest (the evening schedule on AWS). */
  closeLetterBatch(date?: string): Promise<unknown>;
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
  const dynamo: DynamoDbLocal | undefined = options.dynamoDbEndpoint
    ? undefined
    : await startDynamoDbLocal({ dataDir: options.dataDir });
  // A start that fails stops what it started: no DynamoDB Local (a Java process) or server outlives it.
  const servers: Server[] = [];
  try {
    return await assembleLocalStack(options, dynamo, servers);
  } catch (error) {
    await closeServers(servers);
    await dynamo?.stop();
    throw error;
  }
}

async function assembleLocalStack(
  options: LocalStackOptions,
  dynamo: DynamoDbLocal | undefined,
  servers: Server[],
): Promise<LocalStack> {
  const clock = options.clock ?? new VirtualClock();
  const upstreamEventSource = options.upstreamEventSource ?? DEFAULT_UPSTREAM_EVENT_SOURCE;
  const dynamoEndpoint = options.dynamoDbEndpoint ?? (dynamo as DynamoDbLocal).endpoint;
  const names = await createPlatformTables(dynamoEndpoint, options.tablePrefix ?? 'outreach-local');
  const tables: LocalTables = {
    patients: names.Patients as string,
    messages: names.Messages as string,
    audit: names.Audit as string,
    platform: names.Platform as string,
  };

  const bus = new LocalEventBus(clock);
  // Created on first use: the log level is set with the handlers' environment, below.
  let ingressLogger: ReturnType<typeof createLogger> | undefined;
  const ingress = new LocalIngressBus({
    clock,
    platform: bus,
    upstreamEventSource,
    onOutsideContract: (event) => {
      ingressLogger ??= createLogger('event-ingress');
      ingressLogger.warn('an upstream event outside the upstream contract was forwarded nowhere', {
        eventId: event.id,
        source: event.source,
        detailType: event['detail-type'],
      });
    },
  });
  const busServer = await startEventBusServer(
    {
      platform: bus,
      ingress,
      ingressBusName: LOCAL_INGRESS_BUS_NAME,
      platformAccessKeyId: LOCAL_PLATFORM_CREDENTIALS.accessKeyId,
    },
    options.ports?.eventBridge ?? 0,
  );
  servers.push(busServer);
  const busPort = boundPort(busServer);
  const endpoints: { -readonly [K in keyof LocalEndpoints]: LocalEndpoints[K] } & { api?: string } = {
    dynamodb: dynamoEndpoint,
    eventBridge: `http://127.0.0.1:${busPort}`,
  };

  const apiPort = options.ports?.api ?? (await freePort());
  const messaging: LocalMessaging = {
    lettersDir: options.lettersDir ?? mkdtempSync(join(tmpdir(), 'outreach-letters-')),
    linkBaseUrl: `http://127.0.0.1:${apiPort}`,
    linkSigningKey: localKey(options.linkKeyFile),
    addressKeySecret: localKey(options.addressKeySecretFile),
  };
  let smsAndPushOutbox: RecordedSend[] = [];
  let inbound: ((from: string, text: string) => Promise<unknown>) | undefined;
  if (options.withFrontDoors) {
    const sesServer = await sesLocal({ host: '127.0.0.1', port: options.ports?.ses ?? 0 });
    servers.push(sesServer);
    endpoints.ses = `http://127.0.0.1:${boundPort(sesServer)}`;
    const outbox = await startPinpointOutbox(options.ports?.pinpoint ?? 0, (sms) => {
      if (!inbound) throw new Error('the local stack is still starting');
      return inbound(sms.from, sms.text);
    });
    servers.push(outbox.server);
    smsAndPushOutbox = outbox.sent;
    endpoints.pinpoint = `http://127.0.0.1:${boundPort(outbox.server)}`;
  }

  // Handlers are loaded lazily (after the environment is set); the local Step Functions invokes them by name.
  const journeyFunctionHandlers: Record<string, string> = {
    [LOCAL_JOURNEY_FUNCTIONS.sendMessage]: 'send-journey-message',
    [LOCAL_JOURNEY_FUNCTIONS.resolveWaitTime]: 'resolve-journey-wait-time',
    [LOCAL_JOURNEY_FUNCTIONS.registerWait]: 'register-journey-wait',
    [LOCAL_JOURNEY_FUNCTIONS.createActivity]: 'create-journey-activity',
    [LOCAL_JOURNEY_FUNCTIONS.updateAttribute]: 'update-journey-attribute',
    [LOCAL_JOURNEY_FUNCTIONS.checkExit]: 'check-journey-exit',
    [LOCAL_JOURNEY_FUNCTIONS.evaluateCondition]: 'evaluate-journey-condition',
    PageSegmentMembers: 'page-segment-members',
    [LOCAL_FHIRPATH_FUNCTION]: 'evaluate-fhirpath',
    EnrolInJourneys: 'enrol-in-journeys',
  };
  const loadedFunctions = new Map<string, LocalFunction>();
  const localFunction = (name: string): LocalFunction | undefined => {
    const module = journeyFunctionHandlers[name];
    if (module === undefined) return undefined;
    let fn = loadedFunctions.get(name);
    if (!fn) {
      const handler = loadHandler(module);
      fn = (payload) => handler(payload, localLambdaContext(name));
      loadedFunctions.set(name, fn);
    }
    return fn;
  };
  const dynamoForStates = new DynamoDBClient({
    endpoint: dynamoEndpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const stepFunctions = new LocalStepFunctions({
    clock,
    functions: localFunction,
    integrations: {
      // The direct DynamoDB integration of segment and attribute branches: the same low-level Query.
      'arn:aws:states:::aws-sdk:dynamodb:query': async (parameters) => {
        const { $metadata: _metadata, ...response } = await dynamoForStates.send(
          new QueryCommand(parameters as unknown as QueryCommandInput),
        );
        return response;
      },
    },
    recordHistory: options.recordJourneyHistory ?? false,
  });
  // The journey bulk enrolment workflow, as CDK deploys it: the same file, the function names substituted.
  stepFunctions.call('CreateStateMachine', {
    name: LOCAL_BULK_ENROLMENT_STATE_MACHINE,
    roleArn: 'arn:aws:iam::000000000000:role/outreach-local-workflows',
    definition: readFileSync(join(__dirname, '..', 'statemachines', 'journey-bulk-enrolment.asl.json'), 'utf8')
      .replace(placeholder('EnrolInJourneysFunctionArn'), 'EnrolInJourneys')
      .replace(placeholder('PageSegmentMembersFunctionArn'), 'PageSegmentMembers'),
  });
  const sfnServer = await stepFunctions.listen(0);
  servers.push(sfnServer);
  endpoints.stepFunctions = `http://127.0.0.1:${boundPort(sfnServer)}`;
  const lambdaServer = await startLocalLambda(0, localFunction);
  servers.push(lambdaServer);
  endpoints.lambda = `http://127.0.0.1:${boundPort(lambdaServer)}`;

  Object.assign(process.env, localEnvironment(endpoints, tables, messaging));
  installRuntimeClock(clock);

  const ingest = loadHandler('ingest-fhir-event');
  const collectDeadLetters = loadHandler('collect-dead-letters');
  const toDeadLetters = (event: BusEvent, errorCode: string, errorMessage: string, ruleName: string) =>
    collectDeadLetters(
      dlqMessage(event, errorCode, errorMessage, ruleName),
      localLambdaContext('CollectDeadLetters'),
    ).then(() => undefined);
  // The ingestion queue, as the ingestion stack deploys it: the rule fills it, the function drains it in batches.
  bus.addBatchRule({
    name: 'IngestFhirResourceChanged',
    pattern: fhirResourceChangedPattern(upstreamEventSource),
    batchSize: INGESTION_BATCH.size,
    batchWindowMs: LOCAL_INGESTION_WINDOW_MS,
    target: async (events) => {
      const answer = (await ingest(sqsEventOf(events), localLambdaContext('IngestFhirEvent'))) as SQSBatchResponse;
      return answer.batchItemFailures.map((failure) => failure.itemIdentifier);
    },
    retryAttempts: 2,
    concurrency: 4,
    deadLetter: toDeadLetters,
  });

  // The queued consumers, as the ingestion stack deploys them: the rule sends to the queue, which redelivers
  // on the virtual clock (visibility timeout) and then moves the event to the delivery-failure queue.
  const redriven = (event: BusEvent, sourceQueueArn: string) =>
    collectDeadLetters(redrivenMessage(event, sourceQueueArn), localLambdaContext('CollectDeadLetters')).then(
      () => undefined,
    );
  const queuedConsumer = (module: string, spec: FunctionSpec): LocalQueue => {
    const consumer = loadHandler(module);
    const queue = new LocalQueue({
      name: spec.id,
      clock,
      visibilityTimeoutMs: queuedVisibilityTimeoutSeconds(spec.timeoutSeconds) * 1000,
      maxReceiveCount: QUEUED_DELIVERY.maxReceiveCount,
      batchSize: QUEUED_DELIVERY.batchSize,
      consume: async (batch) => {
        const answer = (await consumer(batch, localLambdaContext(spec.id, spec.timeoutSeconds))) as SQSBatchResponse;
        return answer.batchItemFailures.map((failure) => failure.itemIdentifier);
      },
      deadLetter: redriven,
    });
    // Registered here, not after the rules: a queue made later (RecordEmailFeedback) would never redeliver.
    clock.addDueSource({
      next: () => queue.next(),
      fire: async (now) => {
        await queue.fire(now);
        await settle();
      },
    });
    return queue;
  };
  const toQueue = (name: string, pattern: EventPattern, queue: LocalQueue, concurrency: number) =>
    bus.addRule({
      name,
      pattern,
      target: (event) => queue.send(event),
      retryAttempts: 2,
      concurrency,
      deadLetter: toDeadLetters,
    });

  toQueue(
    'IndexPatientSearch',
    patientResourceChangedPattern(),
    queuedConsumer('index-patient-search', FUNCTION_CATALOG.indexPatientSearch),
    2,
  );
  toQueue(
    'ApplyConsentPreferences',
    consentChangedPattern(),
    queuedConsumer('apply-consent-preferences', FUNCTION_CATALOG.applyConsentPreferences),
    2,
  );

  const evaluatePatientSegments = queuedConsumer('evaluate-patient-segments', FUNCTION_CATALOG.evaluatePatientSegments);
  for (const [name, pattern] of [
    ['EvaluateSegmentsOnFacts', patientFactsChangedPattern()],
    ['EvaluateSegmentsOnEngagement', patientEngagementRecordedPattern()],
  ] as const) {
    toQueue(name, pattern, evaluatePatientSegments, 4);
  }
  // The local stand-in for the every-minute schedule: each advance of the virtual clock wakes the due
  // patients, then lets the membership events it caused run their course.
  const wakeDueSegments = loadHandler('wake-due-segments');
  clock.onTick(async () => {
    await wakeDueSegments({ source: 'local.clock' }, localLambdaContext('WakeDueSegments', 300));
    await bus.drain();
  });

  const send = loadHandler('send-message');
  bus.addRule({
    name: 'SendRequestedMessage',
    pattern: messageRequestedPattern(),
    target: (event) => send(event, localLambdaContext('SendMessage')),
    retryAttempts: 2,
    concurrency: 4,
    deadLetter: toDeadLetters,
  });
  const enrolInJourneys = loadHandler('enrol-in-journeys');
  for (const [name, pattern] of [
    ['EnrolOnSegmentEntry', segmentMembershipChangedPattern()],
    ['EnrolOnFhirTrigger', patientFactsChangedPattern()],
  ] as const) {
    bus.addRule({
      name,
      pattern,
      target: (event) => enrolInJourneys(event, localLambdaContext('EnrolInJourneys', 120)),
      retryAttempts: 2,
      concurrency: 4,
      deadLetter: toDeadLetters,
    });
  }
  const resumeJourneyWaits = queuedConsumer('resume-journey-waits', FUNCTION_CATALOG.resumeJourneyWaits);
  for (const [name, pattern] of [
    ['ResumeOnFacts', patientFactsChangedPattern()],
    ['ResumeOnSegments', segmentMembershipChangedPattern()],
    ['ResumeOnReplies', patientRepliedPattern()],
    ['ResumeOnEngagement', patientEngagementRecordedPattern()],
  ] as const) {
    toQueue(name, pattern, resumeJourneyWaits, 4);
  }
  const settle = async () => {
    for (;;) {
      await ingress.drain();
      await bus.drain();
      await stepFunctions.idle();
      if (ingress.bus.isIdle() && bus.isIdle() && stepFunctions.isIdle()) return;
    }
  };
  const journeySchedules = new LocalJourneySchedules(
    () => clock.now(),
    (runName, input) =>
      void stepFunctions.call('StartExecution', {
        stateMachineArn: `${LOCAL_STATE_MACHINE_ARN_PREFIX}${LOCAL_BULK_ENROLMENT_STATE_MACHINE}`,
        name: runName,
        input: JSON.stringify(input),
      }),
    settle,
  );
  clock.addDueSource(journeySchedules);
  clock.addDueSource({
    next: () => stepFunctions.nextDue(),
    fire: async () => {
      stepFunctions.fireDue();
      await settle();
    },
    settle,
  });

  const config = readConfig();
  const restoredJourneys = await restoreJourneyStateMachines({
    journeys: dynamoJourneys(
      DynamoDBDocumentClient.from(dynamoForStates, { marshallOptions: { removeUndefinedValues: true } }),
      tables.platform,
    ),
    stepFunctions,
    schedules: journeySchedules,
    deployment: { functions: config.journeyFunctions, patientsTable: config.patientsTable },
    roleArn: config.journeyPublishing.roleArn,
  });
  const interruptedExecutions = readInterruptedExecutions(options.executionsFile);
  stepFunctions.recordInterrupted(interruptedExecutions);

  // Locally one bus stands for both: SES events land on the account's default bus on AWS.
  toQueue(
    'RecordEmailFeedback',
    sesFeedbackPattern(),
    queuedConsumer('record-email-feedback', FUNCTION_CATALOG.recordEmailFeedback),
    2,
  );
  const recordSmsFeedback = loadHandler('record-sms-feedback');
  const receiveInboundSms = loadHandler('receive-inbound-sms');
  const closeLetterBatch = loadHandler('close-letter-batch');
  let inboundCount = 0;
  inbound = async (from, text) => {
    const message = JSON.stringify({
      originationNumber: from,
      destinationNumber: LOCAL_SMS_NUMBER,
      messageKeyword: text.trim().split(/\s+/)[0]?.toUpperCase() ?? '',
      messageBody: text,
      inboundMessageId: `local-inbound-${Date.now()}-${++inboundCount}`,
    });
    const outcome = await receiveInboundSms(
      snsEvent(message, clock.now().toISOString()),
      localLambdaContext('ReceiveInboundSms'),
    );
    await bus.drain();
    return outcome;
  };
  const feedback = endpoints.ses
    ? new LocalFeedbackSimulator(
        endpoints.ses,
        smsAndPushOutbox,
        clock,
        (entries) => bus.putEvents(entries),
        (event) => recordSmsFeedback(event, localLambdaContext('RecordSmsFeedback')),
      )
    : undefined;
  const deliverFeedback = async () => {
    const produced = (await feedback?.deliver()) ?? 0;
    await bus.drain();
    return produced;
  };
  const resumeDeferredSends = loadHandler('resume-deferred-sends');
  clock.onTick(async () => {
    await resumeDeferredSends({ source: 'local.clock' }, localLambdaContext('ResumeDeferredSends', 300));
    await deliverFeedback();
  });

  // Last of the tick listeners: whatever the schedules started (enrolments on segment entry) runs its course.
  clock.onTick(settle);

  const identity = localIdentity(options.identityKeyFile);
  const importRoot = options.importRoot ?? mkdtempSync(join(tmpdir(), 'outreach-imports-'));
  const apiLogger = createLogger('api');
  const computationStarter = new LocalComputationStarter(createLogger('segment-computation'));
  const apiEdge = {
    config,
    clock,
    logger: apiLogger,
    workflows: {
      importStarter: new LocalBulkImportStarter(importRoot, clock, apiLogger),
      computationStarter,
      journeySchedules,
    },
  };
  // The deployed functions' compositions, each behind its group's routes as API Gateway integrates them.
  const api = routeToGroupFunctions(describeRoutes(), {
    core: composeCoreApi(apiEdge),
    definitions: composeDefinitionsApi(apiEdge),
    preview: composePreviewApi(apiEdge),
    simulation: composeSimulationApi(apiEdge),
    system: composeSystemApi(apiEdge),
  });
  servers.push(
    await startLocalApiServer(
      {
        handler: api,
        identity,
        isPublic: publicRouteMatcher(describeRoutes()),
        frontDoor: consoleHost({
          identity,
          ...(options.consoleSessionSeconds ? { sessionSeconds: options.consoleSessionSeconds } : {}),
        }),
      },
      apiPort,
    ),
  );
  endpoints.api = `http://127.0.0.1:${apiPort}`;

  return {
    endpoints: { ...endpoints, api: endpoints.api as string },
    identity,
    importRoot,
    tables,
    bus,
    ingress,
    clock,
    upstreamEventSource,
    smsAndPushOutbox,
    messaging,
    stepFunctions,
    journeySchedules,
    restoredJourneys,
    interruptedExecutions,
    settle,
    async sendMessage(request) {
      const outcome = (await send(request, localLambdaContext('SendMessage'))) as SendOutcome;
      await bus.drain();
      return outcome;
    },
    deliverFeedback,
    injectInboundSms: (from, text) => {
      if (!inbound || !endpoints.pinpoint) throw new Error('start the stack withFrontDoors to text it');
      return inbound(from, text);
    },
    closeLetterBatch: (date) => closeLetterBatch(date ? { date } : {}, localLambdaContext('CloseLetterBatch', 300)),
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
      const running = stepFunctions.stopAll();
      if (options.executionsFile) writeInterruptedExecutions(options.executionsFile, running, clock.now());
      await stepFunctions.idle();
      dynamoForStates.destroy();
      await closeServers(servers);
      await dynamo?.stop();
    },
  };
}

function closeServers(servers: readonly Server[]): Promise<unknown> {
  return Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
    ),
  );
}

/** A `${Name}` definition substitution, as CDK's `definitionSubstitutions` fills it. */
const placeholder = (name: string) => `\${${name}}`;

/** Named as `localEnvironment` tells the API (`JOURNEY_BULK_ENROLMENT_STATE_MACHINE_ARN`). */
const LOCAL_BULK_ENROLMENT_STATE_MACHINE = 'outreach-local-journey-bulk-enrolment';

/** The platform's local SMS number (fictional). */
const LOCAL_SMS_NUMBER = '+15550100000';

/** What the ingestion function receives from its queue: each message the EventBridge event, its id the event's. */
function sqsEventOf(events: readonly BusEvent[]): SQSEvent {
  return {
    Records: events.map((event) => ({
      messageId: event.id,
      receiptHandle: 'local',
      body: JSON.stringify(event),
      attributes: {} as never,
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:ingestion',
      awsRegion: 'us-east-1',
    })),
  };
}

/**
 * Locally the batching window is short: events arrive in bursts from the same process, and tests wait on
 * the bus. It is long enough for an upstream's consecutive PutEvents calls to share a batch.
 */
const LOCAL_INGESTION_WINDOW_MS = 25;

/** The message EventBridge would put on the rule's dead-letter queue, as the SQS event Lambda receives. */
/** A message the redrive policy of `sourceQueueArn` moved to the delivery-failure queue: the event, no error attributes. */
function redrivenMessage(event: BusEvent, sourceQueueArn: string): SQSEvent {
  const [record] = dlqMessage(event, '', '', '').Records;
  return {
    Records: [
      {
        ...(record as SQSEvent['Records'][number]),
        attributes: { DeadLetterQueueSourceArn: sourceQueueArn } as never,
        messageAttributes: {},
      },
    ],
  };
}

/** What EventBridge writes to a rule target's dead-letter queue: the event, the error and the rule as attributes. */
function dlqMessage(event: BusEvent, errorCode: string, errorMessage: string, ruleName: string): SQSEvent {
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
          RULE_ARN: {
            stringValue: `arn:aws:events:us-east-1:000000000000:rule/${LOCAL_EVENT_BUS_NAME}/${ruleName}`,
            dataType: 'String',
            stringListValues: [],
            binaryListValues: [],
          },
        },
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:ingestion-dlq',
        awsRegion: 'us-east-1',
      },
    ],
  };
}

import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { type IEventBus, Rule } from 'aws-cdk-lib/aws-events';
import { SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import type { Key } from 'aws-cdk-lib/aws-kms';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ANONYMOUS_REFUSED, METRIC_NAMESPACE } from '../../lambdas/api/route';
import {
  consentChangedPattern,
  fhirResourceChangedPattern,
  patientResourceChangedPattern,
} from '../../lambdas/domain/events/event-patterns';
import { INGESTION_BATCH } from '../../lambdas/domain/ingestion/ingestion-batch';
import { FUNCTION_CATALOG, type FunctionKey, type TableName } from '../../lambdas/function-catalog';
import { BulkImportWorkflow } from '../constructs/bulk-import-workflow';
import { toCdkEventPattern } from '../constructs/cdk-event-pattern';
import { DeadLetterAlarms } from '../constructs/dead-letter-alarms';
import { DeadLetterQueues, encryptedQueue } from '../constructs/dead-letter-queues';
import { PLATFORM_EVENT_DELIVERY, QueuedConsumer } from '../constructs/event-delivery';
import { UpstreamIngress } from '../constructs/event-trust-boundary';
import { ImportBucket } from '../constructs/import-bucket';
import { customerManagedKey, logGroupKey } from '../constructs/keys';
import type { BindableTable } from '../constructs/outreach-function';
import { PlatformFunctions } from '../constructs/platform-functions';
import { resourceName } from '../naming';
import { removalPolicyFor } from '../removal';
import type { OutreachSettings } from '../settings';

/**
 * Consumers whose events change state nothing recomputes (a consent, a journey's awaited reply, a bounce)
 * and that only ever take events: each gets a queue (see `QueuedConsumer`). `sendMessage` and
 * `enrolInJourneys` are also invoked directly (workflows), so they stay direct targets.
 */
const QUEUED_CONSUMERS = [
  'indexPatientSearch',
  'applyConsentPreferences',
  'evaluatePatientSegments',
  'resumeJourneyWaits',
  'recordEmailFeedback',
] as const satisfies readonly FunctionKey[];
export type QueuedConsumerKey = (typeof QUEUED_CONSUMERS)[number];

/** Minutes a collected queue may hold messages before its alarm fires: the collector is stuck by then. */
const COLLECTION_BACKLOG_MINUTES = 15;
/** Deliveries of one ingestion message before SQS moves it to the delivery-failure queue. */
const INGESTION_RECEIVES = 5;

export interface IngestionStackProps extends StackProps {
  readonly settings: OutreachSettings;
  readonly tables: Readonly<Record<TableName, BindableTable>>;
  readonly eventBus: IEventBus;
  /** Where upstream systems put events: its forwarding rule is the one way in to `eventBus`. */
  readonly ingressBus: IEventBus;
  /** The bus's own dead-letter queue, watched here with the others. */
  readonly busEncryptionFailures: Queue;
}

/**
 * Everything that gets FHIR data in: every function of the catalog, the ingestion rule on the platform
 * bus, dead-letter collection and its alarms, the import bucket and the bulk import workflow.
 */
export class IngestionStack extends Stack {
  readonly functions: PlatformFunctions;
  readonly deadLetters: DeadLetterQueues;
  readonly importBucket: ImportBucket;
  readonly bulkImport: BulkImportWorkflow;
  readonly ingestionRule: Rule;
  /** Between the ingestion rule and the ingestion function: the function takes its events in batches. */
  readonly ingestionQueue: Queue;
  /**
   * The consumers that drain a queue of their own, by function: the rules here and in the nested stacks
   * target their queue. Built here, beside the functions, so that no function depends on a nested stack.
   */
  readonly queuedConsumers: Readonly<Record<QueuedConsumerKey, QueuedConsumer>>;
  readonly alarms: DeadLetterAlarms;
  readonly upstreamIngress: UpstreamIngress;
  /** Encrypts every state machine of the platform (workflows here and in the nested stacks, and journeys). */
  readonly workflowKey: Key;

  constructor(scope: Construct, id: string, props: IngestionStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const removalPolicy = removalPolicyFor(settings);
    const logKey = logGroupKey(this, 'LogKey', 'Encrypts the log groups of ingestion', removalPolicy);
    this.workflowKey = customerManagedKey(
      this,
      'WorkflowKey',
      "Encrypts the platform's Step Functions state machines: definitions and execution history",
      removalPolicy,
    );

    this.deadLetters = new DeadLetterQueues(this, 'DeadLetters', {
      collectorTimeout: Duration.seconds(FUNCTION_CATALOG.collectDeadLetters.timeoutSeconds),
      removalPolicy,
    });
    this.importBucket = new ImportBucket(this, 'Import', {
      accessLogRetention: Duration.days(settings.auditRetentionDays),
      removalPolicy,
    });
    this.functions = new PlatformFunctions(this, 'Functions', {
      settings,
      tables: props.tables,
      eventBus: props.eventBus,
      importBucket: this.importBucket.bucket,
      workflowKey: this.workflowKey,
      failureDestination: this.deadLetters.processingFailures,
      logKey,
      removalPolicy,
    });
    const { ingestFhirEvent, collectDeadLetters } = this.functions.byKey;

    // A queue, not a direct target: the function takes a batch of changes and announces each patient once for
    // all of them, so segment re-evaluation and journey triggers run once per patient per batch, not once per
    // resource. The message may hold a whole FHIR resource: encrypted with the dead-letter key, TLS only.
    this.ingestionQueue = encryptedQueue(this, 'IngestionQueue', this.deadLetters.key, {
      removalPolicy,
      visibilityTimeout: Duration.seconds(FUNCTION_CATALOG.ingestFhirEvent.timeoutSeconds * 6),
      deadLetterQueue: { queue: this.deadLetters.deliveryFailures, maxReceiveCount: INGESTION_RECEIVES },
    });
    this.ingestionRule = new Rule(this, 'IngestFhirChanges', {
      eventBus: props.eventBus,
      description: 'Upstream FHIR Resource Changed events to the ingestion queue',
      eventPattern: toCdkEventPattern(fhirResourceChangedPattern(settings.upstreamEventSource)),
      targets: [
        new SqsQueue(this.ingestionQueue, {
          deadLetterQueue: this.deadLetters.deliveryFailures,
          ...PLATFORM_EVENT_DELIVERY,
        }),
      ],
    });
    ingestFhirEvent.function.addEventSource(
      new SqsEventSource(this.ingestionQueue, {
        batchSize: INGESTION_BATCH.size,
        maxBatchingWindow: Duration.seconds(INGESTION_BATCH.windowSeconds),
        reportBatchItemFailures: true,
      }),
    );

    // Platform events to their consumers, each behind its own queue: a Consent revocation or a Patient
    // change lost to a throttling burst would not come again, so they get the queue's long redelivery.
    this.queuedConsumers = Object.fromEntries(
      QUEUED_CONSUMERS.map((key) => [
        key,
        new QueuedConsumer(this, `${FUNCTION_CATALOG[key].id}Delivery`, {
          consumer: this.functions.byKey[key].function,
          key: this.deadLetters.key,
          deadLetterQueue: this.deadLetters.deliveryFailures,
          removalPolicy,
        }),
      ]),
    ) as Record<QueuedConsumerKey, QueuedConsumer>;
    const consumers = [
      [
        'IndexPatientSearch',
        'Patient Facts Changed for a Patient to the search indexer',
        patientResourceChangedPattern(),
        'indexPatientSearch',
      ],
      [
        'ApplyConsentPreferences',
        'Patient Facts Changed for a Consent to the preference recorder',
        consentChangedPattern(),
        'applyConsentPreferences',
      ],
    ] as const;
    for (const [id, description, pattern, consumer] of consumers) {
      new Rule(this, id, {
        eventBus: props.eventBus,
        description,
        eventPattern: toCdkEventPattern(pattern),
        targets: [this.queuedConsumers[consumer].target()],
      });
    }

    for (const queue of [this.deadLetters.deliveryFailures, this.deadLetters.processingFailures]) {
      collectDeadLetters.function.addEventSource(
        new SqsEventSource(queue, { batchSize: 10, reportBatchItemFailures: true }),
      );
    }

    // A patient link whose token named nobody (forged, expired) leaves no audit entry: it is counted here.
    new MetricFilter(this, 'RefusedAnonymousCalls', {
      logGroup: this.functions.byKey.api.logGroup,
      metricNamespace: METRIC_NAMESPACE,
      metricName: 'RefusedAnonymousCalls',
      filterPattern: FilterPattern.stringValue('$.message', '=', ANONYMOUS_REFUSED),
      metricValue: '1',
    });

    this.bulkImport = new BulkImportWorkflow(this, 'BulkImport', {
      stateMachineName: resourceName(settings, 'bulk-import'),
      functions: this.functions.byKey,
      logKey,
      workflowKey: this.workflowKey,
      logRetention: settings.logRetentionDays,
      removalPolicy,
    });

    this.alarms = new DeadLetterAlarms(this, 'Alarms', {
      alarmEmail: settings.alarmEmail,
      removalPolicy,
      queues: [
        {
          queue: this.deadLetters.deliveryFailures,
          meaning: 'Undeliverable FHIR events are not being collected into the dead-letter store.',
          toleratedMinutes: COLLECTION_BACKLOG_MINUTES,
        },
        {
          queue: this.deadLetters.processingFailures,
          meaning: 'Failed asynchronous invocations are not being collected into the dead-letter store.',
          toleratedMinutes: COLLECTION_BACKLOG_MINUTES,
        },
        {
          queue: props.busEncryptionFailures,
          meaning:
            'The event bus could not encrypt or decrypt events (is its KMS key disabled?); they wait on its dead-letter queue.',
          toleratedMinutes: 0,
        },
        {
          queue: this.deadLetters.uncollected,
          meaning: 'Dead letters could not be stored after several attempts and wait on the uncollected queue.',
          toleratedMinutes: 0,
        },
      ],
    });

    this.upstreamIngress = new UpstreamIngress(this, 'UpstreamIngress', {
      ingressBus: props.ingressBus,
      platformBus: props.eventBus,
      upstreamEventSource: settings.upstreamEventSource,
      deadLetterQueue: this.deadLetters.deliveryFailures,
      alarmAction: new SnsAction(this.alarms.topic),
    });

    new CfnOutput(this, 'ImportBucketName', { value: this.importBucket.bucket.bucketName });
    new CfnOutput(this, 'BulkImportStateMachineArn', { value: this.bulkImport.stateMachine.stateMachineArn });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn });
  }
}

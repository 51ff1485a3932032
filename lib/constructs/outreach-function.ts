import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { TableDesign } from '../../lambdas/adapters/dynamodb/table-design';
import { EnvName, type EnvVar } from '../../lambdas/config/env-names';
import type { AccessMode, FunctionSpec } from '../../lambdas/function-catalog';
import { acknowledge, wildcardResourceFinding } from '../compliance';
import { repoPath } from '../paths';
import { tagAsPlatformPublisher } from './event-trust-boundary';
import { ManagedPolicyRole } from './managed-policy-role';

/** Retries of an asynchronous invocation before its record goes to the failure destination (Lambda's maximum). */
const ASYNC_RETRY_ATTEMPTS = 2;

/** A table as functions see it: where it is, how it is keyed, which variable names it. */
export interface BindableTable {
  readonly table: ITable;
  readonly design: TableDesign;
  readonly envName: EnvVar;
  /** Writers may only add items (PutItem); nothing can update or delete one. */
  readonly appendOnly: boolean;
}

export type KeyUsage = 'decrypt' | 'encryptDecrypt';

export interface OutreachFunctionProps {
  readonly spec: FunctionSpec;
  readonly logKey: IKey;
  readonly logRetention: RetentionDays;
  readonly removalPolicy: RemovalPolicy;
  /** Receives the invocation record of an asynchronous invocation that failed every retry. */
  readonly failureDestination: IQueue;
  readonly environment: Readonly<Partial<Record<EnvVar, string>>>;
  /** Reserve concurrency for this function; by default it draws on the account's unreserved pool. */
  readonly reservedConcurrency?: number;
}

// Explicit actions instead of CDK's `GenerateDataKey*` / `ReEncrypt*`, so that no grant carries a wildcard.
const KEY_ACTIONS: Record<KeyUsage, readonly string[]> = {
  decrypt: ['kms:Decrypt', 'kms:DescribeKey'],
  encryptDecrypt: [
    'kms:Decrypt',
    'kms:DescribeKey',
    'kms:Encrypt',
    'kms:GenerateDataKey',
    'kms:GenerateDataKeyWithoutPlaintext',
    'kms:ReEncryptFrom',
    'kms:ReEncryptTo',
  ],
};

const TABLE_READ_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:Scan',
  'dynamodb:ConditionCheckItem',
];
const TABLE_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
];
const TABLE_APPEND_ACTIONS = ['dynamodb:PutItem'];

const reads = (mode: AccessMode) => mode === 'read' || mode === 'readWrite';
const writes = (mode: AccessMode) => mode === 'write' || mode === 'readWrite';

/**
 * The one way the platform creates a Lambda function: Node.js 22 on ARM64, bundled with esbuild,
 * explicit memory and timeout, its own encrypted log group with retention, X-Ray tracing, and an
 * SQS destination for asynchronous invocations that fail. It starts with no access at all; each
 * `bind…` method grants exactly one kind of access and sets the variable that names the resource.
 */
export class OutreachFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: ManagedPolicyRole;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: OutreachFunctionProps) {
    super(scope, id);
    const { spec } = props;

    this.role = new ManagedPolicyRole(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${spec.id}`,
    });
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      encryptionKey: props.logKey,
      removalPolicy: props.removalPolicy,
    });
    // Instead of AWSLambdaBasicExecutionRole, which may write to every log group in the account.
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: repoPath(spec.entry),
      handler: 'handler',
      description: spec.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: spec.memoryMb,
      timeout: Duration.seconds(spec.timeoutSeconds),
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      tracing: Tracing.ACTIVE,
      reservedConcurrentExecutions: props.reservedConcurrency,
      environment: { ...props.environment, NODE_OPTIONS: '--enable-source-maps' },
      projectRoot: repoPath(),
      depsLockFilePath: repoPath('package-lock.json'),
      bundling: {
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        target: 'node22',
        format: OutputFormat.CJS,
        // The AWS SDK v3 (`@aws-sdk/*`, `@smithy/*`) is taken from the nodejs22.x runtime, not bundled: it was
        // about 550 KB of every bundle (800 KB with the three channel clients), more than the rest of most
        // functions, and the 1 MB budget of a cold start could not carry it next to FHIRPath. The trade-off: on
        // Lambda the clients are the runtime's SDK 3.x, which can lag the lock file's version by months and moves
        // with runtime updates, while tests and the local stack run the pinned one. Only long-standing operations
        // are called (DynamoDB, EventBridge, S3, SES v2, Pinpoint, SMS Voice v2, Scheduler, Secrets Manager, Step
        // Functions); pin the runtime version (runtime management, manual mode) if a deployment must not move.
        // An external module is required on start whenever the bundle imports it, used or not: hence one module
        // per client in `lambdas/adapters/aws-clients/` and channel senders built on first message.
        bundleAwsSDK: false,
        // The bundled libraries' licence notices go to index.js.LEGAL.txt beside the bundle, deployed with it
        // but not read on every cold start.
        esbuildArgs: { '--legal-comments': 'external' },
        tsconfig: repoPath('tsconfig.json'),
      },
    });

    this.routeAsyncFailuresTo(props.failureDestination);
    this.acknowledgeAcceptedFindings(props);
  }

  /** Read and/or write items; an append-only table grants PutItem as its only write. */
  bindTable(binding: BindableTable, mode: AccessMode): void {
    const { table, design } = binding;
    if (reads(mode)) {
      const indexArns = design.indexes.map((index) => `${table.tableArn}/index/${index.indexName}`);
      this.allow(TABLE_READ_ACTIONS, [table.tableArn, ...indexArns]);
    }
    if (writes(mode)) this.allow(binding.appendOnly ? TABLE_APPEND_ACTIONS : TABLE_WRITE_ACTIONS, [table.tableArn]);
    if (table.encryptionKey) this.bindKey(table.encryptionKey, writes(mode) ? 'encryptDecrypt' : 'decrypt');
    this.function.addEnvironment(binding.envName, table.tableName);
  }

  /**
   * Put events on the bus (the bus's key is used by EventBridge itself, not by the caller). The tag is what
   * the bus's policy lets through: IAM alone does not make a principal one of the platform's publishers.
   */
  bindEventBus(bus: IEventBus): void {
    this.allow(['events:PutEvents'], [bus.eventBusArn]);
    tagAsPlatformPublisher(this.role, bus);
    this.function.addEnvironment(EnvName.EventBusName, bus.eventBusName);
  }

  bindKey(key: IKey, usage: KeyUsage): void {
    this.allow(KEY_ACTIONS[usage], [key.keyArn]);
  }

  /** Objects anywhere in the bucket: a bulk import may sit under any prefix. */
  bindBucket(bucket: IBucket, mode: AccessMode): void {
    if (reads(mode)) {
      this.allow(['s3:ListBucket'], [bucket.bucketArn]);
      this.allow(['s3:GetObject'], [bucket.arnForObjects('*')]);
    }
    if (writes(mode)) this.allow(['s3:PutObject', 's3:AbortMultipartUpload'], [bucket.arnForObjects('*')]);
    acknowledge(
      this.role,
      wildcardResourceFinding(this, bucket.arnForObjects('*')),
      'Object keys of a bulk import are chosen by the upstream export (any prefix, any file name); access stays within this one bucket.',
    );
    if (bucket.encryptionKey) this.bindKey(bucket.encryptionKey, writes(mode) ? 'encryptDecrypt' : 'decrypt');
    this.function.addEnvironment(EnvName.ImportBucket, bucket.bucketName);
  }

  private allow(actions: readonly string[], resources: readonly string[]): void {
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions: [...actions], resources: [...resources] }));
  }

  /**
   * An on-failure destination rather than a dead-letter queue: its record carries the request, the
   * error and the attempt count, which the dead-letter collector stores. The destination binding is
   * written here so that the grant is SendMessage on this queue only.
   */
  private routeAsyncFailuresTo(queue: IQueue): void {
    this.allow(['sqs:SendMessage'], [queue.queueArn]);
    if (queue.encryptionMasterKey) this.bindKey(queue.encryptionMasterKey, 'encryptDecrypt');
    this.function.configureAsyncInvoke({
      retryAttempts: ASYNC_RETRY_ATTEMPTS,
      onFailure: { bind: () => ({ destination: queue.queueArn }) },
    });
  }

  private acknowledgeAcceptedFindings(props: OutreachFunctionProps): void {
    acknowledge(
      this.role,
      'AwsSolutions-IAM5[Resource::*]',
      'X-Ray PutTraceSegments and PutTelemetryRecords, added for active tracing, support no resource-level permissions.',
    );
    acknowledge(
      this.function,
      'AwsSolutions-L1',
      'nodejs22.x is the runtime DESIGN.md decides on: the same code runs on the Node 20 of the development machines and the local stack; moving to nodejs24.x is a deliberate, tested change.',
    );
    acknowledge(
      this.function,
      'HIPAA.Security-LambdaDLQ',
      'Failed asynchronous invocations go to an SQS on-failure destination (see the EventInvokeConfig), which supersedes DeadLetterConfig and keeps the error with the request; the rule only looks at DeadLetterConfig.',
    );
    acknowledge(
      this.function,
      'HIPAA.Security-LambdaInsideVPC',
      'The function reaches only AWS service APIs (DynamoDB, EventBridge, S3, SQS) over TLS with IAM authorisation and serves no network endpoint; a VPC would add NAT or interface endpoints without reducing exposure.',
    );
    if (props.reservedConcurrency === undefined) {
      acknowledge(
        this.function,
        'HIPAA.Security-LambdaConcurrency',
        'Concurrency is bounded by its callers (EventBridge retries with back-off, SQS batches, the bulk import Map runs at most 10 files at once); reserving it would take capacity from the account pool, and a new account cannot reserve any. Set reservedConcurrency where a function needs a hard cap.',
      );
    }
  }
}

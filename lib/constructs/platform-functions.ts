import { type RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { type IRole, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { ILogGroup } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { JOURNEY_FUNCTION_KEYS } from '../../lambdas/config/config';
import { EnvName, type EnvVar } from '../../lambdas/config/env-names';
import {
  type AccessMode,
  FUNCTION_CATALOG,
  type FunctionKey,
  type FunctionSpec,
  type TableName,
} from '../../lambdas/function-catalog';
import { acknowledge, wildcardResourceFinding } from '../compliance';
import type { OutreachSettings } from '../settings';
import { JOURNEY_TASK_FUNCTIONS } from './journey-execution-role';
import { allowStateMachineKeyUse } from './keys';
import { type BindableTable, OutreachFunction } from './outreach-function';

export interface PlatformFunctionsProps {
  readonly settings: OutreachSettings;
  readonly tables: Readonly<Record<TableName, BindableTable>>;
  readonly eventBus: IEventBus;
  readonly importBucket: IBucket;
  /** The key every state machine is encrypted with: starting or describing an execution uses it. */
  readonly workflowKey: IKey;
  readonly failureDestination: IQueue;
  readonly logKey: IKey;
  readonly removalPolicy: RemovalPolicy;
}

/** The messaging resources the catalog's `messaging` flags grant access to, by ARN where IAM needs one. */
export interface MessagingChannels {
  readonly email: {
    readonly fromAddress: string;
    readonly configurationSetName: string;
    readonly configurationSetArn: string;
    readonly identityArn: string;
  };
  readonly sms: {
    readonly originationIdentity: string;
    readonly originationIdentityArn: string;
    readonly configurationSetName: string;
    readonly configurationSetArn: string;
  };
  readonly push: {
    readonly applicationId: string;
    /** `arn:…:apps/<id>/messages`, the resource of `mobiletargeting:SendMessages`. */
    readonly messagesArn: string;
  };
  readonly letters: {
    readonly bucketName: string;
    /** As the consuming stack will see it (an imported value), so that the acknowledged wildcard finding names it exactly. */
    readonly bucketArn: string;
    readonly key: IKey;
  };
  readonly linkSigning: { readonly secret: ISecret; readonly key: IKey };
  /** The secret address keys are an HMAC under. */
  readonly addressKeys: { readonly secret: ISecret; readonly key: IKey };
  /** Where the no-login link pages are served: what a signed link starts with. */
  readonly linkBaseUrl: string;
}

/** What journeys' state machines are published with, which the catalog's `journeys` flags grant access to. */
export interface JourneyResources {
  /** State machines are named `<prefix>-journey-<journeyId>`. */
  readonly stateMachinePrefix: string;
  /** The role journeys' state machines run as. */
  readonly role: IRole;
  /** Where their executions log (errors only, without execution data). */
  readonly logGroup: ILogGroup;
  /** What they are encrypted with (definitions and execution history). */
  readonly key: IKey;
  /** What the Api creates journeys' schedules (`journey-<journeyId>`, scheduled enrolments) with. */
  readonly schedules: {
    /** A plain name, not a token, so that the schedules' ARN in the grant is known at synthesis. */
    readonly groupName: string;
    /** The role EventBridge Scheduler starts the bulk enrolment workflow as. */
    readonly role: IRole;
    readonly deadLetters: IQueue;
  };
}

/** What a function does with journeys' state machines: the catalog's `journeys` flags. */
const JOURNEY_ACTIONS = {
  start: ['states:StartExecution'],
  // Task tokens carry no ARN an IAM policy could name; Step Functions authorises them against the state machine.
  resume: ['states:SendTaskSuccess', 'states:SendTaskFailure', 'states:SendTaskHeartbeat'],
  manage: [
    'states:CreateStateMachine',
    'states:UpdateStateMachine',
    'states:PublishStateMachineVersion',
    'states:CreateStateMachineAlias',
    'states:UpdateStateMachineAlias',
    'states:DescribeStateMachine',
    'states:ListExecutions',
    'states:TagResource',
  ],
  manageExecutions: ['states:DescribeExecution', 'states:GetExecutionHistory', 'states:StopExecution'],
  stop: ['states:DescribeExecution', 'states:StopExecution'],
  manageSchedules: [
    'scheduler:CreateSchedule',
    'scheduler:UpdateSchedule',
    'scheduler:DeleteSchedule',
    'scheduler:GetSchedule',
  ],
} as const;

/** Letters are written under this prefix (`letterKeys` in lambdas/domain/messaging/letter-batch.ts). */
const LETTERS_PREFIX = 'letters/';

/**
 * One `OutreachFunction` per entry of `FUNCTION_CATALOG`, with exactly the access its entry lists:
 * the catalog, not this file, decides what a function may touch.
 */
export class PlatformFunctions extends Construct {
  readonly byKey: Readonly<Record<FunctionKey, OutreachFunction>>;
  private readonly importBucket: IBucket;
  private readonly workflowKey: IKey;

  constructor(scope: Construct, id: string, props: PlatformFunctionsProps) {
    super(scope, id);
    this.importBucket = props.importBucket;
    this.workflowKey = props.workflowKey;
    this.byKey = Object.fromEntries(
      catalogEntries().map(([key, spec]) => [key, this.createFunction(spec, props)]),
    ) as Record<FunctionKey, OutreachFunction>;
    this.allowInvokingExitChecks();
    this.allowInvokingFhirPath();
  }

  /** Lets the functions whose entry says `invokesFhirPath` invoke EvaluateFhirPath, that function only, and tells them its name. */
  private allowInvokingFhirPath(): void {
    const fhirPath = this.byKey.evaluateFhirPath.function;
    for (const [key, spec] of catalogEntries()) {
      if (!spec.invokesFhirPath) continue;
      const fn = this.byKey[key];
      fn.role.addToPrincipalPolicy(
        new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fhirPath.functionArn] }),
      );
      fn.function.addEnvironment(EnvName.EvaluateFhirPathFunction, fhirPath.functionName);
    }
  }

  /**
   * Lets the functions whose entry says `invokesExitCheck` invoke CheckJourneyExit, that function only (not its
   * versions or aliases), and tells them its name.
   */
  private allowInvokingExitChecks(): void {
    const exitCheck = this.byKey.checkJourneyExit.function;
    for (const [key, spec] of catalogEntries()) {
      if (!spec.invokesExitCheck) continue;
      const fn = this.byKey[key];
      fn.role.addToPrincipalPolicy(
        new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [exitCheck.functionArn] }),
      );
      fn.function.addEnvironment(EnvName.CheckJourneyExitFunction, exitCheck.functionName);
    }
  }

  /**
   * Lets the functions whose entry says `startsBulkImport` start the workflow, and nothing else on it.
   * They are told the import bucket's name too, which the workflow's input names, but get no access to
   * it: the workflow's own functions read the files. Separate from the constructor because the workflow
   * itself invokes catalog functions.
   */
  allowStartingBulkImports(stateMachine: IStateMachine): void {
    for (const [key, spec] of catalogEntries()) {
      if (!spec.startsBulkImport) continue;
      const fn = this.byKey[key];
      fn.role.addToPrincipalPolicy(
        new PolicyStatement({ actions: ['states:StartExecution'], resources: [stateMachine.stateMachineArn] }),
      );
      allowStateMachineKeyUse(this.workflowKey, fn.role, [stateMachine.stateMachineArn]);
      fn.function.addEnvironment(EnvName.BulkImportStateMachineArn, stateMachine.stateMachineArn);
      fn.function.addEnvironment(EnvName.ImportBucket, this.importBucket.bucketName);
    }
  }

  /**
   * Lets the functions whose entry says `startsSegmentComputation` start the segment computation workflow,
   * and nothing else on it, and tells them its ARN.
   */
  allowStartingSegmentComputations(stateMachine: IStateMachine): void {
    const starters = catalogEntries().filter(([, spec]) => spec.startsSegmentComputation);
    for (const [key] of starters) {
      const { role, function: fn } = this.byKey[key];
      role.addToPrincipalPolicy(
        new PolicyStatement({ actions: ['states:StartExecution'], resources: [stateMachine.stateMachineArn] }),
      );
      allowStateMachineKeyUse(this.workflowKey, role, [stateMachine.stateMachineArn]);
      fn.addEnvironment(EnvName.SegmentComputationStateMachineArn, stateMachine.stateMachineArn);
    }
  }

  /**
   * Gives the functions whose entry has a `journeys` flag exactly what it lists, on the journeys' state
   * machines (`<prefix>-journey-*`, their versions and aliases) and their executions only, and tells the
   * functions that publish them where and how. Starters need no variable: they start the alias ARN that
   * publication recorded on the journey. Managers also get the journeys' schedules (`journey-*` in the group)
   * and may pass the scheduler role to EventBridge Scheduler only. Journeys are created at run time, so the
   * names end in a wildcard: each is acknowledged on the role that has it.
   */
  connectJourneys(journeys: JourneyResources): void {
    const stack = Stack.of(this);
    const arnOf = (resource: string) => `arn:${stack.partition}:states:${stack.region}:${stack.account}:${resource}:`;
    const stateMachineArnPrefix = arnOf('stateMachine');
    const stateMachines = `${stateMachineArnPrefix}${journeys.stateMachinePrefix}-journey-*`;
    // Versions (`…:<n>`) and aliases (`…:live`).
    const qualified = `${stateMachines}:*`;
    const executions = `${arnOf('execution')}${journeys.stateMachinePrefix}-journey-*:*`;
    const { schedules } = journeys;
    const journeySchedules = `arn:${stack.partition}:scheduler:${stack.region}:${stack.account}:schedule/${schedules.groupName}/journey-*`;
    const journeyFunctions = stack.toJsonString(
      Object.fromEntries(
        JOURNEY_FUNCTION_KEYS.map((key) => [key, this.byKey[JOURNEY_TASK_FUNCTIONS[key]].function.functionArn]),
      ),
    );

    for (const [key, spec] of catalogEntries()) {
      const flags = spec.journeys;
      if (!flags) continue;
      const fn = this.byKey[key];
      // Compiling needs only the ARNs the tasks invoke: no grant on journeys' state machines or their key.
      if (flags.compile && !flags.manage) fn.function.addEnvironment(EnvName.JourneyFunctions, journeyFunctions);
      if (!flags.start && !flags.resume && !flags.stop && !flags.manage) continue;
      const allow = (actions: readonly string[], resources: string[]) => {
        fn.role.addToPrincipalPolicy(new PolicyStatement({ actions: [...actions], resources }));
        for (const resource of resources) {
          acknowledge(
            fn.role,
            wildcardResourceFinding(fn, resource),
            "Journeys' state machines are created when a journey is published, named <prefix>-journey-<journeyId> with ids chosen by staff; the wildcard stays within this stage's journeys.",
          );
        }
      };
      const passRole = (role: IRole, service: string) =>
        fn.role.addToPrincipalPolicy(
          new PolicyStatement({
            actions: ['iam:PassRole'],
            resources: [role.roleArn],
            conditions: { StringEquals: { 'iam:PassedToService': service } },
          }),
        );
      const tell = (name: EnvVar, value: string) => fn.function.addEnvironment(name, value);
      // Journeys' state machines are encrypted: whatever starts, answers, describes or stops their executions
      // uses the key, for them only; publishing validates it too (kms:DescribeKey).
      allowStateMachineKeyUse(journeys.key, fn.role, [stateMachines, qualified]);
      if (flags.start) allow(JOURNEY_ACTIONS.start, [stateMachines, qualified]);
      if (flags.resume) allow(JOURNEY_ACTIONS.resume, [stateMachines]);
      if (flags.stop && !flags.manage) allow(JOURNEY_ACTIONS.stop, [executions]);
      if (flags.manage) {
        allow(JOURNEY_ACTIONS.manage, [stateMachines, qualified]);
        allow(JOURNEY_ACTIONS.manageExecutions, [executions]);
        passRole(journeys.role, 'states.amazonaws.com');
        tell(EnvName.JourneyStateMachinePrefix, journeys.stateMachinePrefix);
        tell(EnvName.JourneyStateMachineArnPrefix, stateMachineArnPrefix);
        tell(EnvName.JourneyRoleArn, journeys.role.roleArn);
        tell(EnvName.JourneyLogGroupArn, journeys.logGroup.logGroupArn);
        tell(EnvName.JourneyKeyArn, journeys.key.keyArn);
        fn.role.addToPrincipalPolicy(
          new PolicyStatement({ actions: ['kms:DescribeKey'], resources: [journeys.key.keyArn] }),
        );
        tell(EnvName.JourneyFunctions, journeyFunctions);

        fn.role.addToPrincipalPolicy(
          new PolicyStatement({ actions: [...JOURNEY_ACTIONS.manageSchedules], resources: [journeySchedules] }),
        );
        acknowledge(
          fn.role,
          wildcardResourceFinding(fn, journeySchedules),
          "Journeys' schedules are created when a journey with a scheduled enrolment is published, named journey-<journeyId> with ids chosen by staff; the wildcard stays within this stage's schedule group.",
        );
        passRole(schedules.role, 'scheduler.amazonaws.com');
        tell(EnvName.JourneyScheduleGroup, schedules.groupName);
        tell(EnvName.JourneySchedulerRoleArn, schedules.role.roleArn);
        tell(EnvName.JourneyScheduleDeadLetterArn, schedules.deadLetters.queueArn);
      }
    }
  }

  /**
   * Lets the functions whose entry says `startsJourneyBulkEnrolment` start the bulk enrolment workflow, and
   * nothing else on it, and tells them its ARN.
   */
  allowStartingJourneyBulkEnrolments(stateMachine: IStateMachine): void {
    const starters = catalogEntries().filter(([, spec]) => spec.startsJourneyBulkEnrolment);
    for (const [key] of starters) {
      const { role, function: fn } = this.byKey[key];
      role.addToPrincipalPolicy(
        new PolicyStatement({ actions: ['states:StartExecution'], resources: [stateMachine.stateMachineArn] }),
      );
      allowStateMachineKeyUse(this.workflowKey, role, [stateMachine.stateMachineArn]);
      fn.addEnvironment(EnvName.JourneyBulkEnrolmentStateMachineArn, stateMachine.stateMachineArn);
    }
  }

  /**
   * Gives the functions whose entry has a `messaging` flag exactly the sending and reading it lists, each on
   * the platform's own resource only, and tells them its name. Separate from the constructor because the
   * messaging resources deploy in their own stack.
   */
  connectMessaging(channels: MessagingChannels): void {
    for (const [key, spec] of catalogEntries()) {
      const messaging = spec.messaging;
      if (!messaging) continue;
      const fn = this.byKey[key];
      const allow = (actions: string[], resources: string[]) =>
        fn.role.addToPrincipalPolicy(new PolicyStatement({ actions, resources }));
      const tell = (name: EnvVar, value: string) => fn.function.addEnvironment(name, value);
      if (messaging.email) {
        const { email } = channels;
        allow(['ses:SendEmail'], [email.identityArn, email.configurationSetArn]);
        tell(EnvName.SesFromAddress, email.fromAddress);
        tell(EnvName.SesConfigurationSet, email.configurationSetName);
      }
      if (messaging.sms) {
        const { sms } = channels;
        allow(['sms-voice:SendTextMessage'], [sms.originationIdentityArn, sms.configurationSetArn]);
        tell(EnvName.SmsOriginationIdentity, sms.originationIdentity);
        tell(EnvName.SmsConfigurationSet, sms.configurationSetName);
      }
      if (messaging.push) {
        allow(['mobiletargeting:SendMessages'], [channels.push.messagesArn]);
        tell(EnvName.PushApplicationId, channels.push.applicationId);
      }
      if (messaging.letters) {
        const { bucketName, bucketArn, key: letterKey } = channels.letters;
        const letterObjects = `${bucketArn}/${LETTERS_PREFIX}*`;
        allow(['s3:PutObject'], [letterObjects]);
        if (messaging.letters === 'readWrite') {
          fn.role.addToPrincipalPolicy(
            new PolicyStatement({
              actions: ['s3:ListBucket'],
              resources: [bucketArn],
              conditions: { StringLike: { 's3:prefix': [`${LETTERS_PREFIX}*`] } },
            }),
          );
          allow(['s3:GetObject'], [letterObjects]);
        }
        fn.bindKey(letterKey, 'encryptDecrypt');
        acknowledge(
          fn.role,
          wildcardResourceFinding(fn, letterObjects),
          'Letter object keys are made of the send date and the message id (letters/<date>/…), unknown until the send; access stays within the letters prefix of this one bucket.',
        );
        tell(EnvName.LetterBucket, bucketName);
        tell(EnvName.LetterKeyArn, letterKey.keyArn);
      }
      if (messaging.linkKey) {
        const { secret, key: secretKey } = channels.linkSigning;
        allow(['secretsmanager:GetSecretValue'], [secret.secretArn]);
        fn.bindKey(secretKey, 'decrypt');
        tell(EnvName.LinkSigningSecretArn, secret.secretArn);
        // A function that both sends and holds the key puts signed links into messages.
        if (messaging.email || messaging.sms || messaging.push || messaging.letters) {
          tell(EnvName.LinkBaseUrl, channels.linkBaseUrl);
        }
      }
      if (messaging.addressKey) {
        const { secret, key: secretKey } = channels.addressKeys;
        allow(['secretsmanager:GetSecretValue'], [secret.secretArn]);
        fn.bindKey(secretKey, 'decrypt');
        tell(EnvName.AddressKeySecretArn, secret.secretArn);
      }
    }
  }

  private createFunction(spec: FunctionSpec, props: PlatformFunctionsProps): OutreachFunction {
    const fn = new OutreachFunction(this, spec.id, {
      spec,
      environment: settingsEnvironment(props.settings, spec),
      logKey: props.logKey,
      logRetention: props.settings.logRetentionDays,
      removalPolicy: props.removalPolicy,
      failureDestination: props.failureDestination,
      ...(spec.servesApi ? { reservedConcurrency: props.settings.apiReservedConcurrency } : {}),
    });
    for (const [tableName, mode] of Object.entries(spec.tables) as [TableName, AccessMode][]) {
      fn.bindTable(props.tables[tableName], mode);
    }
    if (spec.putsEvents) fn.bindEventBus(props.eventBus);
    if (spec.readsImportBucket) fn.bindBucket(props.importBucket, 'read');
    const { corsAllowedOrigins } = props.settings;
    if (spec.servesApi && corsAllowedOrigins.length > 0) {
      fn.function.addEnvironment(EnvName.CorsAllowedOrigins, corsAllowedOrigins.join(','));
    }
    return fn;
  }
}

const catalogEntries = () => Object.entries(FUNCTION_CATALOG) as [FunctionKey, FunctionSpec][];

/**
 * Settings a handler's config module may read: those every function gets, plus the audit retention for
 * functions that use the audit table. Resource names are set by the `bind…` methods.
 */
function settingsEnvironment(
  settings: OutreachSettings,
  spec: FunctionSpec,
): Readonly<Partial<Record<EnvVar, string>>> {
  return {
    [EnvName.Stage]: settings.stage,
    [EnvName.UpstreamEventSource]: settings.upstreamEventSource,
    [EnvName.MaxResourceBytes]: String(settings.maxResourceBytes),
    [EnvName.MaxClockSkewSeconds]: String(settings.maxClockSkewSeconds),
    [EnvName.DeadLetterRetentionDays]: String(settings.deadLetterRetentionDays),
    ...(spec.tables.audit ? { [EnvName.AuditRetentionDays]: String(settings.auditRetentionDays) } : {}),
  };
}

import { Duration, NestedStack, type NestedStackProps } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { type IEventBus, Rule } from 'aws-cdk-lib/aws-events';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import {
  patientEngagementRecordedPattern,
  patientFactsChangedPattern,
  patientRepliedPattern,
  segmentMembershipChangedPattern,
} from '../../lambdas/domain/events/event-patterns';
import type { FunctionKey } from '../../lambdas/function-catalog';
import { toCdkEventPattern } from '../constructs/cdk-event-pattern';
import { deadLetterDepthAlarm } from '../constructs/dead-letter-alarms';
import { deliverToFunction, type QueuedConsumer } from '../constructs/event-delivery';
import { JourneyExecutionRole } from '../constructs/journey-execution-role';
import { JourneySchedules } from '../constructs/journey-schedules';
import { allowStateMachineKeyUse, logGroupKey } from '../constructs/keys';
import { LambdaWorkflow } from '../constructs/lambda-workflow';
import type { BindableTable, OutreachFunction } from '../constructs/outreach-function';
import type { JourneyResources } from '../constructs/platform-functions';
import { resourceName } from '../naming';
import { repoPath } from '../paths';
import { removalPolicyFor } from '../removal';
import type { OutreachSettings } from '../settings';

export const JOURNEY_BULK_ENROLMENT_ASL = repoPath('statemachines', 'journey-bulk-enrolment.asl.json');

/** Each `${…}` placeholder of the ASL file and the catalog function whose ARN replaces it. */
export const JOURNEY_BULK_ENROLMENT_FUNCTIONS = {
  PageSegmentMembersFunctionArn: 'pageSegmentMembers',
  EnrolInJourneysFunctionArn: 'enrolInJourneys',
} as const satisfies Record<string, FunctionKey>;

/** Journeys' state machines are named `<prefix>-journey-<journeyId>`: the prefix is the stage's resource prefix. */
export const journeyStateMachinePrefix = (settings: OutreachSettings): string => resourceName(settings);

/** The EventBridge Scheduler group of journeys' scheduled enrolments (schedules named `journey-<journeyId>`). */
export const journeyScheduleGroupName = (settings: OutreachSettings): string =>
  `${journeyStateMachinePrefix(settings)}-journeys`;

export interface JourneysStackProps extends NestedStackProps {
  readonly settings: OutreachSettings;
  readonly eventBus: IEventBus;
  /** The platform functions (of the Ingestion stack); the journey functions are among them. */
  readonly functions: Readonly<Record<FunctionKey, OutreachFunction>>;
  /** The Patients table, which journeys' branches query directly. */
  readonly patients: BindableTable;
  /** Where undeliverable events wait for the dead-letter collector (the ingestion rules' queue). */
  readonly deliveryFailures: IQueue;
  /** The journey wait resumer's queue (built beside the functions): the resume rules target it. */
  readonly resumeQueue: QueuedConsumer;
  /** The platform's alarm topic. */
  readonly alarmTopic: ITopic;
  /** Encrypts the bulk enrolment workflow and every journey's state machine. */
  readonly workflowKey: IKey;
}

/**
 * What journeys need on AWS, apart from their own state machines, which the Api publishes (one per journey,
 * see `lambdas/adapters/sfn/journey-publisher.ts`): the role and log group those run with, the rules that
 * enrol patients and resume waiting executions, the bulk enrolment workflow with its failure alarm, and what
 * the schedules of scheduled enrolments (also created by the Api) run with.
 *
 * Nested in the Ingestion stack for the reason the Segments stack is: everything here hangs on its functions,
 * dead-letter queue and alarm topic, and the Api function is told this stack's role, log group and workflow.
 */
export class JourneysStack extends NestedStack {
  readonly resources: JourneyResources;
  readonly executionRole: JourneyExecutionRole;
  readonly executionLogs: LogGroup;
  readonly bulkEnrolment: LambdaWorkflow;
  readonly enrolmentRules: readonly Rule[];
  readonly resumeRules: readonly Rule[];
  readonly bulkEnrolmentFailedAlarm: Alarm;
  readonly schedules: JourneySchedules;
  readonly scheduleDeadLettersAlarm: Alarm;

  constructor(scope: Construct, id: string, props: JourneysStackProps) {
    super(scope, id, props);
    const { settings, functions } = props;
    const removalPolicy = removalPolicyFor(settings);
    const prefix = journeyStateMachinePrefix(settings);
    const logKey = logGroupKey(this, 'LogKey', 'Encrypts the log groups of journeys', removalPolicy);

    this.executionLogs = new LogGroup(this, 'ExecutionLogs', {
      logGroupName: `/aws/vendedlogs/states/${prefix}-journeys`,
      retention: settings.logRetentionDays,
      encryptionKey: logKey,
      removalPolicy,
    });
    this.executionRole = new JourneyExecutionRole(this, 'Execution', { functions, patients: props.patients });
    // Journeys' state machines are encrypted with the workflow key (the Api publishes them with it).
    allowStateMachineKeyUse(props.workflowKey, this.executionRole.role, [
      `arn:${this.partition}:states:${this.region}:${this.account}:stateMachine:${prefix}-journey-*`,
    ]);

    const rule = (
      ruleId: string,
      description: string,
      pattern: ReturnType<typeof patientFactsChangedPattern>,
      key: FunctionKey,
    ) =>
      new Rule(this, ruleId, {
        eventBus: props.eventBus,
        description,
        eventPattern: toCdkEventPattern(pattern),
        targets: [
          key === 'resumeJourneyWaits'
            ? props.resumeQueue.target()
            : deliverToFunction(functions[key].function, props.deliveryFailures),
        ],
      });
    this.enrolmentRules = [
      rule(
        'EnrolOnSegmentMembership',
        'Segment Membership Changed to journey enrolment (segment entry)',
        segmentMembershipChangedPattern(),
        'enrolInJourneys',
      ),
      rule(
        'EnrolOnFacts',
        'Patient Facts Changed to journey enrolment (FHIR triggers)',
        patientFactsChangedPattern(),
        'enrolInJourneys',
      ),
    ];
    this.resumeRules = [
      rule(
        'ResumeWaitsOnFacts',
        'Patient Facts Changed to the journey wait resumer',
        patientFactsChangedPattern(),
        'resumeJourneyWaits',
      ),
      rule(
        'ResumeWaitsOnSegmentMembership',
        'Segment Membership Changed to the journey wait resumer',
        segmentMembershipChangedPattern(),
        'resumeJourneyWaits',
      ),
      rule(
        'ResumeWaitsOnReply',
        'Patient Replied to the journey wait resumer',
        patientRepliedPattern(),
        'resumeJourneyWaits',
      ),
      rule(
        'ResumeWaitsOnEngagement',
        'Patient Engagement Recorded to the journey wait resumer',
        patientEngagementRecordedPattern(),
        'resumeJourneyWaits',
      ),
    ];

    this.bulkEnrolment = new LambdaWorkflow(this, 'BulkEnrolment', {
      aslFile: JOURNEY_BULK_ENROLMENT_ASL,
      placeholders: JOURNEY_BULK_ENROLMENT_FUNCTIONS,
      purpose: 'Runs the journey bulk enrolment workflow',
      stateMachineName: resourceName(settings, 'journey-bulk-enrolment'),
      functions,
      logKey,
      workflowKey: props.workflowKey,
      logRetention: settings.logRetentionDays,
      removalPolicy,
    });

    this.bulkEnrolmentFailedAlarm = new Alarm(this, 'BulkEnrolmentFailed', {
      alarmDescription:
        'A journey bulk enrolment failed: the pages before the failing one are enrolled, its execution history names the failing task; start it again once the cause is fixed.',
      metric: this.bulkEnrolment.stateMachine.metricFailed({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    const alarmAction = new SnsAction(props.alarmTopic);
    this.bulkEnrolmentFailedAlarm.addAlarmAction(alarmAction);

    const scheduleGroupName = journeyScheduleGroupName(settings);
    this.schedules = new JourneySchedules(this, 'Schedules', {
      groupName: scheduleGroupName,
      bulkEnrolment: this.bulkEnrolment.stateMachine,
      workflowKey: props.workflowKey,
      removalPolicy,
    });
    this.scheduleDeadLettersAlarm = deadLetterDepthAlarm(
      this,
      {
        queue: this.schedules.deadLetters,
        meaning:
          "A journey's schedule could not start the bulk enrolment workflow after every retry; the message on the schedules' dead-letter queue names the schedule.",
        toleratedMinutes: 0,
      },
      alarmAction,
    );

    this.resources = {
      stateMachinePrefix: prefix,
      key: props.workflowKey,
      role: this.executionRole.role,
      logGroup: this.executionLogs,
      schedules: {
        groupName: scheduleGroupName,
        role: this.schedules.role,
        deadLetters: this.schedules.deadLetters,
      },
    };
  }
}

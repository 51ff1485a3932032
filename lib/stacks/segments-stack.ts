import { Duration, NestedStack, type NestedStackProps } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { type IEventBus, Rule, Schedule } from 'aws-cdk-lib/aws-events';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import {
  patientEngagementRecordedPattern,
  patientFactsChangedPattern,
} from '../../lambdas/domain/events/event-patterns';
import type { FunctionKey } from '../../lambdas/function-catalog';
import { toCdkEventPattern } from '../constructs/cdk-event-pattern';
import { deliverToFunction, type QueuedConsumer } from '../constructs/event-delivery';
import { logGroupKey } from '../constructs/keys';
import { LambdaWorkflow } from '../constructs/lambda-workflow';
import type { OutreachFunction } from '../constructs/outreach-function';
import { resourceName } from '../naming';
import { repoPath } from '../paths';
import { removalPolicyFor } from '../removal';
import type { OutreachSettings } from '../settings';

export const SEGMENT_COMPUTATION_ASL = repoPath('statemachines', 'segment-computation.asl.json');

/** Each `${…}` placeholder of the ASL file and the catalog function whose ARN replaces it. */
export const SEGMENT_COMPUTATION_FUNCTIONS = {
  StartSegmentComputationFunctionArn: 'startSegmentComputation',
  ComputeSegmentPageFunctionArn: 'computeSegmentPage',
  FinishSegmentComputationFunctionArn: 'finishSegmentComputation',
} as const satisfies Record<string, FunctionKey>;

/** The due-time index is read every minute: its keys are minutes. */
export const WAKE_DUE_SEGMENTS_RATE = Duration.minutes(1);

/** A tick that EventBridge could not deliver within a minute is overtaken by the next one. */
const TICK_DELIVERY = { maxEventAge: Duration.minutes(1), retryAttempts: 3 };

export interface SegmentsStackProps extends NestedStackProps {
  readonly settings: OutreachSettings;
  readonly eventBus: IEventBus;
  /** The platform functions (of the Ingestion stack); the segment functions are among them. */
  readonly functions: Readonly<Record<FunctionKey, OutreachFunction>>;
  /** Where undeliverable events wait for the dead-letter collector (the ingestion rules' queue). */
  readonly deliveryFailures: IQueue;
  /** The segment evaluator's queue (built beside the functions): the evaluation rules target it. */
  readonly evaluationQueue: QueuedConsumer;
  /** The platform's alarm topic. */
  readonly alarmTopic: ITopic;
  readonly workflowKey: IKey;
}

/**
 * Segments on AWS: the rules that re-evaluate a patient when their facts or engagement change, the
 * every-minute wake-up of due patients, and the full computation workflow with its failure alarm.
 *
 * A stack nested in the Ingestion stack, because everything here hangs on that stack's functions,
 * dead-letter queue and alarm topic, and they point back here (the queue's resource policy names the rules,
 * the API function is told the workflow's ARN): two top-level stacks would reference each other, which
 * CloudFormation exports cannot do; a nested stack deploys with its parent and may reference both ways.
 */
export class SegmentsStack extends NestedStack {
  readonly computation: LambdaWorkflow;
  readonly evaluationRules: readonly Rule[];
  readonly wakeSchedule: Rule;
  readonly computationFailedAlarm: Alarm;

  constructor(scope: Construct, id: string, props: SegmentsStackProps) {
    super(scope, id, props);
    const { settings, functions } = props;
    const removalPolicy = removalPolicyFor(settings);

    const evaluation = [
      ['EvaluateSegmentsOnFacts', 'Patient Facts Changed to segment re-evaluation', patientFactsChangedPattern()],
      [
        'EvaluateSegmentsOnEngagement',
        'Patient Engagement Recorded to segment re-evaluation',
        patientEngagementRecordedPattern(),
      ],
    ] as const;
    this.evaluationRules = evaluation.map(
      ([ruleId, description, pattern]) =>
        new Rule(this, ruleId, {
          eventBus: props.eventBus,
          description,
          eventPattern: toCdkEventPattern(pattern),
          targets: [props.evaluationQueue.target()],
        }),
    );

    // Overlapping runs are safe (every re-evaluation is guarded by the patient's membership revision), so
    // concurrency is not reserved: see docs/segment-computation.md.
    this.wakeSchedule = new Rule(this, 'WakeDueSegments', {
      description: 'Every minute, re-evaluates the patients whose segment membership changes with time by now',
      schedule: Schedule.rate(WAKE_DUE_SEGMENTS_RATE),
      targets: [deliverToFunction(functions.wakeDueSegments.function, props.deliveryFailures, TICK_DELIVERY)],
    });

    const logKey = logGroupKey(this, 'LogKey', 'Encrypts the log group of the segment computation', removalPolicy);
    this.computation = new LambdaWorkflow(this, 'Computation', {
      aslFile: SEGMENT_COMPUTATION_ASL,
      placeholders: SEGMENT_COMPUTATION_FUNCTIONS,
      purpose: 'Runs the segment computation workflow',
      stateMachineName: resourceName(settings, 'segment-computation'),
      functions,
      logKey,
      workflowKey: props.workflowKey,
      logRetention: settings.logRetentionDays,
      removalPolicy,
    });

    this.computationFailedAlarm = new Alarm(this, 'ComputationFailed', {
      alarmDescription:
        'A full segment computation failed: its computation record says how far it got; start a new computation once the cause is fixed.',
      metric: this.computation.stateMachine.metricFailed({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.computationFailedAlarm.addAlarmAction(new SnsAction(props.alarmTopic));
  }
}

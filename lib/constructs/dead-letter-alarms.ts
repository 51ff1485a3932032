import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IAlarmAction, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { allowServiceToEncrypt, customerManagedKey } from './keys';

export interface WatchedQueue {
  readonly queue: Queue;
  /** What it means when the alarm fires, for whoever receives it. */
  readonly meaning: string;
  /** Minutes the queue must hold messages before the alarm fires: 0 for a queue nothing drains automatically. */
  readonly toleratedMinutes: number;
}

export interface DeadLetterAlarmsProps {
  readonly queues: readonly WatchedQueue[];
  readonly alarmEmail?: string;
  readonly removalPolicy: RemovalPolicy;
}

const PERIOD = Duration.minutes(5);

/**
 * Alarms on the depth of the dead-letter queues, published to an encrypted SNS topic. The topic exists
 * even without `alarmEmail`, so that operators can subscribe a pager or chat integration to it.
 */
export class DeadLetterAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: readonly Alarm[];

  constructor(scope: Construct, id: string, props: DeadLetterAlarmsProps) {
    super(scope, id);
    const key = customerManagedKey(this, 'TopicKey', 'Encrypts the alarm topic', props.removalPolicy);
    allowServiceToEncrypt(key, 'cloudwatch.amazonaws.com');
    this.topic = new Topic(this, 'Topic', {
      displayName: 'Patient outreach: dead letters',
      masterKey: key,
      enforceSSL: true,
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    const action = new SnsAction(this.topic);
    this.alarms = props.queues.map((watched) => deadLetterDepthAlarm(this, watched, action));
  }
}

/** An alarm, named after the queue, that fires once the queue has held messages for its tolerated minutes. */
export function deadLetterDepthAlarm(
  scope: Construct,
  { queue, meaning, toleratedMinutes }: WatchedQueue,
  action: IAlarmAction,
): Alarm {
  const alarm = new Alarm(scope, `${queue.node.id}Depth`, {
    alarmDescription: meaning,
    metric: queue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum' }),
    threshold: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    evaluationPeriods: Math.max(1, Math.ceil(toleratedMinutes / PERIOD.toMinutes())),
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  alarm.addAlarmAction(action);
  return alarm;
}

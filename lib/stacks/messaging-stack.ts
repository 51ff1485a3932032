import { CfnOutput, Duration, NestedStack, type NestedStackProps, Stack, type StackProps } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { type IEventBus, Rule, Schedule } from 'aws-cdk-lib/aws-events';
import type { Key } from 'aws-cdk-lib/aws-kms';
import { CfnPermission } from 'aws-cdk-lib/aws-lambda';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { CfnApp } from 'aws-cdk-lib/aws-pinpoint';
import { type ITopic, Subscription, SubscriptionProtocol } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { METRIC_NAMESPACE } from '../../lambdas/api/route';
import { messageRequestedPattern, sesFeedbackPattern } from '../../lambdas/domain/events/event-patterns';
import { CLAIM_EXPIRED, MESSAGE_DECIDED } from '../../lambdas/domain/messaging/send-ports';
import type { FunctionKey } from '../../lambdas/function-catalog';
import { toCdkEventPattern } from '../constructs/cdk-event-pattern';
import {
  type DeliveryRetries,
  deliverToFunction,
  PLATFORM_EVENT_DELIVERY,
  type QueuedConsumer,
} from '../constructs/event-delivery';
import { addressKeySecret, type GeneratedKeySecret, linkSigningSecret } from '../constructs/generated-key-secret';
import { allowServiceToEncrypt } from '../constructs/keys';
import { LettersBucket } from '../constructs/letters-bucket';
import type { OutreachFunction } from '../constructs/outreach-function';
import type { MessagingChannels } from '../constructs/platform-functions';
import { SesConfiguration } from '../constructs/ses-configuration';
import { SmsConfiguration } from '../constructs/sms-configuration';
import { resourceName } from '../naming';
import { removalPolicyFor } from '../removal';
import type { OutreachSettings } from '../settings';

export interface MessagingStackProps extends StackProps {
  readonly settings: OutreachSettings;
}

/**
 * The channels the platform sends through: the SES configuration set and domain identity, the SMS
 * configuration set with its delivery-event and inbound topics and opt-out list, the push application,
 * the letters bucket, the link signing key and the address key secret.
 *
 * A top-level stack deployed before Ingestion: the functions there are told these resources' names and
 * granted access to their ARNs, and nothing here refers back to a function. Whatever does (the rules and
 * topic subscriptions that deliver to the functions) is in `MessagingRoutesStack`, nested in Ingestion, so
 * every reference points one way and no export has to name a function.
 */
export class MessagingStack extends Stack {
  readonly email: SesConfiguration;
  readonly sms: SmsConfiguration;
  readonly pushApp: CfnApp;
  readonly letters: LettersBucket;
  readonly linkSigning: GeneratedKeySecret;
  readonly addressKeys: GeneratedKeySecret;
  readonly channels: MessagingChannels;

  constructor(scope: Construct, id: string, props: MessagingStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const removalPolicy = removalPolicyFor(settings);

    this.email = new SesConfiguration(this, 'Email', {
      configurationSetName: resourceName(settings, 'email'),
      domain: settings.sesFromDomain,
    });
    this.sms = new SmsConfiguration(this, 'Sms', {
      configurationSetName: resourceName(settings, 'sms'),
      optOutListName: resourceName(settings, 'sms-opt-out'),
      originationIdentity: settings.smsOriginationIdentity,
      removalPolicy,
    });
    // FCM and APNs credentials are set on the application out of band (docs/deploy.md): they are the
    // mobile app's, and a channel resource would put them in the template.
    this.pushApp = new CfnApp(this, 'PushApplication', { name: resourceName(settings, 'push') });
    this.letters = new LettersBucket(this, 'Letters', {
      retention: Duration.days(settings.letterRetentionDays),
      accessLogRetention: Duration.days(settings.auditRetentionDays),
      removalPolicy,
    });
    this.linkSigning = linkSigningSecret(this, removalPolicy);
    this.addressKeys = addressKeySecret(this, removalPolicy);

    this.channels = {
      email: {
        fromAddress: settings.sesFromAddress,
        configurationSetName: this.email.configurationSet.configurationSetName,
        configurationSetArn: this.email.configurationSetArn,
        identityArn: this.email.identityArn,
      },
      sms: {
        originationIdentity: settings.smsOriginationIdentity,
        originationIdentityArn: this.sms.originationIdentityArn,
        configurationSetName: this.sms.configurationSetName,
        configurationSetArn: this.sms.configurationSetArn,
      },
      push: { applicationId: this.pushApp.ref, messagesArn: `${this.pushApp.attrArn}/messages` },
      letters: {
        bucketName: this.letters.bucket.bucketName,
        // Exported explicitly: the consumers' wildcard acknowledgment must name the imported value they will see.
        bucketArn: this.exportValue(this.letters.bucket.bucketArn),
        key: this.letters.key,
      },
      linkSigning: { secret: this.linkSigning.secret, key: this.linkSigning.key },
      addressKeys: { secret: this.addressKeys.secret, key: this.addressKeys.key },
      linkBaseUrl: settings.publicLinkBaseUrl,
    };

    this.email.identity.dkimRecords.forEach((record, index) => {
      new CfnOutput(this, `SesDkimRecord${index + 1}`, {
        value: `${record.name} CNAME ${record.value}`,
        description: `Easy DKIM record ${index + 1} of 3 to publish in the DNS of ${settings.sesFromDomain}`,
      });
    });
    new CfnOutput(this, 'SmsInboundTopicArn', {
      value: this.sms.inbound.topicArn,
      description: 'Two-way SMS destination of the pool or phone number',
    });
    new CfnOutput(this, 'SmsOptOutListName', { value: this.sms.optOutList.ref });
    new CfnOutput(this, 'PushApplicationId', { value: this.pushApp.ref });
    new CfnOutput(this, 'LettersBucketName', { value: this.letters.bucket.bucketName });
  }
}

export interface MessagingRoutesStackProps extends NestedStackProps {
  readonly settings: OutreachSettings;
  readonly eventBus: IEventBus;
  /** The platform functions (of the Ingestion stack); the messaging functions are among them. */
  readonly functions: Readonly<Record<FunctionKey, OutreachFunction>>;
  /** Where undeliverable events and notifications wait for the dead-letter collector. */
  readonly deliveryFailures: IQueue;
  /** The key of that queue: SNS must be allowed to use it to dead-letter a notification. */
  readonly deliveryFailuresKey: Key;
  /** The email feedback recorder's queue (built beside the functions): the SES feedback rule targets it. */
  readonly emailFeedbackQueue: QueuedConsumer;
  readonly smsDeliveryEvents: ITopic;
  readonly smsInbound: ITopic;
  /** The platform's alarm topic. */
  readonly alarmTopic: ITopic;
}

/**
 * What delivers to the messaging functions: SES events from the default bus to `RecordEmailFeedback`,
 * Message Requested from the platform bus to `SendMessage`, the SMS topics to `RecordSmsFeedback` and
 * `ReceiveInboundSms`, the daily close of the letter batch; and the alarm on failed sends.
 *
 * Nested in the Ingestion stack for the reason the Segments stack is: it hangs on that stack's functions,
 * dead-letter queue and alarm topic, and the queue's policy names these rules and topics back.
 * Every delivery dead-letters into the delivery-failures queue, which the collector drains into the
 * dead-letter store and the dead-letter alarms already watch.
 */
export class MessagingRoutesStack extends NestedStack {
  readonly emailFeedbackRule: Rule;
  readonly sendRequestedRule: Rule;
  readonly closeLetterBatchSchedule: Rule;
  readonly resumeDeferredSendsSchedule: Rule;
  readonly smsFeedbackSubscription: Subscription;
  readonly inboundSmsSubscription: Subscription;
  readonly sendFailedAlarm: Alarm;
  /** A channel refused to send for anyone (paused, suspended): messages wait, an operator must act. */
  readonly channelUnavailableAlarm: Alarm;
  /** The sweeper settled claims as in doubt: sends whose provider answer was never recorded. */
  readonly inDoubtAlarm: Alarm;

  constructor(scope: Construct, id: string, props: MessagingRoutesStackProps) {
    super(scope, id, props);
    const { functions, deliveryFailures, settings } = props;

    // SES publishes configuration-set events only to the account's default bus.
    this.emailFeedbackRule = new Rule(this, 'RecordEmailFeedback', {
      description: 'SES configuration-set events (default bus) to the email feedback function',
      eventPattern: toCdkEventPattern(sesFeedbackPattern()),
      targets: [props.emailFeedbackQueue.target()],
    });
    this.sendRequestedRule = new Rule(this, 'SendRequestedMessages', {
      eventBus: props.eventBus,
      description: 'Message Requested (staff one-off sends) to the send function',
      eventPattern: toCdkEventPattern(messageRequestedPattern()),
      targets: [deliverToFunction(functions.sendMessage.function, deliveryFailures)],
    });
    const [hour, minute] = settings.letterBatchCloseTime.split(':');
    this.closeLetterBatchSchedule = new Rule(this, 'CloseLetterBatch', {
      description: "Every day, writes the day's print manifest for the mail house",
      schedule: Schedule.cron({ hour: String(Number(hour)), minute: String(Number(minute)) }),
      targets: [
        deliverToFunction(
          functions.closeLetterBatch.function,
          deliveryFailures,
          sameDayDelivery(settings.letterBatchCloseTime),
        ),
      ],
    });

    // Every minute, like the segment waker: a tick that is late or lost is made up by the next one.
    this.resumeDeferredSendsSchedule = new Rule(this, 'ResumeDeferredSends', {
      description: 'Every minute, sends the staff and campaign messages quiet hours deferred that are now due',
      schedule: Schedule.rate(Duration.minutes(1)),
      targets: [
        deliverToFunction(functions.resumeDeferredSends.function, deliveryFailures, {
          maxEventAge: Duration.minutes(1),
          retryAttempts: 3,
        }),
      ],
    });

    allowServiceToEncrypt(props.deliveryFailuresKey, 'sns.amazonaws.com');
    this.smsFeedbackSubscription = this.subscribe(
      'RecordSmsFeedback',
      props.smsDeliveryEvents,
      functions.recordSmsFeedback,
      deliveryFailures,
    );
    this.inboundSmsSubscription = this.subscribe(
      'ReceiveInboundSms',
      props.smsInbound,
      functions.receiveInboundSms,
      deliveryFailures,
    );

    this.sendFailedAlarm = new Alarm(this, 'SendMessageErrors', {
      alarmDescription:
        'SendMessage invocations are failing: a channel stopped (SES sandbox or paused sending, unverified identity, SMS spend limit, push credentials) or a fault its callers retry; requests that failed every retry are in the dead-letter store.',
      metric: functions.sendMessage.function.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.sendFailedAlarm.addAlarmAction(new SnsAction(props.alarmTopic));

    for (const key of ['sendMessage', 'sendJourneyMessage', 'resumeDeferredSends'] as const) {
      new MetricFilter(this, `ChannelUnavailable-${key}`, {
        logGroup: functions[key].logGroup,
        metricNamespace: METRIC_NAMESPACE,
        metricName: 'ChannelUnavailable',
        filterPattern: FilterPattern.all(
          FilterPattern.stringValue('$.message', '=', MESSAGE_DECIDED),
          FilterPattern.stringValue('$.reason', '=', 'channel-unavailable'),
        ),
        metricValue: '1',
      });
    }
    this.channelUnavailableAlarm = this.countAlarm(
      'ChannelUnavailable',
      'A channel refuses to send for anyone (SMS account paused or suspended, SES sending paused, push credentials): messages are deferred and tried every 15 minutes for a day, then fail as channel-unavailable. Fix the account or configuration.',
      props.alarmTopic,
    );
    new MetricFilter(this, 'InDoubtMessages', {
      logGroup: functions.resumeDeferredSends.logGroup,
      metricNamespace: METRIC_NAMESPACE,
      metricName: 'InDoubtMessages',
      filterPattern: FilterPattern.stringValue('$.message', '=', CLAIM_EXPIRED),
      metricValue: '1',
    });
    this.inDoubtAlarm = this.countAlarm(
      'InDoubtMessages',
      'Claims expired before the provider answer was recorded (a send crashed or timed out and its retries were spent): the messages are in-doubt and never sent again; feedback may still settle them. Look them up in the message log.',
      props.alarmTopic,
    );
  }

  /** An alarm on a count the platform's metric filters publish: one occurrence in five minutes. */
  private countAlarm(metricName: string, description: string, topic: ITopic): Alarm {
    const alarm = new Alarm(this, `${metricName}Alarm`, {
      alarmDescription: description,
      metric: new Metric({ namespace: METRIC_NAMESPACE, metricName, period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(topic));
    return alarm;
  }

  /**
   * A Lambda subscription with its invoke permission, both here rather than beside the function (which is
   * in the parent stack), and a dead-letter queue for notifications SNS could not deliver.
   */
  private subscribe(id: string, topic: ITopic, consumer: OutreachFunction, deadLetterQueue: IQueue): Subscription {
    const permission = new CfnPermission(this, `${id}Permission`, {
      action: 'lambda:InvokeFunction',
      functionName: consumer.function.functionArn,
      principal: 'sns.amazonaws.com',
      sourceArn: topic.topicArn,
    });
    const subscription = new Subscription(this, `${id}Subscription`, {
      topic,
      protocol: SubscriptionProtocol.LAMBDA,
      endpoint: consumer.function.functionArn,
      deadLetterQueue,
    });
    subscription.node.addDependency(permission);
    return subscription;
  }
}

/**
 * The batch function closes "today" (UTC) unless told a date, so a delivery retried past midnight would
 * close the wrong day: retries stop before the day ends (a missed day is closed again by hand with its date).
 */
export function sameDayDelivery(closeTime: string): DeliveryRetries {
  const [hour = 0, minute = 0] = closeTime.split(':').map(Number);
  const minutesLeft = 24 * 60 - (hour * 60 + minute) - 1;
  const maxMinutes = Math.min(PLATFORM_EVENT_DELIVERY.maxEventAge.toMinutes(), Math.max(1, minutesLeft));
  return { maxEventAge: Duration.minutes(maxMinutes), retryAttempts: PLATFORM_EVENT_DELIVERY.retryAttempts };
}

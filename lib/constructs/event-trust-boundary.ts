import { Duration, Stack, Tags } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IAlarmAction, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { type EventBus, type IEventBus, Rule } from 'aws-cdk-lib/aws-events';
import { EventBus as EventBusTarget } from 'aws-cdk-lib/aws-events-targets';
import { AnyPrincipal, Effect, type IRole, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { outsideUpstreamContractPattern, upstreamContractPattern } from '../../lambdas/domain/events/event-patterns';
import { toCdkEventPattern } from './cdk-event-pattern';
import { ManagedPolicyRole } from './managed-policy-role';

/**
 * The principal tag that lets a role put on the platform bus: its value names the bus. Only the platform's
 * roles carry it (its functions that publish, the ingress forwarding role); the bus's policy denies the rest.
 */
export const PLATFORM_PUBLISHER_TAG = 'patient-outreach:publishes-to';

/** Marks a role of the platform as one that may put on `bus` (it still needs `events:PutEvents` from IAM). */
export function tagAsPlatformPublisher(role: IRole, bus: IEventBus): void {
  Tags.of(role).add(PLATFORM_PUBLISHER_TAG, bus.eventBusName);
}

/**
 * The platform bus's explicit deny: no principal but the platform's tagged roles may put on it, whatever
 * IAM grants them (an upstream role in the same account with `events:PutEvents` on `*` included). AWS
 * services (archive replays) are not principals with tags and stay allowed.
 */
export function allowOnlyPlatformPublishers(bus: EventBus, busName: string): void {
  bus.addToResourcePolicy(
    new PolicyStatement({
      sid: 'OnlyPlatformPublishers',
      effect: Effect.DENY,
      principals: [new AnyPrincipal()],
      actions: ['events:PutEvents'],
      resources: [bus.eventBusArn],
      conditions: {
        StringNotEquals: { [`aws:PrincipalTag/${PLATFORM_PUBLISHER_TAG}`]: busName },
        Bool: { 'aws:PrincipalIsAWSService': 'false' },
      },
    }),
  );
}

export interface UpstreamIngressProps {
  /** Where upstream systems put events. */
  readonly ingressBus: IEventBus;
  readonly platformBus: IEventBus;
  readonly upstreamEventSource: string;
  /** Receives what could not be forwarded (collected into the dead-letter store like any delivery failure). */
  readonly deadLetterQueue: IQueue;
  readonly alarmAction: IAlarmAction;
}

/**
 * The one way from the ingress bus to the platform bus: a rule forwarding the upstream contract only. What
 * else upstream puts matches a target-less rule whose `MatchedEvents` the alarm watches: forwarded nowhere,
 * but seen.
 */
export class UpstreamIngress extends Construct {
  readonly forwardingRule: Rule;
  readonly forwardingRole: ManagedPolicyRole;
  readonly outsideContractRule: Rule;
  readonly outsideContractAlarm: Alarm;

  constructor(scope: Construct, id: string, props: UpstreamIngressProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.forwardingRole = new ManagedPolicyRole(this, 'ForwardingRole', {
      description: 'Forwards the upstream contract from the ingress bus to the platform bus',
      assumedBy: new ServicePrincipal('events.amazonaws.com', {
        conditions: {
          StringEquals: { 'aws:SourceAccount': stack.account },
          ArnLike: {
            'aws:SourceArn': stack.formatArn({
              service: 'events',
              resource: 'rule',
              resourceName: `${props.ingressBus.eventBusName}/*`,
            }),
          },
        },
      }),
    });
    tagAsPlatformPublisher(this.forwardingRole, props.platformBus);
    this.forwardingRule = new Rule(this, 'ForwardUpstreamContract', {
      eventBus: props.ingressBus,
      description: 'The upstream contract (FHIR Resource Changed from the upstream source) to the platform bus',
      eventPattern: toCdkEventPattern(upstreamContractPattern(props.upstreamEventSource)),
      targets: [
        new EventBusTarget(props.platformBus, { role: this.forwardingRole, deadLetterQueue: props.deadLetterQueue }),
      ],
    });

    this.outsideContractRule = new Rule(this, 'OutsideUpstreamContract', {
      eventBus: props.ingressBus,
      description: 'Upstream events outside the upstream contract: forwarded nowhere, counted for the alarm',
      eventPattern: toCdkEventPattern(outsideUpstreamContractPattern(props.upstreamEventSource)),
    });
    this.outsideContractAlarm = new Alarm(this, 'OutsideUpstreamContractAlarm', {
      alarmDescription:
        'An upstream system put events outside the upstream contract on the ingress bus (a misconfigured source or detail-type, or an attempt to put platform events); they were forwarded nowhere.',
      metric: new Metric({
        namespace: 'AWS/Events',
        metricName: 'MatchedEvents',
        dimensionsMap: { EventBusName: props.ingressBus.eventBusName, RuleName: this.outsideContractRule.ruleName },
        statistic: 'Sum',
        period: Duration.minutes(5),
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.outsideContractAlarm.addAlarmAction(props.alarmAction);
  }
}

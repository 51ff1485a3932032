import { Aws, type RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Key } from 'aws-cdk-lib/aws-kms';
import { CfnConfigurationSet, CfnOptOutList } from 'aws-cdk-lib/aws-smsvoice';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { SMS_EVENT_MAPPING } from '../../lambdas/domain/messaging/feedback/sms-events';
import { allowServiceToEncrypt, customerManagedKey } from './keys';

/** End User Messaging SMS publishes delivery events and inbound messages as this service. */
const SMS_VOICE_SERVICE = 'sms-voice.amazonaws.com';

/** The delivery events that move a message's status (`SMS_EVENT_MAPPING`); in-flight ones are not published. */
export const SMS_PUBLISHED_EVENTS = Object.keys(SMS_EVENT_MAPPING).sort();

export interface SmsConfigurationProps {
  readonly configurationSetName: string;
  readonly optOutListName: string;
  /** The origination identity every send names: a pool or phone number id, or an ARN (see settings). */
  readonly originationIdentity: string;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * SMS through End User Messaging SMS v2: the configuration set every send names, with an event destination
 * to an encrypted topic for delivery receipts; an encrypted topic for two-way (inbound) messages; and an
 * opt-out list for the pool. The pool itself needs a purchased, registered number, so it is made by hand
 * (docs/deploy.md) and named in the settings.
 */
export class SmsConfiguration extends Construct {
  readonly key: Key;
  readonly deliveryEvents: Topic;
  readonly inbound: Topic;
  readonly configurationSet: CfnConfigurationSet;
  readonly optOutList: CfnOptOutList;
  readonly configurationSetName: string;
  readonly configurationSetArn: string;
  readonly originationIdentityArn: string;

  constructor(scope: Construct, id: string, props: SmsConfigurationProps) {
    super(scope, id);
    this.key = customerManagedKey(
      this,
      'TopicKey',
      'Encrypts the SMS delivery event and inbound topics',
      props.removalPolicy,
    );
    allowServiceToEncrypt(this.key, SMS_VOICE_SERVICE);
    this.deliveryEvents = this.topicForSmsVoice('DeliveryEvents', 'Patient outreach: SMS delivery events');
    this.inbound = this.topicForSmsVoice('Inbound', 'Patient outreach: inbound SMS');

    this.configurationSet = new CfnConfigurationSet(this, 'ConfigurationSet', {
      configurationSetName: props.configurationSetName,
      eventDestinations: [
        {
          eventDestinationName: 'delivery-events-to-sns',
          enabled: true,
          matchingEventTypes: SMS_PUBLISHED_EVENTS,
          snsDestination: { topicArn: this.deliveryEvents.topicArn },
        },
      ],
    });
    // SMS v2 checks that it may publish when the destination is created.
    this.configurationSet.node.addDependency(this.deliveryEvents, this.key);
    this.optOutList = new CfnOptOutList(this, 'OptOutList', { optOutListName: props.optOutListName });

    const stack = Stack.of(this);
    this.configurationSetName = props.configurationSetName;
    this.configurationSetArn = stack.formatArn({
      service: 'sms-voice',
      resource: 'configuration-set',
      resourceName: props.configurationSetName,
    });
    this.originationIdentityArn = originationIdentityArn(stack, props.originationIdentity);
  }

  /** A KMS-encrypted, TLS-only topic that End User Messaging SMS of this account (and no other) may publish to. */
  private topicForSmsVoice(id: string, displayName: string): Topic {
    const topic = new Topic(this, id, { displayName, masterKey: this.key, enforceSSL: true });
    topic.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal(SMS_VOICE_SERVICE)],
        actions: ['sns:Publish'],
        resources: [topic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
    );
    return topic;
  }
}

/** The ARN IAM knows the origination identity by: pool and phone number ids are expanded, ARNs taken as given. */
export function originationIdentityArn(stack: Stack, identity: string): string {
  if (identity.startsWith('arn:')) return identity;
  const resource = identity.startsWith('phone-') ? 'phone-number' : 'pool';
  return stack.formatArn({ service: 'sms-voice', resource, resourceName: identity });
}

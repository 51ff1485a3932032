import { CfnOutput, Duration, type RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { Archive, EventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { acknowledge } from '../compliance';
import { encryptedQueue } from '../constructs/dead-letter-queues';
import { EventSchemaRegistry } from '../constructs/event-schema-registry';
import { allowOnlyPlatformPublishers } from '../constructs/event-trust-boundary';
import { allowServiceToEncrypt, customerManagedKey } from '../constructs/keys';
import { resourceName } from '../naming';
import { removalPolicyFor } from '../removal';
import type { OutreachSettings } from '../settings';

export interface EventsStackProps extends StackProps {
  readonly settings: OutreachSettings;
}

/**
 * What upstream systems integrate with, kept apart from the code that changes often: the ingress bus
 * upstream systems put to, the platform's own event bus that only the platform's roles may put to (both
 * encrypted with a customer-managed key, with a dead-letter queue for events they cannot encrypt), an
 * archive of every event for replay, and the schema registry describing the events. The rule forwarding
 * the upstream contract from one bus to the other lives with the ingestion it feeds.
 */
export class EventsStack extends Stack {
  /** The platform bus: internal detail-types, put only by the platform's own functions. */
  readonly bus: EventBus;
  /** The ingress bus: upstream systems put here; only the upstream contract is forwarded to `bus`. */
  readonly ingressBus: EventBus;
  /** Events the bus could not encrypt or decrypt, say because its key was disabled: nothing else keeps them. */
  readonly encryptionFailures: Queue;
  readonly schemaRegistry: EventSchemaRegistry;

  constructor(scope: Construct, id: string, props: EventsStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const removalPolicy = removalPolicyFor(settings);
    // Two keys: the archive's key policy names the bus, which a key the bus itself uses cannot do.
    const busKey = customerManagedKey(this, 'EventBusKey', 'Encrypts events on the platform bus', removalPolicy);
    const archiveKey = customerManagedKey(this, 'EventArchiveKey', 'Encrypts the event archive', removalPolicy);

    this.encryptionFailures = this.encryptionFailureQueue(removalPolicy);
    const busName = resourceName(settings);
    this.bus = new EventBus(this, 'EventBus', {
      eventBusName: busName,
      description: "The platform's events: put only by its own functions and the ingress forwarding rule",
      kmsKey: busKey,
      deadLetterQueue: this.encryptionFailures,
    });
    allowOnlyPlatformPublishers(this.bus, busName);
    this.ingressBus = new EventBus(this, 'IngressBus', {
      eventBusName: resourceName(settings, 'ingress'),
      description: 'Upstream systems put FHIR Resource Changed here; only the upstream contract is forwarded',
      kmsKey: busKey,
      deadLetterQueue: this.encryptionFailures,
    });
    this.encryptionFailures.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('events.amazonaws.com')],
        actions: ['sqs:SendMessage'],
        resources: [this.encryptionFailures.queueArn],
        conditions: { ArnEquals: { 'aws:SourceArn': [this.bus.eventBusArn, this.ingressBus.eventBusArn] } },
      }),
    );
    new Archive(this, 'EventArchive', {
      sourceEventBus: this.bus,
      description: 'Every event on the platform bus, for replay after a fix or a lost consumer',
      eventPattern: { account: [this.account] },
      retention: Duration.days(settings.eventArchiveRetentionDays),
      kmsKey: archiveKey,
    });
    this.schemaRegistry = new EventSchemaRegistry(this, 'EventSchemas', {
      registryName: resourceName(settings, 'events'),
      upstreamEventSource: settings.upstreamEventSource,
    });

    new CfnOutput(this, 'IngressBusName', {
      value: this.ingressBus.eventBusName,
      description: 'Where upstream systems put events (FHIR Resource Changed)',
    });
    new CfnOutput(this, 'IngressBusArn', { value: this.ingressBus.eventBusArn });
    new CfnOutput(this, 'EventBusName', {
      value: this.bus.eventBusName,
      description: "The platform bus: the platform's own functions put here, upstream systems cannot",
    });
    new CfnOutput(this, 'EventBusArn', { value: this.bus.eventBusArn });
    new CfnOutput(this, 'SchemaRegistryName', { value: this.schemaRegistry.registry.attrRegistryName });
  }

  /** Its own key: a queue for events the bus key failed on must not depend on the bus key. */
  private encryptionFailureQueue(removalPolicy: RemovalPolicy): Queue {
    const key = customerManagedKey(this, 'EncryptionFailuresKey', 'Encrypts events the bus could not', removalPolicy);
    allowServiceToEncrypt(key, 'events.amazonaws.com');
    const queue = encryptedQueue(this, 'EncryptionFailures', key, { removalPolicy });
    acknowledge(
      queue,
      'AwsSolutions-SQS3',
      'This queue is itself a dead-letter queue, of the event bus (DeadLetterConfig of AWS::Events::EventBus); the rule only recognises dead-letter queues of queues and functions.',
    );
    return queue;
  }
}

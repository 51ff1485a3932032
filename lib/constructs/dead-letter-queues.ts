import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import type { IKey, Key } from 'aws-cdk-lib/aws-kms';
import { Queue, QueueEncryption, type QueueProps } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { allowServiceToEncrypt, customerManagedKey } from './keys';

/** SQS keeps a message at most 14 days; the collector moves it to the dead-letter store long before. */
const QUEUE_RETENTION = Duration.days(14);
/** Attempts the collector gets at a message before it is parked in the uncollected queue. */
const COLLECT_ATTEMPTS = 5;

export interface DeadLetterQueuesProps {
  /** Timeout of the function that drains the queues; the visibility timeout is six times it, as AWS advises. */
  readonly collectorTimeout: Duration;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * Where failures wait for the dead-letter collector. Their content may be a whole FHIR resource, so
 * they are encrypted with their own key and accept TLS only.
 */
export class DeadLetterQueues extends Construct {
  readonly key: Key;
  /** Events the ingestion rule could not deliver (EventBridge writes the event and an error code). */
  readonly deliveryFailures: Queue;
  /** Invocation records of asynchronous invocations that failed every retry (every function's on-failure destination). */
  readonly processingFailures: Queue;
  /** Messages the collector could not store after several attempts: nothing drains this queue but a person. */
  readonly uncollected: Queue;

  private readonly removalPolicy: RemovalPolicy;

  constructor(scope: Construct, id: string, props: DeadLetterQueuesProps) {
    super(scope, id);
    this.removalPolicy = props.removalPolicy;
    this.key = customerManagedKey(this, 'Key', 'Encrypts the dead-letter queues', props.removalPolicy);
    allowServiceToEncrypt(this.key, 'events.amazonaws.com');

    this.uncollected = this.queue('Uncollected');
    const collected = {
      visibilityTimeout: Duration.seconds(props.collectorTimeout.toSeconds() * 6),
      deadLetterQueue: { queue: this.uncollected, maxReceiveCount: COLLECT_ATTEMPTS },
    };
    this.deliveryFailures = this.queue('DeliveryFailures', collected);
    this.processingFailures = this.queue('ProcessingFailures', collected);
  }

  get all(): readonly Queue[] {
    return [this.deliveryFailures, this.processingFailures, this.uncollected];
  }

  private queue(id: string, extra: QueueProps = {}): Queue {
    return encryptedQueue(this, id, this.key, { removalPolicy: this.removalPolicy, ...extra });
  }
}

/** A queue for failed messages: encrypted with `key`, TLS only, keeping messages as long as SQS allows. */
export function encryptedQueue(scope: Construct, id: string, key: IKey, extra: QueueProps = {}): Queue {
  return new Queue(scope, id, {
    encryption: QueueEncryption.KMS,
    encryptionMasterKey: key,
    enforceSSL: true,
    retentionPeriod: QUEUE_RETENTION,
    ...extra,
  });
}

import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import type { Key } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from '../compliance';
import { customerManagedKey } from './keys';

export interface LettersBucketProps {
  /** How long a letter and its batch manifest are kept: long enough for the mail house to print them. */
  readonly retention: Duration;
  /** How long server access logs are kept: they are audit evidence of who read which letter. */
  readonly accessLogRetention: Duration;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * Where the send function writes rendered letters and the daily batch closes them into a print manifest
 * for the mail house: private, encrypted with its own key (the writer names it on every PutObject),
 * TLS-only and versioned, expiring after the retention, with server access logs in a separate bucket.
 */
export class LettersBucket extends Construct {
  readonly bucket: Bucket;
  readonly key: Key;
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: LettersBucketProps) {
    super(scope, id);
    const common = {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      removalPolicy: props.removalPolicy,
    };

    this.accessLogs = new Bucket(this, 'AccessLogs', {
      ...common,
      // S3 delivers server access logs only to buckets with SSE-S3 default encryption.
      encryption: BucketEncryption.S3_MANAGED,
      lifecycleRules: [{ expiration: props.accessLogRetention, noncurrentVersionExpiration: Duration.days(1) }],
    });
    acknowledge(
      this.accessLogs,
      'HIPAA.Security-S3DefaultEncryptionKMS',
      'S3 server access log delivery does not support SSE-KMS default encryption on the target bucket; SSE-S3 is used and the logs hold no PHI, only request metadata.',
    );
    acknowledge(
      this.accessLogs,
      'HIPAA.Security-S3BucketReplicationEnabled',
      'Access logs are kept in one region with S3 multi-AZ durability and versioning; a replica would add a second copy to govern without a recovery need.',
    );

    this.key = customerManagedKey(this, 'Key', 'Encrypts letters and their print manifests', props.removalPolicy);
    this.bucket = new Bucket(this, 'Bucket', {
      ...common,
      encryption: BucketEncryption.KMS,
      encryptionKey: this.key,
      bucketKeyEnabled: true,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'letters-bucket/',
      lifecycleRules: [
        {
          expiration: props.retention,
          // A rewritten manifest leaves its previous version behind; it is of no use once replaced.
          noncurrentVersionExpiration: Duration.days(7),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
    });
    acknowledge(
      this.bucket,
      'HIPAA.Security-S3BucketReplicationEnabled',
      'Letters are a short-lived hand-off to the mail house, re-creatable from the message log and templates; replicating PHI to another region would widen its footprint without a recovery need.',
    );
  }
}

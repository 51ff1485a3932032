import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import type { Key } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, Bucket, BucketEncryption, type LifecycleRule, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { acknowledge } from '../compliance';
import { customerManagedKey } from './keys';

export interface PrivateBucketProps {
  /** What the bucket's own key encrypts, for the key's description. */
  readonly keyDescription: string;
  /** Prefix of the bucket's server access logs, e.g. `letters-bucket/`. */
  readonly logPrefix: string;
  /** How long server access logs are kept: audit evidence of who read which object. */
  readonly accessLogRetention: Duration;
  readonly lifecycleRules: LifecycleRule[];
  /** Why the bucket holds PHI in one region only (cdk-nag HIPAA replication rule). */
  readonly noReplicationReason: string;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * A bucket for PHI files, created in `scope` as `Bucket`, `Key` and `AccessLogs`: private, encrypted with its
 * own customer-managed key (bucket keys on), TLS-only and versioned, with server access logs in a separate
 * bucket. The import and letters buckets are both this.
 */
export function privateBucket(
  scope: Construct,
  props: PrivateBucketProps,
): { bucket: Bucket; key: Key; accessLogs: Bucket } {
  const common = {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    versioned: true,
    removalPolicy: props.removalPolicy,
  };
  const accessLogs = new Bucket(scope, 'AccessLogs', {
    ...common,
    // S3 delivers server access logs only to buckets with SSE-S3 default encryption.
    encryption: BucketEncryption.S3_MANAGED,
    lifecycleRules: [{ expiration: props.accessLogRetention, noncurrentVersionExpiration: Duration.days(1) }],
  });
  acknowledge(
    accessLogs,
    'HIPAA.Security-S3DefaultEncryptionKMS',
    'S3 server access log delivery does not support SSE-KMS default encryption on the target bucket; SSE-S3 is used and the logs hold no PHI, only request metadata.',
  );
  acknowledge(
    accessLogs,
    'HIPAA.Security-S3BucketReplicationEnabled',
    'Access logs are kept in one region with S3 multi-AZ durability and versioning; a replica would add a second copy to govern without a recovery need.',
  );
  const key = customerManagedKey(scope, 'Key', props.keyDescription, props.removalPolicy);
  const bucket = new Bucket(scope, 'Bucket', {
    ...common,
    encryption: BucketEncryption.KMS,
    encryptionKey: key,
    bucketKeyEnabled: true,
    serverAccessLogsBucket: accessLogs,
    serverAccessLogsPrefix: props.logPrefix,
    lifecycleRules: props.lifecycleRules,
  });
  acknowledge(bucket, 'HIPAA.Security-S3BucketReplicationEnabled', props.noReplicationReason);
  return { bucket, key, accessLogs };
}
